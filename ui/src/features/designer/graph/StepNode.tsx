import { Handle, Position, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './flow.css';
import { memo } from 'react';
import type { StepFlowNode } from './mapping';
import { INPUT_HANDLE, isTriggerType, nodeLabel } from './model';

/**
 * A short glyph per category, so a step's kind reads at a glance even zoomed out. Plain symbols
 * every system font has: emoji render as empty boxes where no emoji font is installed.
 */
const CATEGORY_ICONS: Record<string, string> = {
  trigger: '⚡',
  flow: '◇',
  wait: '◷',
  data: '≡',
  action: '▶',
  ai: '✦',
};

const STATE_LABELS: Record<string, string> = {
  completed: 'completed',
  failed: 'failed',
  running: 'running',
  waiting: 'waiting',
  skipped: 'not reached',
  idle: 'not reached',
};

/**
 * One step on the canvas: its name and type, an input handle on top (none on triggers) and one
 * output handle per port along the bottom, labelled with the port's name.
 */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const { node, nodeType, ports, problems, state, stateDetail } = data;
  const category = nodeType?.category ?? 'unknown';
  const label = nodeLabel(node);
  const typeLabel = nodeType?.label ?? `Unknown type ${node.type}`;
  const problemCount = problems?.length ?? 0;
  const classes = [
    'step-node',
    `step-node--${category}`,
    state ? `step-node--state-${state}` : '',
    problemCount > 0 || !nodeType ? 'step-node--invalid' : '',
    selected ? 'step-node--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const description = [
    typeLabel,
    state ? STATE_LABELS[state] : '',
    stateDetail ?? '',
    problemCount > 0 ? `${problemCount} problem${problemCount > 1 ? 's' : ''}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className={classes} aria-label={`${label}: ${description}`} data-node-id={node.id}>
      {!isTriggerType(node.type) && (
        <Handle type="target" position={Position.Top} id={INPUT_HANDLE} className="step-handle" />
      )}
      <div className="step-node-header">
        <span className="step-node-icon" aria-hidden="true">
          {CATEGORY_ICONS[category] ?? '•'}
        </span>
        <span className="step-node-name" title={label}>
          {label}
        </span>
        {problemCount > 0 && (
          <span className="step-node-problems" title={problems!.join('\n')}>
            {problemCount}
          </span>
        )}
      </div>
      <div className="step-node-type">
        {typeLabel}
        {state && <span className="step-node-state"> · {STATE_LABELS[state]}</span>}
        {stateDetail && <span className="step-node-state"> · {stateDetail}</span>}
      </div>
      {ports.length > 1 || (ports.length === 1 && ports[0] !== 'out') ? (
        // Labels share the bottom edge evenly; each handle sits under its label's centre.
        <div className="step-node-ports" aria-hidden="true">
          {ports.map((port) => (
            <span key={port} className="step-port-label" title={port}>
              {port}
            </span>
          ))}
        </div>
      ) : null}
      {ports.map((port, i) => (
        <Handle
          key={port}
          type="source"
          position={Position.Bottom}
          id={port}
          className={`step-handle step-handle--${port === 'error' ? 'error' : 'out'}`}
          style={{ left: `${((i + 0.5) / ports.length) * 100}%` }}
          title={`${port} port`}
        />
      ))}
    </div>
  );
});

/** The canvas node types, declared once outside components as React Flow requires. */
export const FLOW_NODE_TYPES = { step: StepNode };

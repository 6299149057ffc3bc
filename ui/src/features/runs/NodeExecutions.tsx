import { memo } from 'react';
import { Badge } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { nodeLabel, type GraphNode, type NodeType } from '../designer/graph/model';
import type { TimelineEntry } from './api';
import type { NodeRunState } from './nodeStates';
import { durationMs, errorText, formatDurationMs, prettyJson } from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';

const STATE_TONES = {
  completed: 'success',
  failed: 'danger',
  running: 'info',
  waiting: 'warning',
  skipped: 'neutral',
  idle: 'neutral',
} as const;

const STATE_LABELS = {
  completed: 'Completed',
  failed: 'Failed',
  running: 'Running',
  waiting: 'Waiting',
  skipped: 'Not reached',
  idle: 'Not reached yet',
} as const;

function JsonDetails({ label, value }: { label: string; value: unknown }) {
  if (value === undefined || value === null) return null;
  return (
    <details className="execution-json">
      <summary>{label}</summary>
      <pre className="json-block" tabIndex={0} aria-label={label}>
        {prettyJson(value)}
      </pre>
    </details>
  );
}

function Execution({
  entry,
  visit,
  visits,
}: {
  entry: TimelineEntry;
  visit: number;
  visits: number;
}) {
  const error = errorText(entry.error);
  return (
    <li className="execution">
      <div className="execution-head">
        {visits > 1 && <span className="cell-strong">Visit {visit}</span>}
        <RunStatusBadge status={entry.status} />
        {entry.port && (
          <span className="muted">
            left by <code>{entry.port}</code>
          </span>
        )}
      </div>
      <dl className="details execution-facts">
        <dt>Started</dt>
        <dd>
          <time dateTime={isoOrUndefined(entry.startedAt)} title={formatRelative(entry.startedAt)}>
            {formatDateTime(entry.startedAt)}
          </time>
        </dd>
        <dt>Ended</dt>
        <dd>{entry.endedAt ? formatDateTime(entry.endedAt) : '—'}</dd>
        <dt>Duration</dt>
        <dd>{formatDurationMs(durationMs(entry.startedAt, entry.endedAt))}</dd>
        <dt>Attempts</dt>
        <dd>{entry.attempts ?? '—'}</dd>
      </dl>
      {error && (
        <p className="cell-error" role="note">
          {error}
        </p>
      )}
      <JsonDetails label="Input" value={entry.input} />
      <JsonDetails label="Output" value={entry.output} />
    </li>
  );
}

/** Everything one step did in this run: each visit's input, output, attempts, port and error. */
export const NodeExecutions = memo(function NodeExecutions({
  node,
  nodeType,
  run,
}: {
  node: GraphNode;
  nodeType?: NodeType;
  run: NodeRunState | undefined;
}) {
  const state = run?.state ?? 'idle';
  const executions = run?.executions ?? [];
  return (
    <section className="node-executions" aria-labelledby="node-executions-title">
      <h3 id="node-executions-title" className="node-executions-title">
        {nodeLabel(node)} <span className="muted">· {nodeType?.label ?? node.type}</span>
      </h3>
      <p>
        <Badge tone={STATE_TONES[state]}>{STATE_LABELS[state]}</Badge>
        {run?.detail && <span className="muted"> · {run.detail}</span>}
      </p>
      {run?.waiting && (
        <p className="muted">
          Waiting for {run.waiting.kind}
          {errorText(run.waiting.detail) ? `: ${errorText(run.waiting.detail)}` : ''}
          {run.waiting.until ? ` · until ${formatDateTime(run.waiting.until)}` : ''}
        </p>
      )}
      {executions.length === 0 ? (
        <p className="muted">
          {state === 'skipped'
            ? 'This step was not reached in this run.'
            : state === 'running' || state === 'waiting'
              ? 'Its first execution is under way; it is listed once it finishes.'
              : 'This step has not run yet.'}
        </p>
      ) : (
        <ol className="execution-list">
          {executions.map((entry, index) => (
            <Execution
              key={`${entry.startedAt}-${index}`}
              entry={entry}
              visit={index + 1}
              visits={executions.length}
            />
          ))}
        </ol>
      )}
    </section>
  );
});

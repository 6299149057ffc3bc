import { useCallback, useId, useMemo, useState } from 'react';
import { isTriggerType, type AutomationGraph, type GraphNode, type NodeType } from '../graph/model';
import { SchemaFields } from './fields/SchemaField';
import { FieldFrame } from './fields/FieldFrame';
import { InspectorContext, useInspector, type InspectorContextValue } from './InspectorContext';
import { fieldKeys, setIn, type FieldPath } from './schemaForm';
import { RETRY_SCHEMA, mergeProblems, placeProblems, validateNode } from './validation';
import { availableVariables, expressionWarningsOf } from './variables';
import './inspector.css';

export interface NodeInspectorProps {
  node: GraphNode;
  nodeType: NodeType | undefined;
  /** The whole draft, so the expression helper can offer what is available at this node. */
  graph: AutomationGraph;
  nodeTypes: NodeType[];
  /**
   * Problems for this node keyed by path relative to the node (`params.duration`, `name`,
   * `retry.timeout`; `''` for the node as a whole), from the server or the client.
   */
  problems: Record<string, string[]>;
  readOnly?: boolean;
  onChange: (node: GraphNode) => void;
}

const NO_MESSAGES: string[] = [];

/**
 * The settings of the selected node: its name, a form generated from its type's parameter schema,
 * retries for side-effecting steps, and problems from the server and from checks as you type.
 */
export function NodeInspector(props: NodeInspectorProps) {
  // A fresh form per node: what was visited and typed belongs to that node.
  return <InspectorForm key={props.node.id} {...props} />;
}

function InspectorForm({
  node,
  nodeType,
  graph,
  nodeTypes,
  problems,
  readOnly = false,
  onChange,
}: NodeInspectorProps) {
  const idPrefix = useId();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = useCallback(
    (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))),
    [],
  );
  const setValue = useCallback(
    (path: FieldPath, value: unknown) => {
      const next = setIn(node, path, value);
      // Emptied groups disappear (no blank retry), but a node always has its params.
      onChange({ ...next, params: next.params ?? {} });
    },
    [node, onChange],
  );
  const variables = useMemo(
    () => availableVariables(graph, node.id, nodeTypes),
    [graph, node.id, nodeTypes],
  );
  const keys = useMemo(() => {
    const all = new Set(['name', 'id']);
    if (nodeType) {
      fieldKeys(nodeType.paramsSchema, node.params, ['params']).forEach((k) => all.add(k));
      if (nodeType.sideEffect)
        fieldKeys(RETRY_SCHEMA, node.retry, ['retry']).forEach((k) => all.add(k));
    }
    return all;
  }, [node, nodeType]);
  const server = useMemo(() => placeProblems(mergeProblems(problems), keys), [problems, keys]);
  const client = useMemo(
    () => placeProblems(validateNode(node, nodeType), keys),
    [node, nodeType, keys],
  );
  const warnings = useMemo(
    () => placeProblems(expressionWarningsOf(node, graph), keys),
    [node, graph, keys],
  );

  const messagesAt = useCallback(
    (key: string) => {
      // "is required" waits until the field is visited; a wrong value shows at once.
      const own = (client[key] ?? NO_MESSAGES).filter(
        (m) => touched.has(key) || !m.endsWith('is required'),
      );
      const errors = [...new Set([...(server[key] ?? NO_MESSAGES), ...own])];
      return { errors, warnings: warnings[key] ?? NO_MESSAGES };
    },
    [client, server, warnings, touched],
  );
  const context = useMemo<InspectorContextValue>(
    () => ({
      readOnly,
      variables,
      resolvesExpressions: !isTriggerType(node.type),
      messagesAt,
      touch,
      setValue,
      idOf: (key) => `${idPrefix}${key.replace(/[^\w-]/g, '_')}`,
    }),
    [readOnly, variables, node.type, messagesAt, touch, setValue, idPrefix],
  );
  const nodeProblems = [...new Set([...(server[''] ?? []), ...(client[''] ?? [])])];
  const title = node.name?.trim() || node.id;

  return (
    <InspectorContext.Provider value={context}>
      <section className="node-inspector stack" aria-label={`Settings of ${title}`}>
        <header className="node-inspector-header">
          <p className="node-inspector-type">{nodeType?.label ?? `Unknown type ${node.type}`}</p>
          {nodeType?.description && <p className="muted small">{nodeType.description}</p>}
        </header>
        {nodeProblems.length > 0 && (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">
              {nodeProblems.length === 1 ? 'A problem with this step' : 'Problems with this step'}
            </p>
            <ul className="node-problems">
              {nodeProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <NameFields node={node} />
        {nodeType &&
          (Object.keys(nodeType.paramsSchema.properties ?? {}).length > 0 ? (
            <div className="stack node-params">
              <SchemaFields schema={nodeType.paramsSchema} value={node.params} path={['params']} />
            </div>
          ) : (
            <p className="muted small">This step has no settings.</p>
          ))}
        {!nodeType && Object.keys(node.params).length > 0 && (
          <div className="field">
            <p className="field-label">Parameters</p>
            <pre className="json-block" tabIndex={0} aria-label="Parameters as stored">
              {JSON.stringify(node.params, null, 2)}
            </pre>
          </div>
        )}
        {nodeType?.sideEffect && (
          <fieldset className="field-group retry-settings">
            <legend className="field-label">Retries</legend>
            <p className="field-hint">
              Failed attempts are tried again with a growing wait; empty fields use the defaults
              shown.
            </p>
            <SchemaFields schema={RETRY_SCHEMA} value={node.retry} path={['retry']} />
          </fieldset>
        )}
      </section>
    </InspectorContext.Provider>
  );
}

/** The name people see, and the id expressions and edges use, which never changes. */
function NameFields({ node }: { node: GraphNode }) {
  const { messagesAt, setValue, touch, idOf, readOnly } = useInspector();
  const nameId = idOf('name');
  const idId = idOf('id');
  return (
    <>
      <FieldFrame id={nameId} label="Name" messages={messagesAt('name')}>
        {(c) => (
          <input
            id={c.id}
            className="input"
            value={node.name ?? ''}
            placeholder={node.id}
            readOnly={readOnly}
            aria-invalid={c.invalid || undefined}
            aria-describedby={c.describedBy}
            onChange={(e) => setValue(['name'], e.target.value === '' ? undefined : e.target.value)}
            onBlur={() => touch('name')}
          />
        )}
      </FieldFrame>
      <FieldFrame
        id={idId}
        label="ID"
        hint={
          isTriggerType(node.type)
            ? 'Edges refer to this step by its ID, so renaming it changes nothing.'
            : `Edges and expressions ({{ nodes.${node.id} }}) refer to this step by its ID, so renaming it changes nothing.`
        }
        messages={messagesAt('id')}
      >
        {(c) => (
          <input
            id={c.id}
            className="input input-readonly"
            value={node.id}
            readOnly
            aria-invalid={c.invalid || undefined}
            aria-describedby={c.describedBy}
          />
        )}
      </FieldFrame>
    </>
  );
}

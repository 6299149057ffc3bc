import type { AutomationGraph, GraphNode, NodeType } from '../graph/model';

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

/** Stand-in until the schema-driven inspector lands: name and raw parameters. */
export function NodeInspector({
  node,
  nodeType,
  problems,
  readOnly,
  onChange,
}: NodeInspectorProps) {
  const all = Object.values(problems).flat();
  return (
    <section className="stack" aria-label={`Settings of ${node.name ?? node.id}`}>
      <p className="muted small">{nodeType?.description}</p>
      <label className="field">
        <span className="field-label">Name</span>
        <input
          className="input"
          value={node.name ?? ''}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...node, name: e.target.value })}
        />
      </label>
      <pre className="small">{JSON.stringify(node.params, null, 2)}</pre>
      {all.length > 0 && (
        <ul className="field-error">
          {all.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

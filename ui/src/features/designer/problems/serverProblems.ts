import { edgeId } from '../graph/mapping';

/**
 * The server's validation answer (`details` keyed `nodes.<id>.params.x`, `nodes.<id>`,
 * `edges.<from>.<port>-><to>`, `graph`) sorted into what the canvas shows: problems per node
 * (keyed relative to the node, as the inspector wants them), edges at fault, and one list.
 */
export interface Problem {
  /** The server's key, e.g. `nodes.mail.params.subject`. */
  key: string;
  message: string;
  nodeId?: string;
  /** Relative to the node: `params.subject`, or `''` for the node as a whole. */
  field?: string;
  /** The canvas edge id (`from:port->to`). */
  edgeId?: string;
}

export interface GraphProblems {
  list: Problem[];
  byNode: Map<string, Record<string, string[]>>;
  edges: Set<string>;
}

export const NO_PROBLEMS: GraphProblems = { list: [], byNode: new Map(), edges: new Set() };

export function parseProblemKey(key: string, message: string): Problem {
  if (key.startsWith('nodes.')) {
    const rest = key.slice('nodes.'.length);
    const dot = rest.indexOf('.');
    const nodeId = dot < 0 ? rest : rest.slice(0, dot);
    const field = dot < 0 ? '' : rest.slice(dot + 1);
    return { key, message, nodeId, field };
  }
  if (key.startsWith('edges.')) {
    // Ids and ports hold no dots and no '>', so the first dot and the arrow split it safely.
    const rest = key.slice('edges.'.length);
    const dot = rest.indexOf('.');
    const arrow = rest.indexOf('->');
    if (dot > 0 && arrow > dot) {
      const from = rest.slice(0, dot);
      const port = rest.slice(dot + 1, arrow);
      const to = rest.slice(arrow + 2);
      return { key, message, edgeId: edgeId({ from, port, to }) };
    }
  }
  return { key, message };
}

export function graphProblems(details: Record<string, string>): GraphProblems {
  const list = Object.entries(details).map(([key, message]) => parseProblemKey(key, message));
  const byNode = new Map<string, Record<string, string[]>>();
  const edges = new Set<string>();
  for (const p of list) {
    if (p.nodeId !== undefined) {
      const fields = byNode.get(p.nodeId) ?? {};
      fields[p.field ?? ''] = [...(fields[p.field ?? ''] ?? []), p.message];
      byNode.set(p.nodeId, fields);
    }
    if (p.edgeId) edges.add(p.edgeId);
  }
  return { list, byNode, edges };
}

/** The badge lines of a node: `subject: is required`, or the message alone for the whole node. */
export function nodeProblemLines(fields: Record<string, string[]> | undefined): string[] {
  if (!fields) return [];
  return Object.entries(fields).flatMap(([field, messages]) =>
    messages.map((m) => (field ? `${field.replace(/^params\./, '')}: ${m}` : m)),
  );
}

/** Forgets what was reported about a node once the owner edits it. */
export function withoutNode(problems: GraphProblems, nodeId: string): GraphProblems {
  if (!problems.byNode.has(nodeId)) return problems;
  const byNode = new Map(problems.byNode);
  byNode.delete(nodeId);
  return { ...problems, list: problems.list.filter((p) => p.nodeId !== nodeId), byNode };
}

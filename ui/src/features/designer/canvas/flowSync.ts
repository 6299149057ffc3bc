import {
  edgeId,
  toFlowEdge,
  toFlowNode,
  type StepFlowEdge,
  type StepFlowNode,
  type StepNodeData,
} from '../graph/mapping';
import type { AutomationGraph, NodeType } from '../graph/model';

/**
 * The canvas nodes for a graph, reusing every node object whose stored node did not change, so
 * React Flow and the memoised StepNode re-render only what an edit touched (this is what keeps a
 * 300-step automation smooth). Selection and measured size carry over.
 */
export function syncNodes(
  previous: StepFlowNode[],
  graph: AutomationGraph,
  types: Map<string, NodeType>,
): StepFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  const next = graph.nodes.map((node) => {
    const old = byId.get(node.id);
    if (old && old.data.node === node) return old;
    const fresh = toFlowNode(node, types.get(node.type));
    return old ? { ...fresh, selected: old.selected, measured: old.measured } : fresh;
  });
  return next.length === previous.length && next.every((n, i) => n === previous[i])
    ? previous
    : next;
}

export function syncEdges(previous: StepFlowEdge[], graph: AutomationGraph): StepFlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  const next = graph.edges.map((edge) => byId.get(edgeId(edge)) ?? toFlowEdge(edge));
  return next.length === previous.length && next.every((e, i) => e === previous[i])
    ? previous
    : next;
}

/** Selects exactly the given nodes, touching only nodes whose selection changes. */
export function selectOnly<T extends { id: string; selected?: boolean }>(
  items: T[],
  ids: ReadonlySet<string>,
): T[] {
  return items.map((item) =>
    Boolean(item.selected) === ids.has(item.id) ? item : { ...item, selected: ids.has(item.id) },
  );
}

export type NodeOverlay = Pick<StepNodeData, 'problems' | 'state' | 'stateDetail'>;

/**
 * Nodes with validation problems and playback states laid over them. A decorated node is cached
 * per base node and overlay, so dragging re-creates none of them.
 */
export function decorateNodes(
  nodes: StepFlowNode[],
  overlays: ReadonlyMap<string, NodeOverlay>,
  cache: WeakMap<StepFlowNode, { overlay: NodeOverlay; node: StepFlowNode }>,
): StepFlowNode[] {
  if (overlays.size === 0) return nodes;
  return nodes.map((n) => {
    const overlay = overlays.get(n.id);
    if (!overlay) return n;
    const cached = cache.get(n);
    if (cached && cached.overlay === overlay) return cached.node;
    const node = { ...n, data: { ...n.data, ...overlay } };
    cache.set(n, { overlay, node });
    return node;
  });
}

/** Edges the server found fault with, highlighted. */
export function decorateEdges(edges: StepFlowEdge[], faulty: ReadonlySet<string>): StepFlowEdge[] {
  if (faulty.size === 0) return edges;
  return edges.map((e) =>
    faulty.has(e.id)
      ? { ...e, className: [e.className, 'edge-problem'].filter(Boolean).join(' '), animated: true }
      : e,
  );
}

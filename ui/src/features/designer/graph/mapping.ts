import dagre from '@dagrejs/dagre';
import type { Connection, Edge, Node } from '@xyflow/react';
import {
  INPUT_HANDLE,
  isTriggerType,
  portsOf,
  type AutomationGraph,
  type GraphEdge,
  type GraphNode,
  type GraphSettings,
  type NodeType,
} from './model';

/** How a node of a run is doing, for colouring the graph in the run inspector. */
export type StepState = 'completed' | 'failed' | 'running' | 'waiting' | 'skipped' | 'idle';

export type StepNodeData = {
  node: GraphNode;
  nodeType?: NodeType;
  ports: string[];
  /** Problems reported for this node (validation), shown as a badge and outline. */
  problems?: string[];
  /** Set by the run inspector; absent in the designer. */
  state?: StepState;
  /** Attempts or visits shown beside the state, e.g. "3 attempts". */
  stateDetail?: string;
};

export type StepFlowNode = Node<StepNodeData, 'step'>;
export type StepFlowEdge = Edge<{ port: string }>;

/**
 * Above this many steps a canvas renders only the steps in view: React Flow's culling costs a
 * little on every move, but saves far more once hundreds of steps would be drawn.
 */
export const CULL_ABOVE_NODES = 80;

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 72;

/** One id per edge: an edge is identified by where it leaves and where it arrives. */
export const edgeId = (e: Pick<GraphEdge, 'from' | 'to' | 'port'>) =>
  `${e.from}:${e.port}->${e.to}`;

/** The stored graph as canvas nodes and edges. Nodes without a position are laid out. */
export function toFlow(
  graph: AutomationGraph,
  types: Map<string, NodeType>,
): { nodes: StepFlowNode[]; edges: StepFlowEdge[] } {
  const positioned = graph.nodes.every((n) => n.position && n.position.length >= 2)
    ? graph
    : autoLayout(graph, types);
  const nodes = positioned.nodes.map((node) => toFlowNode(node, types.get(node.type)));
  const edges = graph.edges.map(toFlowEdge);
  return { nodes, edges };
}

export function toFlowNode(node: GraphNode, nodeType?: NodeType): StepFlowNode {
  const [x = 0, y = 0] = node.position ?? [];
  return {
    id: node.id,
    type: 'step',
    position: { x, y },
    data: { node, nodeType, ports: portsOf(node, nodeType) },
    deletable: true,
  };
}

export function toFlowEdge(edge: GraphEdge): StepFlowEdge {
  return {
    id: edgeId(edge),
    source: edge.from,
    sourceHandle: edge.port,
    target: edge.to,
    targetHandle: INPUT_HANDLE,
    label: edge.port === 'out' ? undefined : edge.port,
    data: { port: edge.port },
    className: edge.port === 'error' ? 'edge-error' : undefined,
  };
}

/** The canvas back into the stored graph: positions rounded to whole pixels, order kept. */
export function fromFlow(
  nodes: StepFlowNode[],
  edges: StepFlowEdge[],
  settings?: GraphSettings | null,
): AutomationGraph {
  return {
    nodes: nodes.map((n) => ({
      ...n.data.node,
      position: [Math.round(n.position.x), Math.round(n.position.y)],
    })),
    edges: edges.map((e) => ({
      from: e.source,
      to: e.target,
      port: e.data?.port ?? e.sourceHandle ?? 'out',
    })),
    settings: settings ?? null,
  };
}

/** Why a connection being dragged would be refused, or null when it is allowed. */
export function connectionProblem(
  connection: Pick<Connection, 'source' | 'target' | 'sourceHandle'>,
  graph: Pick<AutomationGraph, 'nodes' | 'edges'>,
): string | null {
  const { source, target } = connection;
  const port = connection.sourceHandle ?? 'out';
  if (!source || !target) return 'Connect an output port to a step';
  if (source === target) return 'A step cannot connect to itself';
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return 'Unknown step';
  if (isTriggerType(to.type)) return 'Nothing can lead into a trigger';
  if (graph.edges.some((e) => e.from === source && e.to === target && e.port === port)) {
    return 'These steps are already connected';
  }
  const parallelOut = from.type === 'flow.parallel' && port === 'out';
  if (!parallelOut && graph.edges.some((e) => e.from === source && e.port === port)) {
    return `The ${port} port is already connected`;
  }
  if (to.type !== 'flow.loop' && reaches(graph.edges, target, source)) {
    return 'That would make a cycle; only a Loop may be looped back into';
  }
  return null;
}

/** Whether `to` can be reached from `from` following edges. */
function reaches(edges: GraphEdge[], from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of edges) if (e.from === id) stack.push(e.to);
  }
  return false;
}

/**
 * Lays the graph out top to bottom (dagre's layered layout); a node's ports are ordered left to
 * right, so dagre is told about edges in port order. Back edges into loops do not shape layers.
 */
export function autoLayout(graph: AutomationGraph, types: Map<string, NodeType>): AutomationGraph {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 64, marginx: 24, marginy: 24 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const outgoing = (n: GraphNode) => {
    const ports = portsOf(n, types.get(n.type));
    return graph.edges
      .filter((e) => e.from === n.id && byId.has(e.to))
      .sort((a, b) => ports.indexOf(a.port) - ports.indexOf(b.port));
  };
  // Each node's path from the trigger as port indexes: siblings sort by it, left to right.
  const pathKey = new Map<string, number[]>();
  const queue = graph.nodes.filter((n) => isTriggerType(n.type));
  queue.forEach((n, i) => pathKey.set(n.id, [i]));
  for (const n of queue) {
    outgoing(n).forEach((e, j) => {
      const next = byId.get(e.to);
      if (!next || pathKey.has(e.to)) return;
      pathKey.set(e.to, [...(pathKey.get(n.id) ?? []), j]);
      queue.push(next);
    });
  }
  for (const n of graph.nodes) g.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const n of graph.nodes) for (const e of outgoing(n)) g.setEdge(e.from, e.to, {}, edgeId(e));
  dagre.layout(g);
  const xs = portOrderedColumns(
    graph.nodes.map((n) => ({ id: n.id, ...g.node(n.id) })),
    pathKey,
  );
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const laid = g.node(n.id);
      return {
        ...n,
        position: [
          Math.round(xs.get(n.id)! - NODE_WIDTH / 2),
          Math.round(laid.y - NODE_HEIGHT / 2),
        ],
      };
    }),
  };
}

/**
 * dagre minimises crossings but may put an if's `false` branch left of `true`. Within each layer
 * the same x slots are handed out again in port-path order, so branches read in port order.
 */
function portOrderedColumns(
  laid: { id: string; x: number; y: number }[],
  pathKey: Map<string, number[]>,
): Map<string, number> {
  const layers = new Map<number, { id: string; x: number }[]>();
  for (const n of laid) layers.set(n.y, [...(layers.get(n.y) ?? []), n]);
  const compare = (a: string, b: string) => {
    const ka = pathKey.get(a) ?? [Infinity];
    const kb = pathKey.get(b) ?? [Infinity];
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    return ka.length - kb.length;
  };
  const xs = new Map<string, number>();
  for (const layer of layers.values()) {
    const slots = layer.map((n) => n.x).sort((a, b) => a - b);
    [...layer].sort((a, b) => compare(a.id, b.id)).forEach((n, i) => xs.set(n.id, slots[i] ?? n.x));
  }
  return xs;
}

/**
 * A fresh id for a node of a type — `email_send`, then `email_send_2`... — matching the ids the
 * validator accepts (a letter, then letters, digits, `_` or `-`, at most 64).
 */
export function newNodeId(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = type
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase()
    .slice(0, 56);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}_${i}`)) return `${base}_${i}`;
}

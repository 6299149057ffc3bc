import { NODE_HEIGHT, NODE_WIDTH, newNodeId } from '../graph/mapping';
import {
  ERROR_PORT,
  isTriggerType,
  portsOf,
  type AutomationGraph,
  type GraphNode,
  type NodeType,
} from '../graph/model';

/** Pure edits of the stored graph; the designer commits their results to its undo history. */

type Point = { x: number; y: number };

const GAP_Y = 64;
const DUPLICATE_OFFSET = 40;

const positionOf = (node: GraphNode): Point => ({
  x: node.position?.[0] ?? 0,
  y: node.position?.[1] ?? 0,
});

export function addNode(
  graph: AutomationGraph,
  type: string,
  at: Point,
): { graph: AutomationGraph; id: string } {
  const id = newNodeId(
    type,
    graph.nodes.map((n) => n.id),
  );
  const node: GraphNode = { id, type, params: {}, position: [Math.round(at.x), Math.round(at.y)] };
  return { graph: { ...graph, nodes: [...graph.nodes, node] }, id };
}

/** The first output port of a node that nothing leaves yet (never `error`), or null. */
export function freePort(
  graph: AutomationGraph,
  node: GraphNode,
  nodeType: NodeType | undefined,
): string | null {
  const used = new Set(graph.edges.filter((e) => e.from === node.id).map((e) => e.port));
  const ports = portsOf(node, nodeType).filter((p) => p !== ERROR_PORT);
  if (node.type === 'flow.parallel' && ports.includes('out')) return 'out';
  return ports.find((p) => !used.has(p)) ?? null;
}

/**
 * Adds a step below `anchorId` and connects the anchor's first free port to it (the keyboard way
 * of building a flow). Without an anchor the step goes below the lowest one, unconnected.
 */
export function addNodeBelow(
  graph: AutomationGraph,
  type: string,
  anchorId: string | null,
  types: Map<string, NodeType>,
): { graph: AutomationGraph; id: string } {
  const anchor = anchorId ? graph.nodes.find((n) => n.id === anchorId) : undefined;
  if (!anchor) {
    const lowest = graph.nodes.reduce<GraphNode | undefined>(
      (low, n) => (!low || positionOf(n).y > positionOf(low).y ? n : low),
      undefined,
    );
    const at = lowest
      ? { x: positionOf(lowest).x, y: positionOf(lowest).y + NODE_HEIGHT + GAP_Y }
      : { x: 0, y: 0 };
    return addNode(graph, type, at);
  }
  const port = isTriggerType(type) ? null : freePort(graph, anchor, types.get(anchor.type));
  const siblings = graph.edges.filter((e) => e.from === anchor.id).length;
  const origin = positionOf(anchor);
  const added = addNode(graph, type, {
    x: origin.x + siblings * (NODE_WIDTH + 24),
    y: origin.y + NODE_HEIGHT + GAP_Y,
  });
  if (!port) return added;
  return { ...added, graph: connect(added.graph, anchor.id, port, added.id) };
}

export function connect(
  graph: AutomationGraph,
  from: string,
  port: string,
  to: string,
): AutomationGraph {
  if (graph.edges.some((e) => e.from === from && e.port === port && e.to === to)) return graph;
  return { ...graph, edges: [...graph.edges, { from, port, to }] };
}

/** Removes nodes (with every edge touching them) and edges, given by id `from:port->to`. */
export function removeElements(
  graph: AutomationGraph,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string> = [],
): AutomationGraph {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !nodes.has(n.id)),
    edges: graph.edges.filter(
      (e) => !nodes.has(e.from) && !nodes.has(e.to) && !edges.has(`${e.from}:${e.port}->${e.to}`),
    ),
  };
}

/**
 * Copies the given steps (never a trigger: an automation has one) beside the originals with
 * fresh ids, and the connections between them.
 */
export function duplicateNodes(
  graph: AutomationGraph,
  ids: Iterable<string>,
): { graph: AutomationGraph; ids: string[] } {
  const wanted = new Set(ids);
  const originals = graph.nodes.filter((n) => wanted.has(n.id) && !isTriggerType(n.type));
  const taken = graph.nodes.map((n) => n.id);
  const renamed = new Map<string, string>();
  const copies = originals.map((n) => {
    const id = newNodeId(n.id, taken);
    taken.push(id);
    renamed.set(n.id, id);
    const { x, y } = positionOf(n);
    return {
      ...structuredClone(n),
      id,
      position: [x + DUPLICATE_OFFSET, y + DUPLICATE_OFFSET],
    };
  });
  const edges = graph.edges
    .filter((e) => renamed.has(e.from) && renamed.has(e.to))
    .map((e) => ({ ...e, from: renamed.get(e.from)!, to: renamed.get(e.to)! }));
  return {
    graph: { ...graph, nodes: [...graph.nodes, ...copies], edges: [...graph.edges, ...edges] },
    ids: copies.map((c) => c.id),
  };
}

/** Replaces a node's settings (the inspector's edit); its position stays where it is on canvas. */
export function replaceNode(graph: AutomationGraph, id: string, node: GraphNode): AutomationGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === id ? { ...node, position: n.position } : n)),
  };
}

/** Moves nodes to new positions (after a drag), leaving the others untouched. */
export function moveNodes(graph: AutomationGraph, positions: Map<string, Point>): AutomationGraph {
  let moved = false;
  const nodes = graph.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p) return n;
    const position = [Math.round(p.x), Math.round(p.y)];
    if (n.position?.[0] === position[0] && n.position?.[1] === position[1]) return n;
    moved = true;
    return { ...n, position };
  });
  return moved ? { ...graph, nodes } : graph;
}

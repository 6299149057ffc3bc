import { describe, expect, it } from 'vitest';
import { toFlow } from '../graph/mapping';
import { indexNodeTypes, type AutomationGraph } from '../graph/model';
import { moveNodes, replaceNode } from './graphEdits';
import { decorateEdges, decorateNodes, selectOnly, syncEdges, syncNodes } from './flowSync';

const types = indexNodeTypes([
  {
    type: 'trigger.manual',
    category: 'trigger',
    label: 'Manual',
    ports: ['out'],
    sideEffect: false,
    paramsSchema: {},
  },
  {
    type: 'email.send',
    category: 'action',
    label: 'Send email',
    ports: ['out'],
    sideEffect: true,
    paramsSchema: {},
  },
]);
const graph: AutomationGraph = {
  nodes: [
    { id: 't', type: 'trigger.manual', params: {}, position: [0, 0] },
    { id: 'a', type: 'email.send', params: {}, position: [0, 100] },
    { id: 'b', type: 'email.send', params: {}, position: [0, 200] },
  ],
  edges: [
    { from: 't', to: 'a', port: 'out' },
    { from: 'a', to: 'b', port: 'out' },
  ],
  settings: null,
};

describe('syncNodes and syncEdges', () => {
  const flow = toFlow(graph, types);

  it('reuses every node and edge an edit did not touch', () => {
    const edited = replaceNode(graph, 'a', { ...graph.nodes[1]!, name: 'Welcome' });
    const nodes = syncNodes(flow.nodes, edited, types);
    expect(nodes[0]).toBe(flow.nodes[0]);
    expect(nodes[2]).toBe(flow.nodes[2]);
    expect(nodes[1]).not.toBe(flow.nodes[1]);
    expect(nodes[1]!.data.node.name).toBe('Welcome');
    expect(syncNodes(flow.nodes, graph, types)).toBe(flow.nodes);
    expect(syncEdges(flow.edges, graph)).toBe(flow.edges);
  });

  it('keeps the selection of a changed node, and follows moves, additions and removals', () => {
    const selected = selectOnly(flow.nodes, new Set(['b']));
    const moved = moveNodes(graph, new Map([['b', { x: 50, y: 250 }]]));
    const nodes = syncNodes(selected, moved, types);
    expect(nodes[2]).toMatchObject({ selected: true, position: { x: 50, y: 250 } });
    const smaller = { ...graph, nodes: graph.nodes.slice(0, 2), edges: graph.edges.slice(0, 1) };
    expect(syncNodes(flow.nodes, smaller, types).map((n) => n.id)).toEqual(['t', 'a']);
    expect(syncEdges(flow.edges, smaller).map((e) => e.id)).toEqual(['t:out->a']);
  });

  it('selects only what changes selection state', () => {
    const once = selectOnly(flow.nodes, new Set(['a']));
    expect(once[0]).toBe(flow.nodes[0]);
    expect(once[1]!.selected).toBe(true);
    expect(selectOnly(once, new Set(['a']))[1]).toBe(once[1]);
  });
});

describe('decorate', () => {
  const flow = toFlow(graph, types);

  it('lays problems and states over nodes, cached per overlay', () => {
    const cache = new WeakMap();
    const overlay = { problems: ['subject: is required'] };
    const overlays = new Map([['b', overlay]]);
    const first = decorateNodes(flow.nodes, overlays, cache);
    expect(first[0]).toBe(flow.nodes[0]);
    expect(first[2]!.data.problems).toEqual(['subject: is required']);
    expect(decorateNodes(flow.nodes, overlays, cache)[2]).toBe(first[2]);
    expect(decorateNodes(flow.nodes, new Map(), cache)).toBe(flow.nodes);
  });

  it('highlights faulty edges', () => {
    const edges = decorateEdges(flow.edges, new Set(['a:out->b']));
    expect(edges[0]).toBe(flow.edges[0]);
    expect(edges[1]!.className).toContain('edge-problem');
  });
});

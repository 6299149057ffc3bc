import { describe, expect, it } from 'vitest';
import { indexNodeTypes, type AutomationGraph, type NodeType } from '../graph/model';
import {
  addNodeBelow,
  connect,
  duplicateNodes,
  freePort,
  moveNodes,
  removeElements,
  replaceNode,
} from './graphEdits';

const type = (t: string, category: string, ports: string[]): NodeType => ({
  type: t,
  category,
  label: t,
  ports,
  sideEffect: false,
  paramsSchema: {},
});
const types = indexNodeTypes([
  type('trigger.manual', 'trigger', ['out']),
  type('wait.delay', 'wait', ['out']),
  type('flow.if', 'flow', ['true', 'false']),
  type('email.send', 'action', ['out']),
]);

const graph: AutomationGraph = {
  nodes: [
    { id: 'start', type: 'trigger.manual', params: {}, position: [0, 0] },
    { id: 'check', type: 'flow.if', params: {}, position: [0, 140] },
    { id: 'mail', type: 'email.send', params: { to: 'a@b.c' }, position: [0, 280] },
  ],
  edges: [
    { from: 'start', to: 'check', port: 'out' },
    { from: 'check', to: 'mail', port: 'true' },
  ],
  settings: null,
};

describe('addNodeBelow', () => {
  it('adds a step below the anchor, connected from its first free port', () => {
    const { graph: next, id } = addNodeBelow(graph, 'wait.delay', 'check', types);
    expect(id).toBe('wait_delay');
    expect(next.nodes.at(-1)).toMatchObject({ id, type: 'wait.delay', params: {} });
    expect(next.nodes.at(-1)!.position![1]).toBeGreaterThan(140);
    expect(next.edges).toContainEqual({ from: 'check', to: id, port: 'false' });
  });

  it('adds unconnected below the lowest step when nothing is selected or no port is free', () => {
    const first = addNodeBelow(graph, 'email.send', null, types);
    expect(first.id).toBe('email_send');
    expect(first.graph.nodes.at(-1)!.position).toEqual([0, 280 + 72 + 64]);
    expect(first.graph.edges).toHaveLength(2);
    const full = addNodeBelow(graph, 'email.send', 'start', types);
    expect(full.graph.edges).toHaveLength(2);
  });

  it('places the first step at the origin of an empty canvas', () => {
    const empty = { nodes: [], edges: [], settings: null };
    expect(addNodeBelow(empty, 'trigger.manual', null, types).graph.nodes[0]!.position).toEqual([
      0, 0,
    ]);
  });
});

describe('graph edits', () => {
  it('finds the free port, never the error port', () => {
    expect(freePort(graph, graph.nodes[1]!, types.get('flow.if'))).toBe('false');
    expect(freePort(graph, graph.nodes[2]!, types.get('email.send'))).toBe('out');
    expect(freePort(graph, graph.nodes[0]!, types.get('trigger.manual'))).toBeNull();
  });

  it('connects once', () => {
    const once = connect(graph, 'check', 'false', 'mail');
    expect(once.edges).toHaveLength(3);
    expect(connect(once, 'check', 'false', 'mail')).toBe(once);
  });

  it('removes nodes with their edges, and single edges by id', () => {
    const withoutIf = removeElements(graph, ['check']);
    expect(withoutIf.nodes.map((n) => n.id)).toEqual(['start', 'mail']);
    expect(withoutIf.edges).toEqual([]);
    const withoutEdge = removeElements(graph, [], ['check:true->mail']);
    expect(withoutEdge.edges).toEqual([{ from: 'start', to: 'check', port: 'out' }]);
    expect(removeElements(graph, [])).toBe(graph);
  });

  it('duplicates steps but not the trigger, with the edges between the copies', () => {
    const { graph: next, ids } = duplicateNodes(graph, ['start', 'check', 'mail']);
    expect(ids).toEqual(['check_2', 'mail_2']);
    expect(next.nodes.find((n) => n.id === 'mail_2')).toMatchObject({
      type: 'email.send',
      params: { to: 'a@b.c' },
      position: [40, 320],
    });
    expect(next.edges).toContainEqual({ from: 'check_2', to: 'mail_2', port: 'true' });
    expect(next.edges).toHaveLength(3);
  });

  it('replaces a node keeping its position, and moves only what moved', () => {
    const renamed = replaceNode(graph, 'mail', {
      ...graph.nodes[2]!,
      name: 'Welcome',
      position: null,
    });
    expect(renamed.nodes[2]).toMatchObject({ name: 'Welcome', position: [0, 280] });
    const moved = moveNodes(graph, new Map([['mail', { x: 10.4, y: 300 }]]));
    expect(moved.nodes[2]!.position).toEqual([10, 300]);
    expect(moved.nodes[0]).toBe(graph.nodes[0]);
    expect(moveNodes(graph, new Map([['mail', { x: 0, y: 280 }]]))).toBe(graph);
  });
});

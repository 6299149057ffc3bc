import { describe, expect, it } from 'vitest';
import {
  autoLayout,
  connectionProblem,
  fromFlow,
  newNodeId,
  toFlow,
  type StepFlowNode,
} from './mapping';
import { indexNodeTypes, portsOf, type AutomationGraph, type NodeType } from './model';

const type = (t: string, category: string, ports: string[]): NodeType => ({
  type: t,
  category,
  label: t,
  description: '',
  ports,
  sideEffect: category === 'action',
  paramsSchema: { type: 'object', properties: {} },
});

const TYPES = indexNodeTypes([
  type('trigger.manual', 'trigger', ['out']),
  type('wait.delay', 'wait', ['out']),
  type('email.send', 'action', ['out']),
  type('flow.if', 'flow', ['true', 'false']),
  type('flow.switch', 'flow', ['default']),
  type('flow.parallel', 'flow', ['out']),
  type('flow.loop', 'flow', ['item', 'done']),
  type('flow.end', 'flow', []),
]);

const graph: AutomationGraph = {
  nodes: [
    { id: 't', type: 'trigger.manual', name: 'Start', params: {}, position: [0, 0] },
    { id: 'wait', type: 'wait.delay', params: { duration: 'P2D' }, position: [0, 120] },
    { id: 'mail', type: 'email.send', params: { to: 'a@b.c' }, position: [10.4, 240.6] },
  ],
  edges: [
    { from: 't', to: 'wait', port: 'out' },
    { from: 'wait', to: 'mail', port: 'out' },
  ],
  settings: { errorHandler: null },
};

describe('graph mapping', () => {
  it('round-trips the stored graph through the canvas model', () => {
    const flow = toFlow(graph, TYPES);
    expect(flow.nodes.map((n) => n.id)).toEqual(['t', 'wait', 'mail']);
    expect(flow.edges[0]).toMatchObject({
      id: 't:out->wait',
      source: 't',
      sourceHandle: 'out',
      target: 'wait',
      targetHandle: 'in',
    });
    const back = fromFlow(flow.nodes, flow.edges, graph.settings);
    expect(back.edges).toEqual(graph.edges);
    expect(back.nodes[2]).toEqual({ ...graph.nodes[2], position: [10, 241] });
    expect(back.settings).toEqual(graph.settings);
  });

  it('gives every node its ports, with error on steps and switch cases first', () => {
    const flow = toFlow(graph, TYPES);
    expect(flow.nodes[0]!.data.ports).toEqual(['out']);
    expect(flow.nodes[2]!.data.ports).toEqual(['out', 'error']);
    const sw = { type: 'flow.switch', params: { cases: [{ port: 'vip' }, { port: 'big' }] } };
    expect(portsOf(sw, TYPES.get('flow.switch'))).toEqual(['vip', 'big', 'default', 'error']);
    expect(portsOf({ type: 'flow.end', params: {} }, TYPES.get('flow.end'))).toEqual([]);
    expect(portsOf({ type: 'nope', params: {} }, undefined)).toEqual([]);
  });

  it('lays out nodes without positions top to bottom', () => {
    const unplaced = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: null })) };
    const { nodes } = toFlow(unplaced, TYPES);
    const ys = nodes.map((n: StepFlowNode) => n.position.y);
    expect(ys[0]!).toBeLessThan(ys[1]!);
    expect(ys[1]!).toBeLessThan(ys[2]!);
  });

  it('places the branches of an if side by side in port order', () => {
    const branching: AutomationGraph = {
      nodes: [
        { id: 't', type: 'trigger.manual', params: {} },
        { id: 'check', type: 'flow.if', params: {} },
        { id: 'yes', type: 'email.send', params: {} },
        { id: 'no', type: 'email.send', params: {} },
      ],
      edges: [
        { from: 't', to: 'check', port: 'out' },
        { from: 'check', to: 'no', port: 'false' },
        { from: 'check', to: 'yes', port: 'true' },
      ],
    };
    const laid = autoLayout(branching, TYPES).nodes;
    const x = (id: string) => laid.find((n) => n.id === id)!.position![0]!;
    expect(x('yes')).toBeLessThan(x('no'));
  });
});

describe('connections', () => {
  const problem = (source: string, target: string, sourceHandle = 'out', g = graph) =>
    connectionProblem({ source, target, sourceHandle }, g);

  it('refuses connections the engine would refuse', () => {
    expect(problem('mail', 'mail')).toMatch(/itself/);
    expect(problem('mail', 't')).toMatch(/trigger/);
    expect(problem('t', 'wait')).toMatch(/already connected/);
    expect(problem('t', 'mail')).toMatch(/out port is already connected/);
    expect(problem('mail', 'wait')).toMatch(/cycle/);
  });

  it('allows a free port, a second branch of a parallel and a loop back into a loop', () => {
    expect(problem('mail', 'wait', 'error')).toMatch(/cycle/);
    const g: AutomationGraph = {
      nodes: [
        { id: 't', type: 'trigger.manual', params: {} },
        { id: 'p', type: 'flow.parallel', params: {} },
        { id: 'a', type: 'email.send', params: {} },
        { id: 'loop', type: 'flow.loop', params: {} },
        { id: 'body', type: 'email.send', params: {} },
      ],
      edges: [
        { from: 't', to: 'p', port: 'out' },
        { from: 'p', to: 'a', port: 'out' },
        { from: 'loop', to: 'body', port: 'item' },
      ],
    };
    expect(problem('p', 'loop', 'out', g)).toBeNull();
    expect(problem('body', 'loop', 'out', g)).toBeNull();
    expect(problem('a', 'body', 'error', g)).toBeNull();
  });
});

describe('new node ids', () => {
  it('are valid ids that do not clash', () => {
    expect(newNodeId('email.send', [])).toBe('email_send');
    expect(newNodeId('email.send', ['email_send', 'email_send_2'])).toBe('email_send_3');
  });
});

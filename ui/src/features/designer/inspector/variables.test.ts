import { describe, expect, it } from 'vitest';
import { automationGraphSchema, type AutomationGraph } from '../graph/model';
import { NODE_TYPES } from './nodeTypesFixture';
import {
  availableVariables,
  expressionWarnings,
  expressionWarningsOf,
  filterVariables,
  flattenPaths,
  sampleAt,
} from './variables';

/**
 * start → greet (set) → check (if) ─true→ call (http) ─out→ each (loop) ─item→ tag → back to each
 *                                   │                 └error→ notify (email)      └done→ thanks
 *                                   └false→ stop (fail)
 */
const graph: AutomationGraph = automationGraphSchema.parse({
  nodes: [
    {
      id: 'start',
      type: 'trigger.manual',
      params: {
        sampleInput: {
          customer: { email: 'ada@example.com', 'first name': 'Ada' },
          items: [{ sku: 'A1', qty: 2 }],
        },
      },
    },
    {
      id: 'greet',
      type: 'data.set',
      name: 'Greeting',
      params: { values: { hello: 'Hi', total: 3 } },
    },
    { id: 'check', type: 'flow.if', params: { condition: { rules: [] } } },
    { id: 'call', type: 'http.request', name: 'Fetch order', params: { url: 'https://shop.test' } },
    { id: 'each', type: 'flow.loop', params: { items: '{{ trigger.items }}' } },
    { id: 'tag', type: 'contact.tag', params: { email: '{{ loop.item.email }}' } },
    { id: 'thanks', type: 'email.send', params: {} },
    { id: 'notify', type: 'email.send', params: {} },
    { id: 'stop', type: 'flow.fail', params: { message: 'No' } },
  ],
  edges: [
    { from: 'start', to: 'greet' },
    { from: 'greet', to: 'check' },
    { from: 'check', to: 'call', port: 'true' },
    { from: 'check', to: 'stop', port: 'false' },
    { from: 'call', to: 'each' },
    { from: 'call', to: 'notify', port: 'error' },
    { from: 'each', to: 'tag', port: 'item' },
    { from: 'tag', to: 'each' },
    { from: 'each', to: 'thanks', port: 'done' },
  ],
});

const pathsAt = (nodeId: string) =>
  availableVariables(graph, nodeId, NODE_TYPES).map((v) => v.path);

describe('the variables available at a node', () => {
  it('offers the sample input as paths, variables and outputs of steps before, and the loop item', () => {
    expect(pathsAt('tag')).toEqual([
      'trigger',
      'trigger.customer',
      'trigger.customer.email',
      "trigger.customer['first name']",
      'trigger.items',
      'trigger.items[0]',
      'trigger.items[0].sku',
      'trigger.items[0].qty',
      'vars.hello',
      'vars.total',
      'nodes.greet',
      'nodes.greet.hello',
      'nodes.greet.total',
      'nodes.call',
      'nodes.call.status',
      'nodes.call.headers',
      'nodes.call.body',
      'nodes.each',
      'nodes.each.item',
      'nodes.each.index',
      'loop.item',
      'loop.item.sku',
      'loop.item.qty',
      'loop.index',
      'run.id',
      'run.startedAt',
      'run.automationId',
      'run.version',
    ]);
  });

  it('offers the error after an error port, and no loop item outside the loop', () => {
    const paths = pathsAt('notify');
    expect(paths).toEqual(expect.arrayContaining(['error.message', 'error.node', 'error.type']));
    expect(paths).toContain('nodes.call.status');
    expect(paths.filter((p) => p.startsWith('loop.'))).toEqual([]);
  });

  it('leaves out steps of other branches and of the loop body after the loop', () => {
    const thanks = pathsAt('thanks');
    expect(thanks).toContain('nodes.each.count');
    expect(thanks.some((p) => p.startsWith('nodes.tag'))).toBe(false);
    expect(thanks.some((p) => p.startsWith('loop.') || p.startsWith('error.'))).toBe(false);
    const stop = pathsAt('stop');
    expect(stop.some((p) => p.startsWith('nodes.call'))).toBe(false);
    // An if outputs nothing, so it offers nothing.
    expect(stop.some((p) => p.startsWith('nodes.check'))).toBe(false);
  });

  it('offers the event and its metadata after an event trigger', () => {
    const events = automationGraphSchema.parse({
      nodes: [
        { id: 't', type: 'trigger.event', params: { event: 'order.paid' } },
        { id: 'm', type: 'email.send', params: {} },
      ],
      edges: [{ from: 't', to: 'm' }],
    });
    const variables = availableVariables(events, 'm', NODE_TYPES).filter(
      (v) => v.group === 'Trigger',
    );
    expect(variables.map((v) => v.path)).toEqual([
      'trigger',
      'trigger.event.id',
      'trigger.event.type',
      'trigger.event.key',
      'trigger.event.occurredAt',
    ]);
    expect(variables[0]!.description).toMatch(/order\.paid/);
  });

  it('reads a path of the sample input', () => {
    const sample = { order: { items: [{ sku: 'A1' }], 'a b': 1 } };
    expect(sampleAt(sample, 'trigger.order.items[0].sku')).toBe('A1');
    expect(sampleAt(sample, "trigger.order['a b']")).toBe(1);
    expect(sampleAt(sample, 'trigger.order.missing.sku')).toBeUndefined();
    expect(sampleAt(sample, 'vars.x')).toBeUndefined();
  });

  it('flattens lists through their first item', () => {
    expect(flattenPaths({ a: [[1]] }, 'trigger')).toEqual([
      'trigger.a',
      'trigger.a[0]',
      'trigger.a[0][0]',
    ]);
  });

  it('filters by every word typed, in path or description', () => {
    const variables = availableVariables(graph, 'tag', NODE_TYPES);
    expect(filterVariables(variables, 'fetch STATUS').map((v) => v.path)).toEqual([
      'nodes.call.status',
    ]);
    expect(filterVariables(variables, '')).toHaveLength(variables.length);
  });
});

describe('warnings about expressions', () => {
  it('flags steps that do not come before, unset variables and malformed braces', () => {
    expect(expressionWarnings('{{ nodes.thanks.to }}', graph, 'tag')).toEqual([
      '{{ nodes.thanks.to }} reads thanks, which does not come before this step',
    ]);
    expect(expressionWarnings('{{ vars.nope }}', graph, 'tag')).toEqual([
      '{{ vars.nope }}: no Set variables step before this one sets nope',
    ]);
    expect(expressionWarnings('Hi {{ vars.hello', graph, 'tag')[0]).toMatch(/Unclosed/);
    expect(expressionWarnings('{{ vars.hello }} {{ nodes.call.body }}', graph, 'tag')).toEqual([]);
  });

  it('flags loop data outside the item branch and error data away from an error port', () => {
    expect(expressionWarnings('{{ loop.item }}', graph, 'thanks')).toHaveLength(1);
    expect(expressionWarnings('{{ error.message }}', graph, 'thanks')).toHaveLength(1);
    expect(expressionWarnings('{{ error.message }}', graph, 'notify')).toEqual([]);
  });

  it('keys the warnings of a node by the path of each text', () => {
    const node = {
      id: 'thanks',
      type: 'email.send',
      params: { to: '{{ loop.item.email }}', subject: 'Thanks', text: 'ok' },
    };
    expect(Object.keys(expressionWarningsOf(node, graph))).toEqual(['params.to']);
  });
});

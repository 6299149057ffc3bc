import { describe, expect, it } from 'vitest';
import { NODE_TYPES, nodeTypeOf } from './nodeTypesFixture';
import {
  fieldKeys,
  fieldsOf,
  getIn,
  humanize,
  initialValue,
  move,
  parseJson,
  setIn,
  singular,
} from './schemaForm';

describe('fields generated from the node types the server publishes', () => {
  it('gives every parameter of every type the editor its schema calls for', () => {
    const kinds = Object.fromEntries(
      NODE_TYPES.flatMap((t) =>
        fieldsOf(t.paramsSchema, ['params']).map((f) => [`${t.type}.${f.name}`, f.kind]),
      ),
    );
    expect(kinds).toEqual({
      'trigger.manual.sampleInput': 'json',
      'trigger.event.event': 'text',
      'trigger.event.filter': 'condition',
      'trigger.event.sampleInput': 'json',
      'trigger.webhook.respond': 'boolean',
      'trigger.webhook.timeout': 'duration',
      'trigger.webhook.requireSignature': 'boolean',
      'trigger.schedule.cron': 'text',
      'trigger.schedule.timeZone': 'text',
      'flow.if.condition': 'condition',
      'flow.switch.cases': 'list',
      'flow.join.mode': 'select',
      'flow.loop.items': 'text',
      'flow.loop.max': 'number',
      'flow.end.output': 'json',
      'flow.fail.message': 'multiline',
      'wait.delay.duration': 'duration',
      'wait.until.at': 'text',
      'wait.until.timeZone': 'text',
      'wait.until.offset': 'text',
      'wait.event.event': 'text',
      'wait.event.key': 'text',
      'wait.event.timeout': 'duration',
      'approval.request.message': 'multiline',
      'approval.request.timeout': 'duration',
      'data.set.values': 'map',
      'automation.call.automationId': 'text',
      'automation.call.input': 'json',
      'automation.call.wait': 'boolean',
      'http.request.method': 'select',
      'http.request.url': 'text',
      'http.request.headers': 'map',
      'http.request.body': 'any',
      'http.request.timeout': 'duration',
      'email.send.to': 'text',
      'email.send.subject': 'text',
      'email.send.text': 'multiline',
      'email.send.html': 'multiline',
      'contact.upsert.email': 'text',
      'contact.upsert.firstName': 'text',
      'contact.upsert.lastName': 'text',
      'contact.upsert.phone': 'text',
      'contact.upsert.fields': 'map',
      'contact.tag.email': 'text',
      'contact.tag.add': 'tags',
      'contact.tag.remove': 'tags',
      'ai.generate.kind': 'select',
      'ai.generate.brief': 'multiline',
      'ai.generate.sourceMaterial': 'multiline',
    });
  });

  it('lays out an email in the declared order, marks required fields and offers expressions', () => {
    const fields = fieldsOf(nodeTypeOf('email.send').paramsSchema, ['params']);
    expect(fields.map((f) => [f.key, f.label, f.required, f.expression])).toEqual([
      ['params.to', 'To', true, true],
      ['params.subject', 'Subject', true, true],
      ['params.text', 'Text', true, true],
      ['params.html', 'HTML', false, true],
    ]);
    expect(fields[0]!.hint).toBe('Recipient address');
  });

  it('turns enums into choices and open lists into suggestions', () => {
    const [method] = fieldsOf(nodeTypeOf('http.request').paramsSchema, ['params']);
    expect(method!.options).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    const [event] = fieldsOf(nodeTypeOf('trigger.event').paramsSchema, ['params']);
    expect(event!.options).toBeUndefined();
    expect(event!.suggestions).toContain('order.paid');
  });

  it('keeps the bounds of numbers', () => {
    const max = fieldsOf(nodeTypeOf('flow.loop').paramsSchema, ['params'])[1]!;
    expect([max.schema.minimum, max.schema.maximum, max.required]).toEqual([1, 10000, false]);
  });

  it('lists the key of every field shown, entries of lists and rules of conditions included', () => {
    const params = {
      cases: [
        { port: 'vip', condition: { rules: [{ field: '{{ trigger.total }}', operator: 'gt' }] } },
        { port: 'other' },
      ],
    };
    const keys = fieldKeys(nodeTypeOf('flow.switch').paramsSchema, params, ['params']);
    expect(keys).toEqual([
      'params.cases',
      'params.cases.0',
      'params.cases.0.port',
      'params.cases.0.condition',
      'params.cases.0.condition.rules.0.field',
      'params.cases.0.condition.rules.0.operator',
      'params.cases.0.condition.rules.0.value',
      'params.cases.1',
      'params.cases.1.port',
      'params.cases.1.condition',
    ]);
  });

  it('starts a new rule at the first operator', () => {
    const condition = nodeTypeOf('flow.if').paramsSchema.properties!.condition!;
    expect(initialValue(condition.properties!.rules!.items!)).toEqual({ operator: 'eq' });
  });
});

describe('labels', () => {
  it('humanises property names', () => {
    expect(humanize('timeZone')).toBe('Time zone');
    expect(humanize('maxBackoff')).toBe('Max backoff');
    expect(humanize('requireSignature')).toBe('Require signature');
    expect(humanize('first_name')).toBe('First name');
    expect(humanize('automationId')).toBe('Automation ID');
    expect(humanize('html')).toBe('HTML');
  });

  it('names one entry of a list', () => {
    expect(singular('cases')).toBe('case');
    expect(singular('rules')).toBe('rule');
    expect(singular('entries')).toBe('entry');
    expect(singular('address')).toBe('address');
  });
});

describe('editing values by path', () => {
  const node = { id: 'n', params: { cases: [{ port: 'a' }, { port: 'b' }] } };

  it('reads and writes deep values without touching the original', () => {
    const next = setIn(node, ['params', 'cases', 1, 'port'], 'vip');
    expect(getIn(next, ['params', 'cases', 1, 'port'])).toBe('vip');
    expect(node.params.cases[1]!.port).toBe('b');
    expect(next.params.cases[0]).toBe(node.params.cases[0]);
  });

  it('removes emptied fields instead of storing blanks, and objects left empty', () => {
    const withRetry = { id: 'n', retry: { timeout: 'PT5S' } };
    expect(setIn(withRetry, ['retry', 'timeout'], undefined)).toEqual({ id: 'n' });
    expect(setIn({ id: 'n' }, ['retry', 'backoff'], 'PT2S')).toEqual({
      id: 'n',
      retry: { backoff: 'PT2S' },
    });
  });

  it('moves list entries within bounds', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('parses JSON or says why not', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ value: { a: [1] }, error: null });
    expect(parseJson('  ')).toEqual({ value: undefined, error: null });
    const broken = parseJson('{"a": ');
    expect(broken.error).toMatch(/^is not valid JSON/);
  });
});

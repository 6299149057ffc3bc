import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../graph/model';
import { nodeTypeOf } from './nodeTypesFixture';
import { mergeProblems, placeProblems, problemsOfNode, sentence, validateNode } from './validation';

const node = (type: string, params: Record<string, unknown>, extra: Partial<GraphNode> = {}) => ({
  id: 'n1',
  type,
  params,
  ...extra,
});

const check = (n: GraphNode) => validateNode(n, nodeTypeOf(n.type));

describe('checking a node as it is edited', () => {
  it('reports required parameters missing or blank, keyed by their path', () => {
    expect(check(node('email.send', { to: '  ', subject: 'Hi' }))).toEqual({
      'params.to': ['is required'],
      'params.text': ['is required'],
    });
  });

  it('checks types, choices, bounds and patterns of nested entries', () => {
    const problems = check(
      node('flow.switch', {
        cases: [
          { port: 'vip', condition: { rules: [] } },
          { port: 'Bad Port', condition: 3 },
        ],
      }),
    );
    expect(problems).toEqual({
      'params.cases.1.port': ['does not match ^[a-z][a-z0-9_-]{0,39}$'],
      'params.cases.1.condition': ['must be an object'],
    });
    expect(check(node('flow.loop', { items: '{{ trigger.items }}', max: 0 }))).toEqual({
      'params.max': ['must be at least 1'],
    });
    expect(check(node('flow.loop', { items: 'trigger.items', max: 2.5 }))).toEqual({
      'params.items': ['must be an expression such as {{ trigger.items }}'],
      'params.max': ['must be an integer'],
    });
    expect(check(node('http.request', { url: 'https://x.test', method: 'FETCH' }))).toEqual({
      'params.method': ['must be one of [GET, POST, PUT, PATCH, DELETE]'],
    });
  });

  it('checks rules of conditions: their operator must be known', () => {
    const problems = check(
      node('flow.if', { condition: { rules: [{ field: '{{ trigger.a }}', operator: 'like' }] } }),
    );
    expect(problems['params.condition.rules.0.operator']).toEqual([
      expect.stringMatching(/^must be one of \[eq, ne, gt/),
    ]);
  });

  it('accepts durations the engine parses and expressions in their place', () => {
    expect(check(node('wait.delay', { duration: 'P2D' }))).toEqual({});
    expect(check(node('wait.delay', { duration: '{{ vars.wait }}' }))).toEqual({});
    expect(check(node('wait.delay', { duration: '2 days' }))).toEqual({
      'params.duration': ['must be an ISO-8601 duration such as PT30M or P2D'],
    });
  });

  it('refuses parameters the type does not have', () => {
    expect(check(node('wait.delay', { duration: 'P1D', until: 'x' }))).toEqual({
      'params.until': ['is not a parameter of this node type'],
    });
  });

  it('checks retries of side-effecting steps', () => {
    const mail = { to: 'a@b.c', subject: 's', text: 't' };
    expect(
      check(
        node('email.send', mail, { retry: { maxAttempts: 0, timeout: '30s', backoff: 'PT2S' } }),
      ),
    ).toEqual({
      'retry.maxAttempts': ['must be at least 1'],
      'retry.timeout': ['must be an ISO-8601 duration such as PT30M or P2D'],
    });
  });

  it('says when the type is unknown', () => {
    expect(validateNode(node('ai.write', {}), undefined)).toEqual({
      '': ['ai.write is not a node type this platform knows'],
    });
  });
});

describe('placing problems from the server and the client', () => {
  it('merges sources, reading the server’s [0] as .0, each message once', () => {
    expect(
      mergeProblems(
        { 'params.cases[0].port': ['is required'], 'params.to': ['is required'] },
        { 'params.cases.0.port': ['is required'] },
      ),
    ).toEqual({ 'params.cases.0.port': ['is required'], 'params.to': ['is required'] });
  });

  it('shows a problem at its field, else at the nearest field above, else on the node', () => {
    const fields = new Set(['name', 'params.to', 'params.headers']);
    expect(
      placeProblems(
        {
          'params.to': ['is required'],
          'params.headers.X-Id': ['is not a parameter of this node type'],
          params: ['{{ nodes.later }} is not a step before this one'],
          '': ['Not reachable from the trigger'],
        },
        fields,
      ),
    ).toEqual({
      'params.to': ['is required'],
      'params.headers': ['X-Id is not a parameter of this node type'],
      '': ['{{ nodes.later }} is not a step before this one', 'Not reachable from the trigger'],
    });
  });

  it('takes one node’s problems out of the server’s details', () => {
    const details = {
      'nodes.mail.params.to': 'is required',
      'nodes.mail.params.cases[1].port': 'does not match ^[a-z]',
      'nodes.mail': 'Not reachable from the trigger',
      'nodes.mail2.params.to': 'is required',
      'edges.t.out->mail': 'Duplicate edge',
      graph: 'An automation needs exactly one trigger; this one has 0',
    };
    expect(problemsOfNode(details, 'mail')).toEqual({
      'params.to': ['is required'],
      'params.cases.1.port': ['does not match ^[a-z]'],
      '': ['Not reachable from the trigger'],
    });
  });

  it('reads fragments as sentences with the field’s label', () => {
    expect(sentence('To', 'is required')).toBe('To is required');
    expect(sentence('To', 'Unclosed {{')).toBe('Unclosed {{');
  });
});

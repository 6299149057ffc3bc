import { describe, expect, it } from 'vitest';
import { graphProblems, nodeProblemLines, parseProblemKey, withoutNode } from './serverProblems';

describe('server problems', () => {
  it('parses node, field, edge and graph keys', () => {
    expect(parseProblemKey('nodes.mail.params.subject', 'is required')).toEqual({
      key: 'nodes.mail.params.subject',
      message: 'is required',
      nodeId: 'mail',
      field: 'params.subject',
    });
    expect(parseProblemKey('nodes.wait-1', 'Not reachable')).toMatchObject({
      nodeId: 'wait-1',
      field: '',
    });
    expect(parseProblemKey('edges.check.case-a->mail_2', 'Unknown port')).toMatchObject({
      edgeId: 'check:case-a->mail_2',
    });
    expect(parseProblemKey('graph', 'Exactly one trigger')).toEqual({
      key: 'graph',
      message: 'Exactly one trigger',
    });
  });

  it('groups problems by node relative to the node, and collects edges at fault', () => {
    const problems = graphProblems({
      'nodes.mail.params.subject': 'is required',
      'nodes.mail': 'Not reachable from the trigger',
      'edges.t1.out->mail': 'Duplicate edge',
      graph: 'Exactly one trigger',
    });
    expect(problems.list).toHaveLength(4);
    expect(problems.byNode.get('mail')).toEqual({
      'params.subject': ['is required'],
      '': ['Not reachable from the trigger'],
    });
    expect([...problems.edges]).toEqual(['t1:out->mail']);
    expect(nodeProblemLines(problems.byNode.get('mail'))).toEqual([
      'subject: is required',
      'Not reachable from the trigger',
    ]);
  });

  it('forgets a node once it is edited', () => {
    const problems = graphProblems({ 'nodes.mail.params.subject': 'is required', graph: 'x' });
    const after = withoutNode(problems, 'mail');
    expect(after.byNode.has('mail')).toBe(false);
    expect(after.list.map((p) => p.key)).toEqual(['graph']);
    expect(withoutNode(after, 'mail')).toBe(after);
  });
});

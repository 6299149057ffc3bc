import { describe, expect, it } from 'vitest';
import type { AutomationGraph } from '../graph/model';
import { diffGraphs, summarizeDiff } from './versionDiff';

const v1: AutomationGraph = {
  nodes: [
    { id: 't', type: 'trigger.manual', params: {}, position: [0, 0] },
    {
      id: 'mail',
      type: 'email.send',
      name: 'Welcome',
      params: { subject: 'Hi' },
      position: [0, 100],
    },
  ],
  edges: [{ from: 't', to: 'mail', port: 'out' }],
  settings: null,
};

describe('version diff', () => {
  it('describes the first version by its size', () => {
    expect(summarizeDiff(diffGraphs(null, v1), true)).toBe('First version: 2 steps');
  });

  it('names steps added, removed and changed, and counts connections', () => {
    const v2: AutomationGraph = {
      nodes: [
        { id: 't', type: 'trigger.manual', params: {}, position: [0, 0] },
        { id: 'wait', type: 'wait.delay', params: { duration: 'P2D' }, position: [0, 100] },
        {
          id: 'mail',
          type: 'email.send',
          name: 'Welcome',
          params: { subject: 'Hello' },
          position: [0, 200],
        },
      ],
      edges: [
        { from: 't', to: 'wait', port: 'out' },
        { from: 'wait', to: 'mail', port: 'out' },
      ],
      settings: null,
    };
    const diff = diffGraphs(v1, v2);
    expect(diff).toEqual({
      added: ['wait'],
      removed: [],
      changed: ['Welcome'],
      connectionsAdded: 2,
      connectionsRemoved: 1,
      settingsChanged: false,
    });
    expect(summarizeDiff(diff)).toBe(
      'Added wait; changed Welcome; 2 connections added; 1 connection removed',
    );
  });

  it('ignores moves, and shortens long lists', () => {
    const moved = { ...v1, nodes: v1.nodes.map((n) => ({ ...n, position: [5, 5] })) };
    expect(summarizeDiff(diffGraphs(v1, moved))).toBe('No change to the steps');
    const bigger = {
      ...v1,
      nodes: [
        ...v1.nodes,
        ...['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'data.set', params: {} })),
      ],
      settings: { errorHandler: 'x' },
    };
    expect(summarizeDiff(diffGraphs(v1, bigger))).toBe('Added a, b and 2 more; settings changed');
    expect(summarizeDiff(diffGraphs(bigger, v1))).toBe('Removed a, b and 2 more; settings changed');
  });
});

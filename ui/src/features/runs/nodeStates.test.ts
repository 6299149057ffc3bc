import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from './api';
import { nodeStates } from './nodeStates';

const graph = {
  nodes: ['t1', 'ask', 'mail', 'loop', 'each', 'never'].map((id) => ({
    id,
    type: 'x',
    params: {},
  })),
};

function entry(nodeId: string, status = 'COMPLETED', extra: Partial<TimelineEntry> = {}) {
  return {
    nodeId,
    status,
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: '2026-01-01T00:00:01.000Z',
    attempts: 1,
    port: 'out',
    ...extra,
  } as TimelineEntry;
}

const stateOf = (states: ReturnType<typeof nodeStates>, id: string) => states.get(id)?.state;

describe('nodeStates', () => {
  it('colours a waiting run: done steps, the waiting step, steps still to come', () => {
    const states = nodeStates(graph, {
      status: 'WAITING',
      timeline: [entry('t1')],
      activeNodes: ['ask'],
      waiting: [{ nodeId: 'ask', kind: 'approval', detail: 'Refund?', until: null }],
    });
    expect(stateOf(states, 't1')).toBe('completed');
    expect(stateOf(states, 'ask')).toBe('waiting');
    expect(states.get('ask')?.waiting?.kind).toBe('approval');
    expect(stateOf(states, 'mail')).toBe('idle');
  });

  it('marks the failed node, and the steps never reached of an ended run as skipped', () => {
    const states = nodeStates(graph, {
      status: 'FAILED',
      failedNode: 'mail',
      timeline: [entry('t1'), entry('mail', 'FAILED', { attempts: 3, port: 'error' })],
      activeNodes: [],
    });
    expect(stateOf(states, 'mail')).toBe('failed');
    expect(states.get('mail')?.detail).toBe('3 attempts');
    expect(stateOf(states, 'never')).toBe('skipped');
  });

  it('counts the visits of a node in a loop, the current one included', () => {
    const states = nodeStates(graph, {
      status: 'RUNNING',
      timeline: [entry('t1'), entry('loop'), entry('each'), entry('loop'), entry('each')],
      activeNodes: ['each'],
    });
    expect(stateOf(states, 'each')).toBe('running');
    expect(states.get('each')?.detail).toBe('3 visits');
    expect(states.get('each')?.executions).toHaveLength(2);
    expect(states.get('loop')?.detail).toBe('2 visits');
    expect(stateOf(states, 'loop')).toBe('completed');
  });

  it('shows a node retried after failing by its latest execution', () => {
    const states = nodeStates(graph, {
      status: 'COMPLETED',
      timeline: [entry('t1'), entry('mail', 'FAILED'), entry('mail', 'COMPLETED', { attempts: 2 })],
    });
    expect(stateOf(states, 'mail')).toBe('completed');
    expect(states.get('mail')?.detail).toBe('2 visits · 2 attempts');
  });

  it('ignores stale active and waiting steps once the run has ended', () => {
    const states = nodeStates(graph, {
      status: 'CANCELLED',
      timeline: [entry('t1')],
      activeNodes: ['ask'],
      waiting: [{ nodeId: 'ask', kind: 'approval', until: null }],
    });
    expect(stateOf(states, 'ask')).toBe('skipped');
    expect(states.get('ask')?.waiting).toBeUndefined();
  });

  it('leaves every node idle when the live state is unavailable', () => {
    const states = nodeStates(graph, null);
    expect([...states.values()].every((s) => s.state === 'idle' && s.executions.length === 0)).toBe(
      true,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatOffset, playbackFrames, stepState } from './playback';

const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

describe('formatOffset', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(formatOffset(0)).toBe('+0 s');
    expect(formatOffset(42_500)).toBe('+42 s');
    expect(formatOffset(30 * 60_000)).toBe('+30 min');
    expect(formatOffset(HOUR)).toBe('+1 h');
    expect(formatOffset(HOUR + 30 * 60_000)).toBe('+1 h 30 min');
    expect(formatOffset(24 * HOUR)).toBe('+1 day');
    expect(formatOffset(2 * 24 * HOUR)).toBe('+2 days');
    expect(formatOffset(15 * 24 * HOUR + 3 * HOUR)).toBe('+15 days 3 h');
    expect(formatOffset(-5)).toBe('+0 s');
  });
});

describe('playbackFrames', () => {
  const timeline = [
    { nodeId: 'mail', status: 'COMPLETED', startedAt: T0 + 48 * HOUR, endedAt: T0 + 48 * HOUR },
    { nodeId: 'start', status: 'COMPLETED', startedAt: T0, endedAt: T0 },
    { nodeId: 'wait', status: 'COMPLETED', startedAt: T0, endedAt: T0 + 48 * HOUR },
  ];

  it('orders steps by when they started, keeping the timeline order for ties', () => {
    const frames = playbackFrames(timeline);
    expect(frames.map((f) => [f.nodeId, f.offset])).toEqual([
      ['start', '+0 s'],
      ['wait', '+0 s'],
      ['mail', '+2 days'],
    ]);
  });

  it('shows earlier steps as they ended, the current one running, and the outcome at the end', () => {
    const [first, second, last] = playbackFrames(timeline);
    expect(first!.overlays).toEqual({ start: { state: 'running', detail: '+0 s' } });
    expect(second!.overlays).toEqual({
      start: { state: 'completed', detail: '+0 s' },
      wait: { state: 'running', detail: '+0 s' },
    });
    expect(last!.overlays.mail).toEqual({ state: 'completed', detail: '+2 days' });
    expect(Object.keys(last!.overlays)).toHaveLength(3);
  });

  it('ends on the failure of a failed step, and has no frames for an empty timeline', () => {
    const frames = playbackFrames([
      { nodeId: 'start', status: 'COMPLETED', startedAt: T0 },
      { nodeId: 'http', status: 'FAILED', startedAt: T0 + 1000 },
    ]);
    expect(frames.at(-1)).toMatchObject({ nodeId: 'http', status: 'failed', offset: '+1 s' });
    expect(frames.at(-1)!.overlays.http!.state).toBe('failed');
    expect(playbackFrames([])).toEqual([]);
    expect(stepState('WAITING')).toBe('waiting');
  });
});

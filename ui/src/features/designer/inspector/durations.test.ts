import { describe, expect, it } from 'vitest';
import { describeDuration, isDuration, parseDuration } from './durations';

describe('ISO-8601 durations', () => {
  it('accepts what the engine parses', () => {
    for (const text of ['PT30M', 'P2D', 'PT1H30M', 'P1DT2H', '-P1D', 'PT0.5S', 'pt10s', ' PT1S ']) {
      expect(isDuration(text), text).toBe(true);
    }
  });

  it('refuses what the engine refuses', () => {
    for (const text of ['', 'P', 'PT', 'P1W', 'P1M', 'P1Y', '2 days', '30m', 'P1DT', 'PT1.5M']) {
      expect(isDuration(text), text).toBe(false);
    }
  });

  it('reads durations out', () => {
    expect(describeDuration('P2D')).toBe('2 days');
    expect(describeDuration('PT1H30M')).toBe('1 hour 30 minutes');
    expect(describeDuration('PT1S')).toBe('1 second');
    expect(describeDuration('-P1D')).toBe('1 day earlier');
    expect(describeDuration('PT0S')).toBe('no time');
    expect(describeDuration('soon')).toBeNull();
  });

  it('keeps the parts', () => {
    expect(parseDuration('P1DT2H3M4.5S')).toEqual({
      negative: false,
      days: 1,
      hours: 2,
      minutes: 3,
      seconds: 4.5,
    });
  });
});

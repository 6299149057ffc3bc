import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoToLocalDateTime, localDateTimeToIso, scheduleProblem } from './schedule';

// Node reads TZ afresh when it changes: the conversions run in a zone with daylight saving.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/New_York');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('localDateTimeToIso', () => {
  it('reads the wall-clock time in the user’s zone, winter and summer', () => {
    expect(localDateTimeToIso('2030-01-15T09:30')).toBe('2030-01-15T14:30:00.000Z');
    expect(localDateTimeToIso('2030-07-15T09:30')).toBe('2030-07-15T13:30:00.000Z');
    expect(localDateTimeToIso('2030-07-15T23:45:10')).toBe('2030-07-16T03:45:10.000Z');
  });

  it('refuses what is not a time that exists', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('tomorrow')).toBeNull();
    expect(localDateTimeToIso('2030-02-31T10:00')).toBeNull();
    // Clocks jump from 02:00 to 03:00 on 10 March 2030 in New York.
    expect(localDateTimeToIso('2030-03-10T02:30')).toBeNull();
  });

  it('round-trips with the input’s own format', () => {
    expect(isoToLocalDateTime(new Date('2030-01-15T14:30:00Z'))).toBe('2030-01-15T09:30');
  });
});

describe('scheduleProblem', () => {
  const now = Date.parse('2030-01-15T14:00:00Z');
  it('wants a time in the future', () => {
    expect(scheduleProblem('', now)).toBe('Choose the date and time to send at.');
    expect(scheduleProblem('2030-01-15T08:59', now)).toBe('Choose a time in the future.');
    expect(scheduleProblem('2030-01-15T09:01', now)).toBeNull();
    expect(scheduleProblem('2030-13-01T09:01', now)).toBe('Enter a valid date and time.');
  });
});

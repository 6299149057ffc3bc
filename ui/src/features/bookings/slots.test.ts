import { describe, expect, it } from 'vitest';
import {
  dayLabel,
  formatDuration,
  formatInZone,
  formatOffsets,
  groupSlotsByDay,
  localTime,
  parseOffsets,
  searchWindow,
} from './slots';

describe('free times', () => {
  it('are grouped by the local date of the zone they were asked in', () => {
    // 23:30 UTC on the 3rd is already the 4th in Tokyo.
    const days = groupSlotsByDay([
      { start: '2030-06-04T00:30:00Z', end: '', local: '2030-06-04T09:30:00' },
      { start: '2030-06-03T23:30:00Z', end: '', local: '2030-06-04T08:30:00' },
      { start: '2030-06-03T01:00:00Z', end: '', local: '2030-06-03T10:00:00' },
    ]);
    expect(days.map((d) => [d.date, d.slots.map((s) => localTime(s.local))])).toEqual([
      ['2030-06-03', ['10:00']],
      ['2030-06-04', ['08:30', '09:30']],
    ]);
    expect(dayLabel('2030-06-04')).toBe('Tuesday 4 June');
  });

  it('are shown on the wall clock of the zone, across a daylight-saving change', () => {
    expect(formatInZone('2030-03-09T14:00:00Z', 'America/New_York')).toContain('09:00');
    expect(formatInZone('2030-03-11T13:00:00Z', 'America/New_York')).toContain('09:00');
  });

  it('are searched a week at a time', () => {
    const window = searchWindow(new Date('2030-06-03T10:00:00Z'), 1);
    expect(window).toEqual({ from: '2030-06-10T10:00:00.000Z', to: '2030-06-17T10:00:00.000Z' });
  });
});

describe('durations and reminders', () => {
  it('read naturally', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
  });

  it('parse from what owners type and print back the same way', () => {
    expect(parseOffsets('24h, 1h')).toEqual({ ok: true, minutes: [1440, 60] });
    expect(parseOffsets('2d, 30m')).toEqual({ ok: true, minutes: [2880, 30] });
    expect(parseOffsets('')).toEqual({ ok: true, minutes: [] });
    expect(parseOffsets('tomorrow')).toMatchObject({ ok: false });
    expect(parseOffsets('1h, 60m')).toMatchObject({ ok: false, message: '"60m" is there twice.' });
    expect(parseOffsets('3m')).toMatchObject({ ok: false });
    expect(formatOffsets([1440, 60, 30, 2880])).toBe('24h, 1h, 30m, 2d');
  });
});

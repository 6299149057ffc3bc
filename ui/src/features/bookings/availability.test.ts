import { describe, expect, it } from 'vitest';
import {
  availabilityProblems,
  fromWeekModel,
  officeHours,
  overlapProblem,
  rangeProblem,
  sortedExceptions,
  toWeekModel,
} from './availability';

describe('the weekly model', () => {
  it('groups ranges by day in time order and flattens back in week order', () => {
    const week = toWeekModel([
      { day: 'TUESDAY', start: '14:00', end: '16:00' },
      { day: 'MONDAY', start: '09:00', end: '12:00' },
      { day: 'TUESDAY', start: '09:00', end: '12:00' },
    ]);
    expect(week.TUESDAY).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '16:00' },
    ]);
    expect(week.SUNDAY).toEqual([]);
    expect(fromWeekModel(week).map((h) => `${h.day} ${h.start}`)).toEqual([
      'MONDAY 09:00',
      'TUESDAY 09:00',
      'TUESDAY 14:00',
    ]);
  });

  it('starts a new service on office hours in the given zone', () => {
    const hours = officeHours('Europe/Paris');
    expect(hours.timeZone).toBe('Europe/Paris');
    expect(hours.weekly.map((h) => h.day)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
    ]);
  });
});

describe('the checks the server makes', () => {
  it('wants times on a 5-minute step with the end after the start', () => {
    expect(rangeProblem({ start: '09:00', end: '17:00' })).toBeNull();
    expect(rangeProblem({ start: '09:00', end: '24:00' })).toBeNull();
    expect(rangeProblem({ start: '09:07', end: '17:00' })).toMatch(/5-minute/);
    expect(rangeProblem({ start: '17:00', end: '09:00' })).toMatch(/after the start/);
  });

  it('names ranges of one day that overlap', () => {
    expect(
      overlapProblem([
        { start: '13:00', end: '15:00' },
        { start: '09:00', end: '13:30' },
      ]),
    ).toBe('09:00–13:30 and 13:00–15:00 overlap.');
    expect(
      overlapProblem([
        { start: '09:00', end: '12:00' },
        { start: '12:00', end: '13:00' },
      ]),
    ).toBeNull();
  });

  it('keys every problem as the server names the field', () => {
    const problems = availabilityProblems({
      timeZone: 'UTC',
      weekly: [
        { day: 'MONDAY', start: '12:00', end: '10:00' },
        { day: 'FRIDAY', start: '09:00', end: '12:00' },
        { day: 'FRIDAY', start: '11:00', end: '13:00' },
      ],
      exceptions: [
        { date: '2030-12-25', hours: [] },
        { date: '2030-12-25', hours: [] },
        { date: '', hours: [] },
      ],
    });
    expect(Object.keys(problems).sort()).toEqual([
      'availability.FRIDAY',
      'availability.exceptions[1]',
      'availability.exceptions[2]',
      'availability.weekly[0]',
    ]);
  });

  it('lists exceptions like a calendar', () => {
    expect(
      sortedExceptions([
        { date: '2030-12-31', hours: [] },
        { date: '2030-01-01', hours: [] },
      ]).map((e) => e.date),
    ).toEqual(['2030-01-01', '2030-12-31']);
  });
});

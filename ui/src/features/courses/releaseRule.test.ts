import { describe, expect, it } from 'vitest';
import { describeRule, moduleProblems, ruleFormValues, ruleFromForm } from './releaseRule';

describe('release rule form mapping', () => {
  it('starts a new module at enrolment, with day 7 and 09:00 ready for the timed rules', () => {
    expect(ruleFormValues(null)).toEqual({ type: 'IMMEDIATE', days: '7', time: '09:00', date: '' });
  });

  it('reads a stored rule into the fields', () => {
    expect(
      ruleFormValues({ type: 'DAYS_AFTER_ENROLLMENT', days: 0, time: '18:30', date: null }),
    ).toEqual({ type: 'DAYS_AFTER_ENROLLMENT', days: '0', time: '18:30', date: '' });
    expect(ruleFormValues({ type: 'FIXED_DATE', date: '2030-03-01', time: null })).toMatchObject({
      date: '2030-03-01',
      time: '09:00',
    });
  });

  it('sends only the fields the rule uses', () => {
    const fields = { days: '3', time: '10:15', date: '2030-03-01' };
    expect(ruleFromForm({ type: 'IMMEDIATE', ...fields })).toEqual({
      ok: true,
      rule: { type: 'IMMEDIATE' },
    });
    expect(ruleFromForm({ type: 'AFTER_PREVIOUS_COMPLETED', ...fields })).toEqual({
      ok: true,
      rule: { type: 'AFTER_PREVIOUS_COMPLETED' },
    });
    expect(ruleFromForm({ type: 'DAYS_AFTER_ENROLLMENT', ...fields })).toEqual({
      ok: true,
      rule: { type: 'DAYS_AFTER_ENROLLMENT', days: 3, time: '10:15' },
    });
    expect(ruleFromForm({ type: 'FIXED_DATE', ...fields })).toEqual({
      ok: true,
      rule: { type: 'FIXED_DATE', date: '2030-03-01', time: '10:15' },
    });
  });

  it('defaults an empty time to 09:00', () => {
    expect(ruleFromForm({ type: 'DAYS_AFTER_ENROLLMENT', days: '0', time: '', date: '' })).toEqual({
      ok: true,
      rule: { type: 'DAYS_AFTER_ENROLLMENT', days: 0, time: '09:00' },
    });
  });

  it('names the problems as the API does', () => {
    expect(
      ruleFromForm({ type: 'DAYS_AFTER_ENROLLMENT', days: '3651', time: '25:00', date: '' }),
    ).toEqual({
      ok: false,
      errors: {
        'releaseRule.days': 'Enter a whole number of days from 0 to 3650.',
        'releaseRule.time': 'Enter a time of day, e.g. 09:00.',
      },
    });
    expect(ruleFromForm({ type: 'DAYS_AFTER_ENROLLMENT', days: '-1', time: '', date: '' }).ok).toBe(
      false,
    );
    expect(
      ruleFromForm({ type: 'FIXED_DATE', days: '', time: '09:00', date: '2030-02-30' }),
    ).toEqual({ ok: false, errors: { 'releaseRule.date': 'Choose a date.' } });
  });

  it('describes each rule in words', () => {
    expect(describeRule({ type: 'IMMEDIATE' })).toBe('At enrolment');
    expect(describeRule({ type: 'DAYS_AFTER_ENROLLMENT', days: 1, time: '08:00' })).toBe(
      '1 day after enrolment, at 08:00',
    );
    expect(describeRule({ type: 'DAYS_AFTER_ENROLLMENT', days: 0 })).toBe(
      'On the day of enrolment, at 09:00',
    );
    expect(describeRule({ type: 'FIXED_DATE', date: '2030-03-01', time: '10:00' })).toBe(
      'On 2030-03-01, at 10:00',
    );
    expect(describeRule({ type: 'AFTER_PREVIOUS_COMPLETED' })).toBe(
      'After the previous module is completed',
    );
  });

  it('lays the problems of a refused publish on their modules', () => {
    const problems = moduleProblems({
      modules: 'ignored here',
      'modules[0].releaseRule': 'the first module has no previous module to wait for',
      'modules[2].lessons': 'needs at least one lesson',
    });
    expect([...problems.entries()]).toEqual([
      [0, ['Release rule: the first module has no previous module to wait for']],
      [2, ['Lessons: needs at least one lesson']],
    ]);
  });
});

import type { FieldErrors } from '../../api';
import type { ReleaseRule, ReleaseRuleType } from './api';

/** What the release rule fields of a module form hold: every field as the inputs give it. */
export interface ReleaseRuleFormValues {
  type: ReleaseRuleType;
  days: string;
  time: string;
  date: string;
}

export const DEFAULT_RELEASE_TIME = '09:00';
const MAX_DAYS = 3650;

export const RELEASE_RULE_OPTIONS: ReadonlyArray<{ value: ReleaseRuleType; label: string }> = [
  { value: 'IMMEDIATE', label: 'At enrolment' },
  { value: 'DAYS_AFTER_ENROLLMENT', label: 'Days after enrolment' },
  { value: 'FIXED_DATE', label: 'On a date' },
  { value: 'AFTER_PREVIOUS_COMPLETED', label: 'After the previous module is completed' },
];

/** The form's values for a stored rule; a module without one starts released at enrolment. */
export function ruleFormValues(rule: ReleaseRule | null | undefined): ReleaseRuleFormValues {
  return {
    type: rule?.type ?? 'IMMEDIATE',
    days: rule?.days == null ? '7' : String(rule.days),
    time: rule?.time ?? DEFAULT_RELEASE_TIME,
    date: rule?.date ?? '',
  };
}

export type RuleResult = { ok: true; rule: ReleaseRule } | { ok: false; errors: FieldErrors };

/**
 * The rule the API is sent for the form's values, only the fields its type uses, or the problems
 * under the API's own field names (`releaseRule.days`), so the server's answers land on the same
 * fields as the form's checks.
 */
export function ruleFromForm(values: ReleaseRuleFormValues): RuleResult {
  const errors: FieldErrors = {};
  const time = values.time.trim() || DEFAULT_RELEASE_TIME;
  const timed = values.type === 'DAYS_AFTER_ENROLLMENT' || values.type === 'FIXED_DATE';
  if (timed && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    errors['releaseRule.time'] = 'Enter a time of day, e.g. 09:00.';
  }
  if (values.type === 'DAYS_AFTER_ENROLLMENT') {
    const days = values.days.trim();
    if (!/^\d+$/.test(days) || Number(days) > MAX_DAYS) {
      errors['releaseRule.days'] = `Enter a whole number of days from 0 to ${MAX_DAYS}.`;
    }
  }
  if (values.type === 'FIXED_DATE' && !isCalendarDate(values.date.trim())) {
    errors['releaseRule.date'] = 'Choose a date.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  switch (values.type) {
    case 'DAYS_AFTER_ENROLLMENT':
      return { ok: true, rule: { type: values.type, days: Number(values.days.trim()), time } };
    case 'FIXED_DATE':
      return { ok: true, rule: { type: values.type, date: values.date.trim(), time } };
    default:
      return { ok: true, rule: { type: values.type } };
  }
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "7 days after enrolment, at 09:00", in the student's time zone. */
export function describeRule(rule: ReleaseRule | null | undefined): string {
  if (!rule) return 'No release rule';
  const time = rule.time ?? DEFAULT_RELEASE_TIME;
  switch (rule.type) {
    case 'IMMEDIATE':
      return 'At enrolment';
    case 'DAYS_AFTER_ENROLLMENT':
      if (rule.days === 0) return `On the day of enrolment, at ${time}`;
      return `${rule.days} ${rule.days === 1 ? 'day' : 'days'} after enrolment, at ${time}`;
    case 'FIXED_DATE':
      return `On ${rule.date}, at ${time}`;
    case 'AFTER_PREVIOUS_COMPLETED':
      return 'After the previous module is completed';
  }
}

/** Which problem of a publish refusal (`modules[1].lessons`) concerns which module, by index. */
export function moduleProblems(errors: FieldErrors): Map<number, string[]> {
  const byModule = new Map<number, string[]>();
  for (const [field, message] of Object.entries(errors)) {
    const match = /^modules\[(\d+)\]\.(\w+)/.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    const what = match[2] === 'lessons' ? 'Lessons' : 'Release rule';
    byModule.set(index, [...(byModule.get(index) ?? []), `${what}: ${message}`]);
  }
  return byModule;
}

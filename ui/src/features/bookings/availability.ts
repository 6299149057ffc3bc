/**
 * The weekly availability editor's model and the checks the server makes, so the owner sees a
 * mistake next to the row that has it before saving. Times are `HH:mm` on the host's wall clock.
 */

export const DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Day = (typeof DAYS)[number];

export const DAY_LABELS: Record<Day, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

export interface TimeRange {
  start: string;
  end: string;
}

export interface WeeklyHours extends TimeRange {
  day: Day;
}

/** A date whose hours replace the weekly ones; no hours closes the day. */
export interface DateException {
  date: string;
  hours: TimeRange[];
}

export interface Availability {
  timeZone: string;
  weekly: WeeklyHours[];
  exceptions: DateException[];
}

/** The editor keeps the week as one list of ranges per day. */
export type WeekModel = Record<Day, TimeRange[]>;

export function toWeekModel(weekly: WeeklyHours[]): WeekModel {
  const week = Object.fromEntries(DAYS.map((day) => [day, [] as TimeRange[]])) as WeekModel;
  for (const hours of weekly) week[hours.day].push({ start: hours.start, end: hours.end });
  for (const day of DAYS) week[day].sort((a, b) => a.start.localeCompare(b.start));
  return week;
}

export function fromWeekModel(week: WeekModel): WeeklyHours[] {
  return DAYS.flatMap((day) => week[day].map((range) => ({ day, ...range })));
}

/** Monday to Friday, 09:00 to 17:00: what a new service starts with. */
export function officeHours(timeZone: string): Availability {
  return {
    timeZone,
    weekly: DAYS.slice(0, 5).map((day) => ({ day, start: '09:00', end: '17:00' })),
    exceptions: [],
  };
}

const TIME = /^(([01]\d|2[0-3]):[0-5][05]|24:00)$/;

/** What is wrong with one range, or null: the server's own rules. */
export function rangeProblem(range: TimeRange): string | null {
  if (!TIME.test(range.start) || !TIME.test(range.end)) {
    return 'Use times like 09:00, on a 5-minute step.';
  }
  if (range.end <= range.start) return 'The end must be after the start.';
  return null;
}

/** Ranges of one day that overlap each other: the owner probably meant one longer range. */
export function overlapProblem(ranges: TimeRange[]): string | null {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    if (after.start < before.end) {
      return `${before.start}–${before.end} and ${after.start}–${after.end} overlap.`;
    }
  }
  return null;
}

/** Every problem of the availability, keyed as the server names its fields. */
export function availabilityProblems(availability: Availability): Record<string, string> {
  const problems: Record<string, string> = {};
  availability.weekly.forEach((range, index) => {
    const problem = rangeProblem(range);
    if (problem) problems[`availability.weekly[${index}]`] = problem;
  });
  const week = toWeekModel(availability.weekly);
  for (const day of DAYS) {
    const problem = overlapProblem(week[day]);
    if (problem) problems[`availability.${day}`] = `${DAY_LABELS[day]}: ${problem}`;
  }
  const seen = new Set<string>();
  availability.exceptions.forEach((exception, index) => {
    const key = `availability.exceptions[${index}]`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(exception.date)) {
      problems[key] = 'Pick a date.';
    } else if (seen.has(exception.date)) {
      problems[key] = `${exception.date} has another exception already.`;
    } else {
      const problem =
        exception.hours.map(rangeProblem).find(Boolean) ?? overlapProblem(exception.hours);
      if (problem) problems[key] = problem;
    }
    seen.add(exception.date);
  });
  return problems;
}

/** Exceptions in date order, so the owner reads them like a calendar. */
export function sortedExceptions(exceptions: DateException[]): DateException[] {
  return [...exceptions].sort((a, b) => a.date.localeCompare(b.date));
}

/** The browser's IANA zone, the default for a new service and for a customer. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

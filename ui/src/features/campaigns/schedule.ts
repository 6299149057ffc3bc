/**
 * The `<input type="datetime-local">` value (wall-clock time, no zone) as the instant it means in
 * the user's time zone, in ISO-8601 UTC for the API; null when it is not a valid date and time.
 * The browser's Date reads a zone-less "YYYY-MM-DDTHH:mm" as local time, daylight saving included.
 */
export function localDateTimeToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, s);
  // new Date rolls 31 February over into March: refuse what the user did not type.
  if (date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h) {
    return null;
  }
  return date.toISOString();
}

/** An instant as a datetime-local value in the user's zone, to the minute. */
export function isoToLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Checks a chosen send time: a message for the field, or null when it can be sent. */
export function scheduleProblem(value: string, now: number = Date.now()): string | null {
  if (!value) return 'Choose the date and time to send at.';
  const iso = localDateTimeToIso(value);
  if (!iso) return 'Enter a valid date and time.';
  if (Date.parse(iso) <= now) return 'Choose a time in the future.';
  return null;
}

/** The user's time zone, to say in which zone the time is read ("Europe/Lisbon"). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
}

/** Free starts as the API sends them, grouped for a picker on the customer's wall clock. */

export interface Slot {
  start: string;
  end: string;
  /** The start on the wall clock of the zone the slots were asked in: `2030-06-03T09:00:00`. */
  local: string;
}

export interface SlotDay {
  /** `2030-06-03` */
  date: string;
  slots: Slot[];
}

/** Slots grouped by their local date, in order. */
export function groupSlotsByDay(slots: Slot[]): SlotDay[] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const date = slot.local.slice(0, 10);
    const day = days.get(date) ?? [];
    day.push(slot);
    days.set(date, day);
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** `09:00` from a local date-time. */
export function localTime(local: string): string {
  return local.slice(11, 16);
}

/** `Monday 3 June` for a local date, in English whatever the machine's zone. */
export function dayLabel(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant on a zone's wall clock: `Mon 3 June 2030, 09:00`. */
export function formatInZone(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(instant));
}

/** The `[from, to)` of the week starting `weeksAhead` weeks from `now`, as the API takes it. */
export function searchWindow(now: Date, weeksAhead: number): { from: string; to: string } {
  const from = new Date(now.getTime() + weeksAhead * 7 * 86_400_000);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** `60 min`, `1 h 30 min`, `2 h`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Reminder offsets as owners type them: `24h, 1h, 30m` to minutes, or an error. */
export function parseOffsets(
  text: string,
): { ok: true; minutes: number[] } | { ok: false; message: string } {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const minutes: number[] = [];
  for (const part of parts) {
    const match = /^(\d+)\s*(m|min|h|d)$/i.exec(part);
    if (!match) return { ok: false, message: `"${part}" is not like 24h, 1h or 30m.` };
    const value = Number(match[1]);
    const unit = (match[2] ?? 'm').toLowerCase();
    const inMinutes = unit === 'd' ? value * 1440 : unit === 'h' ? value * 60 : value;
    if (inMinutes < 5 || inMinutes > 20160) {
      return { ok: false, message: 'Each reminder is 5 minutes to 14 days before.' };
    }
    if (minutes.includes(inMinutes)) return { ok: false, message: `"${part}" is there twice.` };
    minutes.push(inMinutes);
  }
  if (minutes.length > 5) return { ok: false, message: 'At most 5 reminders.' };
  return { ok: true, minutes };
}

/** Minutes back to what {@link parseOffsets} reads: `24h, 1h`. */
export function formatOffsets(minutes: number[]): string {
  return minutes
    .map((m) => (m % 1440 === 0 ? `${m / 1440}d` : m % 60 === 0 ? `${m / 60}h` : `${m}m`))
    .map((text) => (text === '1d' ? '24h' : text))
    .join(', ');
}

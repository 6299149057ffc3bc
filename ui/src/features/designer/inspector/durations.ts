/**
 * ISO-8601 durations as the engine reads them (java.time.Duration.parse): days, hours, minutes and
 * seconds only — `P1W` or `P1M` are refused by the server, so they are refused here too.
 */
const DURATION =
  /^([-+]?)P(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+)(?:[.,](\d{0,9}))?S)?)?$/i;

export interface DurationParts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** The parts of a duration, or null when the text is not one the engine accepts. */
export function parseDuration(text: string): DurationParts | null {
  const trimmed = text.trim();
  const m = DURATION.exec(trimmed);
  if (!m) return null;
  const [, sign, d, h, min, s, fraction] = m;
  // "P" and "PT" alone carry no amount; Java refuses them as well.
  if (d === undefined && h === undefined && min === undefined && s === undefined) return null;
  if (/T$/i.test(trimmed)) return null;
  const seconds = Number(s ?? 0) + (fraction ? Number(`0.${fraction}`) : 0);
  return {
    negative: sign === '-',
    days: Number(d ?? 0),
    hours: Number(h ?? 0),
    minutes: Number(min ?? 0),
    seconds,
  };
}

export const isDuration = (text: string) => parseDuration(text) !== null;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A duration read out loud: `P2D` → "2 days", `PT1H30M` → "1 hour 30 minutes", `-P1D` →
 * "1 day earlier". Null when the text is not a duration.
 */
export function describeDuration(text: string): string | null {
  const parts = parseDuration(text);
  if (!parts) return null;
  const { days, hours, minutes, seconds } = parts;
  const words = [
    days && plural(Math.abs(days), 'day'),
    hours && plural(Math.abs(hours), 'hour'),
    minutes && plural(Math.abs(minutes), 'minute'),
    seconds && plural(Math.abs(seconds), 'second'),
  ].filter(Boolean);
  if (words.length === 0) return 'no time';
  const negative = parts.negative !== (days < 0 || hours < 0 || minutes < 0 || seconds < 0);
  return words.join(' ') + (negative ? ' earlier' : '');
}

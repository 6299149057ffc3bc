import type { BadgeTone } from '../../components/ui';

export const RUN_STATUSES = ['RUNNING', 'WAITING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const tones: Record<RunStatus, BadgeTone> = {
  RUNNING: 'info',
  WAITING: 'warning',
  COMPLETED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
};

const labels: Record<RunStatus, string> = {
  RUNNING: 'Running',
  WAITING: 'Waiting',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

function known(status: string | null | undefined): RunStatus | null {
  const upper = (status ?? '').toUpperCase();
  return (RUN_STATUSES as readonly string[]).includes(upper) ? (upper as RunStatus) : null;
}

/** The badge colour of a run (or step) status; unknown statuses are neutral. */
export function runStatusTone(status: string | null | undefined): BadgeTone {
  const s = known(status);
  return s ? tones[s] : 'neutral';
}

/** "Running", "Failed"…; an unknown status is shown as sent, "Unknown" when missing. */
export function runStatusLabel(status: string | null | undefined): string {
  const s = known(status);
  return s ? labels[s] : status || 'Unknown';
}

/** A run in a final status will not change any more (no polling, no cancel). */
export function isFinalRunStatus(status: string | null | undefined): boolean {
  const s = known(status);
  return s === 'COMPLETED' || s === 'FAILED' || s === 'CANCELLED';
}

export const runStatusOptions = [
  { value: '', label: 'All statuses' },
  ...RUN_STATUSES.map((status) => ({ value: status, label: labels[status] })),
];

/** Milliseconds between two instants, or null when either is missing or they are reversed. */
export function durationMs(
  startedAt: string | null | undefined,
  endedAt: string | null | undefined,
): number | null {
  if (!startedAt || !endedAt) return null;
  const ms = Date.parse(endedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

const msFormat = new Intl.NumberFormat('en-US');

/** "1,234 ms", or "—" when the duration is unknown (still running, or never started). */
export function formatDurationMs(ms: number | null | undefined): string {
  return ms == null || !Number.isFinite(ms) ? '—' : `${msFormat.format(Math.round(ms))} ms`;
}

/** Any JSON value as readable text: strings as they are, the rest pretty-printed. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return String(value);
  }
}

/** An error member (string or problem-like object) as one line of text. */
export function errorText(error: unknown): string {
  if (error == null || error === '') return '';
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return prettyJson(error);
}

import type { StepState } from '../graph/mapping';

/** One step of a simulation's timeline, as the API answers it (times in epoch milliseconds). */
export interface SimulatedStep {
  nodeId: string;
  status?: string | null;
  startedAt: number;
  endedAt?: number | null;
  port?: string | null;
  error?: unknown;
}

export interface NodeOverlay {
  state: StepState;
  /** When the step was reached, counted from the start: "+2 days". */
  detail: string;
}

/** The canvas at one moment of playback: which step is current and how every step reached is. */
export interface PlaybackFrame {
  index: number;
  nodeId: string;
  atMs: number;
  offset: string;
  status: StepState;
  overlays: Record<string, NodeOverlay>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** Simulated time since the start, so days of waiting read as days: "+2 days", "+1 h 30 min". */
export function formatOffset(ms: number): string {
  const t = Math.max(0, Math.floor(ms));
  if (t < MINUTE) return `+${Math.floor(t / 1000)} s`;
  if (t < HOUR) return `+${Math.floor(t / MINUTE)} min`;
  if (t < DAY) {
    const minutes = Math.floor((t % HOUR) / MINUTE);
    return `+${Math.floor(t / HOUR)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((t % DAY) / HOUR);
  return `+${plural(Math.floor(t / DAY), 'day')}${hours ? ` ${hours} h` : ''}`;
}

export function stepState(status: string | null | undefined): StepState {
  switch ((status ?? '').toUpperCase()) {
    case 'FAILED':
      return 'failed';
    case 'WAITING':
      return 'waiting';
    case 'RUNNING':
      return 'running';
    case 'SKIPPED':
    case 'CANCELLED':
      return 'skipped';
    default:
      return 'completed';
  }
}

/**
 * Frames for playing a simulation on the canvas, one per step in the order steps started. In a
 * frame, earlier steps show how they ended and the current one shows as running — until the last
 * frame, which shows the real outcome of every step.
 */
export function playbackFrames(timeline: readonly SimulatedStep[]): PlaybackFrame[] {
  const steps = timeline
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.startedAt - b.step.startedAt || a.order - b.order)
    .map(({ step }) => step);
  const origin = steps[0]?.startedAt ?? 0;
  const frames: PlaybackFrame[] = [];
  const reached: Record<string, NodeOverlay> = {};
  steps.forEach((step, index) => {
    const atMs = step.startedAt - origin;
    const offset = formatOffset(atMs);
    const status = stepState(step.status);
    const last = index === steps.length - 1;
    reached[step.nodeId] = { state: last ? status : 'running', detail: offset };
    frames.push({ index, nodeId: step.nodeId, atMs, offset, status, overlays: { ...reached } });
    reached[step.nodeId] = { state: status, detail: offset };
  });
  return frames;
}

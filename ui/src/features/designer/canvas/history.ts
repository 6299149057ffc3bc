/**
 * Undo/redo over immutable snapshots. A commit carrying the same `key` as the previous one within
 * `mergeWithinMs` replaces it instead of stacking, so a burst of keystrokes in the inspector is one
 * undo step while two separate edits stay two.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** What the last commit was (e.g. `edit:mail`) and when, for merging bursts. */
  lastKey: string | null;
  lastAt: number;
}

export interface CommitOptions {
  key?: string;
  at?: number;
  mergeWithinMs?: number;
  limit?: number;
}

export const HISTORY_LIMIT = 100;
export const EDIT_BURST_MS = 1500;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export function commit<T>(history: History<T>, next: T, options: CommitOptions = {}): History<T> {
  if (next === history.present) return history;
  const {
    key = null,
    at = Date.now(),
    mergeWithinMs = EDIT_BURST_MS,
    limit = HISTORY_LIMIT,
  } = options;
  const merges =
    key !== null &&
    key === history.lastKey &&
    at - history.lastAt <= mergeWithinMs &&
    history.past.length > 0;
  const past = merges ? history.past : [...history.past, history.present].slice(-limit);
  return { past, present: next, future: [], lastKey: key, lastAt: at };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future,
    lastKey: null,
    lastAt: 0,
  };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;

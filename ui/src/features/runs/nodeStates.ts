import type { StepState } from '../designer/graph/mapping';
import type { AutomationGraph } from '../designer/graph/model';
import type { RunState, TimelineEntry, WaitingStep } from './api';
import { isFinalRunStatus } from './runStatus';

/** How one node of the graph did in a run: its colour, every execution, and what it waits for. */
export type NodeRunState = {
  state: StepState;
  /** Executions of the node in timeline order; a node in a loop has one per visit. */
  executions: TimelineEntry[];
  /** "3 visits", "2 attempts"… shown on the node; undefined when there is nothing to count. */
  detail?: string;
  waiting?: WaitingStep;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Colours every node of the run's graph from the run's live state. What happens now wins over
 * what happened: a node waiting or running is shown so even if an earlier visit completed; else
 * the node that failed the run is failed; else the latest execution decides (a failed execution
 * that left through its error port stays failed, a retried node that then completed is
 * completed). A node never executed is `skipped` once the run has ended, `idle` while it may
 * still be reached.
 */
export function nodeStates(
  graph: Pick<AutomationGraph, 'nodes'>,
  runState: RunState | null | undefined,
): Map<string, NodeRunState> {
  const executions = new Map<string, TimelineEntry[]>();
  for (const entry of runState?.timeline ?? []) {
    executions.set(entry.nodeId, [...(executions.get(entry.nodeId) ?? []), entry]);
  }
  const waiting = new Map((runState?.waiting ?? []).map((w) => [w.nodeId, w]));
  const active = new Set(runState?.activeNodes ?? []);
  const status = (runState?.status ?? '').toUpperCase();
  const ended = isFinalRunStatus(status);

  const states = new Map<string, NodeRunState>();
  for (const node of graph.nodes) {
    const own = executions.get(node.id) ?? [];
    const latest = own.at(-1);
    let state: StepState;
    if (!ended && waiting.has(node.id)) state = 'waiting';
    else if (!ended && active.has(node.id)) state = 'running';
    else if (status === 'FAILED' && runState?.failedNode === node.id) state = 'failed';
    else if (latest)
      state = (latest.status ?? '').toUpperCase() === 'FAILED' ? 'failed' : 'completed';
    else state = ended ? 'skipped' : 'idle';

    const parts: string[] = [];
    // A node now running or waiting is on a visit the timeline does not list yet.
    const visits = own.length + (state === 'running' || state === 'waiting' ? 1 : 0);
    if (visits > 1) parts.push(plural(visits, 'visit'));
    if ((latest?.attempts ?? 1) > 1 && state !== 'running' && state !== 'waiting') {
      parts.push(plural(latest!.attempts!, 'attempt'));
    }
    states.set(node.id, {
      state,
      executions: own,
      detail: parts.length > 0 ? parts.join(' · ') : undefined,
      waiting: state === 'waiting' ? waiting.get(node.id) : undefined,
    });
  }
  return states;
}

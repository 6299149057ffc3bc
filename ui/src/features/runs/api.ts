import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, pageSchema } from '../../api';
import type { Conditional } from '../../api/client';
import { idSchema, instantSchema, segment } from '../../api/schemas';
import { automationGraphSchema } from '../designer/graph/model';
import { runsApiQuery, type RunFilters } from './runFilters';
import { isFinalRunStatus } from './runStatus';

export const runSchema = z.object({
  runId: idSchema,
  automationId: idSchema.nullish(),
  version: z.number().int().nullish(),
  triggerType: z.string().nullish(),
  /** RUNNING, WAITING, COMPLETED, FAILED or CANCELLED; kept open so a new status cannot break the page. */
  status: z.string(),
  currentNode: z.string().nullish(),
  error: z.unknown().optional(),
  output: z.unknown().optional(),
  startedAt: instantSchema,
  updatedAt: instantSchema.optional(),
  endedAt: instantSchema,
  retryOf: idSchema.nullish(),
  temporalUiUrl: z.string().nullish(),
});
export type Run = z.infer<typeof runSchema>;

export const waitingStepSchema = z.object({
  nodeId: z.string(),
  kind: z.string(),
  detail: z.unknown().optional(),
  until: instantSchema,
});
export type WaitingStep = z.infer<typeof waitingStepSchema>;

export const timelineEntrySchema = z.object({
  nodeId: z.string(),
  type: z.string().nullish(),
  status: z.string().nullish(),
  startedAt: instantSchema,
  endedAt: instantSchema,
  attempts: z.number().int().nullish(),
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  port: z.string().nullish(),
  error: z.unknown().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const runStateSchema = z.object({
  status: z.string().nullish(),
  activeNodes: z.array(z.string()).nullish(),
  waiting: z.array(waitingStepSchema).nullish(),
  timeline: z.array(timelineEntrySchema).nullish(),
  vars: z.unknown().optional(),
  nodes: z.unknown().optional(),
  output: z.unknown().optional(),
  error: z.unknown().optional(),
  failedNode: z.string().nullish(),
});
export type RunState = z.infer<typeof runStateSchema>;

export const runDetailSchema = runSchema.extend({ state: runStateSchema.nullish() });
export type RunDetail = z.infer<typeof runDetailSchema>;

const runPageSchema = pageSchema(runSchema);
export type RunPage = z.infer<typeof runPageSchema>;
/** What the server sent with the tag it gave it, sent back to ask "changed since?". */
export type Tagged<T> = T & { etag: string | null };
export type RunsListData = Tagged<RunPage>;

const versionSchema = z.object({ version: z.number().int(), graph: automationGraphSchema });
const retriedRunSchema = z.object({ runId: idSchema });

export type EventToSend = { type: string; key: string; payload: Record<string, unknown> };

/** Unfinished runs are re-read often; a list of finished runs only now and then, for new runs. */
export const RUNS_POLL_MS = 3000;
export const RUNS_IDLE_POLL_MS = 10_000;
export const RUN_POLL_MS = 2000;

// Under ['runs', workspaceId] like the automations page's keys, so starting a run refreshes these.
export const runKeys = {
  all: (workspaceId: string) => ['runs', workspaceId] as const,
  list: (workspaceId: string, query: string) =>
    [...runKeys.all(workspaceId), 'list', query] as const,
  detail: (workspaceId: string, runId: string) =>
    [...runKeys.all(workspaceId), 'detail', runId] as const,
  version: (workspaceId: string, automationId: string, version: number) =>
    ['automations', workspaceId, 'version', automationId, version] as const,
};

const runPath = (runId: string) => `/api/runs/${segment(runId)}`;

export const runsApi = {
  list: (workspaceId: string, query: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(`/api/runs?${query}`, etag, { schema: runPageSchema, workspaceId, signal }),
  run: (workspaceId: string, runId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(runPath(runId), etag, { schema: runDetailSchema, workspaceId, signal }),
  version: (workspaceId: string, automationId: string, version: number, signal?: AbortSignal) =>
    api.get(`/api/automations/${segment(automationId)}/versions/${version}`, {
      schema: versionSchema,
      workspaceId,
      signal,
    }),
  decide: (
    workspaceId: string,
    runId: string,
    decision: { nodeId: string; approve: boolean; comment: string },
  ) =>
    api.post(
      `${runPath(runId)}/${decision.approve ? 'approve' : 'reject'}`,
      { nodeId: decision.nodeId, comment: decision.comment || undefined },
      { workspaceId },
    ),
  sendEvent: (workspaceId: string, runId: string, event: EventToSend) =>
    api.post(
      `${runPath(runId)}/events`,
      { type: event.type, key: event.key || undefined, payload: event.payload },
      { workspaceId },
    ),
  cancel: (workspaceId: string, runId: string) =>
    api.post(`${runPath(runId)}/cancel`, undefined, { workspaceId }),
  retry: (workspaceId: string, runId: string) =>
    api.post(`${runPath(runId)}/retry`, undefined, { schema: retriedRunSchema, workspaceId }),
};

/**
 * Asks again with the tag of what the cache holds; a 304 keeps it (same object, so nothing
 * re-renders), anything else replaces it.
 */
export async function refreshTagged<T>(
  previous: Tagged<T> | undefined,
  ask: (etag: string | null) => Promise<Conditional<T>>,
): Promise<Tagged<T>> {
  const answer = await ask(previous?.etag ?? null);
  if (answer.changed) return { ...answer.data, etag: answer.etag };
  // Only a request that sent a tag gets a 304, and it sends one only with something to keep.
  if (previous) return previous;
  throw new Error('The server answered 304 Not Modified to a plain request');
}

/**
 * The runs list, polled with conditional requests: the last page's ETag goes back as
 * If-None-Match and a 304 keeps the page as it is. Polling runs only while the tab is visible,
 * every few seconds while a run on the page is unfinished, else slowly to notice new runs.
 */
export function useRunsList(workspaceId: string, filters: RunFilters) {
  const queryClient = useQueryClient();
  const query = runsApiQuery(filters);
  const queryKey = runKeys.list(workspaceId, query);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<RunsListData>(queryKey), (etag) =>
        runsApi.list(workspaceId, query, etag, signal),
      ),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((run) => !isFinalRunStatus(run.status))
        ? RUNS_POLL_MS
        : RUNS_IDLE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** One run with its live state, re-read (conditionally) until it ends. */
export function useRun(workspaceId: string, runId: string) {
  const queryClient = useQueryClient();
  const queryKey = runKeys.detail(workspaceId, runId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<Tagged<RunDetail>>(queryKey), (etag) =>
        runsApi.run(workspaceId, runId, etag, signal),
      ),
    enabled: Boolean(workspaceId && runId),
    refetchInterval: (q) =>
      q.state.data && isFinalRunStatus(q.state.data.status) ? false : RUN_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** The graph of one published version; versions never change, so it is read once. */
export function useAutomationVersion(
  workspaceId: string,
  automationId: string | null | undefined,
  version: number | null | undefined,
) {
  return useQuery({
    queryKey: runKeys.version(workspaceId, automationId ?? '', version ?? 0),
    queryFn: ({ signal }) => runsApi.version(workspaceId, automationId!, version!, signal),
    enabled: Boolean(workspaceId && automationId && version),
    staleTime: Infinity,
  });
}

/** Approve, reject, send an event, cancel or retry; every action refreshes the runs afterwards. */
export function useRunAction<TVariables, TResult>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () => queryClient.invalidateQueries({ queryKey: runKeys.all(workspaceId) }),
  });
}

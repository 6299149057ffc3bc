import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { isFinalRunStatus } from './runStatus';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const automationSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: optionalText,
  draft: z
    .object({
      nodes: z.array(z.unknown()).nullish(),
      edges: z.array(z.unknown()).nullish(),
      settings: z.unknown().optional(),
    })
    .nullish(),
  activeVersion: z.number().int().nullish(),
  latestVersion: z.number().int().nullish(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Automation = z.infer<typeof automationSchema>;

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

const publishedSchema = z.object({ version: z.number().int() }).loose();
const startedRunSchema = z.object({
  runId: idSchema,
  started: z.boolean().nullish(),
  status: z.string().nullish(),
});
const retriedRunSchema = z.object({ runId: idSchema });

/** How often the runs list and an unfinished run are re-read. */
export const RUNS_POLL_MS = 3000;
export const RUN_POLL_MS = 2000;

export const automationKeys = {
  all: ['automations'] as const,
  list: (workspaceId: string, q: string) =>
    [...automationKeys.all, workspaceId, 'list', q] as const,
  runs: (workspaceId: string) => ['runs', workspaceId] as const,
  runList: (workspaceId: string, status: string) =>
    [...automationKeys.runs(workspaceId), 'list', status] as const,
  run: (workspaceId: string, runId: string) =>
    [...automationKeys.runs(workspaceId), 'detail', runId] as const,
};

const runPath = (runId: string) => `/api/runs/${segment(runId)}`;

export const automationsApi = {
  list: (workspaceId: string, q: string, signal?: AbortSignal) =>
    api.get(`/api/automations?q=${encodeURIComponent(q)}&page=0&size=100`, {
      schema: pageSchema(automationSchema),
      workspaceId,
      signal,
    }),
  publish: (workspaceId: string, automationId: string) =>
    api.post(
      `/api/automations/${segment(automationId)}/versions`,
      {},
      { schema: publishedSchema, workspaceId },
    ),
  start: (workspaceId: string, automationId: string) =>
    api.post(
      `/api/automations/${segment(automationId)}/runs`,
      { input: {} },
      { schema: startedRunSchema, workspaceId },
    ),
  runs: (workspaceId: string, status: string, signal?: AbortSignal) =>
    api.get(`/api/runs?page=0&size=50${status ? `&status=${encodeURIComponent(status)}` : ''}`, {
      schema: pageSchema(runSchema),
      workspaceId,
      signal,
    }),
  run: (workspaceId: string, runId: string, signal?: AbortSignal) =>
    api.get(runPath(runId), { schema: runDetailSchema, workspaceId, signal }),
  decide: (workspaceId: string, runId: string, nodeId: string, decision: 'approve' | 'reject') =>
    api.post(`${runPath(runId)}/${decision}`, { nodeId }, { workspaceId }),
  cancel: (workspaceId: string, runId: string) =>
    api.post(`${runPath(runId)}/cancel`, undefined, { workspaceId }),
  retry: (workspaceId: string, runId: string) =>
    api.post(`${runPath(runId)}/retry`, undefined, { schema: retriedRunSchema, workspaceId }),
};

export function useAutomations(workspaceId: string, q: string) {
  return useQuery({
    queryKey: automationKeys.list(workspaceId, q),
    queryFn: ({ signal }) => automationsApi.list(workspaceId, q, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

export function usePublishAutomation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (automationId: string) => automationsApi.publish(workspaceId, automationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: automationKeys.all }),
  });
}

export function useStartRun(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (automationId: string) => automationsApi.start(workspaceId, automationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: automationKeys.runs(workspaceId) }),
  });
}

export function useRuns(workspaceId: string, status: string) {
  return useQuery({
    queryKey: automationKeys.runList(workspaceId, status),
    queryFn: ({ signal }) => automationsApi.runs(workspaceId, status, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
    refetchInterval: RUNS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

export function useRun(workspaceId: string, runId: string) {
  return useQuery({
    queryKey: automationKeys.run(workspaceId, runId),
    queryFn: ({ signal }) => automationsApi.run(workspaceId, runId, signal),
    enabled: Boolean(workspaceId && runId),
    refetchInterval: (query) =>
      query.state.data && isFinalRunStatus(query.state.data.status) ? false : RUN_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** Approve, reject, cancel or retry a run; every action refreshes the runs afterwards. */
export function useRunAction<TVariables, TResult>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () => queryClient.invalidateQueries({ queryKey: automationKeys.runs(workspaceId) }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';

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

const publishedSchema = z.object({ version: z.number().int() }).loose();
const startedRunSchema = z.object({
  runId: idSchema,
  started: z.boolean().nullish(),
  status: z.string().nullish(),
});

export const automationKeys = {
  all: ['automations'] as const,
  list: (workspaceId: string, q: string) =>
    [...automationKeys.all, workspaceId, 'list', q] as const,
  runs: (workspaceId: string) => ['runs', workspaceId] as const,
};

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

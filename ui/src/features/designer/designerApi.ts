import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { instantSchema, segment } from '../../api/schemas';
import { automationKeys, automationSchema } from '../automations/api';
import { automationGraphSchema, EMPTY_GRAPH, type AutomationGraph } from './graph/model';

/** The automation with its draft parsed as a graph the canvas can show. */
export const designedAutomationSchema = automationSchema.transform((automation) => {
  const parsed = automationGraphSchema.safeParse(automation.draft ?? {});
  return { ...automation, graph: parsed.success ? parsed.data : EMPTY_GRAPH };
});
export type DesignedAutomation = z.infer<typeof designedAutomationSchema>;

export const versionSchema = z.object({
  version: z.number().int(),
  summary: z.string().nullish(),
  publishedAt: instantSchema,
  publishedBy: z.string().nullish(),
  /** The publisher's name (or email) now; absent when the account is gone. */
  publishedByName: z.string().nullish(),
  active: z.boolean(),
  graph: automationGraphSchema.nullish(),
});
export type AutomationVersion = z.infer<typeof versionSchema>;

const epochMillis = z
  .union([z.number(), z.string()])
  .transform((v) => (typeof v === 'number' ? v : Date.parse(v)));

export const simulationSchema = z.object({
  status: z.string(),
  output: z.unknown().optional(),
  error: z.string().nullish(),
  failedNode: z.string().nullish(),
  simulatedMillis: z.number(),
  wallMillis: z.number().nullish(),
  state: z
    .object({
      timeline: z
        .array(
          z.object({
            nodeId: z.string(),
            type: z.string().nullish(),
            status: z.string().nullish(),
            startedAt: epochMillis,
            endedAt: epochMillis.nullish(),
            port: z.string().nullish(),
            error: z.unknown().optional(),
          }),
        )
        .nullish(),
    })
    .loose()
    .nullish(),
});
export type Simulation = z.infer<typeof simulationSchema>;

export interface DraftInput {
  name: string;
  description: string;
  graph: AutomationGraph;
}

export interface SimulateInput {
  graph: AutomationGraph;
  input: Record<string, unknown>;
  decisions: { after: string; nodeId: string; approved: boolean }[];
}

const path = (id: string) => `/api/automations/${segment(id)}`;

export const designerKeys = {
  automation: (workspaceId: string, id: string) =>
    [...automationKeys.all, workspaceId, 'detail', id] as const,
  versions: (workspaceId: string, id: string) =>
    [...automationKeys.all, workspaceId, 'versions', id] as const,
};

export const designerApi = {
  get: (workspaceId: string, id: string, signal?: AbortSignal) =>
    api.get(path(id), { schema: designedAutomationSchema, workspaceId, signal }),
  create: (workspaceId: string, name: string, graph: AutomationGraph) =>
    api.post('/api/automations', { name, graph }, { schema: automationSchema, workspaceId }),
  save: (workspaceId: string, id: string, draft: DraftInput) =>
    api.put(path(id), draft, { schema: designedAutomationSchema, workspaceId }),
  versions: (workspaceId: string, id: string, signal?: AbortSignal) =>
    api.get(`${path(id)}/versions`, { schema: z.array(versionSchema), workspaceId, signal }),
  publish: (workspaceId: string, id: string, body: { summary?: string; from?: number }) =>
    api.post(`${path(id)}/versions`, body, { schema: versionSchema, workspaceId }),
  activate: (workspaceId: string, id: string, version: number) =>
    api.post(`${path(id)}/activate`, { version }, { workspaceId }),
  deactivate: (workspaceId: string, id: string) =>
    api.post(`${path(id)}/deactivate`, undefined, { workspaceId }),
  simulate: (workspaceId: string, id: string, body: SimulateInput) =>
    api.post(`${path(id)}/simulate`, body, { schema: simulationSchema, workspaceId }),
};

export function useDesignedAutomation(workspaceId: string, id: string) {
  return useQuery({
    queryKey: designerKeys.automation(workspaceId, id),
    queryFn: ({ signal }) => designerApi.get(workspaceId, id, signal),
    enabled: Boolean(workspaceId && id),
    // The canvas owns the draft once loaded; refetching behind the owner's back would fight it.
    // Nothing is kept after leaving, so coming back always opens the draft as last saved.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useVersions(workspaceId: string, id: string) {
  return useQuery({
    queryKey: designerKeys.versions(workspaceId, id),
    queryFn: ({ signal }) => designerApi.versions(workspaceId, id, signal),
    enabled: Boolean(workspaceId && id),
  });
}

/** Any change to versions or the active one: the list, the versions and the header refresh. */
export function useVersionAction<TVariables, TResult>(
  workspaceId: string,
  id: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: designerKeys.versions(workspaceId, id) }),
        queryClient.invalidateQueries({ queryKey: [...automationKeys.all, workspaceId, 'list'] }),
      ]),
  });
}

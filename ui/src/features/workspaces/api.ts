import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { roleSchema, type Role } from './roles';

export const workspaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  slug: z
    .string()
    .nullish()
    .transform((slug) => slug ?? ''),
  role: roleSchema,
  createdAt: instantSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.object({
  userId: idSchema,
  email: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ''),
  role: roleSchema,
  joinedAt: instantSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const workspaceNameField = z
  .string()
  .trim()
  .min(1, 'Enter a workspace name.')
  .max(100, 'Use at most 100 characters.');

const BASE = '/api/multi-workspace/workspaces';
/** Lists are paginated; the UI asks for one generous page. */
const LIST_QUERY = '?size=100';

export const workspaceKeys = {
  all: ['workspaces'] as const,
  list: () => [...workspaceKeys.all, 'list'] as const,
  detail: (id: string) => [...workspaceKeys.all, 'detail', id] as const,
  members: (id: string) => [...workspaceKeys.all, 'members', id] as const,
};

export const workspacesApi = {
  list: (signal?: AbortSignal) =>
    api.get(BASE + LIST_QUERY, { schema: pageSchema(workspaceSchema), signal }),
  get: (id: string, signal?: AbortSignal) =>
    api.get(`${BASE}/${segment(id)}`, { schema: workspaceSchema, signal }),
  create: (name: string) => api.post(BASE, { name }, { schema: workspaceSchema }),
  rename: (id: string, name: string) =>
    api.put(`${BASE}/${segment(id)}`, { name }, { schema: workspaceSchema.partial() }),
  remove: (id: string) => api.delete(`${BASE}/${segment(id)}`),
  members: (id: string, signal?: AbortSignal) =>
    api.get(`${BASE}/${segment(id)}/members${LIST_QUERY}`, {
      schema: pageSchema(memberSchema),
      signal,
    }),
  updateMemberRole: (id: string, userId: string, role: Role) =>
    api.put(`${BASE}/${segment(id)}/members/${segment(userId)}`, { role }),
  removeMember: (id: string, userId: string) =>
    api.delete(`${BASE}/${segment(id)}/members/${segment(userId)}`),
};

export function useWorkspaces(enabled = true) {
  return useQuery({
    queryKey: workspaceKeys.list(),
    queryFn: ({ signal }) => workspacesApi.list(signal),
    enabled,
  });
}

export function useWorkspace(id: string | undefined) {
  return useQuery({
    queryKey: workspaceKeys.detail(id ?? ''),
    queryFn: ({ signal }) => workspacesApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useMembers(id: string | undefined) {
  return useQuery({
    queryKey: workspaceKeys.members(id ?? ''),
    queryFn: ({ signal }) => workspacesApi.members(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => workspacesApi.create(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useRenameWorkspace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => workspacesApi.rename(id, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useDeleteWorkspace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => workspacesApi.remove(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: workspaceKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: workspaceKeys.list() });
    },
  });
}

export function useUpdateMemberRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      workspacesApi.updateMemberRole(id, userId, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.members(id) }),
  });
}

export function useRemoveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => workspacesApi.removeMember(id, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.members(id) }),
  });
}

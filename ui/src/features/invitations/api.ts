import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { emailField } from '../auth/api';
import { workspaceKeys } from '../workspaces/api';
import { ASSIGNABLE_ROLES, roleSchema, type Role } from '../workspaces/roles';

export const INVITATION_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'REVOKED',
] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  status: invitationStatusSchema,
  invitedByName: z.string().nullish(),
  createdAt: instantSchema,
  expiresAt: instantSchema,
  reminderSentAt: instantSchema,
  decidedAt: instantSchema,
  workflowId: z.string().nullish(),
  /** The invitation's run in Temporal UI, when the platform knows Temporal UI's address. */
  temporalUiUrl: z.string().nullish(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What anyone holding the link may see about an invitation. */
export const publicInvitationSchema = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: roleSchema,
  status: invitationStatusSchema,
  expiresAt: instantSchema,
  invitedByName: z.string().nullish(),
});
export type PublicInvitation = z.infer<typeof publicInvitationSchema>;

export const acceptedSchema = z.object({ workspaceId: idSchema, role: roleSchema.optional() });

export const inviteInput = z.object({
  email: emailField,
  role: z.enum(ASSIGNABLE_ROLES, 'Choose a role.'),
});
export type InviteInput = z.infer<typeof inviteInput>;

/** How often the members page re-reads the invitations so status changes show up live. */
export const INVITATIONS_POLL_MS = 5000;

const base = (workspaceId: string) =>
  `/api/multi-workspace/workspaces/${segment(workspaceId)}/invitations`;

export const invitationKeys = {
  all: ['invitations'] as const,
  list: (workspaceId: string) => [...invitationKeys.all, 'list', workspaceId] as const,
  public: (token: string) => [...invitationKeys.all, 'public', token] as const,
};

export const invitationsApi = {
  list: (workspaceId: string, signal?: AbortSignal) =>
    api.get(`${base(workspaceId)}?size=100`, { schema: pageSchema(invitationSchema), signal }),
  create: (workspaceId: string, input: { email: string; role: Role }) =>
    api.post(base(workspaceId), input, { schema: invitationSchema }),
  revoke: (workspaceId: string, invitationId: string) =>
    api.delete(`${base(workspaceId)}/${segment(invitationId)}`),
  getByToken: (token: string, signal?: AbortSignal) =>
    api.get(`/api/multi-workspace/invitations/${segment(token)}`, {
      auth: false,
      schema: publicInvitationSchema,
      signal,
    }),
  accept: (token: string) =>
    api.post(`/api/multi-workspace/invitations/${segment(token)}/accept`, undefined, {
      schema: acceptedSchema,
    }),
  decline: (token: string) =>
    api.post(`/api/multi-workspace/invitations/${segment(token)}/decline`, undefined, {
      auth: false,
    }),
};

export function useInvitations(workspaceId: string | undefined, options: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: invitationKeys.list(workspaceId ?? ''),
    queryFn: ({ signal }) => invitationsApi.list(workspaceId ?? '', signal),
    enabled: Boolean(workspaceId),
    refetchInterval: options.poll ? INVITATIONS_POLL_MS : false,
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => invitationsApi.create(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.list(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => invitationsApi.revoke(workspaceId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.list(workspaceId) }),
  });
}

export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: invitationKeys.public(token),
    queryFn: ({ signal }) => invitationsApi.getByToken(token, signal),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invitationsApi.accept(token),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invitationKeys.public(token) });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
    },
  });
}

export function useDeclineInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invitationsApi.decline(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.public(token) }),
  });
}

import { z } from 'zod';
import type { BadgeTone } from '../../components/ui';

export const ROLES = ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that can be given to a member or an invitee (ownership is never handed out here). */
export const ASSIGNABLE_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  EDITOR: 'Editor',
  VIEWER: 'Viewer',
};

export const roleDescriptions: Record<Role, string> = {
  OWNER: 'Full control, including deleting the workspace.',
  ADMIN: 'Manages settings, members and invitations.',
  EDITOR: 'Creates and edits content.',
  VIEWER: 'Read-only access.',
};

export const roleTones: Record<Role, BadgeTone> = {
  OWNER: 'accent',
  ADMIN: 'info',
  EDITOR: 'success',
  VIEWER: 'neutral',
};

export const assignableRoleOptions = ASSIGNABLE_ROLES.map((role) => ({
  value: role,
  label: roleLabels[role],
}));

/**
 * What the caller's role lets them do in the UI. The server enforces the real rules; this
 * only hides controls that would be refused anyway. Viewers never see write controls.
 */
export function permissionsFor(role: Role | null | undefined) {
  const is = (...roles: Role[]) => role != null && roles.includes(role);
  return {
    canWrite: is('OWNER', 'ADMIN', 'EDITOR'),
    canInvite: is('OWNER', 'ADMIN'),
    canRevokeInvitations: is('OWNER', 'ADMIN'),
    canManageMembers: is('OWNER', 'ADMIN'),
    canRename: is('OWNER', 'ADMIN'),
    canDelete: is('OWNER'),
    /** The workspace's own provider keys: Stripe for the store, the AI provider's. */
    canManageIntegrations: is('OWNER', 'ADMIN'),
  };
}
export type Permissions = ReturnType<typeof permissionsFor>;

import { createContext, useContext } from 'react';
import type { Workspace } from '../workspaces/api';
import type { Permissions } from '../workspaces/roles';

export interface CrmWorkspace {
  workspaceId: string;
  workspace: Workspace;
  permissions: Permissions;
}

export const CrmWorkspaceContext = createContext<CrmWorkspace | null>(null);

/** The workspace whose contacts are open; the contacts' routes provide it once it has loaded. */
export function useCrmWorkspace(): CrmWorkspace {
  const crm = useContext(CrmWorkspaceContext);
  if (!crm) throw new Error('useCrmWorkspace is used outside the contacts routes');
  return crm;
}

/** `/workspaces/w1/contacts/imports/i1` from `('w1', 'imports', 'i1')`. */
export function crmPath(workspaceId: string, ...parts: string[]): string {
  return `/${['workspaces', workspaceId, 'contacts', ...parts].map(encodeURIComponent).join('/')}`;
}

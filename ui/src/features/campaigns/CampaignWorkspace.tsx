import { createContext, useContext } from 'react';
import type { Workspace } from '../workspaces/api';
import type { Permissions } from '../workspaces/roles';

export interface CampaignWorkspace {
  workspaceId: string;
  workspace: Workspace;
  permissions: Permissions;
}

export const CampaignWorkspaceContext = createContext<CampaignWorkspace | null>(null);

/** The workspace whose campaigns are open; the campaigns' routes provide it once loaded. */
export function useCampaignWorkspace(): CampaignWorkspace {
  const value = useContext(CampaignWorkspaceContext);
  if (!value) throw new Error('useCampaignWorkspace is used outside the campaign routes');
  return value;
}

/** `/workspaces/w1/campaigns/c1` from `('w1', 'c1')`. */
export function campaignsPath(workspaceId: string, ...parts: string[]): string {
  return `/${['workspaces', workspaceId, 'campaigns', ...parts].map(encodeURIComponent).join('/')}`;
}

import { createContext, useContext } from 'react';
import type { Workspace } from '../workspaces/api';
import type { Permissions } from '../workspaces/roles';

export interface StoreWorkspace {
  workspaceId: string;
  workspace: Workspace;
  permissions: Permissions;
  /** Stripe keys are an owner's or admin's business, as the server enforces. */
  canManagePayments: boolean;
}

export const StoreWorkspaceContext = createContext<StoreWorkspace | null>(null);

/** The workspace whose store is open; the store's routes provide it once it has loaded. */
export function useStoreWorkspace(): StoreWorkspace {
  const store = useContext(StoreWorkspaceContext);
  if (!store) throw new Error('useStoreWorkspace is used outside the store routes');
  return store;
}

/** `/workspaces/w1/store/orders/o1` from `('w1', 'orders', 'o1')`. */
export function storePath(workspaceId: string, ...parts: string[]): string {
  return `/${['workspaces', workspaceId, 'store', ...parts].map(encodeURIComponent).join('/')}`;
}

import { createContext, useContext, useMemo } from 'react';
import { Outlet } from 'react-router';
import { Spinner } from '../../components/ui';
import type { Workspace } from './api';
import type { Permissions } from './roles';
import { useRouteWorkspace } from './useRouteWorkspace';
import { WorkspaceUnavailable } from './WorkspaceNotFound';

/** The loaded workspace of the URL, as the pages of its sections (store, courses…) see it. */
export interface LoadedWorkspace {
  workspaceId: string;
  workspace: Workspace;
  permissions: Permissions;
}

const WorkspaceSectionContext = createContext<LoadedWorkspace | null>(null);

/**
 * The layout of every page under `/workspaces/:workspaceId`: a spinner while the workspace loads,
 * why it cannot be opened, or the page with the workspace provided to it and everything below.
 */
export function WorkspaceSection() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const loaded = useMemo<LoadedWorkspace | null>(
    () => (workspace ? { workspaceId, workspace, permissions } : null),
    [workspaceId, workspace, permissions],
  );
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!loaded) return <WorkspaceUnavailable error={error} />;
  return (
    <WorkspaceSectionContext.Provider value={loaded}>
      <Outlet />
    </WorkspaceSectionContext.Provider>
  );
}

/** The workspace a section's page is in; {@link WorkspaceSection} provides it once loaded. */
export function useWorkspaceSection(): LoadedWorkspace {
  const loaded = useContext(WorkspaceSectionContext);
  if (!loaded) throw new Error('useWorkspaceSection is used outside a WorkspaceSection');
  return loaded;
}

/**
 * The path builder of one section: `sectionPath('store')('w1', 'orders', 'o1')` is
 * `/workspaces/w1/store/orders/o1`, each part URL-encoded.
 */
export function sectionPath(section: string) {
  return (workspaceId: string, ...parts: string[]): string =>
    `/${['workspaces', workspaceId, section, ...parts].map(encodeURIComponent).join('/')}`;
}

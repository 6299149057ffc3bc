import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useWorkspace } from './api';
import { useCurrentWorkspace } from './CurrentWorkspace';
import { permissionsFor } from './roles';

/**
 * The workspace named by the `:workspaceId` route parameter, with the caller's permissions.
 * Opening a workspace page also makes that workspace the current one.
 */
export function useRouteWorkspace() {
  const { workspaceId = '' } = useParams();
  const { workspaces, current, setCurrentId } = useCurrentWorkspace();
  const detail = useWorkspace(workspaceId);
  const fromList = workspaces.find((w) => w.id === workspaceId);
  const workspace = detail.data?.id ? { ...fromList, ...detail.data } : fromList;

  const loadedId = workspace?.id;
  useEffect(() => {
    if (loadedId && current?.id !== loadedId) setCurrentId(loadedId);
  }, [loadedId, current?.id, setCurrentId]);

  return {
    workspaceId,
    workspace: workspace ?? null,
    permissions: permissionsFor(workspace?.role),
    isLoading: !workspace && detail.isPending,
    error: workspace ? null : detail.error,
  };
}

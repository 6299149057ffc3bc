import { useEffect, useMemo } from 'react';
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
  // Kept the same object while nothing changes, so the pages given it do not re-render for nothing.
  const workspace = useMemo(
    () => (detail.data?.id ? { ...fromList, ...detail.data } : fromList),
    [fromList, detail.data],
  );
  const role = workspace?.role;
  const permissions = useMemo(() => permissionsFor(role), [role]);

  const loadedId = workspace?.id;
  useEffect(() => {
    if (loadedId && current?.id !== loadedId) setCurrentId(loadedId);
  }, [loadedId, current?.id, setCurrentId]);

  return {
    workspaceId,
    workspace: workspace ?? null,
    permissions,
    isLoading: !workspace && detail.isPending,
    error: workspace ? null : detail.error,
  };
}

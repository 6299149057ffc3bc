import { Route, Routes } from 'react-router';
import { Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { BioAnalyticsPage } from './BioAnalyticsPage';
import { BioEditorPage } from './BioEditorPage';
import { BioPagesPage } from './BioPagesPage';
import './linkinbio.css';

/** `/workspaces/w1/link-in-bio/p1` from `('w1', 'p1')`. */
export function bioPath(workspaceId: string, ...parts: string[]): string {
  return `/${['workspaces', workspaceId, 'link-in-bio', ...parts].map(encodeURIComponent).join('/')}`;
}

/** The workspace's link-in-bio pages: the list, each page's editor and its analytics. */
export function LinkInBioRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!workspace) return <WorkspaceUnavailable error={error} />;
  const canWrite = permissions.canWrite;
  return (
    <Routes>
      <Route index element={<BioPagesPage workspaceId={workspaceId} canWrite={canWrite} />} />
      <Route
        path=":pageId"
        element={<BioEditorPage workspaceId={workspaceId} canWrite={canWrite} />}
      />
      <Route path=":pageId/analytics" element={<BioAnalyticsPage workspaceId={workspaceId} />} />
    </Routes>
  );
}

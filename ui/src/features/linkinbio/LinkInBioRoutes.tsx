import { Route, Routes } from 'react-router';
import { sectionPath, useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { BioAnalyticsPage } from './BioAnalyticsPage';
import { BioEditorPage } from './BioEditorPage';
import { BioPagesPage } from './BioPagesPage';
import './linkinbio.css';

/** `/workspaces/w1/link-in-bio/p1` from `('w1', 'p1')`. */
export const bioPath = sectionPath('link-in-bio');

/** The workspace's link-in-bio pages: the list, each page's editor and its analytics. */
export function LinkInBioRoutes() {
  const {
    workspaceId,
    permissions: { canWrite },
  } = useWorkspaceSection();
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

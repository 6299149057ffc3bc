import { Navigate, Route, Routes } from 'react-router';
import { SectionTabs } from '../../components/SectionTabs';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { AiContentPage } from './AiContentPage';
import { aiPath } from './aiContent';
import { AiGeneratePage } from './AiGeneratePage';
import { AiSettingsPage } from './AiSettingsPage';
import './ai.css';

/** AI content of the workspace in the URL: generate and approve, and the provider's settings. */
export function AiRoutes() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  return (
    <>
      <SectionTabs
        label="AI content"
        tabs={[
          { to: aiPath(workspaceId, 'content'), label: 'Generate' },
          { to: aiPath(workspaceId, 'settings'), label: 'Settings', end: true },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="content" replace />} />
        <Route
          path="content"
          element={
            <AiGeneratePage
              workspaceId={workspaceId}
              workspaceName={workspace.name}
              canWrite={permissions.canWrite}
            />
          }
        />
        <Route
          path="content/:contentId"
          element={<AiContentPage workspaceId={workspaceId} canWrite={permissions.canWrite} />}
        />
        <Route
          path="settings"
          element={
            <AiSettingsPage
              workspaceId={workspaceId}
              workspaceName={workspace.name}
              canAdmin={permissions.canManageIntegrations}
            />
          }
        />
      </Routes>
    </>
  );
}

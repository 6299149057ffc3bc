import { Navigate, NavLink, Route, Routes } from 'react-router';
import { Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { AiContentPage } from './AiContentPage';
import { aiPath } from './aiContent';
import { AiGeneratePage } from './AiGeneratePage';
import { AiSettingsPage } from './AiSettingsPage';
import './ai.css';

function AiTabs({ workspaceId }: { workspaceId: string }) {
  const tabs = [
    ['content', 'Generate'],
    ['settings', 'Settings'],
  ] as const;
  return (
    <nav className="ai-tabs" aria-label="AI content">
      <ul>
        {tabs.map(([part, label]) => (
          <li key={part}>
            <NavLink
              to={aiPath(workspaceId, part)}
              end={part !== 'content'}
              className={({ isActive }) => (isActive ? 'ai-tab active' : 'ai-tab')}
            >
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** AI content of the workspace in the URL: generate and approve, and the provider's settings. */
export function AiRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!workspace) return <WorkspaceUnavailable error={error} />;
  const canAdmin = workspace.role === 'OWNER' || workspace.role === 'ADMIN';
  return (
    <>
      <AiTabs workspaceId={workspaceId} />
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
              canAdmin={canAdmin}
            />
          }
        />
      </Routes>
    </>
  );
}

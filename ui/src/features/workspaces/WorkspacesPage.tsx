import { Link } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed';
import { Badge, Button, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { useCurrentWorkspace } from './CurrentWorkspace';
import { RoleBadge } from './RoleBadge';
import { permissionsFor } from './roles';

export function WorkspacesPage() {
  useDocumentTitle('Workspaces');
  const { workspaces, current, setCurrentId, isLoading, error, refetch } = useCurrentWorkspace();

  return (
    <>
      <PageHeader
        title="Workspaces"
        description="Each workspace has its own members, settings and data. Switch between them at any time."
      />

      <Card title="Create a workspace" titleId="create-workspace-title">
        <CreateWorkspaceForm />
      </Card>

      <Card title="Your workspaces" titleId="your-workspaces-title">
        {isLoading ? (
          <SkeletonRows label="Loading workspaces…" />
        ) : error && workspaces.length === 0 ? (
          <LoadFailed what="your workspaces" error={error} onRetry={refetch} />
        ) : workspaces.length === 0 ? (
          <EmptyState icon="▦" title="You are not in any workspace yet">
            Create one with the form above, or ask a colleague to invite you to theirs.
          </EmptyState>
        ) : (
          <ul className="workspace-list" aria-labelledby="your-workspaces-title">
            {workspaces.map((workspace) => {
              const isCurrent = current?.id === workspace.id;
              const can = permissionsFor(workspace.role);
              const base = `/workspaces/${encodeURIComponent(workspace.id)}`;
              return (
                <li
                  key={workspace.id}
                  className={isCurrent ? 'workspace-item current' : 'workspace-item'}
                >
                  <div className="workspace-avatar" aria-hidden="true">
                    {workspace.name.slice(0, 1).toUpperCase()}
                  </div>
                  <div className="workspace-main">
                    <p className="workspace-name">
                      {workspace.name}
                      {isCurrent && <Badge tone="info">Current</Badge>}
                    </p>
                    <p className="workspace-meta">
                      {workspace.slug && <span>/{workspace.slug}</span>}
                      <span>Created {formatDate(workspace.createdAt)}</span>
                    </p>
                  </div>
                  <div className="workspace-role">
                    <RoleBadge role={workspace.role} />
                  </div>
                  <div className="workspace-actions">
                    {!isCurrent && (
                      <Button
                        size="sm"
                        variant="secondary"
                        onClick={() => setCurrentId(workspace.id)}
                        aria-label={`Switch to ${workspace.name}`}
                      >
                        Switch
                      </Button>
                    )}
                    <Link
                      className="btn btn-ghost btn-sm"
                      to={`${base}/members`}
                      aria-label={`Members of ${workspace.name}`}
                    >
                      Members
                    </Link>
                    {(can.canRename || can.canDelete) && (
                      <Link
                        className="btn btn-ghost btn-sm"
                        to={`${base}/settings`}
                        aria-label={`Settings of ${workspace.name}`}
                      >
                        Settings
                      </Link>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}

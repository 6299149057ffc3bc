import { Link, useLocation } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed';
import { Alert, Card, EmptyState, PageHeader, Spinner } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { useInvitations } from '../invitations/api';
import { useMembers } from './api';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { useCurrentWorkspace } from './CurrentWorkspace';
import { RoleBadge } from './RoleBadge';
import { permissionsFor, roleDescriptions, roleLabels } from './roles';

function Stat({ label, value, to }: { label: string; value: string | number; to?: string }) {
  return (
    <div className="stat">
      <p className="stat-label">{label}</p>
      <p className="stat-value">{value}</p>
      {to && (
        <Link to={to} className="stat-link">
          View <span className="sr-only">{label.toLowerCase()}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </div>
  );
}

export function DashboardPage() {
  const { user } = useAuth();
  const { current, isLoading, error, refetch, workspaces } = useCurrentWorkspace();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  useDocumentTitle(current?.name ?? 'Dashboard');

  const members = useMembers(current?.id);
  const invitations = useInvitations(current?.id);

  if (isLoading) return <Spinner label="Loading your workspaces…" />;

  if (error && workspaces.length === 0) {
    return <LoadFailed what="your workspaces" error={error} onRetry={refetch} />;
  }

  const firstName = user?.name?.split(' ')[0];

  if (!current) {
    return (
      <>
        <PageHeader title={firstName ? `Welcome, ${firstName}` : 'Welcome to Mewayz'} />
        <Card className="onboarding">
          <EmptyState
            icon="✦"
            title="Create your first workspace"
            action={<CreateWorkspaceForm submitLabel="Create workspace" autoFocus />}
          >
            A workspace holds your team, your settings and your data. Give it your business&apos;s
            name; you can rename it later. Waiting for an invitation instead? Open the link in the
            invitation mail.
          </EmptyState>
        </Card>
      </>
    );
  }

  const can = permissionsFor(current.role);
  const base = `/workspaces/${encodeURIComponent(current.id)}`;
  const memberCount = members.data ? Math.max(members.data.total, members.data.items.length) : null;
  const pendingCount = invitations.data
    ? invitations.data.items.filter((i) => i.status === 'PENDING').length
    : null;

  return (
    <>
      <Alert tone="success">{flash}</Alert>
      <PageHeader
        eyebrow="Current workspace"
        title={current.name}
        description={
          <>
            You are <RoleBadge role={current.role} /> here. {roleDescriptions[current.role]}
          </>
        }
        actions={
          can.canInvite ? (
            <Link to={`${base}/members`} className="btn btn-primary">
              Invite people
            </Link>
          ) : undefined
        }
      />

      <div className="stats-grid">
        <Stat
          label="Members"
          value={memberCount ?? (members.isError ? '—' : '…')}
          to={`${base}/members`}
        />
        <Stat
          label="Pending invitations"
          value={pendingCount ?? (invitations.isError ? '—' : '…')}
          to={`${base}/members`}
        />
        <Stat label="Your role" value={roleLabels[current.role]} />
        <Stat label="Created" value={formatDate(current.createdAt)} />
      </div>

      <Card title="Next steps" titleId="next-steps-title">
        <ol className="checklist">
          <li className="done">
            <span className="check" aria-hidden="true">
              ✓
            </span>
            <span>
              <strong>Create your workspace</strong>
              <span className="muted"> — {current.name} is ready.</span>
            </span>
          </li>
          <li className={memberCount !== null && memberCount > 1 ? 'done' : ''}>
            <span className="check" aria-hidden="true">
              {memberCount !== null && memberCount > 1 ? '✓' : '2'}
            </span>
            <span>
              <strong>Bring your team</strong>
              <span className="muted">
                {' '}
                —{' '}
                {can.canInvite ? (
                  <Link to={`${base}/members`}>invite colleagues</Link>
                ) : (
                  'ask an admin to invite colleagues'
                )}{' '}
                and pick what each of them may do.
              </span>
            </span>
          </li>
          <li>
            <span className="check" aria-hidden="true">
              3
            </span>
            <span>
              <strong>Make it yours</strong>
              <span className="muted">
                {' '}
                —{' '}
                {can.canRename ? (
                  <Link to={`${base}/settings`}>review the workspace settings</Link>
                ) : (
                  'explore the workspace'
                )}
                .
              </span>
            </span>
          </li>
        </ol>
      </Card>
    </>
  );
}

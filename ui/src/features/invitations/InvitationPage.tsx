import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { Alert, Button, Spinner } from '../../components/ui';
import { formatDateTime, formatRelative } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { useCurrentWorkspace } from '../workspaces/CurrentWorkspace';
import { RoleBadge } from '../workspaces/RoleBadge';
import { roleDescriptions } from '../workspaces/roles';
import {
  useAcceptInvitation,
  useDeclineInvitation,
  usePublicInvitation,
  type PublicInvitation,
} from './api';
import { InvitationStatusBadge } from './InvitationStatusBadge';

const closedMessages: Record<Exclude<PublicInvitation['status'], 'PENDING'>, string> = {
  ACCEPTED: 'This invitation was already accepted.',
  DECLINED: 'This invitation was declined.',
  EXPIRED: 'This invitation has expired. Ask the person who invited you to send a new one.',
  REVOKED: 'This invitation was withdrawn by the workspace.',
};

function InvitationSummary({ invitation }: { invitation: PublicInvitation }) {
  return (
    <dl className="details invitation-details">
      <dt>Workspace</dt>
      <dd className="cell-strong">{invitation.workspaceName}</dd>
      <dt>Invited email</dt>
      <dd>{invitation.email}</dd>
      <dt>Role</dt>
      <dd>
        <RoleBadge role={invitation.role} />{' '}
        <span className="muted small">{roleDescriptions[invitation.role]}</span>
      </dd>
      {invitation.invitedByName && (
        <>
          <dt>Invited by</dt>
          <dd>{invitation.invitedByName}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>
        <InvitationStatusBadge status={invitation.status} />
      </dd>
      {invitation.expiresAt && (
        <>
          <dt>{invitation.status === 'PENDING' ? 'Expires' : 'Expiry'}</dt>
          <dd title={formatDateTime(invitation.expiresAt)}>
            {invitation.status === 'PENDING'
              ? formatRelative(invitation.expiresAt)
              : formatDateTime(invitation.expiresAt)}
          </dd>
        </>
      )}
    </dl>
  );
}

export function InvitationPage() {
  const { token = '' } = useParams();
  const query = usePublicInvitation(token);
  const { status, user, logout } = useAuth();
  const { setCurrentId } = useCurrentWorkspace();
  const accept = useAcceptInvitation(token);
  const decline = useDeclineInvitation(token);
  const navigate = useNavigate();
  const [declined, setDeclined] = useState(false);
  useDocumentTitle('Invitation');

  if (query.isPending) {
    return (
      <AuthLayout title="Your invitation">
        <Spinner label="Loading the invitation…" />
      </AuthLayout>
    );
  }

  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <AuthLayout title={notFound ? 'Invitation not found' : 'Could not load the invitation'}>
        <Alert tone={notFound ? 'warning' : 'error'}>
          {notFound
            ? 'This link is not valid. Check that you copied the whole link from the mail.'
            : errorMessage(query.error)}
        </Alert>
        <Link to="/" className="btn btn-secondary btn-block">
          Go to Mewayz
        </Link>
      </AuthLayout>
    );
  }

  const invitation = query.data;
  const here = `/invitations/${encodeURIComponent(token)}`;
  const authQuery = `?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`;
  const signedIn = status === 'authenticated' && user;
  const emailMatches = signedIn && user.email.toLowerCase() === invitation.email.toLowerCase();

  const onAccept = async () => {
    try {
      const result = await accept.mutateAsync();
      setCurrentId(result.workspaceId);
      navigate('/', { state: { flash: `Welcome to ${invitation.workspaceName}!` } });
    } catch {
      // Shown below from accept.error.
    }
  };

  const onDecline = async () => {
    try {
      await decline.mutateAsync();
      setDeclined(true);
    } catch {
      // Shown below from decline.error.
    }
  };

  if (declined) {
    return (
      <AuthLayout title="Invitation declined">
        <Alert tone="info">
          You declined the invitation to {invitation.workspaceName}. We let them know.
        </Alert>
        <Link to="/" className="btn btn-secondary btn-block">
          Go to Mewayz
        </Link>
      </AuthLayout>
    );
  }

  const title =
    invitation.status === 'PENDING'
      ? `Join ${invitation.workspaceName}`
      : `Invitation to ${invitation.workspaceName}`;

  return (
    <AuthLayout
      title={title}
      subtitle={
        invitation.status === 'PENDING'
          ? `${invitation.invitedByName ?? 'Someone'} invited you to work together on Mewayz.`
          : undefined
      }
    >
      <InvitationSummary invitation={invitation} />
      <Alert>
        {accept.isError
          ? errorMessage(accept.error)
          : decline.isError
            ? errorMessage(decline.error)
            : null}
      </Alert>

      {invitation.status !== 'PENDING' ? (
        <>
          <Alert tone="info">{closedMessages[invitation.status]}</Alert>
          <Link to="/" className="btn btn-secondary btn-block">
            Go to Mewayz
          </Link>
        </>
      ) : !signedIn ? (
        <div className="stack">
          <p className="muted">
            To accept, sign in or create an account with <strong>{invitation.email}</strong>. You
            will come back here afterwards.
          </p>
          <Link to={`/register${authQuery}`} className="btn btn-primary btn-block">
            Create an account
          </Link>
          <Link to={`/login${authQuery}`} className="btn btn-secondary btn-block">
            Sign in
          </Link>
          <Button variant="ghost" block busy={decline.isPending} onClick={onDecline}>
            Decline invitation
          </Button>
        </div>
      ) : !emailMatches ? (
        <div className="stack">
          <Alert tone="warning">
            You are signed in as <strong>{user.email}</strong>, but this invitation is for{' '}
            <strong>{invitation.email}</strong>. Sign in with that address to accept it.
          </Alert>
          <Button
            block
            onClick={async () => {
              await logout();
              navigate(`/login${authQuery}`);
            }}
          >
            Sign in as {invitation.email}
          </Button>
          <Button variant="ghost" block busy={decline.isPending} onClick={onDecline}>
            Decline invitation
          </Button>
        </div>
      ) : (
        <div className="stack">
          <p className="muted small">
            Signed in as <strong>{user.email}</strong>.
          </p>
          <Button block busy={accept.isPending} onClick={onAccept}>
            Accept invitation
          </Button>
          <Button
            variant="secondary"
            block
            busy={decline.isPending}
            disabled={accept.isPending}
            onClick={onDecline}
          >
            Decline
          </Button>
        </div>
      )}
    </AuthLayout>
  );
}

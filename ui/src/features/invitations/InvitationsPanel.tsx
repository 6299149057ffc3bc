import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadFailed } from '../../components/LoadFailed';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  SelectField,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { errorMessage } from '../../api';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { formValues, useFormErrors } from '../../lib/forms';
import { assignableRoleOptions, roleLabels, type Permissions } from '../workspaces/roles';
import {
  INVITATIONS_POLL_MS,
  inviteInput,
  useCreateInvitation,
  useInvitations,
  useRevokeInvitation,
  type Invitation,
} from './api';
import { InvitationStatusBadge } from './InvitationStatusBadge';

export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const form = useFormErrors();
  const create = useCreateInvitation(workspaceId);
  const [notice, setNotice] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    const element = event.currentTarget;
    const input = form.validate(inviteInput, formValues(element));
    if (!input) return;
    try {
      const invitation = await create.mutateAsync(input);
      setNotice(`Invitation sent to ${invitation.email}.`);
      const email = element.elements.namedItem('email');
      if (email instanceof HTMLInputElement) {
        email.value = '';
        email.focus();
      }
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <Card
      title="Invite people"
      titleId="invite-title"
      description="They get an email with a link to join. Invitations expire if nobody answers."
    >
      <Alert>{form.formError}</Alert>
      <Alert tone="success">{notice}</Alert>
      <form
        ref={form.formRef}
        onSubmit={onSubmit}
        noValidate
        className="inline-form"
        aria-labelledby="invite-title"
      >
        <TextField
          label="Email address"
          name="email"
          type="email"
          autoComplete="off"
          placeholder="colleague@company.com"
          error={form.fieldErrors.email}
          fieldClassName="grow"
          required
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue="EDITOR"
          options={assignableRoleOptions}
          error={form.fieldErrors.role}
        />
        <div className="inline-form-submit">
          <Button type="submit" busy={create.isPending}>
            {create.isPending ? 'Sending…' : 'Send invitation'}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function RevokeCell({ invitation, workspaceId }: { invitation: Invitation; workspaceId: string }) {
  const revoke = useRevokeInvitation(workspaceId);
  return (
    <>
      <ConfirmButton
        confirmLabel="Revoke"
        description={`Revoke invitation for ${invitation.email}`}
        busy={revoke.isPending}
        onConfirm={() => revoke.mutate(invitation.id)}
      >
        Revoke
      </ConfirmButton>
      {revoke.isError && (
        <p className="cell-error" role="alert">
          {errorMessage(revoke.error)}
        </p>
      )}
    </>
  );
}

export function InvitationsTable({
  workspaceId,
  permissions,
}: {
  workspaceId: string;
  permissions: Permissions;
}) {
  const query = useInvitations(workspaceId, { poll: true });
  const invitations = query.data?.items ?? [];
  const pending = invitations.filter((i) => i.status === 'PENDING').length;

  return (
    <Card
      title="Invitations"
      titleId="invitations-title"
      description={
        query.data
          ? `${pending} pending · updates every ${INVITATIONS_POLL_MS / 1000} seconds`
          : undefined
      }
      actions={
        query.isFetching && query.data ? (
          <span className="live-dot" aria-hidden="true" title="Refreshing" />
        ) : undefined
      }
    >
      {query.isPending ? (
        <SkeletonRows label="Loading invitations…" />
      ) : query.isError && !query.data ? (
        <LoadFailed what="the invitations" error={query.error} onRetry={query.refetch} />
      ) : invitations.length === 0 ? (
        <EmptyState icon="✉" title="No invitations yet">
          {permissions.canInvite
            ? 'Invite a colleague with the form above. You will see here when they accept.'
            : 'Invitations sent by the workspace admins will show up here.'}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="invitations-title">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Invited</th>
                <th scope="col">Reminder sent</th>
                <th scope="col">Expires</th>
                {permissions.canRevokeInvitations && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row">
                  <td data-label="Email">
                    <span className="cell-strong">{invitation.email}</span>
                    {invitation.invitedByName && (
                      <span className="cell-sub">by {invitation.invitedByName}</span>
                    )}
                  </td>
                  <td data-label="Role">{roleLabels[invitation.role]}</td>
                  <td data-label="Status">
                    <InvitationStatusBadge status={invitation.status} />
                    {invitation.decidedAt && (
                      <span className="cell-sub">{formatRelative(invitation.decidedAt)}</span>
                    )}
                    {invitation.temporalUiUrl && (
                      <a
                        className="cell-sub"
                        href={invitation.temporalUiUrl}
                        target="_blank"
                        rel="noreferrer"
                        aria-label={`Open the invitation run for ${invitation.email} in Temporal UI`}
                      >
                        Run in Temporal UI
                      </a>
                    )}
                  </td>
                  <td data-label="Invited">
                    <time dateTime={isoOrUndefined(invitation.createdAt)}>
                      {formatDateTime(invitation.createdAt)}
                    </time>
                  </td>
                  <td data-label="Reminder sent">
                    {invitation.reminderSentAt ? (
                      <time
                        dateTime={isoOrUndefined(invitation.reminderSentAt)}
                        title={formatDateTime(invitation.reminderSentAt)}
                      >
                        {formatRelative(invitation.reminderSentAt)}
                      </time>
                    ) : (
                      <span className="muted">Not yet</span>
                    )}
                  </td>
                  <td data-label="Expires">
                    <time
                      dateTime={isoOrUndefined(invitation.expiresAt)}
                      title={formatDateTime(invitation.expiresAt)}
                    >
                      {invitation.status === 'PENDING'
                        ? formatRelative(invitation.expiresAt)
                        : formatDateTime(invitation.expiresAt)}
                    </time>
                  </td>
                  {permissions.canRevokeInvitations && (
                    <td data-label="Actions" className="cell-actions">
                      {invitation.status === 'PENDING' && (
                        <RevokeCell invitation={invitation} workspaceId={workspaceId} />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.isError && query.data && (
        <p className="muted small" role="status">
          Live updates paused: {errorMessage(query.error)} Retrying…
        </p>
      )}
    </Card>
  );
}

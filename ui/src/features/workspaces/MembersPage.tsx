import { useState } from 'react';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadFailed } from '../../components/LoadFailed';
import { Alert, Button, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { InvitationsTable, InviteForm } from '../invitations/InvitationsPanel';
import { useMembers, useRemoveMember, useUpdateMemberRole, type Member } from './api';
import { RoleBadge } from './RoleBadge';
import { assignableRoleOptions, roleSchema, type Permissions } from './roles';
import { useWorkspaceSection } from './WorkspaceSection';

function RoleEditor({ member, workspaceId }: { member: Member; workspaceId: string }) {
  const update = useUpdateMemberRole(workspaceId);
  const [role, setRole] = useState(member.role);
  const changed = role !== member.role;
  const label = member.name || member.email;
  return (
    <div className="role-editor">
      <label className="sr-only" htmlFor={`role-${member.userId}`}>
        Role of {label}
      </label>
      <select
        id={`role-${member.userId}`}
        className="input select input-sm"
        value={role}
        onChange={(event) => setRole(roleSchema.parse(event.target.value))}
      >
        {assignableRoleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {changed && (
        <Button
          size="sm"
          busy={update.isPending}
          onClick={() => update.mutate({ userId: member.userId, role })}
          aria-label={`Save role of ${label}`}
        >
          Save
        </Button>
      )}
      {update.isError && (
        <p className="cell-error" role="alert">
          {errorMessage(update.error)}
        </p>
      )}
    </div>
  );
}

function RemoveMember({ member, workspaceId }: { member: Member; workspaceId: string }) {
  const remove = useRemoveMember(workspaceId);
  return (
    <>
      <ConfirmButton
        confirmLabel="Remove"
        description={`Remove ${member.name || member.email} from the workspace`}
        busy={remove.isPending}
        onConfirm={() => remove.mutate(member.userId)}
      >
        Remove
      </ConfirmButton>
      {remove.isError && (
        <p className="cell-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
    </>
  );
}

function MembersTable({
  workspaceId,
  permissions,
}: {
  workspaceId: string;
  permissions: Permissions;
}) {
  const { user } = useAuth();
  const query = useMembers(workspaceId);
  const members = query.data?.items ?? [];
  const total = query.data ? Math.max(query.data.total, members.length) : 0;

  return (
    <Card
      title="Members"
      titleId="members-title"
      description={query.data ? `${total} ${total === 1 ? 'person' : 'people'}` : undefined}
    >
      {query.isPending ? (
        <SkeletonRows label="Loading members…" />
      ) : query.isError ? (
        <LoadFailed what="the members" error={query.error} onRetry={query.refetch} />
      ) : members.length === 0 ? (
        <EmptyState icon="◉" title="No members yet">
          Invite your first colleague with the form above.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="members-title">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                {permissions.canManageMembers && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const isSelf = user?.id === member.userId || user?.email === member.email;
                const editable = permissions.canManageMembers && member.role !== 'OWNER' && !isSelf;
                return (
                  <tr key={member.userId}>
                    <td data-label="Name">
                      <span className="cell-strong">
                        {member.name || member.email}
                        {isSelf && <span className="muted"> (you)</span>}
                      </span>
                      {member.name && <span className="cell-sub">{member.email}</span>}
                    </td>
                    <td data-label="Role">
                      {editable ? (
                        <RoleEditor key={member.role} member={member} workspaceId={workspaceId} />
                      ) : (
                        <RoleBadge role={member.role} />
                      )}
                    </td>
                    <td data-label="Joined">{formatDate(member.joinedAt)}</td>
                    {permissions.canManageMembers && (
                      <td data-label="Actions" className="cell-actions">
                        {editable && <RemoveMember member={member} workspaceId={workspaceId} />}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

export function MembersPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Members', workspace.name);

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Members"
        description="Who can work in this workspace, and what each person may do."
      />
      {!permissions.canInvite && (
        <Alert tone="info">
          You are <RoleBadge role={workspace.role} /> in this workspace: you can see who is here and
          follow the invitations, but not invite people or change roles.
        </Alert>
      )}
      {permissions.canInvite && <InviteForm workspaceId={workspaceId} />}
      <MembersTable workspaceId={workspaceId} permissions={permissions} />
      <InvitationsTable workspaceId={workspaceId} permissions={permissions} />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert, Button, Card, PageHeader, TextField } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useDeleteWorkspace, useRenameWorkspace, workspaceNameField, type Workspace } from './api';
import { useCurrentWorkspace } from './CurrentWorkspace';
import { RoleBadge } from './RoleBadge';
import { useWorkspaceSection } from './WorkspaceSection';

const renameInput = z.object({ name: workspaceNameField });

function RenameForm({ workspace }: { workspace: Workspace }) {
  const form = useFormErrors();
  const rename = useRenameWorkspace(workspace.id);
  const [saved, setSaved] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const input = form.validate(renameInput, formValues(event.currentTarget));
    if (!input) return;
    try {
      await rename.mutateAsync(input.name);
      setSaved(`Saved. The workspace is now called ${input.name}.`);
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <Card
      title="General"
      titleId="general-title"
      description="The name everyone in the workspace sees."
    >
      <Alert>{form.formError}</Alert>
      <Alert tone="success">{saved}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="inline-form">
        <TextField
          key={workspace.name}
          label="Workspace name"
          name="name"
          defaultValue={workspace.name}
          error={form.fieldErrors.name}
          fieldClassName="grow"
          required
        />
        <div className="inline-form-submit">
          <Button type="submit" busy={rename.isPending}>
            {rename.isPending ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function DeleteCard({ workspace }: { workspace: Workspace }) {
  const remove = useDeleteWorkspace(workspace.id);
  const { workspaces, setCurrentId } = useCurrentWorkspace();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const form = useFormErrors();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await remove.mutateAsync();
      const next = workspaces.find((w) => w.id !== workspace.id);
      if (next) setCurrentId(next.id);
      navigate('/', { state: { flash: `${workspace.name} was deleted.` } });
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <Card
      className="danger-zone"
      title="Delete workspace"
      titleId="delete-title"
      description="Deleting removes the workspace for every member. This cannot be undone."
    >
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} className="inline-form">
        <TextField
          label={
            <>
              Type <strong>{workspace.name}</strong> to confirm
            </>
          }
          name="confirm"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          fieldClassName="grow"
        />
        <div className="inline-form-submit">
          <Button
            type="submit"
            variant="danger"
            disabled={typed.trim() !== workspace.name}
            busy={remove.isPending}
          >
            Delete workspace
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function WorkspaceSettingsPage() {
  const { workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Settings', workspace.name);

  const readOnly = !permissions.canRename && !permissions.canDelete;

  return (
    <>
      <PageHeader eyebrow={workspace.name} title="Workspace settings" />
      {readOnly && (
        <Alert tone="info">
          You are <RoleBadge role={workspace.role} /> in this workspace, so you can see its settings
          but not change them. Ask an owner or admin for changes.
        </Alert>
      )}
      {permissions.canRename ? (
        <RenameForm workspace={workspace} />
      ) : (
        <Card title="General" titleId="general-title">
          <dl className="details">
            <dt>Name</dt>
            <dd>{workspace.name}</dd>
          </dl>
        </Card>
      )}
      <Card title="About" titleId="about-title">
        <dl className="details">
          <dt>Address</dt>
          <dd>{workspace.slug ? `/${workspace.slug}` : '—'}</dd>
          <dt>Created</dt>
          <dd>{formatDate(workspace.createdAt)}</dd>
          <dt>Your role</dt>
          <dd>
            <RoleBadge role={workspace.role} />
          </dd>
          <dt>Workspace id</dt>
          <dd>
            <code>{workspace.id}</code>
          </dd>
        </dl>
      </Card>
      {permissions.canDelete && <DeleteCard workspace={workspace} />}
    </>
  );
}

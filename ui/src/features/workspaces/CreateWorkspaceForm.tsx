import type { FormEvent } from 'react';
import { z } from 'zod';
import { Alert, Button, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useCreateWorkspace, workspaceNameField, type Workspace } from './api';
import { useCurrentWorkspace } from './CurrentWorkspace';

const createInput = z.object({ name: workspaceNameField });

/** Name + button; the new workspace becomes the current one. */
export function CreateWorkspaceForm({
  onCreated,
  submitLabel = 'Create workspace',
  autoFocus = false,
}: {
  onCreated?: (workspace: Workspace) => void;
  submitLabel?: string;
  autoFocus?: boolean;
}) {
  const form = useFormErrors();
  const create = useCreateWorkspace();
  const { setCurrentId } = useCurrentWorkspace();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const input = form.validate(createInput, formValues(element));
    if (!input) return;
    try {
      const workspace = await create.mutateAsync(input.name);
      setCurrentId(workspace.id);
      element.reset();
      onCreated?.(workspace);
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <>
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="inline-form">
        <TextField
          label="Workspace name"
          name="name"
          placeholder="Acme Studio"
          autoComplete="organization"
          error={form.fieldErrors.name}
          fieldClassName="grow"
          autoFocus={autoFocus}
          required
        />
        <div className="inline-form-submit">
          <Button type="submit" busy={create.isPending}>
            {create.isPending ? 'Creating…' : submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}

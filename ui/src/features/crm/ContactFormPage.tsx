import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api';
import { Alert, Button, Card, PageHeader, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { crmApi, useContact, useContactMutation, type ContactInput } from './api';
import {
  contactFieldAliases,
  contactFormSchema,
  contactFormValues,
  EMPTY_CONTACT,
  type ContactFormValues,
} from './contactForm';
import { contactName } from './contactName';
import { crmPath } from './paths';
import { FieldRows } from './FieldRows';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import { TagInput } from './TagInput';

/** The contact form; `contactId` null creates a contact. */
export function ContactForm({
  contactId,
  initial,
}: {
  contactId: string | null;
  initial: ContactFormValues;
}) {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [tags, setTags] = useState(initial.tags);
  const [rows, setRows] = useState(initial.rows);
  const save = useContactMutation(workspaceId, (input: ContactInput) =>
    contactId
      ? crmApi.updateContact(workspaceId, contactId, input)
      : crmApi.createContact(workspaceId, input),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(contactFormSchema(tags, rows), formValues(event.currentTarget));
    if (!input) return;
    try {
      const saved = await save.mutateAsync(input);
      navigate(crmPath(workspaceId, saved.id), {
        state: { flash: contactId ? 'The contact was saved.' : `${saved.email} was added.` },
      });
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
      form.showError(error, contactFieldAliases(rows, fieldErrors));
    }
  };

  const cancelTo = contactId ? crmPath(workspaceId, contactId) : crmPath(workspaceId);
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack crm-form">
      <Alert>{form.formError}</Alert>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        defaultValue={initial.email}
        error={form.fieldErrors.email}
        maxLength={254}
        required
      />
      <div className="store-form-row">
        <TextField
          label="First name (optional)"
          name="firstName"
          defaultValue={initial.firstName}
          error={form.fieldErrors.firstName}
          maxLength={200}
        />
        <TextField
          label="Last name (optional)"
          name="lastName"
          defaultValue={initial.lastName}
          error={form.fieldErrors.lastName}
          maxLength={200}
        />
      </div>
      <TextField
        label="Phone (optional)"
        name="phone"
        type="tel"
        defaultValue={initial.phone}
        error={form.fieldErrors.phone}
        maxLength={40}
      />
      <TagInput
        label="Tags"
        name="tags"
        tags={tags}
        onChange={setTags}
        error={form.fieldErrors.tags}
        hint="Group contacts, e.g. customer or vip; segments and automations select on them."
      />
      <FieldRows rows={rows} onChange={setRows} errors={form.fieldErrors} />
      {!contactId && (
        <p className="field-hint">
          New contacts are subscribed: they receive campaigns until they unsubscribe. Change it from
          the contact&apos;s page.
        </p>
      )}
      <div className="store-form-actions">
        <Link className="btn btn-ghost" to={cancelTo}>
          Cancel
        </Link>
        <Button type="submit" busy={save.isPending}>
          {contactId ? 'Save contact' : 'Add contact'}
        </Button>
      </div>
    </form>
  );
}

export function ContactFormPage() {
  const { workspaceId, workspace } = useWorkspaceSection();
  const { contactId = '' } = useParams();
  const editing = contactId !== '';
  const query = useContact(workspaceId, contactId);
  const title = editing
    ? query.data
      ? `Edit ${contactName(query.data)}`
      : 'Edit contact'
    : 'New contact';
  useDocumentTitle(title, workspace.name);
  const backLink = <BackLink to={crmPath(workspaceId)}>All contacts</BackLink>;

  if (editing && !query.data) {
    return (
      <>
        {backLink}
        <RecordUnavailable query={query} noun="contact" />
      </>
    );
  }

  return (
    <>
      {backLink}
      <PageHeader eyebrow={workspace.name} title={title} />
      <Card>
        <ContactForm
          key={query.data?.id ?? 'new'}
          contactId={editing ? contactId : null}
          initial={query.data ? contactFormValues(query.data) : EMPTY_CONTACT}
        />
      </Card>
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Button, Card, PageHeader, SelectField, TextAreaField } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConfirmDialog } from '../store/ConfirmDialog';
import { focusHeading } from '../store/focus';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { crmApi, useContact, useContactMutation, type Contact } from './api';
import {
  CONSENT_MEANING,
  ConsentBadge,
  consentLabel,
  consentOptions,
  consentSourceLabel,
} from './ConsentBadge';
import { contactName } from './contactName';
import { crmPath } from './paths';
import { fieldValueText } from './fieldValues';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import { TagInput } from './TagInput';

function ContactDetails({ contact }: { contact: Contact }) {
  const fields = Object.entries(contact.fields);
  return (
    <Card title="Details" titleId="contact-details-title">
      <dl className="details">
        <dt>Email</dt>
        <dd className="store-break">
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
        <dt>Name</dt>
        <dd>{[contact.firstName, contact.lastName].filter(Boolean).join(' ') || '—'}</dd>
        <dt>Phone</dt>
        <dd>{contact.phone || '—'}</dd>
        {fields.map(([name, value]) => (
          <div key={name} className="crm-details-pair">
            <dt>
              <code>{name}</code>
            </dt>
            <dd className="store-break">
              {typeof value === 'boolean' ? (value ? 'Yes' : 'No') : fieldValueText(value)}
            </dd>
          </div>
        ))}
        <dt>Added</dt>
        <dd>{formatDateTime(contact.createdAt)}</dd>
      </dl>
    </Card>
  );
}

/** Tags saved as soon as a chip is added or removed: `POST …/tags` with what changed. */
function ContactTags({ contact, canWrite }: { contact: Contact; canWrite: boolean }) {
  const { workspaceId } = useWorkspaceSection();
  const [said, setSaid] = useState('');
  const tag = useContactMutation(workspaceId, (change: { add?: string[]; remove?: string[] }) =>
    crmApi.tag(workspaceId, contact.id, change),
  );
  const onChange = (next: string[]) => {
    const add = next.filter((t) => !contact.tags.includes(t));
    const remove = contact.tags.filter((t) => !next.includes(t));
    if (add.length === 0 && remove.length === 0) return;
    tag.mutate(
      { add, remove },
      {
        onSuccess: () =>
          setSaid(
            add.length > 0 ? `Tagged ${add.join(', ')}.` : `Tag ${remove.join(', ')} removed.`,
          ),
      },
    );
  };
  return (
    <Card title="Tags" titleId="contact-tags-title">
      {canWrite ? (
        <TagInput
          label="Tags of this contact"
          name="tags"
          tags={contact.tags}
          onChange={onChange}
          disabled={tag.isPending}
          error={tag.error ? errorMessage(tag.error) : undefined}
          hint="Adding a tag can start an automation that waits for it."
        />
      ) : (
        <p>{contact.tags.join(', ') || 'No tags.'}</p>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {said}
      </p>
    </Card>
  );
}

function ConsentCard({ contact, canWrite }: { contact: Contact; canWrite: boolean }) {
  const { workspaceId } = useWorkspaceSection();
  const [status, setStatus] = useState(
    contact.consent === 'subscribed' ? 'unsubscribed' : 'subscribed',
  );
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const change = useContactMutation(workspaceId, (next: { status: string; note: string }) =>
    crmApi.changeConsent(workspaceId, contact.id, next.status, next.note),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { status, note },
      {
        onSuccess: (changed) => {
          setNote('');
          setStatus(changed.consent === 'subscribed' ? 'unsubscribed' : 'subscribed');
          setSaid(`Consent is now ${consentLabel(changed.consent).toLowerCase()}.`);
          focusHeading('contact-consent-title');
        },
      },
    );
  };
  const history = [...contact.consentHistory].reverse();
  return (
    <Card
      title="Consent"
      titleId="contact-consent-title"
      description="Only subscribed contacts receive campaigns. Every change is kept with when and how it happened, which is what you show when someone asks why they were mailed."
    >
      <p className="crm-consent-now">
        <ConsentBadge consent={contact.consent} />
        <span>{CONSENT_MEANING[contact.consent] ?? ''}</span>
      </p>
      <Alert tone="success">{said}</Alert>
      {canWrite && (
        <form className="crm-consent-form" onSubmit={onSubmit} noValidate>
          <SelectField
            label="Change consent to"
            name="status"
            value={status}
            options={consentOptions.filter((o) => o.value !== contact.consent)}
            onChange={(event) => setStatus(event.target.value)}
          />
          <TextAreaField
            label="Note (optional)"
            name="note"
            value={note}
            maxLength={500}
            rows={2}
            hint="Why, e.g. asked by phone. Kept in the history."
            error={change.error ? errorMessage(change.error) : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="store-form-actions">
            <Button type="submit" busy={change.isPending}>
              Change consent
            </Button>
          </div>
        </form>
      )}
      <h3 className="crm-subtitle" id="consent-history-title">
        History
      </h3>
      {history.length === 0 ? (
        <p className="muted">No changes recorded.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="consent-history-title">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">When</th>
                <th scope="col">Source</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td data-label="Status">
                    <ConsentBadge consent={entry.status} />
                  </td>
                  <td data-label="When">{formatDateTime(entry.at)}</td>
                  <td data-label="Source">{consentSourceLabel(entry.source)}</td>
                  <td data-label="Note" className="store-break">
                    {entry.note || <span className="muted">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function DeleteContact({ contact }: { contact: Contact }) {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useContactMutation(workspaceId, () =>
    crmApi.deleteContact(workspaceId, contact.id).then(() => undefined),
  );
  return (
    <Card title="Delete" titleId="contact-delete-title" className="danger-zone">
      <p>
        Deleting removes the contact and its consent history. To stop mailing someone, unsubscribe
        them instead: the history then shows they asked.
      </p>
      {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
      <div>
        <Button variant="danger" busy={remove.isPending} onClick={() => setAsking(true)}>
          Delete contact…
        </Button>
      </div>
      {asking && (
        <ConfirmDialog
          title={`Delete ${contact.email}?`}
          confirmLabel="Delete contact"
          cancelLabel="Keep the contact"
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            remove.mutate(undefined, {
              onSuccess: () =>
                navigate(crmPath(workspaceId), {
                  state: { flash: `${contact.email} was deleted.` },
                }),
            });
          }}
        >
          <p>The contact, its tags, fields and consent history are removed for good.</p>
        </ConfirmDialog>
      )}
    </Card>
  );
}

export function ContactPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const { contactId = '' } = useParams();
  const location = useLocation();
  const query = useContact(workspaceId, contactId);
  const contact = query.data;
  const [notice] = useState(() => (location.state as { flash?: string } | null)?.flash ?? '');
  useDocumentTitle(contact ? contactName(contact) : 'Contact', workspace.name);
  const backLink = <BackLink to={crmPath(workspaceId)}>All contacts</BackLink>;
  if (!contact) {
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
      <PageHeader
        eyebrow={workspace.name}
        titleId="contact-title"
        title={contactName(contact)}
        description={
          <span className="store-status-line">
            <ConsentBadge consent={contact.consent} />
            <span className="store-break">{contact.email}</span>
          </span>
        }
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-secondary" to={crmPath(workspaceId, contact.id, 'edit')}>
              Edit
            </Link>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <div className="crm-columns">
        <ContactDetails contact={contact} />
        <ContactTags contact={contact} canWrite={permissions.canWrite} />
      </div>
      <ConsentCard contact={contact} canWrite={permissions.canWrite} />
      {permissions.canWrite && <DeleteContact contact={contact} />}
    </>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import {
  Alert,
  Button,
  Card,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConfirmDialog } from '../store/ConfirmDialog';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useDeleteCampaign, useSaveCampaign, useSegments, type Campaign } from './api';
import {
  campaignFormSchema,
  campaignFormValues,
  EMPTY_CAMPAIGN,
  sameValues,
  type CampaignFormValues,
} from './campaignForm';
import { CampaignPreview } from './CampaignPreview';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { campaignsPath } from './paths';
import { insertTag } from './mergeTags';
import { MergeTagMenu } from './MergeTagMenu';
import { SendPanel, TestSendForm } from './SendPanel';

const TAGS_HINT = (
  <>
    Merge tags: <code>{'{{first_name|there}}'}</code>, <code>{'{{last_name}}'}</code>,{' '}
    <code>{'{{email}}'}</code>, <code>{'{{field.plan}}'}</code>,{' '}
    <code>{'{{unsubscribe_url}}'}</code>.
  </>
);

/** A body textarea with the merge-tag menu, which inserts at the caret. */
function BodyField({
  name,
  label,
  value,
  error,
  hint,
  rows,
  onChange,
}: {
  name: 'html' | 'text';
  label: string;
  value: string;
  error?: string;
  hint: string;
  rows: number;
  onChange: (value: string) => void;
}) {
  const id = `${name}-${useId()}`;
  const insert = (tag: string) => {
    const area = document.getElementById(id) as HTMLTextAreaElement | null;
    const next = insertTag(
      value,
      area?.selectionStart ?? value.length,
      area?.selectionEnd ?? value.length,
      tag,
    );
    onChange(next.value);
    // After React has written the new value: caret right after the tag, focus back in the text.
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.caret, next.caret);
    });
  };
  return (
    <div className="campaign-body-field">
      <MergeTagMenu label={label} onInsert={insert} />
      <TextAreaField
        id={id}
        label={label}
        name={name}
        value={value}
        rows={rows}
        spellCheck={name === 'text'}
        className={name === 'html' ? 'input textarea campaign-code' : undefined}
        hint={hint}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function DeleteDraft({ campaign }: { campaign: Campaign }) {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useDeleteCampaign(workspaceId);
  return (
    <>
      <Button variant="ghost" busy={remove.isPending} onClick={() => setAsking(true)}>
        Delete draft…
      </Button>
      {remove.error && <Alert>{errorMessage(remove.error)}</Alert>}
      {asking && (
        <ConfirmDialog
          title="Delete this draft?"
          confirmLabel="Delete draft"
          cancelLabel="Keep it"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            try {
              await remove.mutateAsync(campaign.id);
              navigate(campaignsPath(workspaceId), {
                state: { flash: `${campaign.name} was deleted.` },
              });
            } catch {
              // remove.error says why.
            }
          }}
        >
          <p>“{campaign.name}” is deleted for good. It was never sent.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** Writes a draft (`campaign` null creates one), previews it, tests it and sends it. */
export function CampaignEditorPage({ campaign }: { campaign: Campaign | null }) {
  const { workspaceId, workspace } = useWorkspaceSection();
  const navigate = useNavigate();
  const location = useLocation();
  const [notice, setNotice] = useState(
    () => (location.state as { flash?: string } | null)?.flash ?? '',
  );
  const saved = campaign ? campaignFormValues(campaign) : EMPTY_CAMPAIGN;
  const [values, setValues] = useState<CampaignFormValues>(saved);
  const form = useFormErrors();
  const save = useSaveCampaign(workspaceId, campaign?.id ?? null);
  const segments = useSegments(workspaceId);
  const dirty = !sameValues(values, saved);
  const title = campaign ? campaign.name : 'New campaign';
  useDocumentTitle(title, workspace.name);

  const set = (field: keyof CampaignFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const bind = (field: keyof CampaignFormValues) => ({
    name: field,
    value: values[field],
    error: form.fieldErrors[field],
    onChange: (event: { target: { value: string } }) => set(field)(event.target.value),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(campaignFormSchema, values);
    if (!input) return;
    setNotice('');
    try {
      const result = await save.mutateAsync(input);
      if (!campaign) {
        navigate(campaignsPath(workspaceId, result.id), {
          replace: true,
          state: { flash: 'Draft saved. The preview shows it as a contact reads it.' },
        });
      } else {
        setNotice('Draft saved.');
      }
    } catch (error) {
      form.showError(error);
    }
  };

  const audienceOptions = [
    { value: '', label: 'All contacts' },
    ...(segments.data ?? []).map((s) => ({
      value: s.id,
      label: `${s.name} (${s.contactCount} ${s.contactCount === 1 ? 'contact' : 'contacts'})`,
    })),
  ];
  if (values.segmentId && !segments.data?.some((s) => s.id === values.segmentId)) {
    audienceOptions.push({ value: values.segmentId, label: 'A segment that no longer exists' });
  }

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title={title}
        titleId="campaign-title"
        description={
          <span className="store-status-line">
            <CampaignStatusBadge status="DRAFT" />
            {dirty && <span className="muted">Unsaved changes</span>}
          </span>
        }
      />
      <Alert tone="success">{dirty || save.isPending ? '' : notice}</Alert>
      <div className="campaign-editor">
        <Card title="Content" titleId="campaign-content-title">
          <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
            <Alert>{form.formError}</Alert>
            <TextField
              label="Name"
              hint="For you; readers never see it."
              maxLength={200}
              required
              {...bind('name')}
            />
            <TextField
              label="Subject"
              hint={TAGS_HINT}
              maxLength={250}
              required
              {...bind('subject')}
            />
            <div className="store-form-row">
              <TextField label="From name" maxLength={100} required {...bind('fromName')} />
              <TextField
                label="From email"
                type="email"
                autoComplete="off"
                required
                {...bind('fromEmail')}
              />
            </div>
            <TextField
              label="Reply-to (optional)"
              type="email"
              autoComplete="off"
              hint="Where replies go, if not to the from address."
              {...bind('replyTo')}
            />
            <SelectField
              label="Audience"
              options={audienceOptions}
              hint={
                segments.isError
                  ? `The segments could not be loaded: ${errorMessage(segments.error)}`
                  : 'Only subscribed contacts are mailed; the others are skipped.'
              }
              {...bind('segmentId')}
            />
            <BodyField
              name="html"
              label="HTML body"
              rows={12}
              hint="The mail as HTML. Links are tracked and an unsubscribe link is added if yours is missing."
              value={values.html}
              error={form.fieldErrors.html}
              onChange={set('html')}
            />
            <BodyField
              name="text"
              label="Text body"
              rows={6}
              hint="For mail apps that show no HTML."
              value={values.text}
              error={form.fieldErrors.text}
              onChange={set('text')}
            />
            <div className="store-form-actions">
              {campaign && <DeleteDraft campaign={campaign} />}
              <Button type="submit" busy={save.isPending}>
                {campaign ? 'Save draft' : 'Create draft'}
              </Button>
            </div>
          </form>
        </Card>
        <div className="campaign-side">
          <Card
            title="Preview"
            titleId="campaign-preview-title"
            description={
              campaign ? 'The saved draft, for the sample contact Ana Silva.' : undefined
            }
          >
            {campaign ? (
              <CampaignPreview
                workspaceId={workspaceId}
                campaignId={campaign.id}
                version={campaign.updatedAt}
              />
            ) : (
              <p className="muted">Create the draft to see it as a contact will.</p>
            )}
          </Card>
          {campaign && (
            <Card title="Test and send" titleId="campaign-send-title" className="store-actions">
              <TestSendForm workspaceId={workspaceId} campaign={campaign} />
              <SendPanel
                workspaceId={workspaceId}
                campaign={campaign}
                disabledReason={
                  dirty ? 'Save your changes first: tests and sending use the saved draft.' : null
                }
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

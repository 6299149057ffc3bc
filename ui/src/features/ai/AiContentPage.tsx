import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  SkeletonRows,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { aiApi, useContent, useContentAction, type AiContent, type Draft } from './api';
import {
  aiPath,
  draftFields,
  draftToText,
  fieldLabels,
  isFinalStatus,
  kindLabels,
  statusLabels,
  statusTone,
  targetLabels,
  textToDraft,
} from './aiContent';

function DraftView({ content }: { content: AiContent }) {
  if (!content.draft) {
    return <p className="muted">No draft yet.</p>;
  }
  return (
    <dl className="details">
      {draftFields(content.kind).map((field) => (
        <div key={field}>
          <dt>{fieldLabels[field]}</dt>
          <dd>
            {field === 'sections' ? (
              <ol>
                {(content.draft?.sections ?? []).map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
            ) : (
              <p className="ai-draft">{content.draft?.[field]}</p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type Mode = 'view' | 'edit' | 'reject';

function Decision({ workspaceId, content }: { workspaceId: string; content: AiContent }) {
  const [mode, setMode] = useState<Mode>('view');
  const form = useFormErrors();
  const approve = useContentAction(workspaceId, (edited: Draft | null) =>
    aiApi.approve(workspaceId, content.id, edited),
  );
  const reject = useContentAction(workspaceId, (feedback: string) =>
    aiApi.reject(workspaceId, content.id, feedback),
  );

  const onEdit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await approve.mutateAsync(textToDraft(content.kind, formValues(event.currentTarget)));
      setMode('view');
    } catch (error) {
      form.showError(error, {
        'edited.title': 'title',
        'edited.subject': 'subject',
        'edited.body': 'body',
        'edited.metaDescription': 'metaDescription',
        'edited.sections': 'sections',
      });
    }
  };

  const onReject = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const feedback = (formValues(event.currentTarget).feedback ?? '').trim();
    if (!feedback) {
      form.showError(new Error('Say what to change: the feedback writes the next draft.'));
      return;
    }
    try {
      await reject.mutateAsync(feedback);
      setMode('view');
    } catch (error) {
      form.showError(error);
    }
  };

  if (mode === 'edit') {
    return (
      <form ref={form.formRef} onSubmit={onEdit} noValidate className="form-stack">
        <Alert>{form.formError}</Alert>
        {draftFields(content.kind).map((field) =>
          field === 'body' || field === 'sections' ? (
            <TextAreaField
              key={field}
              label={fieldLabels[field]}
              name={field}
              rows={6}
              defaultValue={draftToText(content.draft, field)}
              error={form.fieldErrors[field]}
            />
          ) : (
            <TextField
              key={field}
              label={fieldLabels[field]}
              name={field}
              defaultValue={draftToText(content.draft, field)}
              error={form.fieldErrors[field]}
            />
          ),
        )}
        <div className="ai-actions">
          <Button type="submit" busy={approve.isPending}>
            Approve the edited version
          </Button>
          <Button variant="secondary" onClick={() => setMode('view')}>
            Back
          </Button>
        </div>
      </form>
    );
  }
  if (mode === 'reject') {
    return (
      <form ref={form.formRef} onSubmit={onReject} noValidate className="form-stack">
        <Alert>{form.formError}</Alert>
        <TextAreaField
          label="Feedback"
          name="feedback"
          rows={3}
          hint={`A new draft is written from it (${content.maxRegenerations - content.round} left).`}
          error={form.fieldErrors.feedback}
        />
        <div className="ai-actions">
          <Button type="submit" variant="danger" busy={reject.isPending}>
            Reject and rewrite
          </Button>
          <Button variant="secondary" onClick={() => setMode('view')}>
            Back
          </Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <Alert>{form.formError}</Alert>
      <div className="ai-actions">
        <Button
          busy={approve.isPending}
          onClick={() => approve.mutate(null, { onError: (error) => form.showError(error) })}
        >
          Approve
        </Button>
        <Button variant="secondary" onClick={() => setMode('edit')}>
          Edit and approve
        </Button>
        <Button variant="secondary" onClick={() => setMode('reject')}>
          Reject with feedback
        </Button>
      </div>
    </>
  );
}

function Outcome({ workspaceId, content }: { workspaceId: string; content: AiContent }) {
  if (content.status === 'FAILED' || content.status === 'EXPIRED') {
    return (
      <Alert title="It did not go through">{content.failure ?? 'No reason was recorded.'}</Alert>
    );
  }
  if (content.status === 'PUBLISHED') {
    return (
      <Alert tone="success" title="Published">
        {content.target.type === 'NONE'
          ? 'Approved and kept here to copy.'
          : `${targetLabels[content.target.type]}: done.`}
        {content.target.type === 'CAMPAIGN_DRAFT' && content.publishedRef && (
          <>
            {' '}
            <Link to={`/workspaces/${workspaceId}/campaigns/${content.publishedRef}`}>
              Open the campaign draft
            </Link>
          </>
        )}
      </Alert>
    );
  }
  return null;
}

export function AiContentPage({
  workspaceId,
  canWrite,
}: {
  workspaceId: string;
  canWrite: boolean;
}) {
  const { contentId = '' } = useParams();
  const query = useContent(workspaceId, contentId);
  const cancel = useContentAction(workspaceId, () => aiApi.cancel(workspaceId, contentId));
  useDocumentTitle(query.data ? kindLabels[query.data.kind] : 'AI content');

  if (query.isPending) return <SkeletonRows rows={4} label="Loading the content…" />;
  if (query.isError) {
    return (
      <Alert>
        Could not load the content: {errorMessage(query.error)}{' '}
        <Link to={aiPath(workspaceId, 'content')}>Back to AI content</Link>
      </Alert>
    );
  }
  const content = query.data;
  const waiting = content.status === 'AWAITING_APPROVAL';
  return (
    <>
      <PageHeader
        eyebrow={<Link to={aiPath(workspaceId, 'content')}>AI content</Link>}
        title={kindLabels[content.kind]}
        description={content.brief}
        actions={
          canWrite &&
          !isFinalStatus(content.status) && (
            <Button
              variant="ghost"
              busy={cancel.isPending}
              onClick={() => cancel.mutate(undefined)}
            >
              Cancel
            </Button>
          )
        }
      />
      <p role="status" aria-live="polite">
        <Badge tone={statusTone(content.status)}>
          {statusLabels[content.status] ?? content.status}
        </Badge>{' '}
        <span className="muted small">
          Draft {content.round + 1}
          {content.model && <> · {content.model}</>}
        </span>
      </p>
      <Outcome workspaceId={workspaceId} content={content} />
      <Card title="Draft" titleId="ai-draft-title">
        {content.status === 'GENERATING' ? (
          <SkeletonRows rows={3} label="Writing the draft…" />
        ) : (
          <DraftView content={content} />
        )}
        {waiting && canWrite && (
          <Decision key={content.round} workspaceId={workspaceId} content={content} />
        )}
      </Card>
      {(content.feedback ?? []).length > 0 && (
        <Card title="Feedback given" titleId="ai-feedback-title">
          <ol>
            {(content.feedback ?? []).map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ol>
        </Card>
      )}
    </>
  );
}

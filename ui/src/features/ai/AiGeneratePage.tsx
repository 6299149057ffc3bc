import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  SelectField,
  SkeletonRows,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { formatRelative } from '../../lib/format';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { storeApi } from '../store/api';
import {
  aiApi,
  KINDS,
  useAiSettings,
  useContentAction,
  useContents,
  type ContentInput,
  type ContentKind,
  type TargetType,
} from './api';
import {
  aiPath,
  kindLabels,
  statusLabels,
  statusTone,
  targetLabels,
  targetsFor,
} from './aiContent';

function TargetFields({
  workspaceId,
  target,
  errors,
}: {
  workspaceId: string;
  target: TargetType;
  errors: Record<string, string | undefined>;
}) {
  const products = useQuery({
    queryKey: ['ai', workspaceId, 'products'],
    queryFn: ({ signal }) => storeApi.products(workspaceId, signal),
    enabled: target === 'PRODUCT_DESCRIPTION',
  });
  switch (target) {
    case 'PRODUCT_DESCRIPTION':
      return (
        <SelectField
          label="Product"
          name="productId"
          error={errors['target.productId']}
          options={[
            { value: '', label: products.isPending ? 'Loading the products…' : 'Choose one' },
            ...(products.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      );
    case 'COURSE_LESSON':
      return (
        <>
          <TextField label="Course id" name="courseId" error={errors['target.courseId']} />
          <TextField label="Module id" name="moduleId" error={errors['target.moduleId']} />
        </>
      );
    case 'CAMPAIGN_DRAFT':
      return (
        <>
          <TextField
            label="From name"
            name="fromName"
            hint="Empty: the workspace's name."
            error={errors['target.fromName']}
          />
          <TextField
            label="From email"
            name="fromEmail"
            type="email"
            hint="Empty: your own address."
            error={errors['target.fromEmail']}
          />
        </>
      );
    default:
      return null;
  }
}

function GenerateForm({ workspaceId }: { workspaceId: string }) {
  const form = useFormErrors();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ContentKind>('SOCIAL_POST');
  const [target, setTarget] = useState<TargetType>('NONE');
  const create = useContentAction(workspaceId, (input: ContentInput) =>
    aiApi.create(workspaceId, input),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    if (!(values.brief ?? '').trim()) {
      form.showError(new Error('Write a brief: what the text is about.'));
      return;
    }
    form.clear();
    try {
      const created = await create.mutateAsync({
        kind,
        brief: (values.brief ?? '').trim(),
        sourceMaterial: (values.sourceMaterial ?? '').trim() || null,
        requireApproval: values.requireApproval === 'on',
        target: {
          type: target,
          productId: values.productId || undefined,
          courseId: values.courseId?.trim() || undefined,
          moduleId: values.moduleId?.trim() || undefined,
          fromName: values.fromName?.trim() || undefined,
          fromEmail: values.fromEmail?.trim() || undefined,
        },
      });
      navigate(aiPath(workspaceId, 'content', created.id));
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
      <Alert>{form.formError}</Alert>
      <SelectField
        label="What to write"
        name="kind"
        value={kind}
        onChange={(e) => {
          const next = e.target.value as ContentKind;
          setKind(next);
          if (!targetsFor(next).includes(target)) setTarget('NONE');
        }}
        options={KINDS.map((k) => ({ value: k, label: kindLabels[k] }))}
      />
      <TextAreaField
        label="Brief"
        name="brief"
        rows={3}
        hint="What it is about, for whom, and anything it must say."
        error={form.fieldErrors.brief}
        required
      />
      <TextAreaField
        label="Source material (optional)"
        name="sourceMaterial"
        rows={4}
        hint="Facts the text must rely on: product details, prices, dates."
        error={form.fieldErrors.sourceMaterial}
      />
      <SelectField
        label="When approved"
        name="target"
        value={target}
        onChange={(e) => setTarget(e.target.value as TargetType)}
        error={form.fieldErrors['target.type']}
        options={targetsFor(kind).map((t) => ({ value: t, label: targetLabels[t] }))}
      />
      <TargetFields workspaceId={workspaceId} target={target} errors={form.fieldErrors} />
      <label className="checkbox">
        <input type="checkbox" name="requireApproval" defaultChecked /> A person approves the draft
        before it is published
      </label>
      <div>
        <Button type="submit" busy={create.isPending}>
          Generate
        </Button>
      </div>
    </form>
  );
}

function RecentContent({ workspaceId }: { workspaceId: string }) {
  const contents = useContents(workspaceId);
  if (contents.isPending) return <SkeletonRows rows={3} label="Loading the content…" />;
  if (contents.isError)
    return <Alert>Could not load the content: {errorMessage(contents.error)}</Alert>;
  if (contents.data.items.length === 0) return <p className="muted">Nothing generated yet.</p>;
  return (
    <ul className="plain-list">
      {contents.data.items.map((c) => (
        <li key={c.id}>
          <Link to={aiPath(workspaceId, 'content', c.id)}>{kindLabels[c.kind]}</Link>{' '}
          <Badge tone={statusTone(c.status)}>{statusLabels[c.status] ?? c.status}</Badge>{' '}
          <span className="muted small">
            {c.brief.slice(0, 80)} · {formatRelative(c.createdAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function AiGeneratePage({
  workspaceId,
  workspaceName,
  canWrite,
}: {
  workspaceId: string;
  workspaceName: string;
  canWrite: boolean;
}) {
  useDocumentTitle('AI content', workspaceName);
  const settings = useAiSettings(workspaceId);
  const notConfigured = settings.data && !settings.data.configured;
  return (
    <>
      <PageHeader
        eyebrow={workspaceName}
        title="AI content"
        description="Social posts, emails, product descriptions, SEO and lesson outlines in your brand voice, approved by a person before they are published."
      />
      {notConfigured && (
        <Alert tone="warning" title="AI is not configured">
          Nothing can be generated until an owner or admin sets a provider in{' '}
          <Link to={aiPath(workspaceId, 'settings')}>the AI settings</Link>.
        </Alert>
      )}
      {canWrite && (
        <Card title="Generate" titleId="ai-generate-title">
          <GenerateForm workspaceId={workspaceId} />
        </Card>
      )}
      <Card title="Recent content" titleId="ai-recent-title">
        <RecentContent workspaceId={workspaceId} />
      </Card>
    </>
  );
}

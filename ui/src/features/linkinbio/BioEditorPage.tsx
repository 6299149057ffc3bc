import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  SelectField,
  Spinner,
  TextAreaField,
  TextField,
  type TextFieldProps,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useProducts } from '../store/api';
import { formatMoney } from '../store/money';
import {
  bioApi,
  PLATFORMS,
  THEMES,
  useBioPage,
  usePublishPage,
  useSavePage,
  type BioPage,
  type BlockType,
  type Platform,
  type Theme,
} from './api';
import { bioPath } from './LinkInBioRoutes';
import {
  blockError,
  blockLabels,
  bookingPath,
  draftOf,
  inputOf,
  move,
  newBlock,
  platformLabels,
  themeLabels,
  type Draft,
  type DraftBlock,
} from './pageDraft';

const PREVIEW_DELAY_MS = 300;

/** The page as visitors would see it, rendered by the server from the unsaved draft. */
function LivePreview({
  workspaceId,
  pageId,
  draft,
}: {
  workspaceId: string;
  pageId: string;
  draft: Draft;
}) {
  const [html, setHtml] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useMemo(() => inputOf(draft), [draft]);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      bioApi
        .preview(workspaceId, pageId, input)
        .then((answer) => {
          if (cancelled) return;
          setHtml(answer.html);
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (!cancelled) setProblem(errorMessage(error));
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [workspaceId, pageId, input]);

  return (
    <Card title="Live preview" titleId="bio-preview-title" className="bio-preview-card">
      {problem && (
        <p className="field-hint" role="status">
          The preview shows the last valid version: {problem}
        </p>
      )}
      {html === null ? (
        <Spinner label="Rendering the preview…" />
      ) : (
        <iframe
          className="bio-preview"
          title="Preview of the public page"
          sandbox=""
          srcDoc={html}
        />
      )}
    </Card>
  );
}

function SocialRows({
  draft,
  onChange,
  errors,
}: {
  draft: Draft;
  onChange: (socials: Draft['socials']) => void;
  errors: Record<string, string>;
}) {
  const set = (index: number, patch: Partial<Draft['socials'][number]>) =>
    onChange(draft.socials.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <Card title="Social profiles" titleId="bio-socials-title">
      {draft.socials.length === 0 && <p className="field-hint">No profile yet.</p>}
      <ul className="bio-rows">
        {draft.socials.map((social, index) => (
          <li key={index} className="bio-row">
            <SelectField
              label="Network"
              name={`social-${index}-platform`}
              value={social.platform}
              options={PLATFORMS.map((p) => ({ value: p, label: platformLabels[p] }))}
              onChange={(e) => set(index, { platform: e.target.value as Platform })}
            />
            <TextField
              label="Profile URL"
              name={`social-${index}-url`}
              type="url"
              value={social.url}
              onChange={(e) => set(index, { url: e.target.value })}
              error={errors[`socials[${index}].url`]}
            />
            <Button
              variant="ghost"
              size="sm"
              onClick={() => onChange(draft.socials.filter((_, i) => i !== index))}
              aria-label={`Remove ${platformLabels[social.platform]} profile`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => onChange([...draft.socials, { platform: 'INSTAGRAM', url: '' }])}
      >
        Add a social profile
      </Button>
    </Card>
  );
}

/** The fields a block's type has; all are text. */
type BlockField = 'title' | 'url' | 'productId' | 'serviceId';

function BlockFields({
  block,
  index,
  workspaceId,
  errors,
  onChange,
}: {
  block: DraftBlock;
  index: number;
  workspaceId: string;
  errors: Record<string, string>;
  onChange: (patch: Partial<DraftBlock>) => void;
}) {
  const products = useProducts(block.type === 'PRODUCT' ? workspaceId : '');
  const name = (field: BlockField) => `block-${index}-${field}`;
  const text = (field: BlockField, label: string, more?: Partial<TextFieldProps>) => (
    <TextField
      label={label}
      name={name(field)}
      value={block[field]}
      onChange={(e) => onChange({ [field]: e.target.value })}
      error={blockError(errors, index, field)}
      {...more}
    />
  );
  switch (block.type) {
    case 'LINK':
      return (
        <>
          {text('title', 'Title')}
          {text('url', 'URL', { type: 'url' })}
        </>
      );
    case 'PRODUCT':
      return (
        <>
          <SelectField
            label="Product"
            name={name('productId')}
            value={block.productId}
            onChange={(e) => onChange({ productId: e.target.value })}
            error={blockError(errors, index, 'productId')}
            hint="Name, price and image come from your store."
            options={[
              { value: '', label: products.isPending ? 'Loading products…' : 'Choose a product' },
              ...(products.data ?? []).map((p) => ({
                value: p.id,
                label: `${p.name} (${formatMoney(p.priceMinor, p.currency)})`,
              })),
            ]}
          />
          {text('url', 'Where to buy it (optional)', { type: 'url' })}
          {text('title', 'Button text (optional)')}
        </>
      );
    case 'BOOKING':
      return (
        <>
          {text('title', 'Title')}
          {text('serviceId', 'Service id', {
            hint: block.serviceId
              ? `Leads to ${bookingPath(workspaceId, block.serviceId)}`
              : 'The bookable service visitors book.',
          })}
        </>
      );
  }
}

function BlockList({
  draft,
  workspaceId,
  errors,
  onChange,
}: {
  draft: Draft;
  workspaceId: string;
  errors: Record<string, string>;
  onChange: (blocks: DraftBlock[]) => void;
}) {
  const blocks = draft.blocks;
  const add = (type: BlockType) => onChange([...blocks, newBlock(type)]);
  return (
    <Card title="Links and cards" titleId="bio-blocks-title">
      {blocks.length === 0 && <p className="field-hint">Nothing on the page yet.</p>}
      <ol className="bio-blocks">
        {blocks.map((block, index) => {
          const label = `${blockLabels[block.type]} ${index + 1}`;
          return (
            <li key={block.key} className="bio-block" aria-label={label}>
              <div className="bio-block-head">
                <strong>{label}</strong>
                <span className="bio-block-tools">
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={index === 0}
                    onClick={() => onChange(move(blocks, index, -1))}
                    aria-label={`Move up ${label}`}
                  >
                    Move up
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={index === blocks.length - 1}
                    onClick={() => onChange(move(blocks, index, 1))}
                    aria-label={`Move down ${label}`}
                  >
                    Move down
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => onChange(blocks.filter((_, i) => i !== index))}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </Button>
                </span>
              </div>
              <div className="bio-block-fields">
                <BlockFields
                  block={block}
                  index={index}
                  workspaceId={workspaceId}
                  errors={errors}
                  onChange={(patch) =>
                    onChange(blocks.map((b, i) => (i === index ? { ...b, ...patch } : b)))
                  }
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="bio-add">
        <Button variant="secondary" size="sm" onClick={() => add('LINK')}>
          Add a link
        </Button>
        <Button variant="secondary" size="sm" onClick={() => add('PRODUCT')}>
          Add a product card
        </Button>
        <Button variant="secondary" size="sm" onClick={() => add('BOOKING')}>
          Add a booking card
        </Button>
      </div>
    </Card>
  );
}

function Editor({
  workspaceId,
  page,
  canWrite,
}: {
  workspaceId: string;
  page: BioPage;
  canWrite: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(page));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSavePage(workspaceId, page.id);
  const publish = usePublishPage(workspaceId, page.id);
  const dirty = JSON.stringify(inputOf(draft)) !== JSON.stringify(inputOf(draftOf(page)));
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const failure = save.error ?? publish.error;

  async function saveDraft(): Promise<boolean> {
    setNotice(null);
    try {
      const saved = await save.mutateAsync(inputOf(draft));
      setDraft(draftOf(saved));
      setErrors({});
      return true;
    } catch (error) {
      setErrors(isApiError(error) ? error.fieldErrors : {});
      return false;
    }
  }

  async function setPublished(published: boolean) {
    if (published && dirty && !(await saveDraft())) return;
    try {
      await publish.mutateAsync(published);
      setNotice(published ? 'Published: visitors see this version now.' : 'Unpublished.');
    } catch {
      // publish.error says why
    }
  }

  const publicHref = `${page.publicPath}?v=${page.publishedVersion}`;
  return (
    <>
      <PageHeader
        eyebrow={<Link to={bioPath(workspaceId)}>Link in bio</Link>}
        title={page.draft.title}
        description={
          <>
            {page.status === 'PUBLISHED' ? (
              <Badge tone="success">Published</Badge>
            ) : (
              <Badge tone="neutral">Draft</Badge>
            )}{' '}
            {page.status === 'PUBLISHED' && (
              <a href={publicHref} target="_blank" rel="noopener">
                Open the public page {page.publicPath}
              </a>
            )}
          </>
        }
        actions={
          <>
            <Link className="btn btn-ghost" to={bioPath(workspaceId, page.id, 'analytics')}>
              Analytics
            </Link>
            {canWrite && (
              <>
                <Button variant="secondary" onClick={() => void saveDraft()} busy={save.isPending}>
                  Save draft
                </Button>
                {page.status === 'PUBLISHED' && (
                  <Button
                    variant="secondary"
                    onClick={() => void setPublished(false)}
                    disabled={publish.isPending}
                  >
                    Unpublish
                  </Button>
                )}
                <Button onClick={() => void setPublished(true)} busy={publish.isPending}>
                  Publish
                </Button>
              </>
            )}
          </>
        }
      />
      <Alert tone="success">{notice}</Alert>
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      {dirty && canWrite && <p className="field-hint">You have unsaved changes.</p>}
      <div className="bio-editor">
        <fieldset className="bio-fields" disabled={!canWrite}>
          <legend className="sr-only">Page</legend>
          <Card title="Page" titleId="bio-page-title">
            <div className="bio-grid">
              <TextField
                label="Address"
                name="slug"
                value={draft.slug}
                onChange={(e) => change({ slug: e.target.value })}
                error={errors.slug}
                hint="Public at /u/ followed by this."
              />
              <TextField
                label="Title"
                name="title"
                value={draft.title}
                onChange={(e) => change({ title: e.target.value })}
                error={errors.title}
              />
              <SelectField
                label="Theme"
                name="theme"
                value={draft.theme}
                options={THEMES.map((t) => ({ value: t, label: themeLabels[t] }))}
                onChange={(e) => change({ theme: e.target.value as Theme })}
              />
              <TextField
                label="Language"
                name="language"
                value={draft.language}
                onChange={(e) => change({ language: e.target.value })}
                error={errors.language}
                hint="Such as en or pt-BR: read aloud correctly by screen readers."
              />
            </div>
            <TextAreaField
              label="Description"
              name="description"
              rows={2}
              value={draft.description}
              onChange={(e) => change({ description: e.target.value })}
              error={errors.description}
            />
            <TextField
              label="Picture URL (https)"
              name="avatarUrl"
              type="url"
              value={draft.avatarUrl}
              onChange={(e) => change({ avatarUrl: e.target.value })}
              error={errors.avatarUrl}
            />
          </Card>
          <SocialRows draft={draft} errors={errors} onChange={(socials) => change({ socials })} />
          <BlockList
            draft={draft}
            workspaceId={workspaceId}
            errors={errors}
            onChange={(blocks) => change({ blocks })}
          />
        </fieldset>
        {canWrite && <LivePreview workspaceId={workspaceId} pageId={page.id} draft={draft} />}
      </div>
    </>
  );
}

/** Edits a page's draft beside a live preview; publishes it. */
export function BioEditorPage({
  workspaceId,
  canWrite,
}: {
  workspaceId: string;
  canWrite: boolean;
}) {
  const { pageId = '' } = useParams();
  const page = useBioPage(workspaceId, pageId);
  useDocumentTitle(page.data?.draft.title, 'Link in bio');
  if (page.isPending) return <Spinner label="Loading the page…" />;
  if (page.error) return <Alert>{errorMessage(page.error)}</Alert>;
  return (
    <Editor key={page.data.id} workspaceId={workspaceId} page={page.data} canWrite={canWrite} />
  );
}

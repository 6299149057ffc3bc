import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage, isApiError } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useBioPages, useCreatePage, type BioPage } from './api';
import { bioPath } from './LinkInBioRoutes';
import { slugProblem } from './pageDraft';

function StatusBadge({ page }: { page: BioPage }) {
  if (page.status === 'DRAFT') return <Badge tone="neutral">Draft</Badge>;
  return page.unpublishedChanges ? (
    <Badge tone="warning">Published, with unpublished changes</Badge>
  ) : (
    <Badge tone="success">Published</Badge>
  );
}

function NewPageForm({ workspaceId }: { workspaceId: string }) {
  const create = useCreatePage(workspaceId);
  const navigate = useNavigate();
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const slugIssue = slugProblem(slug);
    if (slugIssue) problems.slug = slugIssue;
    if (!title.trim()) problems.title = 'Give the page a title.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { slug: slug.trim().toLowerCase(), title: title.trim() },
      {
        onSuccess: (page) => navigate(bioPath(workspaceId, page.id)),
        onError: (error) => {
          if (isApiError(error)) setErrors(error.fieldErrors);
        },
      },
    );
  }

  return (
    <Card title="New page" titleId="new-bio-page">
      <form className="bio-new" onSubmit={submit} noValidate>
        <TextField
          label="Address"
          name="slug"
          hint="Your page will be at /u/ followed by this."
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={errors.slug}
          autoComplete="off"
        />
        <TextField
          label="Title"
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
        />
        <div className="bio-new-actions">
          <Button type="submit" busy={create.isPending}>
            Create page
          </Button>
        </div>
      </form>
      {create.error && !isApiError(create.error) && <Alert>{errorMessage(create.error)}</Alert>}
      {create.error && isApiError(create.error) && !create.error.hasFieldErrors && (
        <Alert>{errorMessage(create.error)}</Alert>
      )}
    </Card>
  );
}

/** The workspace's pages with their status, and a form to start one. */
export function BioPagesPage({
  workspaceId,
  canWrite,
}: {
  workspaceId: string;
  canWrite: boolean;
}) {
  useDocumentTitle('Link in bio');
  const pages = useBioPages(workspaceId);
  return (
    <>
      <PageHeader
        title="Link in bio"
        description="One public page for every link you share: links, social profiles, products and bookings."
      />
      {pages.isPending && <SkeletonRows label="Loading pages…" />}
      {pages.error && <Alert>{errorMessage(pages.error)}</Alert>}
      {pages.data && pages.data.length === 0 && (
        <EmptyState icon="🔗" title="No page yet">
          {canWrite
            ? 'Create your first page below; it stays a draft until you publish it.'
            : 'An editor of this workspace can create one.'}
        </EmptyState>
      )}
      {pages.data && pages.data.length > 0 && (
        <ul className="bio-list" aria-label="Pages">
          {pages.data.map((page) => (
            <li key={page.id} className="bio-list-item">
              <div>
                <Link className="cell-strong" to={bioPath(workspaceId, page.id)}>
                  {page.draft.title}
                </Link>
                <span className="cell-sub">{page.publicPath}</span>
              </div>
              <StatusBadge page={page} />
              <Link
                className="btn btn-ghost btn-sm"
                to={bioPath(workspaceId, page.id, 'analytics')}
                aria-label={`Analytics of ${page.draft.title}`}
              >
                Analytics
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canWrite && <NewPageForm workspaceId={workspaceId} />}
    </>
  );
}

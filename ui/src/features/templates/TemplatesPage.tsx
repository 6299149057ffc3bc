import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Alert, Badge, Button, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { triggerLabel, useCreateFromTemplate, useTemplates, type AutomationTemplate } from './api';

const ALL = '';

function CategoryFilter({
  categories,
  selected,
  onSelect,
}: {
  categories: string[];
  selected: string;
  onSelect: (category: string) => void;
}) {
  return (
    <div className="chip-group" role="group" aria-label="Filter templates by category">
      {[ALL, ...categories].map((category) => (
        <button
          key={category || 'all'}
          type="button"
          className={selected === category ? 'chip chip-selected' : 'chip'}
          aria-pressed={selected === category}
          onClick={() => onSelect(category)}
        >
          {category || 'All'}
        </button>
      ))}
    </div>
  );
}

function TemplateCard({
  template,
  canWrite,
  busy,
  disabled,
  onUse,
}: {
  template: AutomationTemplate;
  canWrite: boolean;
  busy: boolean;
  disabled: boolean;
  onUse: () => void;
}) {
  const titleId = `template-${template.id}`;
  return (
    <li className="template-card card" aria-labelledby={titleId}>
      <div className="template-card-head">
        <h2 className="card-title" id={titleId}>
          {template.name}
        </h2>
        <Badge tone="accent">{template.category}</Badge>
      </div>
      <p className="template-card-description">{template.description}</p>
      <dl className="template-facts">
        <div>
          <dt>Starts when</dt>
          <dd>
            {triggerLabel(template.triggerEvent)}
            {template.triggerEvent && (
              <code className="template-event">{template.triggerEvent}</code>
            )}
          </dd>
        </div>
        <div>
          <dt>Steps</dt>
          <dd>{template.steps}</dd>
        </div>
      </dl>
      {canWrite && (
        <div className="template-card-actions">
          <Button
            size="sm"
            busy={busy}
            disabled={disabled}
            aria-label={`Use template: ${template.name}`}
            onClick={onUse}
          >
            Use template
          </Button>
        </div>
      )}
    </li>
  );
}

/** Ready automations an owner starts from: one click makes a draft and opens it in the designer. */
export function TemplatesPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Automation templates', workspace.name);
  const navigate = useNavigate();
  const [category, setCategory] = useState(ALL);
  const query = useTemplates(workspaceId);
  const create = useCreateFromTemplate(workspaceId);

  const templates = query.data ?? [];
  const categories = [...new Set(templates.map((t) => t.category))].sort();
  const shown = templates.filter((t) => category === ALL || t.category === category);
  const base = `/workspaces/${encodeURIComponent(workspaceId)}`;

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Automation templates"
        description="Ready automations for common jobs. Using one creates a draft you can change before publishing it."
        actions={
          <Link className="btn btn-secondary" to={`${base}/automations`}>
            Back to automations
          </Link>
        }
      />
      {!permissions.canWrite && (
        <Alert tone="info">Only editors can create automations in this workspace.</Alert>
      )}
      <Alert>
        {create.error ? `Could not use the template: ${errorMessage(create.error)}` : null}
      </Alert>
      {query.isPending ? (
        <SkeletonRows label="Loading templates…" />
      ) : query.isError ? (
        <LoadFailed what="the templates" error={query.error} onRetry={query.refetch} />
      ) : (
        <>
          <CategoryFilter categories={categories} selected={category} onSelect={setCategory} />
          <p className="muted" role="status" aria-live="polite">
            {shown.length} {shown.length === 1 ? 'template' : 'templates'}
            {category ? ` in ${category}` : ''}
          </p>
          <ul className="template-grid" aria-label="Templates">
            {shown.map((template) => (
              <TemplateCard
                key={template.id}
                template={template}
                canWrite={permissions.canWrite}
                busy={create.isPending && create.variables === template.id}
                disabled={create.isPending}
                onUse={() =>
                  create.mutate(template.id, {
                    onSuccess: (automation) =>
                      navigate(`${base}/automations/${encodeURIComponent(automation.id)}`),
                  })
                }
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

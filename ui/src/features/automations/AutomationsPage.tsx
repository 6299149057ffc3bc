import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SkeletonRows,
} from '../../components/ui';
import { LoadFailed } from '../../components/LoadFailed';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { designerPath, NewAutomationButton } from '../designer/NewAutomationButton';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useAutomations, usePublishAutomation, useStartRun, type Automation } from './api';

/** How long typing in the search box pauses before the list is asked again. */
const SEARCH_DEBOUNCE_MS = 300;

function useDebounced(value: string, delay: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export function VersionBadge({ activeVersion }: { activeVersion: number | null | undefined }) {
  return activeVersion != null ? (
    <Badge tone="success">v{activeVersion} active</Badge>
  ) : (
    <Badge tone="neutral">inactive</Badge>
  );
}

function AutomationActions({
  automation,
  workspaceId,
  onPublished,
}: {
  automation: Automation;
  workspaceId: string;
  onPublished: (message: string) => void;
}) {
  const navigate = useNavigate();
  const publish = usePublishAutomation(workspaceId);
  const start = useStartRun(workspaceId);
  const error = publish.error ?? start.error;
  return (
    <>
      <span className="confirm-group">
        <Link
          className="btn btn-ghost btn-sm"
          to={designerPath(workspaceId, automation.id)}
          aria-label={`Edit ${automation.name}`}
        >
          Edit
        </Link>
        <Button
          variant="secondary"
          size="sm"
          busy={publish.isPending}
          aria-label={`Publish ${automation.name}`}
          onClick={() => {
            start.reset();
            publish.mutate(automation.id, {
              onSuccess: (published) =>
                onPublished(`Published ${automation.name} as v${published.version}.`),
            });
          }}
        >
          Publish
        </Button>
        {automation.activeVersion != null && (
          <Button
            size="sm"
            busy={start.isPending}
            aria-label={`Run ${automation.name} now`}
            onClick={() => {
              publish.reset();
              start.mutate(automation.id, {
                onSuccess: (run) =>
                  navigate(
                    `/workspaces/${encodeURIComponent(workspaceId)}/runs/${encodeURIComponent(run.runId)}`,
                  ),
              });
            }}
          >
            Run now
          </Button>
        )}
      </span>
      {error && (
        <p className="cell-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </>
  );
}

function stepCount(automation: Automation): number {
  return automation.draft?.nodes?.length ?? 0;
}

export function AutomationsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Automations', workspace.name);
  const searchId = useId();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const [notice, setNotice] = useState('');
  const query = useAutomations(workspaceId, q);

  const automations = query.data?.items ?? [];
  const total = query.data ? Math.max(query.data.total, automations.length) : 0;
  const noneAtAll = query.isSuccess && automations.length === 0 && q === '' && search === '';
  const templatesPath = `/workspaces/${encodeURIComponent(workspaceId)}/automations/templates`;

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Automations"
        description="The workflows of this workspace, their published versions and a way to start them."
        actions={
          permissions.canWrite ? (
            <>
              <Link className="btn btn-secondary" to={templatesPath}>
                New from template
              </Link>
              <NewAutomationButton workspaceId={workspaceId} />
            </>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Card
        title="Automations"
        titleId="automations-title"
        description={
          query.data ? `${total} ${total === 1 ? 'automation' : 'automations'}` : undefined
        }
      >
        {!noneAtAll && (
          <div className="field list-filter">
            <label className="sr-only" htmlFor={searchId}>
              Search automations
            </label>
            <input
              id={searchId}
              className="input"
              type="search"
              placeholder="Search by name"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
        )}
        {query.isPending ? (
          <SkeletonRows label="Loading automations…" />
        ) : query.isError ? (
          <LoadFailed what="the automations" error={query.error} onRetry={query.refetch} />
        ) : noneAtAll ? (
          <EmptyState
            icon="⚡"
            title="No automations yet"
            action={
              <Link className="btn btn-primary" to={templatesPath}>
                Start from a template
              </Link>
            }
          >
            Pick a ready automation, such as a welcome series or an abandoned-checkout reminder, and
            adapt it
            {permissions.canWrite ? ', or draw one from scratch with New automation above' : ''}.
            Automations can also be created through the API with <code>POST /api/automations</code>{' '}
            (see <a href="/docs">the API documentation</a>).
          </EmptyState>
        ) : automations.length === 0 ? (
          <p className="muted">No automation matches “{q || search}”.</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="automations-title">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Version</th>
                  <th scope="col">Steps</th>
                  <th scope="col">Updated</th>
                  {permissions.canWrite && (
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {automations.map((automation) => (
                  <tr key={automation.id}>
                    <td data-label="Name">
                      <Link className="cell-strong" to={designerPath(workspaceId, automation.id)}>
                        {automation.name}
                      </Link>
                      {automation.description && (
                        <span className="cell-sub">{automation.description}</span>
                      )}
                    </td>
                    <td data-label="Version">
                      <VersionBadge activeVersion={automation.activeVersion} />
                      {automation.latestVersion != null &&
                        automation.latestVersion !== automation.activeVersion && (
                          <span className="cell-sub">latest v{automation.latestVersion}</span>
                        )}
                    </td>
                    <td data-label="Steps">{stepCount(automation)}</td>
                    <td data-label="Updated">
                      <time
                        dateTime={isoOrUndefined(automation.updatedAt)}
                        title={formatDateTime(automation.updatedAt)}
                      >
                        {formatRelative(automation.updatedAt)}
                      </time>
                    </td>
                    {permissions.canWrite && (
                      <td data-label="Actions" className="cell-actions">
                        <AutomationActions
                          automation={automation}
                          workspaceId={workspaceId}
                          onPublished={setNotice}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}

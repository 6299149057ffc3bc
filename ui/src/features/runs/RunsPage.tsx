import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Pagination } from '../../components/Pagination';
import { Alert, Button, Card, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAutomations, type Automation } from '../automations/api';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useRunsList, type Run } from './api';
import './runs.css';
import { NoMatchingRuns, NoRunsYet } from './RunsEmptyState';
import { RunsFilterBar } from './RunsFilterBar';
import {
  filtersFromSearch,
  hasFilters,
  NO_FILTERS,
  RUNS_PAGE_SIZE,
  searchFromFilters,
  type RunFilters,
} from './runFilters';
import { durationMs, formatDurationMs, isFinalRunStatus } from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';
import { UpdatedAgo } from './UpdatedAgo';

/**
 * Long run ids are shortened in lists; the full id is on the run page. Run ids all begin with
 * `run-{automation}-`, so the end is what tells two runs apart (and shows `.retry1`).
 */
export function shortId(id: string): string {
  return id.length > 12 ? `…${id.slice(-10)}` : id;
}

export function runHref(workspaceId: string, runId: string): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}/runs/${encodeURIComponent(runId)}`;
}

/** The runs list of a workspace, or of one automation with `?automationId=`. */
export function runsHref(workspaceId: string, filters: Partial<RunFilters> = {}): string {
  const query = searchFromFilters({ ...NO_FILTERS, ...filters }).toString();
  return `/workspaces/${encodeURIComponent(workspaceId)}/runs${query ? `?${query}` : ''}`;
}

function RunsTable({
  runs,
  workspaceId,
  names,
}: {
  runs: Run[];
  workspaceId: string;
  names: Map<string, string>;
}) {
  return (
    <div className="table-wrap">
      <table className="table runs-table" aria-labelledby="runs-title">
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Status</th>
            <th scope="col">Automation</th>
            <th scope="col">Trigger</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.runId}>
              <td data-label="Run">
                <Link
                  className="cell-strong"
                  to={runHref(workspaceId, run.runId)}
                  aria-label={`Run ${run.runId}`}
                  title={run.runId}
                >
                  {shortId(run.runId)}
                </Link>
                {run.retryOf && <span className="cell-sub">retry of {shortId(run.retryOf)}</span>}
              </td>
              <td data-label="Status">
                <RunStatusBadge status={run.status} />
                {run.currentNode && !isFinalRunStatus(run.status) && (
                  <span className="cell-sub">at {run.currentNode}</span>
                )}
              </td>
              <td data-label="Automation">
                <span title={run.automationId ?? undefined}>
                  {run.automationId
                    ? (names.get(run.automationId) ?? shortId(run.automationId))
                    : '—'}
                </span>
                {run.version != null && <span className="cell-sub">v{run.version}</span>}
              </td>
              <td data-label="Trigger">{run.triggerType || '—'}</td>
              <td data-label="Started">
                <time
                  dateTime={isoOrUndefined(run.startedAt)}
                  title={formatDateTime(run.startedAt)}
                >
                  {formatRelative(run.startedAt)}
                </time>
              </td>
              <td data-label="Duration">
                {formatDurationMs(durationMs(run.startedAt, run.endedAt))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the card shows under the filters: loading, an error, why it is empty, or the runs. */
function RunsListBody({
  query,
  filters,
  onFilters,
  workspaceId,
  automations,
  names,
}: {
  query: ReturnType<typeof useRunsList>;
  filters: RunFilters;
  onFilters: (next: RunFilters) => void;
  workspaceId: string;
  automations: Automation[];
  names: Map<string, string>;
}) {
  if (query.isPending) return <SkeletonRows rows={5} label="Loading runs…" />;
  if (query.error instanceof ApiError && query.error.status === 400) {
    return (
      <Alert title="These filters cannot be used together">
        {errorMessage(query.error)} Change or clear the filters.
      </Alert>
    );
  }
  if (!query.data) {
    return <LoadFailed what="the runs" error={query.error} onRetry={query.refetch} />;
  }
  const runs = query.data.items;
  if (runs.length === 0 && filters.page > 0) {
    return (
      <p className="muted">
        There are no runs on this page.{' '}
        <Button variant="ghost" size="sm" onClick={() => onFilters({ ...filters, page: 0 })}>
          Go to the newest runs
        </Button>
      </p>
    );
  }
  if (runs.length === 0) {
    return hasFilters(filters) && !onlyAutomation(filters) ? (
      <NoMatchingRuns onClear={() => onFilters(NO_FILTERS)} />
    ) : (
      <NoRunsYet
        workspaceId={workspaceId}
        automation={automations.find((a) => a.id === filters.automationId)}
        exampleAutomationId={automations[0]?.id}
      />
    );
  }
  return (
    <>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The list retries on its own.
        </Alert>
      )}
      <RunsTable runs={runs} workspaceId={workspaceId} names={names} />
      <Pagination
        pageSize={RUNS_PAGE_SIZE}
        label="Pages of runs"
        page={filters.page}
        total={Math.max(query.data.total, runs.length)}
        onPage={(page) => onFilters({ ...filters, page })}
      />
    </>
  );
}

export function RunsPage() {
  const { workspaceId, workspace } = useWorkspaceSection();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: RunFilters) => setSearchParams(searchFromFilters(next)),
    [setSearchParams],
  );
  const query = useRunsList(workspaceId, filters);
  const automationsQuery = useAutomations(workspaceId, '');
  const automations: Automation[] = useMemo(
    () => automationsQuery.data?.items ?? [],
    [automationsQuery.data],
  );
  const names = useMemo(() => new Map(automations.map((a) => [a.id, a.name])), [automations]);
  const automation = automations.find((a) => a.id === filters.automationId);
  useDocumentTitle(automation ? `Runs of ${automation.name}` : 'Runs', workspace.name);

  const runs = query.data?.items ?? [];
  const total = query.data ? Math.max(query.data.total, runs.length) : 0;
  const live = runs.some((run) => !isFinalRunStatus(run.status));

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title={automation ? `Runs of ${automation.name}` : 'Runs'}
        description="Every execution of this workspace's automations, newest first, updated live."
      />
      <Card
        title="Runs"
        titleId="runs-title"
        description={
          query.data ? (
            <>
              {total} {total === 1 ? 'run' : 'runs'}
              {hasFilters(filters) ? ' match' : ''} ·{' '}
              <UpdatedAgo at={query.dataUpdatedAt} live={live} />
            </>
          ) : undefined
        }
      >
        <RunsFilterBar filters={filters} automations={automations} onChange={setFilters} />
        <RunsListBody
          query={query}
          filters={filters}
          onFilters={setFilters}
          workspaceId={workspaceId}
          automations={automations}
          names={names}
        />
      </Card>
    </>
  );
}

/** No filter but the automation: an empty list means it never ran, not "nothing matches". */
function onlyAutomation(filters: RunFilters): boolean {
  return !filters.status && !filters.version && !filters.startedAfter && !filters.startedBefore;
}

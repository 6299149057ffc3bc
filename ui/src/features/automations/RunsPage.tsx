import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
  Spinner,
} from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { useRuns } from './api';
import { durationMs, formatDurationMs, runStatusLabel, runStatusOptions } from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';

/** Long run ids are shortened in lists; the full id is on the run page. */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

export function runHref(workspaceId: string, runId: string): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}/runs/${encodeURIComponent(runId)}`;
}

export function RunsPage() {
  const { workspaceId, workspace, isLoading, error } = useRouteWorkspace();
  useDocumentTitle('Runs', workspace?.name);
  const [status, setStatus] = useState('');
  const query = useRuns(workspace ? workspaceId : '', status);

  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!workspace) return <WorkspaceUnavailable error={error} />;

  const runs = query.data?.items ?? [];
  const total = query.data ? Math.max(query.data.total, runs.length) : 0;

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Runs"
        description="Every execution of this workspace's automations, newest first, updated live."
      />
      <Card
        title="Runs"
        titleId="runs-title"
        description={query.data ? `${total} ${total === 1 ? 'run' : 'runs'}` : undefined}
      >
        <SelectField
          label="Status"
          name="status"
          fieldClassName="list-filter"
          value={status}
          options={runStatusOptions}
          onChange={(event) => setStatus(event.target.value)}
        />
        {query.isPending ? (
          <SkeletonRows label="Loading runs…" />
        ) : query.isError ? (
          <Alert>
            Could not load the runs: {errorMessage(query.error)}{' '}
            <Button variant="ghost" size="sm" onClick={() => void query.refetch()}>
              Retry
            </Button>
          </Alert>
        ) : runs.length === 0 ? (
          <EmptyState
            icon="▷"
            title={status ? `No ${runStatusLabel(status).toLowerCase()} runs` : 'No runs yet'}
          >
            {status ? (
              'Choose another status to see more runs.'
            ) : (
              <>
                Start a published automation from the{' '}
                <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/automations`}>
                  Automations
                </Link>{' '}
                page; its run shows up here.
              </>
            )}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="runs-title">
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
                      {run.retryOf && (
                        <span className="cell-sub">retry of {shortId(run.retryOf)}</span>
                      )}
                    </td>
                    <td data-label="Status">
                      <RunStatusBadge status={run.status} />
                      {run.currentNode && <span className="cell-sub">at {run.currentNode}</span>}
                    </td>
                    <td data-label="Automation">
                      <span title={run.automationId ?? undefined}>
                        {run.automationId ? shortId(run.automationId) : '—'}
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
        )}
      </Card>
    </>
  );
}

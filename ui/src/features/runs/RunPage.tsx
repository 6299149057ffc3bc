import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAutomations } from '../automations/api';
import type { GraphNode } from '../designer/graph/model';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { runsApi, useAutomationVersion, useRun, useRunAction, type RunDetail } from './api';
import { RunInspector } from './RunInspector';
import './runs.css';
import { runHref, runsHref, shortId } from './RunsPage';
import {
  durationMs,
  errorText,
  formatDurationMs,
  isFinalRunStatus,
  prettyJson,
  runStatusLabel,
} from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';
import { UpdatedAgo } from './UpdatedAgo';
import { WaitingSteps } from './WaitingSteps';

function JsonCard({ title, id, value }: { title: string; id: string; value: unknown }) {
  if (value === undefined || value === null) return null;
  return (
    <Card title={title} titleId={id}>
      <pre className="json-block" tabIndex={0} aria-labelledby={id}>
        {prettyJson(value)}
      </pre>
    </Card>
  );
}

function RunActions({ run, workspaceId }: { run: RunDetail; workspaceId: string }) {
  const navigate = useNavigate();
  const cancel = useRunAction(workspaceId, () => runsApi.cancel(workspaceId, run.runId));
  const retry = useRunAction(workspaceId, () => runsApi.retry(workspaceId, run.runId));
  const status = run.status.toUpperCase();
  const error = cancel.error ?? retry.error;
  return (
    <>
      {(status === 'RUNNING' || status === 'WAITING') && (
        <ConfirmButton
          confirmLabel="Cancel run"
          description="Cancel this run"
          busy={cancel.isPending}
          onConfirm={() => cancel.mutate(undefined)}
        >
          Cancel
        </ConfirmButton>
      )}
      {status === 'FAILED' && (
        <Button
          size="sm"
          busy={retry.isPending}
          onClick={() =>
            retry.mutate(undefined, {
              onSuccess: (next) => navigate(runHref(workspaceId, next.runId)),
            })
          }
        >
          {run.state?.failedNode
            ? `Retry from step ${run.state.failedNode}`
            : 'Retry from the failed step'}
        </Button>
      )}
      {error && (
        <p className="cell-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </>
  );
}

function RunDetails({
  run,
  workspaceId,
  automationName,
}: {
  run: RunDetail;
  workspaceId: string;
  automationName?: string;
}) {
  return (
    <Card title="Details" titleId="run-details-title">
      <dl className="details">
        <dt>Run id</dt>
        <dd>
          <code className="run-id">{run.runId}</code>
        </dd>
        <dt>Automation</dt>
        <dd>
          {run.automationId ? (
            <Link to={runsHref(workspaceId, { automationId: run.automationId })}>
              {automationName ?? run.automationId}
            </Link>
          ) : (
            '—'
          )}
          {run.version != null && ` · v${run.version}`}
          {run.automationId && (
            <>
              {' · '}
              <Link
                to={`/workspaces/${encodeURIComponent(workspaceId)}/automations/${encodeURIComponent(run.automationId)}`}
              >
                open in the designer
              </Link>
            </>
          )}
        </dd>
        <dt>Trigger</dt>
        <dd>{run.triggerType || '—'}</dd>
        <dt>Started</dt>
        <dd>
          <time dateTime={isoOrUndefined(run.startedAt)} title={formatDateTime(run.startedAt)}>
            {formatRelative(run.startedAt)}
          </time>
        </dd>
        <dt>Ended</dt>
        <dd>{run.endedAt ? formatDateTime(run.endedAt) : '—'}</dd>
        <dt>Duration</dt>
        <dd>{formatDurationMs(durationMs(run.startedAt, run.endedAt))}</dd>
        {run.retryOf && (
          <>
            <dt>Retry of</dt>
            <dd>
              <Link to={runHref(workspaceId, run.retryOf)}>{run.retryOf}</Link>
            </dd>
          </>
        )}
        <dt>Temporal UI</dt>
        <dd>
          {run.temporalUiUrl ? (
            <a href={run.temporalUiUrl} target="_blank" rel="noreferrer">
              Open this run in Temporal UI
            </a>
          ) : (
            <span className="muted">
              Not linked: set <code>TEMPORAL_UI_URL</code> on the API to link every run to its
              workflow in Temporal UI. Its workflow id is the run id above.
            </span>
          )}
        </dd>
      </dl>
    </Card>
  );
}

export function RunPage() {
  const { runId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const query = useRun(workspaceId, runId);
  const run = query.data;
  // The same cached query as the inspector's: the event form reads the awaited event's node.
  const version = useAutomationVersion(workspaceId, run?.automationId, run?.version);
  const nodes = useMemo(
    () => new Map<string, GraphNode>((version.data?.graph.nodes ?? []).map((n) => [n.id, n])),
    [version.data],
  );
  const automations = useAutomations(workspaceId, '');
  const automationName = automations.data?.items.find((a) => a.id === run?.automationId)?.name;
  useDocumentTitle(`Run ${shortId(runId)}`, workspace.name);

  const selectedNodeId =
    searchParams.get('node') ?? run?.state?.waiting?.[0]?.nodeId ?? run?.state?.failedNode ?? null;
  const select = useCallback(
    (nodeId: string) => setSearchParams({ node: nodeId }, { replace: true }),
    [setSearchParams],
  );

  const runsLink = runsHref(workspaceId);
  if (query.isPending) {
    return (
      <Card title="Loading the run…">
        <SkeletonRows rows={6} label="Loading the run…" />
      </Card>
    );
  }
  if (query.isError && !run) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <EmptyState
        icon="?"
        title={notFound ? 'This run does not exist' : 'Could not load this run'}
        action={
          <Link to={runsLink} className="btn btn-primary">
            Back to the runs
          </Link>
        }
      >
        {notFound ? (
          'It may belong to another workspace, or the link is mistyped.'
        ) : (
          <Alert>{errorMessage(query.error)} Try again in a moment.</Alert>
        )}
      </EmptyState>
    );
  }
  if (!run) return null;

  const final = isFinalRunStatus(run.status);
  const runError = errorText(run.error ?? run.state?.error);
  const output = run.output ?? run.state?.output;

  return (
    <>
      <BackLink to={runsLink}>All runs</BackLink>
      <PageHeader
        eyebrow={workspace.name}
        title={
          <>
            Run <span title={run.runId}>{shortId(run.runId)}</span>
          </>
        }
        description={
          <span className="run-status-line">
            <RunStatusBadge status={run.status} />
            <UpdatedAgo at={query.dataUpdatedAt} live={!final} />
          </span>
        }
        actions={permissions.canWrite ? <RunActions run={run} workspaceId={workspaceId} /> : null}
      />
      <p className="sr-only" role="status" aria-live="polite">
        Run status: {runStatusLabel(run.status)}
      </p>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The page retries on its own.
        </Alert>
      )}
      {runError && (
        <Alert
          title={run.state?.failedNode ? `Failed at step ${run.state.failedNode}` : 'Run failed'}
        >
          <p>{runError}</p>
          {permissions.canWrite && run.status.toUpperCase() === 'FAILED' && (
            <p>Fix the cause, then retry from the failed step.</p>
          )}
        </Alert>
      )}
      {!final && (
        <WaitingSteps
          workspaceId={workspaceId}
          runId={run.runId}
          waiting={run.state?.waiting ?? []}
          nodes={nodes}
          canAct={permissions.canWrite}
        />
      )}
      <RunInspector
        run={run}
        workspaceId={workspaceId}
        selectedNodeId={selectedNodeId}
        onSelect={select}
      />
      <RunDetails run={run} workspaceId={workspaceId} automationName={automationName} />
      <JsonCard title="Output" id="run-output-title" value={output} />
      <JsonCard title="Variables" id="run-vars-title" value={run.state?.vars} />
    </>
  );
}

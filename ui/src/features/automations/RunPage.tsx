import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, Card, EmptyState, PageHeader, Spinner } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { automationsApi, useRun, useRunAction, type RunDetail, type WaitingStep } from './api';
import { runHref, shortId } from './RunsPage';
import {
  durationMs,
  errorText,
  formatDurationMs,
  isFinalRunStatus,
  prettyJson,
  runStatusLabel,
} from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';

function WaitingSteps({
  run,
  workspaceId,
  canAct,
}: {
  run: RunDetail;
  workspaceId: string;
  canAct: boolean;
}) {
  const decide = useRunAction(
    workspaceId,
    ({ nodeId, decision }: { nodeId: string; decision: 'approve' | 'reject' }) =>
      automationsApi.decide(workspaceId, run.runId, nodeId, decision),
  );
  const waiting: WaitingStep[] = run.state?.waiting ?? [];
  if (waiting.length === 0) return null;
  return (
    <Card
      title="Waiting"
      titleId="waiting-title"
      description="Steps paused until something happens."
    >
      <ul className="stack waiting-list" aria-labelledby="waiting-title">
        {waiting.map((step) => {
          const busy = decide.isPending && decide.variables?.nodeId === step.nodeId;
          const detail = errorText(step.detail);
          return (
            <li key={step.nodeId} className="waiting-step">
              <div>
                <span className="cell-strong">{step.nodeId}</span>
                <span className="cell-sub">
                  {step.kind}
                  {step.until && (
                    <>
                      {' '}
                      · until{' '}
                      <time dateTime={isoOrUndefined(step.until)}>
                        {formatDateTime(step.until)}
                      </time>
                    </>
                  )}
                </span>
                {detail && <span className="cell-sub">{detail}</span>}
              </div>
              {canAct && step.kind.toLowerCase() === 'approval' && (
                <span className="confirm-group">
                  <Button
                    size="sm"
                    busy={busy && decide.variables?.decision === 'approve'}
                    disabled={decide.isPending}
                    aria-label={`Approve step ${step.nodeId}`}
                    onClick={() => decide.mutate({ nodeId: step.nodeId, decision: 'approve' })}
                  >
                    Approve
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    busy={busy && decide.variables?.decision === 'reject'}
                    disabled={decide.isPending}
                    aria-label={`Reject step ${step.nodeId}`}
                    onClick={() => decide.mutate({ nodeId: step.nodeId, decision: 'reject' })}
                  >
                    Reject
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <Alert>{decide.isError ? errorMessage(decide.error) : null}</Alert>
    </Card>
  );
}

function Timeline({ run }: { run: RunDetail }) {
  const timeline = run.state?.timeline ?? [];
  return (
    <Card title="Timeline" titleId="timeline-title" description="The steps run so far, in order.">
      {timeline.length === 0 ? (
        <p className="muted">No step has run yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="timeline-title">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Port</th>
                <th scope="col">Attempts</th>
                <th scope="col">Duration</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {timeline.map((entry, index) => {
                const error = errorText(entry.error);
                return (
                  <tr key={`${entry.nodeId}-${index}`}>
                    <td data-label="Step">
                      <span className="cell-strong">{entry.nodeId}</span>
                    </td>
                    <td data-label="Type">{entry.type || '—'}</td>
                    <td data-label="Status">
                      {entry.status ? <RunStatusBadge status={entry.status} /> : '—'}
                    </td>
                    <td data-label="Port">{entry.port || '—'}</td>
                    <td data-label="Attempts">{entry.attempts ?? '—'}</td>
                    <td data-label="Duration">
                      {formatDurationMs(durationMs(entry.startedAt, entry.endedAt))}
                    </td>
                    <td data-label="Error">
                      {error ? <span className="cell-error">{error}</span> : '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

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
  const cancel = useRunAction(workspaceId, () => automationsApi.cancel(workspaceId, run.runId));
  const retry = useRunAction(workspaceId, () => automationsApi.retry(workspaceId, run.runId));
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
          Retry
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

export function RunPage() {
  const { runId = '' } = useParams();
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const query = useRun(workspace ? workspaceId : '', runId);
  useDocumentTitle(`Run ${shortId(runId)}`, workspace?.name);

  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!workspace) return <WorkspaceUnavailable error={error} />;

  const runsLink = `/workspaces/${encodeURIComponent(workspaceId)}/runs`;
  if (query.isPending) return <Spinner label="Loading run…" />;
  if (query.isError) {
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
        <Alert>{notFound ? null : errorMessage(query.error)}</Alert>
      </EmptyState>
    );
  }

  const run = query.data;
  const final = isFinalRunStatus(run.status);
  const runError = errorText(run.error ?? run.state?.error);
  const output = run.output ?? run.state?.output;

  return (
    <>
      <p className="back-link">
        <Link to={runsLink}>← All runs</Link>
      </p>
      <PageHeader
        eyebrow={workspace.name}
        title={
          <>
            Run <span title={run.runId}>{shortId(run.runId)}</span>
          </>
        }
        description={
          <>
            <RunStatusBadge status={run.status} />
            {!final && <span className="muted"> · updates every 2 seconds</span>}
          </>
        }
        actions={
          <>
            {run.temporalUiUrl && (
              <a
                className="btn btn-ghost btn-sm"
                href={run.temporalUiUrl}
                target="_blank"
                rel="noreferrer"
              >
                Open in Temporal UI
              </a>
            )}
            {permissions.canWrite && <RunActions run={run} workspaceId={workspaceId} />}
          </>
        }
      />
      <p className="sr-only" role="status" aria-live="polite">
        Run status: {runStatusLabel(run.status)}
      </p>
      {runError && (
        <Alert
          title={run.state?.failedNode ? `Failed at step ${run.state.failedNode}` : 'Run failed'}
        >
          {runError}
        </Alert>
      )}
      <Card title="Details" titleId="run-details-title">
        <dl className="details">
          <dt>Run id</dt>
          <dd>
            <code>{run.runId}</code>
          </dd>
          <dt>Automation</dt>
          <dd>
            {run.automationId ? <code>{run.automationId}</code> : '—'}
            {run.version != null && ` · v${run.version}`}
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
          {run.currentNode && (
            <>
              <dt>Current step</dt>
              <dd>{run.currentNode}</dd>
            </>
          )}
          {run.retryOf && (
            <>
              <dt>Retry of</dt>
              <dd>
                <Link to={runHref(workspaceId, run.retryOf)}>{run.retryOf}</Link>
              </dd>
            </>
          )}
        </dl>
      </Card>
      <WaitingSteps run={run} workspaceId={workspaceId} canAct={permissions.canWrite} />
      <Timeline run={run} />
      <JsonCard title="Output" id="run-output-title" value={output} />
      <JsonCard title="Variables" id="run-vars-title" value={run.state?.vars} />
    </>
  );
}

import { memo, useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api';
import { Alert, Button, Card, TextField } from '../../components/ui';
import { formatDateTime, isoOrUndefined } from '../../lib/format';
import type { GraphNode } from '../designer/graph/model';
import { runsApi, useRunAction, type WaitingStep } from './api';
import { errorText } from './runStatus';
import { awaitedEvent, parsePayload } from './waiting';

type Props = { workspaceId: string; runId: string; step: WaitingStep };

/** Approve or reject an approval step, with an optional comment kept in the run. */
const ApprovalForm = memo(function ApprovalForm({ workspaceId, runId, step }: Props) {
  const commentId = useId();
  const [comment, setComment] = useState('');
  const decide = useRunAction(workspaceId, (approve: boolean) =>
    runsApi.decide(workspaceId, runId, { nodeId: step.nodeId, approve, comment: comment.trim() }),
  );
  return (
    <form className="waiting-form" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label className="field-label" htmlFor={commentId}>
          Comment for {step.nodeId} (optional)
        </label>
        <textarea
          id={commentId}
          className="input"
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <span className="confirm-group">
        <Button
          size="sm"
          busy={decide.isPending && decide.variables === true}
          disabled={decide.isPending}
          aria-label={`Approve step ${step.nodeId}`}
          onClick={() => decide.mutate(true)}
        >
          Approve
        </Button>
        <Button
          size="sm"
          variant="danger"
          busy={decide.isPending && decide.variables === false}
          disabled={decide.isPending}
          aria-label={`Reject step ${step.nodeId}`}
          onClick={() => decide.mutate(false)}
        >
          Reject
        </Button>
      </span>
      <Alert>
        {decide.isError ? `${errorMessage(decide.error)} Reload the run and try again.` : null}
      </Alert>
      <Alert tone="success">
        {decide.isSuccess
          ? `${decide.variables ? 'Approved' : 'Rejected'}; the run goes on.`
          : null}
      </Alert>
    </form>
  );
});

/** Sends the event a `wait.event` step awaits, prefilled with its type and key. */
const SendEventForm = memo(function SendEventForm({
  workspaceId,
  runId,
  step,
  node,
}: Props & { node?: GraphNode }) {
  const awaited = awaitedEvent(step.detail, node);
  const [type, setType] = useState(awaited.type);
  const [key, setKey] = useState(awaited.key);
  const [payload, setPayload] = useState('{}');
  const [payloadError, setPayloadError] = useState<string | null>(null);
  const payloadId = useId();
  const send = useRunAction(workspaceId, (event: { payload: Record<string, unknown> }) =>
    runsApi.sendEvent(workspaceId, runId, {
      type: type.trim(),
      key: key.trim(),
      payload: event.payload,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = parsePayload(payload);
    if ('error' in checked) {
      setPayloadError(checked.error);
      document.getElementById(payloadId)?.focus();
      return;
    }
    setPayloadError(null);
    send.mutate({ payload: checked.value });
  };
  return (
    <form className="waiting-form" onSubmit={submit} noValidate>
      <TextField
        label="Event type"
        name="type"
        required
        value={type}
        onChange={(event) => setType(event.target.value)}
        error={type.trim() ? undefined : 'Name the event type the step waits for.'}
      />
      <TextField
        label="Key"
        name="key"
        hint="Which order, booking or contact the event is about, as the step expects it."
        value={key}
        onChange={(event) => setKey(event.target.value)}
      />
      <div className="field">
        <label className="field-label" htmlFor={payloadId}>
          Payload (JSON object)
        </label>
        <textarea
          id={payloadId}
          className="input code-input"
          rows={4}
          spellCheck={false}
          value={payload}
          aria-invalid={payloadError ? true : undefined}
          aria-describedby={payloadError ? `${payloadId}-error` : undefined}
          onChange={(event) => setPayload(event.target.value)}
        />
        {payloadError && (
          <p id={`${payloadId}-error`} className="field-error">
            {payloadError}
          </p>
        )}
      </div>
      <Button type="submit" size="sm" busy={send.isPending} disabled={!type.trim()}>
        Send event to {step.nodeId}
      </Button>
      <Alert>
        {send.isError ? `${errorMessage(send.error)} Check the event and try again.` : null}
      </Alert>
      <Alert tone="success">
        {send.isSuccess
          ? 'Event sent; the step goes on once the event matches what it waits for.'
          : null}
      </Alert>
    </form>
  );
});

/** The steps the run is paused on, each with what can move it on. */
export const WaitingSteps = memo(function WaitingSteps({
  workspaceId,
  runId,
  waiting,
  nodes,
  canAct,
}: {
  workspaceId: string;
  runId: string;
  waiting: WaitingStep[];
  nodes: Map<string, GraphNode>;
  canAct: boolean;
}) {
  if (waiting.length === 0) return null;
  return (
    <Card
      title="Waiting"
      titleId="waiting-title"
      description="Steps paused until something happens."
    >
      <ul className="stack waiting-list" aria-labelledby="waiting-title">
        {waiting.map((step) => {
          const kind = step.kind.toLowerCase();
          const detail = errorText(step.detail);
          return (
            <li key={step.nodeId} className="waiting-step">
              <div>
                <span className="cell-strong">{step.nodeId}</span>
                <span className="cell-sub">
                  {kind === 'approval'
                    ? 'waits for an approval'
                    : kind === 'event'
                      ? 'waits for an event'
                      : `waits (${step.kind})`}
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
              {canAct && kind === 'approval' && (
                <ApprovalForm workspaceId={workspaceId} runId={runId} step={step} />
              )}
              {canAct && kind === 'event' && (
                <SendEventForm
                  workspaceId={workspaceId}
                  runId={runId}
                  step={step}
                  node={nodes.get(step.nodeId)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
});

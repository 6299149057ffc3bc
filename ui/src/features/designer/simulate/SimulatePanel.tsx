import { useMutation } from '@tanstack/react-query';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { errorMessage, isApiError } from '../../../api';
import { Alert, Badge, Button } from '../../../components/ui';
import { designerApi, type Simulation } from '../designerApi';
import { isTriggerType, nodeLabel, type AutomationGraph } from '../graph/model';
import { formatOffset, playbackFrames, type PlaybackFrame } from './playback';

/** How long each step stays highlighted while the timeline plays. */
export const FRAME_MS = 900;

type Decision = { choice: 'approve' | 'reject' | 'none'; after: string };

function sampleInputOf(graph: AutomationGraph): string {
  const trigger = graph.nodes.find((n) => isTriggerType(n.type));
  const sample = trigger?.params.sampleInput;
  return JSON.stringify(sample && typeof sample === 'object' ? sample : {}, null, 2);
}

function parseInput(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return 'The sample input must be a JSON object, e.g. {"email": "ada@example.com"}.';
  } catch (e) {
    return `The sample input is not valid JSON: ${(e as Error).message}`;
  }
}

const statusTone = (status: string) =>
  status === 'COMPLETED' ? 'success' : status === 'FAILED' ? 'danger' : 'warning';

/**
 * Runs the canvas as it is (unsaved edits included) through the real interpreter with simulated
 * time, then plays the timeline on the canvas with each step's offset from the start.
 */
export const SimulatePanel = memo(function SimulatePanel({
  workspaceId,
  automationId,
  graph,
  onFrame,
  onInvalid,
}: {
  workspaceId: string;
  automationId: string;
  graph: AutomationGraph;
  onFrame: (frame: PlaybackFrame | null) => void;
  onInvalid: (details: Record<string, string>) => void;
}) {
  const inputId = useId();
  const [inputText, setInputText] = useState(() => sampleInputOf(graph));
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [frames, setFrames] = useState<PlaybackFrame[]>([]);
  const [index, setIndex] = useState(-1);
  const [playing, setPlaying] = useState(false);
  const [inputError, setInputError] = useState('');
  const approvals = useMemo(
    () => graph.nodes.filter((n) => n.type === 'approval.request'),
    [graph.nodes],
  );

  const simulate = useMutation({
    mutationFn: (input: Record<string, unknown>) =>
      designerApi.simulate(workspaceId, automationId, {
        graph,
        input,
        decisions: approvals.flatMap((n) => {
          const d = decisions[n.id];
          if (!d || d.choice === 'none') return [];
          return [{ nodeId: n.id, after: d.after || 'PT0S', approved: d.choice === 'approve' }];
        }),
      }),
    onSuccess: (result: Simulation) => {
      const next = playbackFrames(result.state?.timeline ?? []);
      setFrames(next);
      setIndex(next.length > 0 ? 0 : -1);
      setPlaying(next.length > 1);
    },
    onError: (error) => {
      if (isApiError(error) && error.hasFieldErrors) onInvalid(error.fieldErrors);
    },
  });

  useEffect(() => {
    if (!playing) return;
    if (index >= frames.length - 1) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => setIndex((i) => i + 1), FRAME_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, frames.length]);

  const frame = index >= 0 ? (frames[index] ?? null) : null;
  useEffect(() => onFrame(frame), [frame, onFrame]);
  useEffect(() => () => onFrame(null), [onFrame]);

  const run = () => {
    const input = parseInput(inputText);
    if (typeof input === 'string') {
      setInputError(input);
      return;
    }
    setInputError('');
    setPlaying(false);
    simulate.mutate(input);
  };
  const result = simulate.data;
  const nameOf = (id: string) => {
    const node = graph.nodes.find((n) => n.id === id);
    return node ? nodeLabel(node) : id;
  };

  return (
    <div className="stack simulate-panel">
      <p className="muted small">
        Runs this canvas, unsaved edits included, with sample data. Waits pass instantly and nothing
        is sent.
      </p>
      <div className={`field${inputError ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={inputId}>
          Sample input (JSON)
        </label>
        <textarea
          id={inputId}
          className="input code-input"
          rows={5}
          value={inputText}
          onChange={(e) => setInputText(e.target.value)}
          aria-invalid={inputError ? true : undefined}
          spellCheck={false}
        />
        {inputError && <p className="field-error">{inputError}</p>}
      </div>
      {approvals.map((n) => {
        const d = decisions[n.id] ?? { choice: 'approve', after: 'PT1H' };
        const set = (patch: Partial<Decision>) =>
          setDecisions((all) => ({ ...all, [n.id]: { ...d, ...patch } }));
        return (
          <fieldset key={n.id} className="decision">
            <legend>{nodeLabel(n)}</legend>
            <label>
              <span className="sr-only">Decision for {nodeLabel(n)}</span>
              <select
                className="input select"
                value={d.choice}
                onChange={(e) => set({ choice: e.target.value as Decision['choice'] })}
              >
                <option value="approve">Approve</option>
                <option value="reject">Reject</option>
                <option value="none">No decision</option>
              </select>
            </label>
            <label>
              <span className="small muted">after (ISO duration)</span>
              <input
                className="input"
                value={d.after}
                onChange={(e) => set({ after: e.target.value })}
                aria-label={`Decide ${nodeLabel(n)} after`}
              />
            </label>
          </fieldset>
        );
      })}
      <Button onClick={run} busy={simulate.isPending} disabled={graph.nodes.length === 0}>
        Simulate
      </Button>
      {simulate.isError && <Alert>Simulation refused: {errorMessage(simulate.error)}</Alert>}
      {result && (
        <section className="stack" aria-label="Simulation result">
          <div className="simulate-summary">
            <Badge tone={statusTone(result.status)}>{result.status}</Badge>
            <span>
              Simulated time: <strong>{formatOffset(result.simulatedMillis).slice(1)}</strong>
            </span>
          </div>
          {result.error && (
            <p className="field-error">
              {result.failedNode ? `${nameOf(result.failedNode)}: ` : ''}
              {result.error}
            </p>
          )}
          {result.output !== undefined && result.output !== null && (
            <details>
              <summary>Output</summary>
              <pre className="small">{JSON.stringify(result.output, null, 2)}</pre>
            </details>
          )}
          <div className="playback-controls" role="group" aria-label="Playback">
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                if (index >= frames.length - 1) setIndex(0);
                setPlaying((p) => !p);
              }}
              disabled={frames.length === 0}
            >
              {playing ? 'Pause' : 'Play'}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setPlaying(false);
                setIndex((i) => Math.min(i + 1, frames.length - 1));
              }}
              disabled={index >= frames.length - 1}
            >
              Step
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setPlaying(false);
                setIndex(-1);
              }}
              disabled={index < 0}
            >
              Reset
            </Button>
          </div>
          <p className="small" role="status" aria-live="polite">
            {frame
              ? `Step ${frame.index + 1} of ${frames.length}: ${nameOf(frame.nodeId)} at ${frame.offset}`
              : frames.length === 0
                ? 'No step ran.'
                : 'Press Play to replay the run on the canvas.'}
          </p>
          <ol className="playback-list" aria-label="Simulated timeline">
            {frames.map((f) => (
              <li key={f.index} aria-current={f.index === index ? 'step' : undefined}>
                <span className="playback-offset">{f.offset}</span> {nameOf(f.nodeId)}
                <span className="muted small"> · {f.status}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
});

import { memo, useState } from 'react';
import { Button, Card } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import type { TimelineEntry } from './api';
import { durationMs, errorText, formatDurationMs } from './runStatus';
import { RunStatusBadge } from './RunStatusBadge';

/** "+1.25 s" after the run started: how the steps spread over the run at a glance. */
export function offsetText(runStartedAt: string | null | undefined, at: string | null | undefined) {
  const ms = durationMs(runStartedAt, at);
  if (ms == null) return '';
  if (ms < 1000) return `+${ms} ms`;
  if (ms < 60_000) return `+${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `+${Math.round(ms / 60_000)} min`;
  return `+${(ms / 3_600_000).toFixed(1)} h`;
}

/** Long runs (loops) list their first steps at once and the rest on demand: the page stays quick. */
export const TIMELINE_FIRST = 100;

/** The steps run so far, in order; choosing one shows its executions beside the graph. */
export const RunTimeline = memo(function RunTimeline({
  timeline,
  runStartedAt,
  selectedNodeId,
  onSelect,
}: {
  timeline: TimelineEntry[];
  runStartedAt: string | null | undefined;
  selectedNodeId: string | null;
  onSelect: (nodeId: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? timeline : timeline.slice(0, TIMELINE_FIRST);
  return (
    <Card title="Timeline" titleId="timeline-title" description="The steps run so far, in order.">
      {timeline.length === 0 ? (
        <p className="muted">No step has finished yet; they appear here as they do.</p>
      ) : (
        <ol className="timeline" aria-labelledby="timeline-title">
          {shown.map((entry, index) => {
            const error = errorText(entry.error);
            return (
              <li
                key={`${entry.nodeId}-${index}`}
                className={`timeline-entry${entry.nodeId === selectedNodeId ? ' timeline-entry--selected' : ''}`}
              >
                <button
                  type="button"
                  className="timeline-step"
                  aria-pressed={entry.nodeId === selectedNodeId}
                  aria-label={`Show step ${entry.nodeId}`}
                  onClick={() => onSelect(entry.nodeId)}
                >
                  {entry.nodeId}
                </button>
                <span className="timeline-meta">
                  <RunStatusBadge status={entry.status} />
                  {entry.type && <span className="muted">{entry.type}</span>}
                  {entry.port && (
                    <span className="muted">
                      → <code>{entry.port}</code>
                    </span>
                  )}
                  {(entry.attempts ?? 1) > 1 && (
                    <span className="muted">{entry.attempts} attempts</span>
                  )}
                  <span className="muted">
                    {formatDurationMs(durationMs(entry.startedAt, entry.endedAt))}
                  </span>
                </span>
                <span className="timeline-when">
                  <time
                    dateTime={isoOrUndefined(entry.startedAt)}
                    title={formatDateTime(entry.startedAt)}
                  >
                    {formatRelative(entry.startedAt)}
                  </time>
                  <span className="muted"> {offsetText(runStartedAt, entry.startedAt)}</span>
                </span>
                {error && <span className="cell-error timeline-error">{error}</span>}
              </li>
            );
          })}
        </ol>
      )}
      {shown.length < timeline.length && (
        <Button variant="ghost" onClick={() => setShowAll(true)}>
          Show all {timeline.length} steps
        </Button>
      )}
    </Card>
  );
});

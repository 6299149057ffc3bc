import { memo, useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api';
import { Alert, Button, Card, SkeletonRows } from '../../components/ui';
import { useNodeTypes } from '../designer/graph/nodeTypesApi';
import type { GraphNode } from '../designer/graph/model';
import { useAutomationVersion, type RunDetail, type TimelineEntry } from './api';
import { NodeExecutions } from './NodeExecutions';
import { nodeStates } from './nodeStates';
import { RunGraph } from './RunGraph';
import { RunTimeline } from './RunTimeline';

/**
 * The run's graph (the version it runs, not the automation's latest) coloured by the run's live
 * state, the chosen step's executions beside it, and the timeline below. The graph folds away,
 * which phones need; the timeline and the step panel work without it.
 */
export const RunInspector = memo(function RunInspector({
  run,
  workspaceId,
  selectedNodeId,
  onSelect,
}: {
  run: RunDetail;
  workspaceId: string;
  selectedNodeId: string | null;
  onSelect: (nodeId: string) => void;
}) {
  const graphId = useId();
  const [graphOpen, setGraphOpen] = useState(true);
  const version = useAutomationVersion(workspaceId, run.automationId, run.version);
  const nodeTypes = useNodeTypes();
  const graph = version.data?.graph;
  const runState = run.state;
  // Without the graph (deleted automation), the steps the timeline names can still be inspected.
  const nodes = useMemo(
    () => graph?.nodes ?? nodesOfTimeline(runState?.timeline ?? []),
    [graph, runState],
  );
  const states = useMemo(
    () => nodeStates({ nodes }, runState ? { ...runState, status: run.status } : null),
    [nodes, runState, run.status],
  );
  const selected = nodes.find((n) => n.id === selectedNodeId);
  const timeline = runState?.timeline ?? [];

  return (
    <>
      <Card
        title={run.version != null ? `Steps of version ${run.version}` : 'Steps'}
        titleId="run-graph-title"
        className="run-graph-card"
        actions={
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={graphOpen}
            aria-controls={graphId}
            onClick={() => setGraphOpen((open) => !open)}
          >
            {graphOpen ? 'Hide graph' : 'Show graph'}
          </Button>
        }
      >
        {!runState && (
          <Alert tone="info">
            Temporal no longer has this run's step-by-step state (it ended long ago, or the workflow
            service was reset), so steps are not coloured. Status and output come from the runs
            list.
          </Alert>
        )}
        <div className="run-inspector">
          <div id={graphId} hidden={!graphOpen} className="run-inspector-graph">
            {version.isPending || nodeTypes.isPending ? (
              <SkeletonRows rows={4} label="Loading the graph…" />
            ) : version.isError || nodeTypes.isError || !graph ? (
              <Alert tone="warning" title="The graph could not be shown">
                {errorMessage(version.error ?? nodeTypes.error)} The timeline below still lists
                every step this run took.
              </Alert>
            ) : (
              <RunGraph
                graph={graph}
                types={nodeTypes.byType}
                states={states}
                selectedNodeId={selectedNodeId}
                onSelect={onSelect}
              />
            )}
          </div>
          <div className="run-inspector-panel" aria-live="polite">
            {selected ? (
              <NodeExecutions
                node={selected}
                nodeType={nodeTypes.byType.get(selected.type)}
                run={states.get(selected.id)}
              />
            ) : (
              <p className="muted">
                Choose a step in the graph or in the timeline to see its input, output, attempts and
                errors.
              </p>
            )}
          </div>
        </div>
      </Card>
      <RunTimeline
        timeline={timeline}
        runStartedAt={run.startedAt}
        selectedNodeId={selectedNodeId}
        onSelect={onSelect}
      />
    </>
  );
});

function nodesOfTimeline(timeline: TimelineEntry[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const entry of timeline) {
    if (!seen.has(entry.nodeId)) {
      seen.set(entry.nodeId, { id: entry.nodeId, type: entry.type ?? 'unknown', params: {} });
    }
  }
  return [...seen.values()];
}

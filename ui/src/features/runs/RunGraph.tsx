import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { memo, useCallback, useMemo } from 'react';
import {
  CULL_ABOVE_NODES,
  NODE_HEIGHT,
  NODE_WIDTH,
  toFlow,
  type StepFlowNode,
} from '../designer/graph/mapping';
import type { AutomationGraph, NodeType } from '../designer/graph/model';
import { FLOW_NODE_TYPES } from '../designer/graph/StepNode';
import type { NodeRunState } from './nodeStates';

const MINIMAP_COLOURS: Record<string, string> = {
  completed: '#16a34a',
  failed: '#dc2626',
  running: '#2563eb',
  waiting: '#d97706',
};

const minimapColour = (node: StepFlowNode) => MINIMAP_COLOURS[node.data.state ?? ''] ?? '#d4d4d8';

/**
 * The run's version drawn read-only with the designer's own step nodes, each coloured by how it
 * did in this run. Selecting a node (click, or Enter on a focused node) shows its executions.
 */
export const RunGraph = memo(function RunGraph({
  graph,
  types,
  states,
  selectedNodeId,
  onSelect,
}: {
  graph: AutomationGraph;
  types: Map<string, NodeType>;
  states: Map<string, NodeRunState>;
  selectedNodeId: string | null;
  onSelect: (nodeId: string) => void;
}) {
  // Laid out once per graph: live state changes recolour nodes without moving them.
  const layout = useMemo(() => toFlow(graph, types), [graph, types]);
  const nodes = useMemo(
    () =>
      layout.nodes.map((node) => {
        const run = states.get(node.id);
        return {
          ...node,
          // The layout's own size until React Flow measures the node: the minimap draws with it.
          initialWidth: NODE_WIDTH,
          initialHeight: NODE_HEIGHT,
          deletable: false,
          selected: node.id === selectedNodeId,
          data: { ...node.data, state: run?.state, stateDetail: run?.detail },
        };
      }),
    [layout, states, selectedNodeId],
  );
  const onNodeClick: NodeMouseHandler<StepFlowNode> = useCallback(
    (_, node) => onSelect(node.id),
    [onSelect],
  );
  // Keyboard selection arrives as a select change, not as a click.
  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'select' && change.selected) onSelect(change.id);
      }
    },
    [onSelect],
  );
  return (
    <div className="run-graph" role="group" aria-label="Steps of this run's version">
      <ReactFlow
        nodes={nodes}
        edges={layout.edges}
        nodeTypes={FLOW_NODE_TYPES}
        onNodeClick={onNodeClick}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.2 }}
        minZoom={0.2}
        onlyRenderVisibleElements={nodes.length > CULL_ABOVE_NODES}
      >
        <Background gap={16} />
        <Controls showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          nodeColor={minimapColour}
          ariaLabel="Overview of the steps"
          className="run-graph-minimap"
          style={{ width: 140, height: 100 }}
        />
      </ReactFlow>
    </div>
  );
});

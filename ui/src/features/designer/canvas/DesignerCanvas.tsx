import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type IsValidConnection,
  type OnConnect,
  type OnDelete,
  type OnEdgesChange,
  type OnNodesChange,
} from '@xyflow/react';
import { memo, useState, type DragEvent, type ReactNode } from 'react';
import { CULL_ABOVE_NODES, type StepFlowEdge, type StepFlowNode } from '../graph/mapping';
import { FLOW_NODE_TYPES } from '../graph/StepNode';

const DELETE_KEYS = ['Delete', 'Backspace'];
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1.25 };
/** A large automation opens on its first steps, readable, rather than all of it as specks. */
const OPEN_ON_START_ABOVE = 40;
const START_STEPS = 8;

function openingView(nodes: StepFlowNode[]) {
  if (nodes.length <= OPEN_ON_START_ABOVE) return FIT_VIEW_OPTIONS;
  const top = [...nodes].sort((a, b) => a.position.y - b.position.y).slice(0, START_STEPS);
  return { ...FIT_VIEW_OPTIONS, nodes: top.map((n) => ({ id: n.id })) };
}
const minimapColor = (node: StepFlowNode) =>
  node.data.problems?.length ? '#dc2626' : node.selected ? '#4f46e5' : '#a1a1aa';

/** The React Flow canvas of the designer: steps, connections, minimap and zoom controls. */
export const DesignerCanvas = memo(function DesignerCanvas({
  nodes,
  edges,
  readOnly,
  onNodesChange,
  onEdgesChange,
  onConnect,
  onConnectEnd,
  isValidConnection,
  onDelete,
  onDrop,
  hint,
  empty,
}: {
  nodes: StepFlowNode[];
  edges: StepFlowEdge[];
  readOnly: boolean;
  onNodesChange: OnNodesChange<StepFlowNode>;
  onEdgesChange: OnEdgesChange<StepFlowEdge>;
  onConnect: OnConnect;
  onConnectEnd: () => void;
  isValidConnection: IsValidConnection<StepFlowEdge>;
  onDelete: OnDelete<StepFlowNode, StepFlowEdge>;
  onDrop: (event: DragEvent<HTMLDivElement>) => void;
  /** Why the connection being dragged would be refused. */
  hint: string;
  /** Shown over an empty canvas. */
  empty: ReactNode;
}) {
  const [opening] = useState(() => openingView(nodes));
  return (
    <div
      className="designer-canvas"
      onDragOver={(event) => {
        if (readOnly) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={onDrop}
      aria-label="Automation canvas"
      role="region"
    >
      <ReactFlow<StepFlowNode, StepFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={FLOW_NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        fitView
        fitViewOptions={opening}
        minZoom={0.1}
        onlyRenderVisibleElements={nodes.length > CULL_ABOVE_NODES}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap of the automation" />
      </ReactFlow>
      {nodes.length === 0 && <div className="designer-empty">{empty}</div>}
      <p className={hint ? 'designer-hint' : 'sr-only'} role="status" aria-live="polite">
        {hint}
      </p>
    </div>
  );
});

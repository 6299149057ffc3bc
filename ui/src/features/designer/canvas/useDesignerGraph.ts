import { useEdgesState, useNodesState } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { autoLayout, toFlow, type StepFlowEdge, type StepFlowNode } from '../graph/mapping';
import type { AutomationGraph, NodeType } from '../graph/model';
import { selectOnly, syncEdges, syncNodes } from './flowSync';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  redo,
  undo,
  type CommitOptions,
  type History,
} from './history';

/** A graph every node of which has a position, so the canvas and the draft agree from the start. */
export function positioned(graph: AutomationGraph, types: Map<string, NodeType>): AutomationGraph {
  return graph.nodes.every((n) => n.position && n.position.length >= 2)
    ? graph
    : autoLayout(graph, types);
}

/**
 * The draft being designed. The stored graph (with an undo history of snapshots) is the truth;
 * React Flow's nodes and edges are its view, re-synced after every edit while reusing untouched
 * objects. Only dragging moves the view ahead of the graph, and the drop commits it.
 */
export function useDesignerGraph(initial: AutomationGraph, types: Map<string, NodeType>) {
  const [history, setHistory] = useState<History<AutomationGraph>>(() =>
    createHistory(positioned(initial, types)),
  );
  const flow = useRef<ReturnType<typeof toFlow> | null>(null);
  if (flow.current === null) flow.current = toFlow(history.present, types);
  const [nodes, setNodes, onNodesChange] = useNodesState<StepFlowNode>(flow.current.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<StepFlowEdge>(flow.current.edges);

  // Callbacks read the latest history through a ref so they stay stable for React Flow.
  const latest = useRef(history);
  latest.current = history;
  const typesRef = useRef(types);
  typesRef.current = types;

  const show = useCallback(
    (graph: AutomationGraph, select?: string[]) => {
      setNodes((previous) => {
        const synced = syncNodes(previous, graph, typesRef.current);
        return select ? selectOnly(synced, new Set(select)) : synced;
      });
      setEdges((previous) => {
        const synced = syncEdges(previous, graph);
        return select ? selectOnly(synced, new Set()) : synced;
      });
    },
    [setNodes, setEdges],
  );

  const apply = useCallback(
    (next: AutomationGraph, options: CommitOptions & { select?: string[] } = {}) => {
      const { select, ...commitOptions } = options;
      const updated = commit(latest.current, next, commitOptions);
      latest.current = updated;
      setHistory(updated);
      show(updated.present, select);
    },
    [show],
  );

  const travel = useCallback(
    (move: typeof undo) => {
      const updated = move(latest.current);
      if (updated === latest.current) return;
      latest.current = updated;
      setHistory(updated);
      show(updated.present);
    },
    [show],
  );
  const undoEdit = useCallback(() => travel(undo), [travel]);
  const redoEdit = useCallback(() => travel(redo), [travel]);
  const current = useCallback(() => latest.current.present, []);

  return {
    graph: history.present,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    nodes,
    edges,
    setNodes,
    onNodesChange,
    onEdgesChange,
    apply,
    undo: undoEdit,
    redo: redoEdit,
    current,
  };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  useReactFlow,
  type Connection,
  type IsValidConnection,
  type OnNodesChange,
  type XYPosition,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api';
import { Alert } from '../../components/ui';
import { automationKeys } from '../automations/api';
import { DesignerCanvas } from './canvas/DesignerCanvas';
import { decorateEdges, decorateNodes, selectOnly, type NodeOverlay } from './canvas/flowSync';
import {
  addNode,
  addNodeBelow,
  connect,
  duplicateNodes,
  moveNodes,
  removeElements,
  replaceNode,
} from './canvas/graphEdits';
import { positioned, useDesignerGraph } from './canvas/useDesignerGraph';
import { designerApi, designerKeys, type DesignedAutomation } from './designerApi';
import { ShortcutsDialog } from './Dialog';
import { DesignerToolbar } from './DesignerToolbar';
import { PublishDialog } from './PublishDialog';
import { useDesignerShortcuts } from './useDesignerShortcuts';
import {
  autoLayout,
  connectionProblem,
  NODE_HEIGHT,
  NODE_WIDTH,
  type StepFlowEdge,
  type StepFlowNode,
} from './graph/mapping';
import { isTriggerType, type AutomationGraph, type GraphNode, type NodeType } from './graph/model';
import { NodeInspector } from './inspector/NodeInspector';
import { NODE_TYPE_DRAG, Palette } from './Palette';
import { ProblemsPanel } from './problems/ProblemsPanel';
import {
  graphProblems,
  NO_PROBLEMS,
  nodeProblemLines,
  withoutNode,
  type GraphProblems,
  type Problem,
} from './problems/serverProblems';
import type { PlaybackFrame } from './simulate/playback';
import { SimulatePanel } from './simulate/SimulatePanel';
import { LEAVE_WARNING, useLeaveGuard } from './useLeaveGuard';
import { VersionsPanel } from './versions/VersionsPanel';
import { tabAfterKey } from './tabKeys';
import type { AutomationVersion } from './designerApi';

type Tab = 'step' | 'problems' | 'simulate' | 'versions';
const TABS: { id: Tab; label: string }[] = [
  { id: 'step', label: 'Step' },
  { id: 'problems', label: 'Problems' },
  { id: 'simulate', label: 'Simulate' },
  { id: 'versions', label: 'Versions' },
];
const TAB_IDS = TABS.map((t) => t.id);
const NO_INSPECTOR_PROBLEMS: Record<string, string[]> = {};
/** Dragging re-renders the designer every frame; the inspector's props do not change meanwhile. */
const StepInspector = memo(NodeInspector);
const ONE_TRIGGER = 'An automation starts from one trigger: delete the current one first.';

/** The designer of one automation: palette, canvas, side panels and the draft's lifecycle. */
export function Designer({
  workspaceId,
  automation,
  nodeTypes,
  types,
  canWrite,
}: {
  workspaceId: string;
  automation: DesignedAutomation;
  nodeTypes: NodeType[];
  types: Map<string, NodeType>;
  canWrite: boolean;
}) {
  const readOnly = !canWrite;
  const queryClient = useQueryClient();
  const { screenToFlowPosition, setCenter, getZoom, fitView } = useReactFlow<
    StepFlowNode,
    StepFlowEdge
  >();
  const draft = useDesignerGraph(automation.graph, types);
  const { graph, nodes, edges, apply, current, setNodes } = draft;

  const [name, setName] = useState(automation.name);
  const [saved, setSaved] = useState(() => ({ graph, name: automation.name }));
  const dirty = graph !== saved.graph || name !== saved.name;
  useLeaveGuard(dirty && canWrite);

  const [problems, setProblems] = useState<GraphProblems>(NO_PROBLEMS);
  const [frame, setFrame] = useState<PlaybackFrame | null>(null);
  const [tab, setTab] = useState<Tab>('step');
  const [notice, setNotice] = useState('');
  const [hint, setHint] = useState('');
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);

  const selectedIds = useMemo(() => nodes.filter((n) => n.selected).map((n) => n.id), [nodes]);
  const selectedId = selectedIds.length === 1 ? selectedIds[0]! : null;
  const selectedRef = useRef(selectedIds);
  selectedRef.current = selectedIds;
  useEffect(() => {
    if (selectedId) setTab('step');
  }, [selectedId]);

  // ---- overlays: problems and simulation playback laid over the steps ----
  const overlayCache = useRef(new WeakMap());
  const overlays = useMemo(() => {
    const map = new Map<string, NodeOverlay>();
    for (const [id, fields] of problems.byNode) map.set(id, { problems: nodeProblemLines(fields) });
    if (frame) {
      for (const n of graph.nodes) {
        const reached = frame.overlays[n.id];
        map.set(n.id, {
          ...map.get(n.id),
          state: reached?.state ?? 'idle',
          stateDetail: reached?.detail,
        });
      }
    }
    return map;
  }, [problems, frame, graph.nodes]);
  const shownNodes = useMemo(
    () => decorateNodes(nodes, overlays, overlayCache.current),
    [nodes, overlays],
  );
  const shownEdges = useMemo(() => decorateEdges(edges, problems.edges), [edges, problems.edges]);

  // ---- edits ----
  const addStep = useCallback(
    (type: string, at?: { x: number; y: number }) => {
      const now = current();
      if (isTriggerType(type) && now.nodes.some((n) => isTriggerType(n.type))) {
        setNotice(ONE_TRIGGER);
        return;
      }
      setNotice('');
      const anchor = selectedRef.current.length === 1 ? selectedRef.current[0]! : null;
      const added = at ? addNode(now, type, at) : addNodeBelow(now, type, anchor, types);
      apply(added.graph, { select: [added.id] });
      if (!at) {
        const node = added.graph.nodes.find((n) => n.id === added.id)!;
        const [x = 0, y = 0] = node.position ?? [];
        void setCenter(x + NODE_WIDTH / 2, y + NODE_HEIGHT / 2, {
          zoom: Math.max(getZoom(), 0.75),
          duration: 200,
        });
      }
    },
    [apply, current, types, setCenter, getZoom],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const type = event.dataTransfer.getData(NODE_TYPE_DRAG);
      if (!type || readOnly) return;
      event.preventDefault();
      const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addStep(type, { x: p.x - NODE_WIDTH / 2, y: p.y - NODE_HEIGHT / 2 });
    },
    [addStep, screenToFlowPosition, readOnly],
  );

  const isValidConnection = useCallback<IsValidConnection<StepFlowEdge>>(
    (connection) => {
      const problem = connectionProblem(
        {
          source: connection.source,
          target: connection.target,
          sourceHandle: connection.sourceHandle ?? null,
        },
        current(),
      );
      setHint((previous) => (previous === (problem ?? '') ? previous : (problem ?? '')));
      return problem === null;
    },
    [current],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      setHint('');
      if (c.source && c.target)
        apply(connect(current(), c.source, c.sourceHandle ?? 'out', c.target));
    },
    [apply, current],
  );
  const clearHint = useCallback(() => setHint(''), []);
  // A move is settled (dragging: false) when a drag ends or an arrow key moves selected steps;
  // only then does it enter the graph and the history, a held arrow key as one undo step.
  const onNodesChange = useCallback<OnNodesChange<StepFlowNode>>(
    (changes) => {
      draft.onNodesChange(changes);
      const settled = new Map<string, XYPosition>();
      for (const c of changes) {
        if (c.type === 'position' && c.dragging === false && c.position) {
          settled.set(c.id, c.position);
        }
      }
      if (settled.size > 0) {
        apply(moveNodes(current(), settled), { key: `move:${[...settled.keys()].join(',')}` });
      }
    },
    [draft.onNodesChange, apply, current],
  );
  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: StepFlowNode[]; edges: StepFlowEdge[] }) =>
      apply(
        removeElements(
          current(),
          gone.map((n) => n.id),
          cut.map((e) => e.id),
        ),
      ),
    [apply, current],
  );
  const duplicate = useCallback(() => {
    const copied = duplicateNodes(current(), selectedRef.current);
    if (copied.ids.length > 0) apply(copied.graph, { select: copied.ids });
  }, [apply, current]);
  const layout = useCallback(() => {
    apply(autoLayout(current(), types));
    window.requestAnimationFrame(() => void fitView({ padding: 0.2, duration: 300 }));
  }, [apply, current, types, fitView]);

  const onInspectorChange = useCallback(
    (node: GraphNode) => {
      if (!selectedId) return;
      apply(replaceNode(current(), selectedId, node), { key: `edit:${selectedId}` });
      setProblems((p) => withoutNode(p, selectedId));
    },
    [apply, current, selectedId],
  );

  const showProblem = useCallback(
    (problem: Problem) => {
      const id = problem.nodeId ?? (problem.edgeId ? problem.edgeId.split(':')[0] : undefined);
      const node = id ? current().nodes.find((n) => n.id === id) : undefined;
      if (!node) return;
      setNodes((all) => selectOnly(all, new Set([node.id])));
      const [x = 0, y = 0] = node.position ?? [];
      void setCenter(x + NODE_WIDTH / 2, y + NODE_HEIGHT / 2, { zoom: 1, duration: 300 });
    },
    [current, setNodes, setCenter],
  );

  // ---- draft lifecycle ----
  const showServerProblems = useCallback(
    (details: Record<string, string>) => setProblems(graphProblems(details)),
    [],
  );
  const refuse = useCallback((error: unknown) => {
    if (isApiError(error) && error.hasFieldErrors) {
      setProblems(graphProblems(error.fieldErrors));
      setTab('problems');
    }
  }, []);
  const save = useMutation({
    mutationFn: (draftToSave: { name: string; graph: AutomationGraph }) =>
      designerApi.save(workspaceId, automation.id, {
        name: draftToSave.name,
        description: automation.description,
        graph: draftToSave.graph,
      }),
    onSuccess: (_, sent) => {
      setSaved(sent);
      setProblems(NO_PROBLEMS);
      void queryClient.invalidateQueries({
        queryKey: [...automationKeys.all, workspaceId, 'list'],
      });
    },
    onError: refuse,
  });
  const saveDraft = useCallback(async () => {
    if (readOnly) return false;
    setNotice('');
    try {
      await save.mutateAsync({ name: name.trim() || automation.name, graph: current() });
      setNotice('Draft saved.');
      return true;
    } catch {
      return false;
    }
  }, [readOnly, save, name, automation.name, current]);
  const saveRef = useRef(saveDraft);
  saveRef.current = saveDraft;

  const publish = useMutation({
    mutationFn: (summary: string) =>
      designerApi.publish(workspaceId, automation.id, summary ? { summary } : {}),
    onSuccess: (version) => {
      setNotice(`Published version ${version.version}${version.active ? '; it is active' : ''}.`);
      setProblems(NO_PROBLEMS);
    },
    onError: refuse,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: designerKeys.versions(workspaceId, automation.id),
        }),
        queryClient.invalidateQueries({ queryKey: [...automationKeys.all, workspaceId, 'list'] }),
      ]),
  });
  const publishDraft = async (summary: string) => {
    setPublishOpen(false);
    if (dirty && !(await saveDraft())) return;
    publish.mutate(summary.trim());
  };

  const mayReplaceDraft = useCallback(() => !dirty || window.confirm(LEAVE_WARNING), [dirty]);
  const onRolledBack = useCallback(
    (version: AutomationVersion) => {
      if (!version.graph) return;
      const restored = positioned(version.graph, types);
      apply(restored);
      setSaved({ graph: restored, name });
      setProblems(NO_PROBLEMS);
      setNotice(
        `Rolled back to version ${version.version}: it is published again as the newest version.`,
      );
    },
    [apply, types, name],
  );

  // ---- keyboard ----
  const showHelp = useCallback(() => setShortcutsOpen(true), []);
  useDesignerShortcuts(
    {
      save: () => void saveDraft(),
      undo: draft.undo,
      redo: draft.redo,
      duplicate,
      showHelp,
    },
    readOnly,
  );
  const fit = useCallback(() => void fitView({ padding: 0.2, duration: 300 }), [fitView]);
  const saveNow = useCallback(() => void saveRef.current(), []);
  const openPublish = useCallback(() => setPublishOpen(true), []);

  const selectedNode = selectedId ? graph.nodes.find((n) => n.id === selectedId) : undefined;
  const templatesPath = `/workspaces/${encodeURIComponent(workspaceId)}/automations/templates`;
  const problemCount = problems.list.length;

  return (
    <div className="designer">
      <DesignerToolbar
        workspaceId={workspaceId}
        name={name}
        fallbackName={automation.name}
        onNameChange={setName}
        readOnly={readOnly}
        dirty={dirty}
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        hasSteps={graph.nodes.length > 0}
        saving={save.isPending}
        publishing={publish.isPending}
        onUndo={draft.undo}
        onRedo={draft.redo}
        onLayout={layout}
        onFit={fit}
        onHelp={showHelp}
        onSave={saveNow}
        onPublish={openPublish}
      />
      <Alert tone={notice === ONE_TRIGGER ? 'warning' : 'success'}>{notice}</Alert>
      {Boolean(save.error ?? publish.error) && (
        <Alert>
          {errorMessage(save.error ?? publish.error)}
          {problemCount > 0 &&
            ' The steps at fault are marked in red; the Problems tab lists them all.'}
        </Alert>
      )}
      <div className="designer-body">
        <Palette types={nodeTypes} disabled={readOnly} onAdd={addStep} />
        <DesignerCanvas
          nodes={shownNodes}
          edges={shownEdges}
          readOnly={readOnly}
          onNodesChange={onNodesChange}
          onEdgesChange={draft.onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={clearHint}
          isValidConnection={isValidConnection}
          onDelete={onDelete}
          onDrop={onDrop}
          hint={hint}
          empty={
            <div className="designer-empty-card">
              <h2>Start with a trigger</h2>
              <p>
                Drag a trigger from the palette onto the canvas (or select it and press Enter), then
                add steps below it.
              </p>
              <Link className="btn btn-secondary btn-sm" to={templatesPath}>
                Start from a template
              </Link>
            </div>
          }
        />
        <aside className="designer-side" aria-label="Details">
          <div role="tablist" aria-label="Panels" className="designer-tabs">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`designer-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`designer-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className={`designer-tab${tab === t.id ? ' is-active' : ''}`}
                onClick={() => setTab(t.id)}
                onKeyDown={(e) => {
                  const next = tabAfterKey(TAB_IDS, t.id, e.key);
                  if (!next) return;
                  e.preventDefault();
                  setTab(next);
                  document.getElementById(`designer-tab-${next}`)?.focus();
                }}
              >
                {t.label}
                {t.id === 'problems' && problemCount > 0 && (
                  <span className="designer-tab-count">{problemCount}</span>
                )}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`designer-panel-${tab}`}
            aria-labelledby={`designer-tab-${tab}`}
            className="designer-panel"
          >
            {tab === 'step' &&
              (selectedNode ? (
                <StepInspector
                  key={selectedNode.id}
                  node={selectedNode}
                  nodeType={types.get(selectedNode.type)}
                  graph={graph}
                  nodeTypes={nodeTypes}
                  problems={problems.byNode.get(selectedNode.id) ?? NO_INSPECTOR_PROBLEMS}
                  readOnly={readOnly}
                  onChange={onInspectorChange}
                />
              ) : (
                <p className="muted">
                  {selectedIds.length > 1
                    ? `${selectedIds.length} steps selected. Press Ctrl/⌘+D to duplicate them or Delete to remove them.`
                    : 'Select a step to edit its settings.'}
                </p>
              ))}
            {tab === 'problems' && (
              <ProblemsPanel problems={problems} graph={graph} onShow={showProblem} />
            )}
            {tab === 'simulate' && (
              <SimulatePanel
                workspaceId={workspaceId}
                automationId={automation.id}
                graph={graph}
                onFrame={setFrame}
                onInvalid={showServerProblems}
              />
            )}
            {tab === 'versions' && (
              <VersionsPanel
                workspaceId={workspaceId}
                automationId={automation.id}
                canWrite={canWrite}
                mayReplaceDraft={mayReplaceDraft}
                onRolledBack={onRolledBack}
              />
            )}
          </div>
        </aside>
      </div>
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {publishOpen && (
        <PublishDialog
          dirty={dirty}
          onCancel={() => setPublishOpen(false)}
          onPublish={(summary) => void publishDraft(summary)}
        />
      )}
    </div>
  );
}

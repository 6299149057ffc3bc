import {
  ERROR_PORT,
  isTriggerType,
  nodeLabel,
  type AutomationGraph,
  type GraphNode,
  type NodeType,
} from '../graph/model';
import { containsExpression, parseTemplate } from './expressions';

/** One path the expression helper offers at a node. */
export interface Variable {
  path: string;
  group: 'Trigger' | 'Variables' | 'Steps' | 'Loop' | 'Error' | 'Run';
  description: string;
}

/**
 * What each step type puts in `nodes.<id>`, read from the code that runs it (StepRunner and the
 * step handlers in the activities module). Types that output nothing (if, join, delay) are absent.
 */
const CONTACT_FIELDS = ['id', 'email', 'firstName', 'lastName', 'phone', 'tags', 'fields'];
export const STEP_OUTPUTS: Record<string, readonly string[]> = {
  'http.request': ['status', 'headers', 'body'],
  'email.send': ['to', 'alreadySent'],
  'contact.upsert': [...CONTACT_FIELDS, 'created'],
  'contact.tag': [...CONTACT_FIELDS, 'added'],
  'wait.until': ['at'],
  'wait.event': ['eventId', 'type', 'key', 'payload'],
  'approval.request': ['approved', 'by', 'comment'],
  'flow.switch': ['case'],
  'flow.parallel': ['branches'],
  'flow.loop': ['count', 'truncated'],
  'automation.call': ['runId', 'output'],
  'ai.generate': ['kind', 'title', 'subject', 'body', 'metaDescription', 'sections', 'model'],
};

/** What every event trigger adds beside the event's data (EventDispatcher.input). */
const EVENT_META = ['id', 'type', 'key', 'occurredAt'];
const SCHEDULE_INPUT = ['scheduledAt', 'firedAt'];
const SAMPLE_PATH_LIMIT = 200;

/** `.key` when the engine reads it as a name, else `['key']`. */
export function pathSegment(key: string): string {
  return /^[\p{L}\p{N}_-]+$/u.test(key) ? `.${key}` : `['${key.replace(/'/g, '')}']`;
}

/** Every path into a sample value: `order`, `order.items`, `order.items[0]`, `order.items[0].sku`. */
export function flattenPaths(value: unknown, prefix: string, depth = 0): string[] {
  if (depth > 6) return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    const first = `${prefix}[0]`;
    return [first, ...flattenPaths(value[0], first, depth + 1)];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      const path = prefix + pathSegment(key);
      return [path, ...flattenPaths(v, path, depth + 1)];
    });
  }
  return [];
}

type Edges = AutomationGraph['edges'];

/** Ids that lead to `id` along edges, `id` itself excluded; `skip` drops edges from the walk. */
function ancestors(edges: Edges, id: string, skip: (e: Edges[number]) => boolean = () => false) {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const e of edges) {
      if (e.to === current && !skip(e) && !found.has(e.from)) {
        found.add(e.from);
        queue.push(e.from);
      }
    }
  }
  found.delete(id);
  return found;
}

/** Ids reachable from `start` (itself included), not going through `stopAt`. */
function descendants(edges: Edges, start: string, stopAt?: string): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === stopAt || found.has(current)) continue;
    found.add(current);
    for (const e of edges) if (e.from === current) queue.push(e.to);
  }
  return found;
}

/**
 * Nodes on some path to `id`, as the server's validator counts them (every edge, back edges into
 * loops included): what an expression may read without being refused.
 */
export const upstreamOf = (graph: AutomationGraph, id: string) => ancestors(graph.edges, id);

/**
 * Nodes that have certainly run before `id` on the first pass: the edges that close a loop are
 * left out, so a loop body's later steps are not offered to its earlier ones.
 */
function runsBefore(graph: AutomationGraph, id: string, byId: Map<string, GraphNode>) {
  const backEdges = new Set(
    graph.edges.filter(
      (e) => byId.get(e.to)?.type === 'flow.loop' && descendants(graph.edges, e.to).has(e.from),
    ),
  );
  return ancestors(graph.edges, id, (e) => backEdges.has(e));
}

/** The loops whose `item` branch contains `id`, innermost first. */
function enclosingLoops(graph: AutomationGraph, id: string, byId: Map<string, GraphNode>) {
  const loops: { loop: GraphNode; body: Set<string> }[] = [];
  for (const e of graph.edges) {
    const loop = byId.get(e.from);
    if (loop?.type !== 'flow.loop' || e.port !== 'item') continue;
    const body = descendants(graph.edges, e.to, loop.id);
    if (body.has(id)) loops.push({ loop, body });
  }
  return loops.sort((a, b) => a.body.size - b.body.size);
}

/** Whether `{{ error.* }}` is set at `id`: after an error port, or in the error handler's path. */
function afterError(graph: AutomationGraph, id: string, upstream: Set<string>): boolean {
  const viaErrorPort = graph.edges.some(
    (e) => e.port === ERROR_PORT && (e.to === id || upstream.has(e.to)),
  );
  const handler = graph.settings?.errorHandler;
  return viaErrorPort || (!!handler && descendants(graph.edges, handler).has(id));
}

function triggerVariables(trigger: GraphNode | undefined): Variable[] {
  const out: Variable[] = [];
  const add = (path: string, description: string) =>
    out.push({ path, group: 'Trigger', description });
  switch (trigger?.type) {
    case 'trigger.manual': {
      add('trigger', 'The run’s whole input');
      const paths = flattenPaths(trigger.params.sampleInput, 'trigger').slice(0, SAMPLE_PATH_LIMIT);
      for (const path of paths) add(path, 'From the sample input');
      break;
    }
    case 'trigger.event': {
      const event = typeof trigger.params.event === 'string' ? trigger.params.event : 'the event';
      add('trigger', `The data of ${event}`);
      for (const key of EVENT_META) add(`trigger.event.${key}`, `The event’s ${key}`);
      break;
    }
    case 'trigger.webhook':
      add('trigger', 'The webhook’s JSON body');
      break;
    case 'trigger.schedule':
      for (const key of SCHEDULE_INPUT) add(`trigger.${key}`, 'When the schedule fired');
      break;
    default:
      add('trigger', 'The run’s input');
  }
  return out;
}

/** Inside its item branch a loop's output is the current item; after it, the count. */
const LOOP_ITEM_OUTPUT = ['item', 'index'];

function stepVariables(
  node: GraphNode,
  nodeType: NodeType | undefined,
  insideLoop: boolean,
): Variable[] {
  const name = nodeLabel(node);
  const fields =
    node.type === 'data.set'
      ? Object.keys(objectOrEmpty(node.params.values))
      : insideLoop
        ? LOOP_ITEM_OUTPUT
        : (STEP_OUTPUTS[node.type] ?? []);
  // A step type without a known output still yields one if it runs as an activity.
  if (fields.length === 0 && !STEP_OUTPUTS[node.type] && !nodeType?.sideEffect) return [];
  const base = `nodes${pathSegment(node.id)}`;
  return [
    { path: base, group: 'Steps', description: `Output of ${name}` },
    ...fields.map((f) => ({
      path: base + pathSegment(f),
      group: 'Steps' as const,
      description: `${f} from ${name}`,
    })),
  ];
}

const objectOrEmpty = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The value at a path such as `trigger.order.items[0]` in the trigger's sample input. */
export function sampleAt(sample: unknown, path: string): unknown {
  const segments = path.match(/^trigger((?:\.[\p{L}\p{N}_-]+|\[\d+\]|\['[^']*'\])*)$/u);
  if (!segments) return undefined;
  let current = sample;
  for (const [, name, index, quoted] of segments[1]!.matchAll(
    /\.([\p{L}\p{N}_-]+)|\[(\d+)\]|\['([^']*)'\]/gu,
  )) {
    const key = name ?? quoted ?? Number(index);
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * The fields of the loop's item when it goes through a list of the sample input
 * (`{{ trigger.order.items }}` → `loop.item.sku`).
 */
function sampleItemPaths(loop: GraphNode, trigger: GraphNode | undefined): string[] {
  const items = typeof loop.params.items === 'string' ? loop.params.items : '';
  const whole = /^\s*\{\{\s*(trigger[^{}?]*?)\s*}}\s*$/.exec(items);
  if (!whole || trigger?.type !== 'trigger.manual') return [];
  const list = sampleAt(trigger.params.sampleInput, whole[1]!);
  return Array.isArray(list) ? flattenPaths(list[0], 'loop.item').slice(0, SAMPLE_PATH_LIMIT) : [];
}

/**
 * Every path an expression can read at `nodeId`: the trigger's data, variables and outputs of the
 * steps that run before it, the loop item inside a loop's item branch, the error after an error
 * port, and the run's own id and start.
 */
export function availableVariables(
  graph: AutomationGraph,
  nodeId: string,
  nodeTypes: readonly NodeType[],
): Variable[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const types = new Map(nodeTypes.map((t) => [t.type, t]));
  const before = runsBefore(graph, nodeId, byId);
  const upstream = [...before].map((id) => byId.get(id)).filter((n): n is GraphNode => !!n);
  const trigger = graph.nodes.find((n) => isTriggerType(n.type));
  const variables: Variable[] = [...triggerVariables(trigger)];

  const seenVars = new Set<string>();
  for (const node of upstream.filter((n) => n.type === 'data.set')) {
    for (const key of Object.keys(objectOrEmpty(node.params.values))) {
      if (seenVars.has(key)) continue;
      seenVars.add(key);
      variables.push({
        path: `vars${pathSegment(key)}`,
        group: 'Variables',
        description: `Set by ${nodeLabel(node)}`,
      });
    }
  }
  const loops = enclosingLoops(graph, nodeId, byId);
  const inside = new Set(loops.map((l) => l.loop.id));
  // Graph order keeps the list stable as the owner edits.
  for (const node of graph.nodes) {
    if (before.has(node.id) && !isTriggerType(node.type)) {
      variables.push(...stepVariables(node, types.get(node.type), inside.has(node.id)));
    }
  }
  const [loop] = loops;
  if (loop) {
    const name = nodeLabel(loop.loop);
    variables.push(
      { path: 'loop.item', group: 'Loop', description: `The item ${name} is on` },
      ...sampleItemPaths(loop.loop, trigger).map((path) => ({
        path,
        group: 'Loop' as const,
        description: 'From the sample input',
      })),
      { path: 'loop.index', group: 'Loop', description: `Its position in ${name}, from 0` },
    );
  }
  if (afterError(graph, nodeId, upstreamOf(graph, nodeId))) {
    variables.push(
      { path: 'error.message', group: 'Error', description: 'What went wrong' },
      { path: 'error.node', group: 'Error', description: 'The id of the step that failed' },
      { path: 'error.type', group: 'Error', description: 'The kind of failure' },
    );
  }
  variables.push(
    { path: 'run.id', group: 'Run', description: 'This run’s id' },
    { path: 'run.startedAt', group: 'Run', description: 'When this run started' },
    { path: 'run.automationId', group: 'Run', description: 'This automation’s id' },
    { path: 'run.version', group: 'Run', description: 'The version running' },
  );
  return variables;
}

/**
 * Warnings for the expressions of one text at `nodeId`, in the validator's terms: malformed
 * `{{`, steps that do not come before, variables nobody sets, loop and error data out of place.
 */
export function expressionWarnings(
  text: unknown,
  graph: AutomationGraph,
  nodeId: string,
): string[] {
  if (!containsExpression(text)) return [];
  const parsed = parseTemplate(text);
  if (parsed.error) return [parsed.error];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const upstream = upstreamOf(graph, nodeId);
  const warnings: string[] = [];
  for (const ref of parsed.references) {
    const key = ref.firstKey;
    if (ref.root === 'nodes' && (!key || !upstream.has(key) || !byId.has(key))) {
      warnings.push(
        `{{ ${ref.text} }} reads ${key ?? 'a step'}, which does not come before this step`,
      );
    } else if (ref.root === 'vars' && (!key || !setUpstream(byId, upstream, key))) {
      warnings.push(`{{ ${ref.text} }}: no Set variables step before this one sets ${key ?? 'it'}`);
    } else if (ref.root === 'loop' && enclosingLoops(graph, nodeId, byId).length === 0) {
      warnings.push(`{{ ${ref.text} }} is only available inside a loop’s item branch`);
    } else if (ref.root === 'error' && !afterError(graph, nodeId, upstream)) {
      warnings.push(`{{ ${ref.text} }} is only available after an error port`);
    }
  }
  return warnings;
}

function setUpstream(byId: Map<string, GraphNode>, upstream: Set<string>, key: string) {
  return [...upstream].some((id) => {
    const n = byId.get(id);
    return n?.type === 'data.set' && key in objectOrEmpty(n.params.values);
  });
}

/** The variables matching what was typed in the helper's search: every word, in path or text. */
export function filterVariables(variables: readonly Variable[], query: string): Variable[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...variables];
  return variables.filter((v) => {
    const haystack = `${v.path} ${v.group} ${v.description}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Expression warnings of every text in a node's parameters, keyed by its path. */
export function expressionWarningsOf(
  node: GraphNode,
  graph: AutomationGraph,
): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const warnings = expressionWarnings(value, graph, node.id);
      if (warnings.length > 0) found[key] = warnings;
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${key}.${i}`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
    }
  };
  walk(node.params, 'params');
  return found;
}

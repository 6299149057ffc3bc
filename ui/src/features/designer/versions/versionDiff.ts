import { edgeId } from '../graph/mapping';
import { nodeLabel, type AutomationGraph, type GraphNode } from '../graph/model';

/** What changed from one version's graph to the next; positions alone are not a change. */
export interface GraphDiff {
  added: string[];
  removed: string[];
  changed: string[];
  connectionsAdded: number;
  connectionsRemoved: number;
  settingsChanged: boolean;
}

const settingsOf = (node: GraphNode) =>
  JSON.stringify([node.type, node.name ?? null, node.params, node.retry ?? null]);

export function diffGraphs(before: AutomationGraph | null, after: AutomationGraph): GraphDiff {
  const old = new Map((before?.nodes ?? []).map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const oldEdges = new Set((before?.edges ?? []).map(edgeId));
  const newEdges = new Set(after.edges.map(edgeId));
  return {
    added: after.nodes.filter((n) => !old.has(n.id)).map(nodeLabel),
    removed: (before?.nodes ?? []).filter((n) => !now.has(n.id)).map(nodeLabel),
    changed: after.nodes
      .filter((n) => old.has(n.id) && settingsOf(old.get(n.id)!) !== settingsOf(n))
      .map(nodeLabel),
    connectionsAdded: [...newEdges].filter((e) => !oldEdges.has(e)).length,
    connectionsRemoved: [...oldEdges].filter((e) => !newEdges.has(e)).length,
    settingsChanged:
      before !== null &&
      JSON.stringify(before.settings ?? null) !== JSON.stringify(after.settings ?? null),
  };
}

const names = (ids: string[]) =>
  ids.length <= 2 ? ids.join(', ') : `${ids.slice(0, 2).join(', ')} and ${ids.length - 2} more`;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One short line, e.g. "added Wait 2 days; changed Send email; 1 connection added". */
export function summarizeDiff(diff: GraphDiff, isFirst = false): string {
  if (isFirst) return `First version: ${count(diff.added.length, 'step')}`;
  const parts = [
    diff.added.length ? `added ${names(diff.added)}` : '',
    diff.removed.length ? `removed ${names(diff.removed)}` : '',
    diff.changed.length ? `changed ${names(diff.changed)}` : '',
    diff.connectionsAdded ? `${count(diff.connectionsAdded, 'connection')} added` : '',
    diff.connectionsRemoved ? `${count(diff.connectionsRemoved, 'connection')} removed` : '',
    diff.settingsChanged ? 'settings changed' : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'No change to the steps';
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

import type { NodeType } from './graph/model';

/** The palette's sections, in the order an automation is built: trigger first. */
const CATEGORY_ORDER = ['trigger', 'flow', 'wait', 'data', 'action', 'ai'];
export const CATEGORY_LABELS: Record<string, string> = {
  trigger: 'Triggers',
  flow: 'Flow',
  wait: 'Waits',
  data: 'Data',
  action: 'Actions',
  ai: 'AI',
};

export interface PaletteGroup {
  category: string;
  label: string;
  types: NodeType[];
}

/** Node types grouped by category and filtered by a search on label, type and description. */
export function paletteGroups(types: NodeType[], search: string): PaletteGroup[] {
  const needle = search.trim().toLowerCase();
  const matches = (t: NodeType) =>
    !needle || [t.label, t.type, t.description ?? ''].some((s) => s.toLowerCase().includes(needle));
  const groups = new Map<string, NodeType[]>();
  for (const t of types) {
    if (matches(t)) groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
  }
  const rank = (c: string) => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, list]) => ({
      category,
      label: CATEGORY_LABELS[category] ?? category,
      types: list,
    }));
}

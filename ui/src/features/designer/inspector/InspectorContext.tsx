import { createContext, useContext } from 'react';
import type { FieldPath } from './schemaForm';
import type { Variable } from './variables';

export interface FieldMessages {
  errors: string[];
  warnings: string[];
}

/** What every field of one node's form shares, so fields need no long prop chains. */
export interface InspectorContextValue {
  readOnly: boolean;
  /** Paths the expression helper offers at this node. */
  variables: Variable[];
  /**
   * Whether the run resolves expressions anywhere in this node's parameters (steps do; a
   * trigger's settings, such as its sample input, are not resolved).
   */
  resolvesExpressions: boolean;
  /** The errors and warnings to show at a field now. */
  messagesAt(key: string): FieldMessages;
  /** Marks a field as visited: its own problems (e.g. "is required") show from then on. */
  touch(key: string): void;
  setValue(path: FieldPath, value: unknown): void;
  /** Turns a field key into a DOM id unique to this inspector. */
  idOf(key: string): string;
}

export const InspectorContext = createContext<InspectorContextValue | null>(null);

export function useInspector(): InspectorContextValue {
  const context = useContext(InspectorContext);
  if (!context) throw new Error('Fields of the node inspector must be rendered inside it');
  return context;
}

/**
 * Moves the focus to an element once React has rendered it: the first field of an entry just
 * added, or the add button when the entry holding the focus was removed.
 */
export function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

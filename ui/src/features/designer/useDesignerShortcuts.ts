import { useEffect, useRef } from 'react';

export interface DesignerCommands {
  save: () => void;
  undo: () => void;
  redo: () => void;
  duplicate: () => void;
  showHelp: () => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The designer's keyboard shortcuts on the whole window. Ctrl/⌘+S works everywhere; the others
 * leave text fields alone (their own undo stays theirs). Delete is React Flow's.
 */
export function useDesignerShortcuts(commands: DesignerCommands, readOnly: boolean) {
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const run = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 's') {
        event.preventDefault();
        if (!readOnly) run.save();
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        run.showHelp();
        return;
      }
      if (readOnly || !mod) return;
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) run.redo();
        else run.undo();
      } else if (key === 'y') {
        event.preventDefault();
        run.redo();
      } else if (key === 'd') {
        event.preventDefault();
        run.duplicate();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly]);
}

import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A small modal: labelled, closes on Escape, gives focus to its first control and back after. */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div className="designer-dialog-backdrop" onMouseDown={onClose}>
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="designer-dialog card"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId} className="card-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

const SHORTCUTS: [string, string][] = [
  ['Delete / Backspace', 'Remove the selected steps or connections'],
  ['Ctrl/⌘ + D', 'Duplicate the selected steps'],
  ['Ctrl/⌘ + Z', 'Undo'],
  ['Shift + Ctrl/⌘ + Z, Ctrl + Y', 'Redo'],
  ['Ctrl/⌘ + S', 'Save the draft'],
  ['Enter on a palette item', 'Add it below the selected step, connected'],
  ['Tab, then Enter on a step', 'Select a step; arrow keys move it'],
  ['?', 'Show these shortcuts'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="shortcut-row">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="designer-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

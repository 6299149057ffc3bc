import { memo, useId, useMemo, useState, type DragEvent } from 'react';
import type { NodeType } from './graph/model';
import { paletteGroups } from './palette';

/** The data type a palette item carries while dragged onto the canvas. */
export const NODE_TYPE_DRAG = 'application/x-mewayz-node-type';

/**
 * Every trigger and step type, grouped and searchable. Drag an item onto the canvas, or press
 * Enter on it to add it below the selected step, connected.
 */
export const Palette = memo(function Palette({
  types,
  disabled,
  onAdd,
}: {
  types: NodeType[];
  disabled?: boolean;
  onAdd: (type: string) => void;
}) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const groups = useMemo(() => paletteGroups(types, search), [types, search]);
  const startDrag = (event: DragEvent<HTMLButtonElement>, type: string) => {
    event.dataTransfer.setData(NODE_TYPE_DRAG, type);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <nav className="designer-palette" aria-label="Steps to add">
      <h2 className="sr-only">Steps to add</h2>
      <label className="sr-only" htmlFor={searchId}>
        Search steps
      </label>
      <input
        id={searchId}
        className="input"
        type="search"
        placeholder="Search steps"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p className="muted small">
        Drag onto the canvas, or press Enter to add below the selected step.
      </p>
      {groups.length === 0 && <p className="muted small">No step matches “{search}”.</p>}
      {groups.map((group) => (
        <section key={group.category} aria-label={group.label} className="palette-group">
          <h3 className="palette-group-title">{group.label}</h3>
          <ul className="palette-list">
            {group.types.map((t) => (
              <li key={t.type}>
                <button
                  type="button"
                  className={`palette-item palette-item--${t.category}`}
                  draggable={!disabled}
                  disabled={disabled}
                  onDragStart={(e) => startDrag(e, t.type)}
                  onClick={() => onAdd(t.type)}
                  aria-label={`Add ${t.label}`}
                  title={t.description ?? undefined}
                  data-node-type={t.type}
                >
                  <span className="palette-item-label">{t.label}</span>
                  {t.description && (
                    <span className="palette-item-description">{t.description}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
});

import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterVariables, type Variable } from '../variables';

interface VariablePickerProps {
  /** The field it inserts into, for the button's name: "Insert a variable into To". */
  fieldLabel: string;
  variables: Variable[];
  onInsert: (path: string) => void;
  disabled?: boolean;
}

/**
 * The expression helper: a button opening a searchable list of the variables available at this
 * node (combobox and listbox: arrows move, Enter inserts, Escape closes).
 */
export const VariablePicker = memo(function VariablePicker({
  fieldLabel,
  variables,
  onInsert,
  disabled,
}: VariablePickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const matches = useMemo(() => filterVariables(variables, query), [variables, query]);
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (open) searchRef.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open || activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeIndex, id]);

  const close = (refocus: boolean) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (variable: Variable | undefined) => {
    if (!variable) return;
    close(false);
    onInsert(variable.path);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, moves[e.key]!));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(matches[activeIndex]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  return (
    <div className="variable-picker">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-ghost btn-sm variable-picker-button"
        aria-label={`Insert a variable into ${fieldLabel}`}
        title="Insert a variable"
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => (open ? close(true) : setOpen(true))}
      >
        {'{x}'}
      </button>
      {open && (
        <div
          className="variable-picker-popup"
          role="dialog"
          aria-label={`Variables for ${fieldLabel}`}
          onBlur={(e) => {
            // Focus going to the toggle button is left to its click, which closes the list.
            const to = e.relatedTarget as Node | null;
            if (!e.currentTarget.contains(to) && to !== buttonRef.current) close(false);
          }}
        >
          <input
            ref={searchRef}
            className="input input-sm"
            role="combobox"
            aria-label={`Search variables for ${fieldLabel}`}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
            placeholder="Search variables"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label="Variables" className="variable-list">
            {matches.map((v, i) => (
              <li
                key={v.path}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className="variable-option"
                // Keeps the focus in the search box, so the list stays open until the choice.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(v)}
              >
                <code className="variable-path">{v.path}</code>
                <span className="variable-description">
                  {v.group} · {v.description}
                </span>
              </li>
            ))}
          </ul>
          {matches.length === 0 && (
            <p className="muted small" role="status">
              No variable matches “{query}”.
            </p>
          )}
        </div>
      )}
    </div>
  );
});

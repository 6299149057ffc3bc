import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/ui';
import { MERGE_TAGS } from './mergeTags';

/**
 * "Insert merge tag": a button opening a short list of the tags the server knows. Picking one
 * hands it to `onInsert`; Escape closes the list and gives the focus back to the button.
 */
export function MergeTagMenu({
  label,
  onInsert,
}: {
  label: string;
  onInsert: (tag: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  return (
    <div
      className={open ? 'merge-menu merge-menu-open' : 'merge-menu'}
      onBlur={(event) => {
        // Focus moving out of the menu (a click elsewhere, Tab past the end) closes it.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Button
        ref={buttonRef}
        variant="secondary"
        size="sm"
        aria-label={`Insert merge tag into the ${label}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        Insert merge tag
      </Button>
      {open && (
        <ul id={listId} ref={listRef} className="merge-menu-list" aria-label="Merge tags">
          {MERGE_TAGS.map(({ tag, label: tagLabel }) => (
            <li key={tag}>
              <button
                type="button"
                className="merge-menu-item"
                onClick={() => {
                  setOpen(false);
                  onInsert(tag);
                }}
              >
                <span>{tagLabel}</span>
                <code>{tag}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

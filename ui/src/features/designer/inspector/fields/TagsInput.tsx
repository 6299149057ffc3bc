import { memo, useState } from 'react';
import { focusSoon } from '../InspectorContext';

interface TagsInputProps {
  id: string;
  label: string;
  tags: string[];
  onChange: (tags: string[] | undefined) => void;
  onBlur?: () => void;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
}

/** A list of words as chips: Enter or comma adds, Backspace in the empty box removes the last. */
export const TagsInput = memo(function TagsInput({
  id,
  label,
  tags,
  onChange,
  onBlur,
  describedBy,
  invalid,
  readOnly,
}: TagsInputProps) {
  const [text, setText] = useState('');
  const set = (next: string[]) => onChange(next.length > 0 ? next : undefined);
  const commit = () => {
    const added = text
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !tags.includes(t));
    if (added.length > 0) set([...tags, ...new Set(added)]);
    setText('');
  };
  return (
    <div className="tags-input">
      {tags.length > 0 && (
        <ul className="tags-list" aria-label={label}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove ${tag}`}
                  onClick={() => {
                    set(tags.filter((t) => t !== tag));
                    focusSoon(id);
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <input
          id={id}
          className="input input-sm"
          value={text}
          placeholder="Type and press Enter"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
              set(tags.slice(0, -1));
            }
          }}
          onBlur={() => {
            commit();
            onBlur?.();
          }}
        />
      )}
    </div>
  );
});

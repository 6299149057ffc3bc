import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

const MAX_TAG = 50;

/** Splits typed text into tags: `vip, customer` gives two. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/**
 * Tags as chips with a text input: Enter, a comma or leaving the input adds what was typed, each
 * chip has its own remove button. The value is the list; `onChange` gets the next one.
 */
export function TagInput({
  label,
  tags,
  onChange,
  hint,
  error,
  disabled,
  name,
}: {
  label: ReactNode;
  tags: string[];
  onChange: (next: string[]) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  /** Names the input, so a form's error focus and tests find it. */
  name: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const shown = error ?? problem;
  const describedBy = [hint && `${id}-hint`, shown && `${id}-error`].filter(Boolean).join(' ');

  const add = () => {
    const typed = splitTags(text);
    if (typed.length === 0) return;
    const tooLong = typed.find((tag) => tag.length > MAX_TAG);
    if (tooLong) {
      setProblem(`A tag has at most ${MAX_TAG} characters.`);
      return;
    }
    setProblem('');
    setText('');
    onChange([...tags, ...typed.filter((tag) => !tags.includes(tag))].filter(unique));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className={shown ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {tags.length > 0 && (
        <ul
          className="crm-tags"
          aria-label={typeof label === 'string' ? `${label} (chosen)` : undefined}
        >
          {tags.map((tag) => (
            <li key={tag} className="crm-tag">
              <span>{tag}</span>
              <button
                type="button"
                className="crm-tag-remove"
                aria-label={`Remove tag ${tag}`}
                disabled={disabled}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        name={name}
        className="input"
        value={text}
        disabled={disabled}
        autoComplete="off"
        placeholder="Type a tag and press Enter"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {shown && (
        <p className="field-error" id={`${id}-error`}>
          {shown}
        </p>
      )}
    </div>
  );
}

function unique(tag: string, index: number, all: string[]) {
  return all.indexOf(tag) === index;
}

/** Tags shown as read-only chips in lists. */
export function TagChips({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="crm-tags crm-tags-static">
      {tags.map((tag) => (
        <li key={tag} className="crm-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}

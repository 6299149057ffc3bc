import { memo, useState } from 'react';
import { parseJson } from '../schemaForm';

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

interface JsonEditorProps {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Reports whether the text parses: the frame shows the error under the field. */
  onParseError: (message: string | null) => void;
  onBlur?: () => void;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  ariaLabel?: string;
}

/**
 * JSON typed by hand: the text is kept while it does not parse (the value stays the last valid
 * one), and replaced when the value changes from outside.
 */
export const JsonEditor = memo(function JsonEditor({
  id,
  value,
  onChange,
  onParseError,
  onBlur,
  describedBy,
  invalid,
  readOnly,
  ariaLabel,
}: JsonEditorProps) {
  const [text, setText] = useState(() => show(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The value changed from outside (another field, undo): show it, unless it is what we typed.
    setShown(value);
    const parsed = parseJson(text);
    if (parsed.error !== null || JSON.stringify(parsed.value) !== JSON.stringify(value)) {
      setText(show(value));
    }
  }
  return (
    <textarea
      id={id}
      className="input textarea json-input"
      spellCheck={false}
      rows={6}
      value={text}
      readOnly={readOnly}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onBlur={onBlur}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseJson(e.target.value);
        onParseError(parsed.error);
        if (parsed.error === null) {
          setShown(parsed.value);
          onChange(parsed.value);
        }
      }}
    />
  );
});

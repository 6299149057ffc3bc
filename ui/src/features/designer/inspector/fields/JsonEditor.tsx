import { memo, useState } from 'react';
import { jsonSnippetAt } from '../expressions';
import { parseJson } from '../schemaForm';
import { TextInput } from './TextInput';

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
  /** Names the field for the expression helper, offered when the run resolves this value. */
  expressionLabel?: string;
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
  expressionLabel,
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
  const edit = (next: string) => {
    setText(next);
    const parsed = parseJson(next);
    onParseError(parsed.error);
    if (parsed.error === null) {
      setShown(parsed.value);
      onChange(parsed.value);
    }
  };
  if (expressionLabel) {
    return (
      <TextInput
        id={id}
        label={expressionLabel}
        ariaLabel={ariaLabel}
        className="json-input"
        multiline
        expression
        snippetAt={jsonSnippetAt}
        value={text}
        onChange={edit}
        onBlur={onBlur}
        describedBy={describedBy}
        invalid={invalid}
      />
    );
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
      onChange={(e) => edit(e.target.value)}
    />
  );
});

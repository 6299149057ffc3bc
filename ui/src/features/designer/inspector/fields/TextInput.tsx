import { memo, useCallback, useRef } from 'react';
import { expressionOf, insertAt } from '../expressions';
import { useInspector } from '../InspectorContext';
import { VariablePicker } from './VariablePicker';

export interface TextInputProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  /** The field's name, for the expression helper's button and search box. */
  label: string;
  /** Offers the expression helper beside the input. */
  expression?: boolean;
  multiline?: boolean;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  placeholder?: string;
  /** Id of a datalist of suggestions. */
  list?: string;
  /** An accessible name when no <label> points at the input. */
  ariaLabel?: string;
  className?: string;
  /** How an expression is written at a place of the text; `{{ path }}` by default. */
  snippetAt?: (text: string, at: number, expression: string) => string;
}

/** A text input or area; with `expression`, the helper inserts `{{ path }}` at the caret. */
export const TextInput = memo(function TextInput({
  id,
  value,
  onChange,
  onBlur,
  label,
  expression,
  multiline,
  describedBy,
  invalid,
  required,
  placeholder,
  list,
  ariaLabel,
  className,
  snippetAt,
}: TextInputProps) {
  const { readOnly, variables } = useInspector();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const insert = useCallback(
    (path: string) => {
      const el = ref.current;
      // The input keeps its selection while the helper has the focus: insert there.
      const start = el?.selectionStart ?? null;
      const expression = expressionOf(path);
      const snippet = snippetAt ? snippetAt(value, start ?? value.length, expression) : expression;
      const next = insertAt(value, start, el?.selectionEnd ?? null, snippet);
      onChange(next.text);
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(next.caret, next.caret);
      });
    },
    [value, onChange, snippetAt],
  );

  const common = {
    id,
    ref,
    className: ['input', multiline && 'textarea', className].filter(Boolean).join(' '),
    value,
    readOnly,
    placeholder,
    required,
    'aria-label': ariaLabel,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onBlur,
  };
  return (
    <div className={expression ? 'expression-input' : undefined}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      {expression && !readOnly && (
        <VariablePicker fieldLabel={label} variables={variables} onInsert={insert} />
      )}
    </div>
  );
});

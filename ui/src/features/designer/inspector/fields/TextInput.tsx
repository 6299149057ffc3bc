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
}: TextInputProps) {
  const { readOnly, variables } = useInspector();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const insert = useCallback(
    (path: string) => {
      const el = ref.current;
      // The input keeps its selection while the helper has the focus: insert there.
      const next = insertAt(
        value,
        el?.selectionStart ?? null,
        el?.selectionEnd ?? null,
        expressionOf(path),
      );
      onChange(next.text);
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(next.caret, next.caret);
      });
    },
    [value, onChange],
  );

  const common = {
    id,
    ref,
    className: `input${multiline ? ' textarea' : ''}`,
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

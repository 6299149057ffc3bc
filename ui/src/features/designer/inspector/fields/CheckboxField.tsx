import { useInspector, type FieldMessages } from '../InspectorContext';
import type { FieldSpec } from '../schemaForm';

/** A yes/no parameter: the checkbox before its label, as people expect. */
export function CheckboxField({
  field,
  id,
  value,
  messages,
  onChange,
}: {
  field: FieldSpec;
  id: string;
  value: unknown;
  messages: FieldMessages;
  onChange: (value: unknown) => void;
}) {
  const { readOnly } = useInspector();
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = messages.errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field field-check">
      <label className="check-label">
        <input
          id={id}
          type="checkbox"
          checked={value === undefined ? field.placeholder === 'true' : value === true}
          disabled={readOnly}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span className="field-label">{field.label}</span>
      </label>
      {hintId && (
        <p className="field-hint" id={hintId}>
          {field.hint}
        </p>
      )}
      {errorId && (
        <p className="field-error" id={errorId}>
          {messages.errors.join(' · ')}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useInspector } from '../InspectorContext';
import { isPlainObject } from '../schemaForm';
import { JsonEditor } from './JsonEditor';
import { KeyValueEditor } from './KeyValueEditor';
import { TextInput } from './TextInput';
import type { FieldControlProps } from './types';

const ANY_MODES = { json: 'JSON', text: 'Text' } as const;
const MAP_MODES = { rows: 'Rows', json: 'JSON' } as const;

/** Two ways to edit one value, as a pair of toggle buttons. */
function FormatSwitch<M extends string>({
  label,
  modes,
  mode,
  onChange,
}: {
  label: string;
  modes: Record<M, string>;
  mode: M;
  onChange: (mode: M) => void;
}) {
  const { readOnly } = useInspector();
  return (
    <div className="segmented" role="group" aria-label={`Edit ${label} as`}>
      {(Object.entries(modes) as [M, string][]).map(([m, text]) => (
        <button
          key={m}
          type="button"
          className="segmented-button"
          aria-pressed={mode === m}
          disabled={readOnly}
          onClick={() => onChange(m)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/**
 * Free-form objects: name → value rows, or JSON when values are lists or objects (rows would
 * write them back as text).
 */
export function MapEditor({
  field,
  value,
  control,
  onChange,
  onBlur,
  onParseError,
}: FieldControlProps) {
  const { readOnly, resolvesExpressions } = useInspector();
  const nested =
    isPlainObject(value) && Object.values(value).some((v) => v !== null && typeof v === 'object');
  const [mode, setMode] = useState<keyof typeof MAP_MODES>(nested ? 'json' : 'rows');
  const choose = (next: keyof typeof MAP_MODES) => {
    setMode(next);
    onParseError(null);
  };
  return (
    <>
      <FormatSwitch label={field.label} modes={MAP_MODES} mode={mode} onChange={choose} />
      {mode === 'rows' ? (
        <KeyValueEditor
          id={control.id}
          label={field.label}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          readOnly={readOnly}
        />
      ) : (
        <JsonEditor
          expressionLabel={resolvesExpressions ? field.label : undefined}
          id={control.id}
          ariaLabel={`${field.label} as JSON`}
          value={value}
          onChange={onChange}
          onParseError={onParseError}
          onBlur={onBlur}
          describedBy={control.describedBy}
          invalid={control.invalid}
          readOnly={readOnly}
        />
      )}
    </>
  );
}

/**
 * Values without a type (an HTTP body): JSON for objects and lists, or text, which may hold
 * expressions.
 */
export function AnyValueEditor({
  field,
  value,
  control,
  onChange,
  onBlur,
  onParseError,
}: FieldControlProps) {
  const { readOnly, resolvesExpressions } = useInspector();
  const [mode, setMode] = useState<'json' | 'text'>(typeof value === 'string' ? 'text' : 'json');
  const choose = (next: 'json' | 'text') => {
    setMode(next);
    onParseError(null);
  };
  return (
    <>
      <FormatSwitch label={field.label} modes={ANY_MODES} mode={mode} onChange={choose} />
      {mode === 'json' ? (
        <JsonEditor
          expressionLabel={resolvesExpressions ? field.label : undefined}
          id={control.id}
          ariaLabel={`${field.label} as JSON`}
          value={typeof value === 'string' ? undefined : value}
          onChange={onChange}
          onParseError={onParseError}
          onBlur={onBlur}
          describedBy={control.describedBy}
          invalid={control.invalid}
          readOnly={readOnly}
        />
      ) : (
        <TextInput
          id={control.id}
          label={field.label}
          ariaLabel={`${field.label} as text`}
          multiline
          expression
          value={typeof value === 'string' ? value : ''}
          onChange={(t) => onChange(t === '' ? undefined : t)}
          onBlur={onBlur}
          describedBy={control.describedBy}
          invalid={control.invalid}
        />
      )}
    </>
  );
}

import { useRef } from 'react';
import type { FieldErrors } from '../../api';
import { Button, SelectField, TextField } from '../../components/ui';
import { emptyFieldRow, rowErrorKey, type FieldRow } from './contactForm';
import { FIELD_NAME_HINT, FIELD_TYPE_OPTIONS, YES_NO_OPTIONS, type FieldType } from './fieldValues';
import { useFocusLater } from './useFocusLater';

/** A value typed as text or a number, or chosen as yes/no. */
export function TypedValueInput({
  label,
  name,
  type,
  value,
  error,
  onChange,
}: {
  label: string;
  name: string;
  type: FieldType;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  if (type === 'boolean') {
    return (
      <SelectField
        label={label}
        name={name}
        value={value === 'true' || value === 'false' ? value : ''}
        error={error}
        options={[{ value: '', label: 'Choose…' }, ...YES_NO_OPTIONS]}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <TextField
      label={label}
      name={name}
      value={value}
      error={error}
      inputMode={type === 'number' ? 'decimal' : undefined}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Moves a yes/no value to its select's default when the type changes under it. */
export function valueForType(type: FieldType, value: string): string {
  if (type === 'boolean') return value === 'true' || value === 'false' ? value : 'true';
  return value === 'true' || value === 'false' ? '' : value;
}

/** The contact's custom fields as name / type / value rows, added and removed freely. */
export function FieldRows({
  rows,
  onChange,
  errors,
}: {
  rows: FieldRow[];
  onChange: (rows: FieldRow[]) => void;
  errors: FieldErrors;
}) {
  const update = (key: string, change: Partial<FieldRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const focusLater = useFocusLater();
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="crm-fieldset">
      <legend className="field-label">Custom fields</legend>
      <p className="field-hint">
        Anything else you know, like a plan or a city: text, a number or yes/no. Segments can select
        on them. {FIELD_NAME_HINT}
      </p>
      {rows.length > 0 && (
        <ul className="crm-rows">
          {rows.map((row, index) => (
            <li key={row.key} className="crm-row">
              <TextField
                id={`${row.key}-name`}
                label={`Field ${index + 1} name`}
                name={`field-name-${index}`}
                value={row.name}
                autoComplete="off"
                error={errors[rowErrorKey(row, 'name')]}
                onChange={(event) => update(row.key, { name: event.target.value })}
              />
              <SelectField
                label={`Field ${index + 1} type`}
                name={`field-type-${index}`}
                value={row.type}
                options={FIELD_TYPE_OPTIONS}
                onChange={(event) => {
                  const type = event.target.value as FieldType;
                  update(row.key, { type, value: valueForType(type, row.value) });
                }}
              />
              <TypedValueInput
                label={`Field ${index + 1} value`}
                name={`field-value-${index}`}
                type={row.type}
                value={row.value}
                error={errors[rowErrorKey(row, 'value')]}
                onChange={(value) => update(row.key, { value })}
              />
              <Button
                variant="ghost"
                size="sm"
                className="crm-row-remove"
                aria-label={`Remove field ${row.name || index + 1}`}
                onClick={() => {
                  onChange(rows.filter((r) => r.key !== row.key));
                  addRef.current?.focus();
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button
        ref={addRef}
        variant="secondary"
        size="sm"
        onClick={() => {
          const row = emptyFieldRow();
          focusLater(`${row.key}-name`);
          onChange([...rows, row]);
        }}
      >
        Add a field
      </Button>
    </fieldset>
  );
}

import { memo, useState } from 'react';
import { Button } from '../../../../components/ui';
import { focusSoon } from '../InspectorContext';
import { isPlainObject } from '../schemaForm';
import { TextInput } from './TextInput';

type Row = { name: string; value: unknown };

const rowsOf = (value: unknown): Row[] =>
  isPlainObject(value) ? Object.entries(value).map(([name, v]) => ({ name, value: v })) : [];

/** Rows back into an object: unnamed rows are left out until they get a name. */
export function objectOf(rows: readonly Row[]): Record<string, unknown> | undefined {
  const named = rows.filter((r) => r.name.trim());
  return named.length > 0
    ? Object.fromEntries(named.map((r) => [r.name.trim(), r.value]))
    : undefined;
}

/** How a row's value is edited as text: strings as they are, anything else as JSON. */
const textOf = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

interface KeyValueEditorProps {
  id: string;
  label: string;
  value: unknown;
  onChange: (value: Record<string, unknown> | undefined) => void;
  onBlur?: () => void;
  readOnly?: boolean;
}

/**
 * Name → value rows for free-form objects (variables to set, headers). Values take expressions;
 * a value that is not text (a number, a list) is kept as it is until edited.
 */
export const KeyValueEditor = memo(function KeyValueEditor({
  id,
  label,
  value,
  onChange,
  onBlur,
  readOnly,
}: KeyValueEditorProps) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (JSON.stringify(objectOf(rows)) !== JSON.stringify(value)) setRows(rowsOf(value));
  }
  const update = (next: Row[]) => {
    setRows(next);
    const object = objectOf(next);
    setShown(object);
    onChange(object);
  };
  const names = rows.map((r) => r.name.trim());
  return (
    <div className="key-value">
      {rows.length > 0 && (
        <ul className="key-value-rows">
          {rows.map((row, i) => {
            const rowName = row.name.trim() || `entry ${i + 1}`;
            const duplicate = row.name.trim() !== '' && names.indexOf(row.name.trim()) !== i;
            return (
              <li key={i} className="key-value-row">
                <input
                  id={`${id}-name-${i}`}
                  className="input input-sm"
                  aria-label={`Name of entry ${i + 1} of ${label}`}
                  aria-invalid={duplicate || undefined}
                  aria-describedby={duplicate ? `${id}-dup-${i}` : undefined}
                  placeholder="Name"
                  value={row.name}
                  readOnly={readOnly}
                  onBlur={onBlur}
                  onChange={(e) =>
                    update(rows.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)))
                  }
                />
                <TextInput
                  id={`${id}-value-${i}`}
                  label={`${rowName} of ${label}`}
                  ariaLabel={`Value of ${rowName}`}
                  expression
                  value={textOf(row.value)}
                  placeholder="Value or {{ expression }}"
                  onBlur={onBlur}
                  onChange={(text) =>
                    update(rows.map((r, j) => (j === i ? { ...r, value: text } : r)))
                  }
                />
                {!readOnly && (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove ${rowName}`}
                    onClick={() => {
                      update(rows.filter((_, j) => j !== i));
                      focusSoon(`${id}-add`);
                    }}
                  >
                    ×
                  </Button>
                )}
                {duplicate && (
                  <p className="field-error" id={`${id}-dup-${i}`}>
                    Another entry is already named {row.name.trim()}; only the last one is kept
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <Button
          variant="secondary"
          size="sm"
          id={`${id}-add`}
          onClick={() => {
            setRows([...rows, { name: '', value: '' }]);
            focusSoon(`${id}-name-${rows.length}`);
          }}
        >
          Add entry
        </Button>
      )}
    </div>
  );
});

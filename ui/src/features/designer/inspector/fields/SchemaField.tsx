import { memo, useState, type ReactNode } from 'react';
import { Button } from '../../../../components/ui';
import type { JsonSchema } from '../../graph/model';
import { describeDuration } from '../durations';
import { containsExpression } from '../expressions';
import { focusSoon, useInspector, type FieldMessages } from '../InspectorContext';
import { sentence } from '../validation';
import {
  fieldsOf,
  getIn,
  humanize,
  initialValue,
  isPlainObject,
  move,
  pathKey,
  singular,
  type FieldPath,
  type FieldSpec,
} from '../schemaForm';
import { ConditionEditor } from './ConditionEditor';
import { FieldFrame } from './FieldFrame';
import { JsonEditor } from './JsonEditor';
import { KeyValueEditor } from './KeyValueEditor';
import { TagsInput } from './TagsInput';
import { TextInput } from './TextInput';

/** Every property of an object schema as a field, in declared order. */
export const SchemaFields = memo(function SchemaFields({
  schema,
  value,
  path,
}: {
  schema: JsonSchema;
  value: unknown;
  path: FieldPath;
}) {
  return (
    <>
      {fieldsOf(schema, path).map((field) => (
        <SchemaField key={field.key} field={field} value={getIn(value, [field.name])} />
      ))}
    </>
  );
});

const GROUPS = new Set(['object', 'map', 'list', 'condition', 'any']);

/** One parameter, with the editor its schema calls for. */
export const SchemaField = memo(function SchemaField({
  field,
  value,
}: {
  field: FieldSpec;
  value: unknown;
}) {
  const { messagesAt, touch, setValue, idOf } = useInspector();
  const [parseError, setParseError] = useState<string | null>(null);
  const id = idOf(field.key);
  const shown = messagesAt(field.key);
  const messages: FieldMessages = parseError
    ? { ...shown, errors: [...shown.errors, parseError] }
    : shown;
  const change = (next: unknown) => {
    setValue(field.path, next);
    touch(field.key);
  };
  const blur = () => touch(field.key);
  if (field.kind === 'boolean') {
    return (
      <CheckboxField field={field} id={id} value={value} messages={messages} onChange={change} />
    );
  }
  return (
    <FieldFrame
      id={id}
      label={field.label}
      required={field.required}
      hint={hintOf(field, value)}
      messages={messages}
      group={GROUPS.has(field.kind)}
    >
      {(control) => (
        <FieldControl
          field={field}
          value={value}
          control={control}
          onChange={change}
          onBlur={blur}
          onParseError={setParseError}
        />
      )}
    </FieldFrame>
  );
});

/** The description, and for durations what the value reads as ("2 days"). */
function hintOf(field: FieldSpec, value: unknown): ReactNode {
  if (field.kind !== 'duration') return field.hint;
  const text = typeof value === 'string' ? value.trim() : '';
  const reading = containsExpression(text)
    ? 'read from the run'
    : text
      ? describeDuration(text)
      : field.placeholder
        ? `default ${describeDuration(field.placeholder)}`
        : null;
  return (
    <>
      {field.hint}
      {reading && (
        <>
          {field.hint ? ' · ' : ''}
          <span className="duration-reading" aria-live="polite">
            {reading}
          </span>
        </>
      )}
    </>
  );
}

const asText = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);

interface FieldControlProps {
  field: FieldSpec;
  value: unknown;
  control: { id: string; describedBy: string | undefined; invalid: boolean };
  onChange: (value: unknown) => void;
  onBlur: () => void;
  onParseError: (message: string | null) => void;
}

function FieldControl({
  field,
  value,
  control,
  onChange,
  onBlur,
  onParseError,
}: FieldControlProps) {
  const { readOnly, resolvesExpressions } = useInspector();
  const { id, describedBy, invalid } = control;
  const text = (t: string) => onChange(t === '' ? undefined : t);
  switch (field.kind) {
    case 'text':
    case 'multiline':
    case 'duration': {
      const listId = field.suggestions ? `${id}-suggestions` : undefined;
      return (
        <>
          <TextInput
            id={id}
            label={field.label}
            value={asText(value)}
            onChange={text}
            onBlur={onBlur}
            expression={field.expression}
            multiline={field.kind === 'multiline'}
            describedBy={describedBy}
            invalid={invalid}
            required={field.required}
            list={listId}
            placeholder={
              field.placeholder ?? (field.kind === 'duration' ? 'e.g. PT30M or P2D' : undefined)
            }
          />
          {listId && (
            <datalist id={listId}>
              {field.suggestions!.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
        </>
      );
    }
    case 'select':
      return (
        <select
          id={id}
          className="input select"
          value={asText(value)}
          disabled={readOnly}
          required={field.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(e) => text(e.target.value)}
        >
          {(!field.required || value === undefined) && <option value="">Not set</option>}
          {field.options!.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'number':
      return (
        <input
          id={id}
          type="number"
          className="input"
          value={typeof value === 'number' ? value : asText(value)}
          min={field.schema.minimum}
          max={field.schema.maximum}
          step={field.schema.type === 'integer' ? 1 : 'any'}
          placeholder={field.placeholder}
          readOnly={readOnly}
          required={field.required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'object':
      return <SchemaFields schema={field.schema} value={value} path={field.path} />;
    case 'condition':
      return <ConditionEditor field={field} value={value} />;
    case 'list':
      return <ListEditor field={field} value={value} />;
    case 'map':
      return (
        <MapEditor
          field={field}
          value={value}
          control={control}
          onChange={onChange}
          onBlur={onBlur}
          onParseError={onParseError}
        />
      );
    case 'tags':
      return (
        <TagsInput
          id={id}
          label={field.label}
          tags={Array.isArray(value) ? value.map(String) : []}
          onChange={onChange}
          onBlur={onBlur}
          describedBy={describedBy}
          invalid={invalid}
          readOnly={readOnly}
        />
      );
    case 'json':
      return (
        <JsonEditor
          expressionLabel={resolvesExpressions ? field.label : undefined}
          id={id}
          value={value}
          onChange={onChange}
          onParseError={onParseError}
          onBlur={onBlur}
          describedBy={describedBy}
          invalid={invalid}
          readOnly={readOnly}
        />
      );
    case 'any':
      return (
        <AnyValueEditor
          field={field}
          value={value}
          control={control}
          {...{ onChange, onBlur, onParseError }}
        />
      );
    default:
      return null;
  }
}

function CheckboxField({
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
          checked={value === true}
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
function MapEditor({ field, value, control, onChange, onBlur, onParseError }: FieldControlProps) {
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
function AnyValueEditor({
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

/** Lists of objects (a switch's cases): one group per entry, added, removed and reordered. */
function ListEditor({ field, value }: { field: FieldSpec; value: unknown }) {
  const { readOnly, setValue, touch, messagesAt, idOf } = useInspector();
  const items = Array.isArray(value) ? value : [];
  const itemSchema = field.schema.items ?? {};
  const noun = singular(field.name);
  const addId = `${idOf(field.key)}-add`;
  const firstField = Object.keys(itemSchema.properties ?? {})[0];
  const update = (next: unknown[]) => {
    setValue(field.path, next.length > 0 ? next : undefined);
    touch(field.key);
  };
  return (
    <>
      {items.map((item, i) => {
        const title = itemTitle(noun, i, item, itemSchema);
        const itemKey = pathKey([...field.path, i]);
        const { errors } = messagesAt(itemKey);
        const errorId = errors.length > 0 ? `${idOf(itemKey)}-error` : undefined;
        return (
          <fieldset key={i} className="list-item" aria-describedby={errorId}>
            <legend className="list-item-title">{title}</legend>
            {errorId && (
              <p className="field-error" id={errorId}>
                {errors.map((m) => sentence(title, m)).join(' · ')}
              </p>
            )}
            <SchemaFields schema={itemSchema} value={item} path={[...field.path, i]} />
            {!readOnly && (
              <div className="list-item-actions">
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={i === 0}
                  aria-label={`Move ${title} up`}
                  onClick={() => update(move(items, i, i - 1))}
                >
                  ↑ Up
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={i === items.length - 1}
                  aria-label={`Move ${title} down`}
                  onClick={() => update(move(items, i, i + 1))}
                >
                  ↓ Down
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove ${title}`}
                  onClick={() => {
                    update(items.filter((_, j) => j !== i));
                    focusSoon(addId);
                  }}
                >
                  Remove
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <Button
          variant="secondary"
          size="sm"
          id={addId}
          onClick={() => {
            update([...items, initialValue(itemSchema)]);
            if (firstField) focusSoon(idOf(pathKey([...field.path, items.length, firstField])));
          }}
        >
          Add {noun}
        </Button>
      )}
    </>
  );
}

/** "Case 2: vip" — the entry's number, and its first required text when it has one. */
function itemTitle(noun: string, index: number, item: unknown, schema: JsonSchema): string {
  const base = `${humanize(noun)} ${index + 1}`;
  const first = (schema.required ?? []).find(
    (name) => schema.properties?.[name]?.type === 'string',
  );
  const name = first ? getIn(item, [first]) : undefined;
  return typeof name === 'string' && name.trim() ? `${base}: ${name}` : base;
}

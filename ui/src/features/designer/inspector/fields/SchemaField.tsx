import { memo, useState, type ReactNode } from 'react';
import type { JsonSchema } from '../../graph/model';
import { describeDuration } from '../durations';
import { containsExpression } from '../expressions';
import { useInspector, type FieldMessages } from '../InspectorContext';
import { fieldsOf, getIn, type FieldPath, type FieldSpec } from '../schemaForm';
import { CheckboxField } from './CheckboxField';
import { ConditionEditor } from './ConditionEditor';
import { FieldFrame } from './FieldFrame';
import { JsonEditor } from './JsonEditor';
import { ListEditor } from './ListEditor';
import { AnyValueEditor, MapEditor } from './SwitchableEditors';
import { TagsInput } from './TagsInput';
import { TextInput } from './TextInput';
import type { FieldControlProps } from './types';

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

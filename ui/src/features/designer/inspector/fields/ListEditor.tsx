import { Button } from '../../../../components/ui';
import type { JsonSchema } from '../../graph/model';
import { focusSoon, useInspector } from '../InspectorContext';
import {
  getIn,
  humanize,
  initialValue,
  move,
  pathKey,
  singular,
  type FieldSpec,
} from '../schemaForm';
import { sentence } from '../validation';
import { SchemaFields } from './SchemaField';

/** Lists of objects (a switch's cases): one group per entry, added, removed and reordered. */
export function ListEditor({ field, value }: { field: FieldSpec; value: unknown }) {
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

import type { JsonSchema } from '../graph/model';

/**
 * Which editor a parameter gets, decided from its JSON Schema alone, so a new node type needs no
 * new form code.
 */
export type FieldKind =
  | 'text'
  | 'multiline'
  | 'select'
  | 'duration'
  | 'number'
  | 'boolean'
  | 'object'
  | 'map'
  | 'json'
  | 'tags'
  | 'list'
  | 'condition'
  | 'any';

/** A path below the node: `['params', 'cases', 0, 'port']`. */
export type FieldPath = readonly (string | number)[];

export interface FieldSpec {
  kind: FieldKind;
  name: string;
  path: FieldPath;
  /** The path as problems are keyed: `params.cases.0.port`. */
  key: string;
  label: string;
  hint?: string;
  required: boolean;
  /** Accepts `{{ expressions }}`: the expression helper is offered beside it. */
  expression: boolean;
  schema: JsonSchema;
  /** The choices of a select. */
  options?: string[];
  /** Suggestions of an open choice (`examples`), offered while typing. */
  suggestions?: string[];
  /** What applies when the field is left empty (the schema's `default`). */
  placeholder?: string;
}

export const pathKey = (path: FieldPath) => path.join('.');

const ACRONYMS = new Set(['html', 'url', 'id', 'json', 'http', 'api', 'ip']);

/** `timeZone` → "Time zone", `max_backoff` → "Max backoff", `automationId` → "Automation ID". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "cases" → "case", "rules" → "rule": the noun for one entry of a list. */
export function singular(name: string): string {
  const label = humanize(name).toLowerCase();
  if (label.endsWith('ies')) return `${label.slice(0, -3)}y`;
  return label.endsWith('s') && !label.endsWith('ss') ? label.slice(0, -1) : label;
}

const typeOf = (schema: JsonSchema) =>
  Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;

/** Texts people write in paragraphs: bodies and messages. */
const LONG_TEXT = /^(text|html|message|body|content|description|template|brief|sourceMaterial)$/i;
/** Free-form objects that are documents (sample data, outputs) rather than name → value lists. */
const DOCUMENT = /(input|output|body|payload|sample)$/i;

export const isCondition = (schema: JsonSchema) => schema['x-condition'] === true;
export const acceptsExpression = (schema: JsonSchema) => schema['x-expression'] === true;

export function fieldKind(name: string, schema: JsonSchema): FieldKind {
  if (isCondition(schema)) return 'condition';
  switch (typeOf(schema)) {
    case 'string':
      if (Array.isArray(schema.enum)) return 'select';
      if (schema.format === 'duration') return 'duration';
      return LONG_TEXT.test(name) || /\bbody\b/i.test(schema.description ?? '')
        ? 'multiline'
        : 'text';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      if (schema.properties && Object.keys(schema.properties).length > 0) return 'object';
      return DOCUMENT.test(name) ? 'json' : 'map';
    case 'array': {
      const itemType = schema.items ? typeOf(schema.items) : undefined;
      if (itemType === 'string' && !schema.items?.enum) return 'tags';
      if (itemType === 'object' && schema.items?.properties) return 'list';
      return 'json';
    }
    case undefined:
      return 'any';
    default:
      return 'text';
  }
}

/** The form field of one property. */
export function fieldOf(
  name: string,
  schema: JsonSchema,
  path: FieldPath,
  required = false,
): FieldSpec {
  const kind = fieldKind(name, schema);
  return {
    kind,
    name,
    path,
    key: pathKey(path),
    label: schema.title ?? humanize(name),
    hint: schema.description,
    required,
    // Free text, durations and untyped values are resolved by the run, so they take expressions.
    expression: acceptsExpression(schema) || kind === 'any',
    schema,
    options: Array.isArray(schema.enum) ? schema.enum.map(String) : undefined,
    suggestions: Array.isArray(schema.examples) ? schema.examples.map(String) : undefined,
    placeholder: schema.default === undefined ? undefined : String(schema.default),
  };
}

/** The fields of an object schema, in the order its properties are declared. */
export function fieldsOf(schema: JsonSchema, path: FieldPath): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, [...path, name], required.has(name)),
  );
}

/** The value at `path` inside `root`. */
export function getIn(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * `root` with `value` at `path`, copying only along the path. `undefined` removes an object key
 * (an emptied optional field is not sent as ""), objects left empty by that are removed too.
 */
export function setIn<T>(root: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  const child = (container as Record<string | number, unknown>)[head!];
  const next = setIn(child, rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = next;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  const emptied =
    next === undefined ||
    (rest.length > 0 && isPlainObject(next) && Object.keys(next).length === 0);
  if (emptied) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Moves the entry at `from` of a list to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** Parses JSON typed by a person: the value, or a message saying where it breaks. */
export function parseJson(text: string): { value: unknown; error: null } | { error: string } {
  if (text.trim() === '') return { value: undefined, error: null };
  try {
    return { value: JSON.parse(text) as unknown, error: null };
  } catch (e) {
    return { error: `is not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * The keys of every field the form shows for `value` (list entries included), so problems can be
 * placed at their field.
 */
/** The parts of a condition's rule, each edited by its own control. */
export const RULE_PARTS = ['field', 'operator', 'value'] as const;

export function fieldKeys(schema: JsonSchema, value: unknown, path: FieldPath): string[] {
  return fieldsOf(schema, path).flatMap((field) => {
    const v = getIn(value, [field.name]);
    const keys = [field.key];
    if (field.kind === 'object') keys.push(...fieldKeys(field.schema, v, field.path));
    if (field.kind === 'condition') {
      // The rules editor has a field, an operator and a value per rule; the rest is shown at the
      // condition itself.
      const rules = getIn(v, ['rules']);
      if (Array.isArray(rules)) {
        rules.forEach((_, i) =>
          keys.push(...RULE_PARTS.map((part) => pathKey([...field.path, 'rules', i, part]))),
        );
      }
    }
    if (field.kind === 'list' && Array.isArray(v) && field.schema.items) {
      // One group per entry: a switch's cases, a condition's rules.
      v.forEach((item, i) => {
        const itemPath = [...field.path, i];
        keys.push(pathKey(itemPath), ...fieldKeys(field.schema.items!, item, itemPath));
      });
    }
    return keys;
  });
}

/** A new entry of a list: required choices start at their first option (a rule's operator). */
export function initialValue(schema: JsonSchema): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    if (property && Array.isArray(property.enum) && property.enum.length > 0) {
      value[name] = property.enum[0];
    }
  }
  return value;
}

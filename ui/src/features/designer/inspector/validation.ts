import type { GraphNode, JsonSchema, NodeType } from '../graph/model';
import { isDuration } from './durations';
import { containsExpression } from './expressions';
import { isPlainObject, pathKey, type FieldPath } from './schemaForm';

/** Messages keyed by path below the node (`params.to`, `params.cases.0.port`, `retry.timeout`). */
export type Problems = Record<string, string[]>;

/** The defaults the engine applies to a side-effecting step without retry settings. */
export const RETRY_DEFAULTS = {
  maxAttempts: 3,
  backoff: 'PT1S',
  maxBackoff: 'PT1M',
  timeout: 'PT30S',
};

/** Retry settings, checked like parameters: durations the engine parses, at least one attempt. */
export const RETRY_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    maxAttempts: {
      type: 'integer',
      minimum: 1,
      default: RETRY_DEFAULTS.maxAttempts,
      description: 'Attempts in all, the first one included',
    },
    backoff: {
      type: 'string',
      format: 'duration',
      default: RETRY_DEFAULTS.backoff,
      description: 'Wait before the first retry',
    },
    maxBackoff: {
      type: 'string',
      format: 'duration',
      default: RETRY_DEFAULTS.maxBackoff,
      description: 'Longest wait between retries (the wait doubles each time)',
    },
    timeout: {
      type: 'string',
      format: 'duration',
      default: RETRY_DEFAULTS.timeout,
      description: 'Longest an attempt may take; up to 30 seconds runs on the same worker',
    },
  },
};

const DURATION_MESSAGE = 'must be an ISO-8601 duration such as PT30M or P2D';

const add = (problems: Problems, path: FieldPath, message: string) => {
  const key = pathKey(path);
  (problems[key] ??= []).push(message);
};

const article = (type: string) =>
  ['object', 'array', 'integer'].includes(type) ? `an ${type}` : `a ${type}`;

function matchesType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    default:
      return true;
  }
}

/**
 * Checks a value against the JSON Schema subset node types use, with the server's rules and words
 * (ParamsSchema.java), so a problem found here reads as the one the server would report.
 */
export function checkValue(
  schema: JsonSchema,
  value: unknown,
  path: FieldPath,
  problems: Problems = {},
): Problems {
  if (value === null || value === undefined) return problems;
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  if (type && !matchesType(type, value)) {
    // An expression stands for a value of any type; the run checks what it resolves to.
    if (!(containsExpression(value) && type !== 'object' && type !== 'array')) {
      add(problems, path, `must be ${article(type)}`);
    }
    return problems;
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    add(problems, path, `must be one of [${schema.enum.join(', ')}]`);
  }
  if (typeof value === 'string') checkText(schema, value, path, problems);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      add(problems, path, `must be at least ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      add(problems, path, `must be at most ${schema.maximum}`);
    }
  }
  if (isPlainObject(value)) checkObject(schema, value, path, problems);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => checkValue(schema.items!, item, [...path, i], problems));
  }
  return problems;
}

/** Patterns come from the server's Java regexes; one JavaScript cannot read is left to it. */
function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return true;
  }
}

function checkText(schema: JsonSchema, text: string, path: FieldPath, problems: Problems) {
  const expression = containsExpression(text);
  if (typeof schema.pattern === 'string' && !matches(schema.pattern, text)) {
    add(
      problems,
      path,
      schema['x-expression'] && !expression
        ? 'must be an expression such as {{ trigger.items }}'
        : `does not match ${schema.pattern}`,
    );
  }
  if (schema.format === 'duration' && !expression && !isDuration(text)) {
    add(problems, path, DURATION_MESSAGE);
  }
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: FieldPath,
  problems: Problems,
) {
  for (const name of schema.required ?? []) {
    const present = value[name];
    if (
      present === undefined ||
      present === null ||
      (typeof present === 'string' && !present.trim())
    ) {
      add(problems, [...path, name], 'is required');
    }
  }
  const properties = schema.properties ?? {};
  for (const [name, v] of Object.entries(value)) {
    const property = properties[name];
    if (property) checkValue(property, v, [...path, name], problems);
    else if (schema.additionalProperties === false) {
      add(problems, [...path, name], 'is not a parameter of this node type');
    }
  }
}

/** Every problem of a node that can be seen without the rest of the graph. */
export function validateNode(node: GraphNode, nodeType: NodeType | undefined): Problems {
  const problems: Problems = {};
  if (!nodeType) {
    add(problems, [], `${node.type} is not a node type this platform knows`);
    return problems;
  }
  checkValue(nodeType.paramsSchema, node.params, ['params'], problems);
  if (nodeType.sideEffect && node.retry) checkValue(RETRY_SCHEMA, node.retry, ['retry'], problems);
  return problems;
}

/** `params.cases[0].port` (the server's spelling) → `params.cases.0.port`. */
export const normalizeKey = (key: string) => key.replace(/\[(\d+)]/g, '.$1').replace(/^\./, '');

/** Problems from several sources in one map, keys normalised, each message once. */
export function mergeProblems(...sources: Problems[]): Problems {
  const merged: Problems = {};
  for (const source of sources) {
    for (const [rawKey, messages] of Object.entries(source)) {
      const key = normalizeKey(rawKey);
      const list = (merged[key] ??= []);
      for (const m of messages) if (!list.includes(m)) list.push(m);
    }
  }
  return merged;
}

/**
 * Where each problem is shown: at the field with its key, else at the nearest field above it
 * (`params.headers.X-Id` at the headers); problems no field holds stay with the node (`''`).
 */
export function placeProblems(problems: Problems, fieldKeys: ReadonlySet<string>): Problems {
  const placed: Problems = {};
  for (const [key, messages] of Object.entries(problems)) {
    let target = key;
    while (target && !fieldKeys.has(target)) {
      target = target.includes('.') ? target.slice(0, target.lastIndexOf('.')) : '';
    }
    const list = (placed[target] ??= []);
    // A message about a sub-path names it, so "X-Id is not a parameter…" still reads.
    const rest = target === '' ? key : key.slice(target.length + 1);
    for (const m of messages) {
      const shown = rest && rest !== 'params' ? sentence(rest, m) : m;
      if (!list.includes(shown)) list.push(shown);
    }
  }
  return placed;
}

/** "is required" under the field "To" reads "To is required"; full sentences stay as they are. */
export function sentence(label: string, message: string): string {
  return /^(is|must|does|has|are)\b/.test(message) ? `${label} ${message}` : message;
}

/**
 * One node's share of a refused save or publish: the answer's `details` are keyed from the graph
 * (`nodes.mail.params.to`, `nodes.mail`), the inspector's problems from the node (`params.to`, `''`).
 */
export function problemsOfNode(details: Record<string, string>, nodeId: string): Problems {
  const prefix = `nodes.${nodeId}`;
  const problems: Problems = {};
  for (const [key, message] of Object.entries(details)) {
    if (key === prefix) (problems[''] ??= []).push(message);
    else if (key.startsWith(`${prefix}.`)) {
      (problems[normalizeKey(key.slice(prefix.length + 1))] ??= []).push(message);
    }
  }
  return problems;
}

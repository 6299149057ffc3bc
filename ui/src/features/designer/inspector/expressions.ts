/**
 * The reading half of the engine's expression language (Expressions.java): which paths a text
 * refers to, and why it would not parse. The designer only reads expressions; the run evaluates
 * them.
 */
export const EXPRESSION_ROOTS = ['trigger', 'vars', 'nodes', 'loop', 'run', 'error'] as const;
export type ExpressionRoot = (typeof EXPRESSION_ROOTS)[number];

export interface Reference {
  root: ExpressionRoot;
  /** The first key below the root: the step of `nodes.http.body`, the variable of `vars.name`. */
  firstKey: string | null;
  /** The path as written, e.g. `nodes.http.body[0]`. */
  text: string;
}

export type ParsedText =
  { references: Reference[]; error: null } | { references: Reference[]; error: string };

const TEMPLATE = /\{\{([\s\S]*?)}}/g;
const NAME_CHAR = /[\p{L}\p{N}_-]/u;

export const containsExpression = (value: unknown): value is string =>
  typeof value === 'string' && value.includes('{{');

/** Every path `text` refers to, or the first reason it is malformed. */
export function parseTemplate(text: string): ParsedText {
  const references: Reference[] = [];
  try {
    for (const match of text.matchAll(TEMPLATE)) {
      for (const operand of operands(match[1] ?? '')) {
        if (operand) references.push(operand);
      }
    }
    if (text.replace(TEMPLATE, '').includes('{{')) {
      throw new Error("Unclosed '{{': close it with '}}'");
    }
    return { references, error: null };
  } catch (e) {
    return { references, error: (e as Error).message };
  }
}

/** Operands joined by `??`; literals yield null, paths a Reference. */
function operands(expression: string): (Reference | null)[] {
  const parts: string[] = [];
  let start = 0;
  let quote = '';
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '?' && expression.startsWith('??', i)) {
      parts.push(expression.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts.map((part) => operand(part, expression));
}

function operand(text: string, expression: string): Reference | null {
  if (!text) throw new Error(`Empty expression in {{${expression}}}`);
  const first = text[0]!;
  if (first === "'" || first === '"') {
    if (text.length < 2 || text[text.length - 1] !== first) {
      throw new Error(`Unterminated string in {{${expression}}}`);
    }
    return null;
  }
  if (text === 'true' || text === 'false' || text === 'null') return null;
  if (first === '-' || /\d/.test(first)) {
    if (!/^-?\d+(\.\d+)?$/.test(text))
      throw new Error(`Not a number: ${text} in {{${expression}}}`);
    return null;
  }
  return path(text, expression);
}

function path(text: string, expression: string): Reference {
  let i = 0;
  let root: string | null = null;
  let firstKey: string | null | undefined;
  const name = () => {
    const begin = i;
    while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
    return text.slice(begin, i);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '.' && root !== null) {
      i++;
      const key = name();
      if (!key) throw new Error(`A name is missing after '.' in {{${expression}}}`);
      if (firstKey === undefined) firstKey = key;
    } else if (c === '[' && root !== null) {
      const close = text.indexOf(']', i);
      if (close < 0) throw new Error(`Missing ']' in {{${expression}}}`);
      const inside = text.slice(i + 1, close).trim();
      const quoted = inside.length >= 2 && /^['"]/.test(inside) && inside.at(-1) === inside[0];
      if (!quoted && !/^-?\d+$/.test(inside)) {
        throw new Error(`Use [number] or ['key'] inside brackets in {{${expression}}}`);
      }
      if (firstKey === undefined) firstKey = quoted ? inside.slice(1, -1) : null;
      i = close + 1;
    } else if (root === null && NAME_CHAR.test(c)) {
      root = name();
    } else {
      throw new Error(
        `Unexpected '${c}' in {{${expression}}}: only paths and literals are allowed`,
      );
    }
  }
  if (!root || !(EXPRESSION_ROOTS as readonly string[]).includes(root)) {
    throw new Error(
      `Unknown root '${root}' in {{${expression}}}: use one of ${EXPRESSION_ROOTS.join(', ')}`,
    );
  }
  return { root: root as ExpressionRoot, firstKey: firstKey ?? null, text };
}

/** Puts `snippet` in place of the selection of `text`; returns the new text and caret. */
export function insertAt(
  text: string,
  selectionStart: number | null,
  selectionEnd: number | null,
  snippet: string,
): { text: string; caret: number } {
  const start = Math.min(selectionStart ?? text.length, text.length);
  const end = Math.max(start, Math.min(selectionEnd ?? start, text.length));
  return { text: text.slice(0, start) + snippet + text.slice(end), caret: start + snippet.length };
}

/** How the helper writes a path into a field. */
export const expressionOf = (path: string) => `{{ ${path} }}`;

/** Whether position `at` of a JSON text is inside a string literal. */
export function insideJsonString(text: string, at: number): boolean {
  let inside = false;
  for (let i = 0; i < Math.min(at, text.length); i++) {
    if (text[i] === '\\' && inside) i++;
    else if (text[i] === '"') inside = !inside;
  }
  return inside;
}

/** An expression written into JSON: as a string value unless the caret is in a string already. */
export const jsonSnippetAt = (text: string, at: number, expression: string) =>
  insideJsonString(text, at) ? expression : JSON.stringify(expression);

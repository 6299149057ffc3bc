import type { GraphNode } from '../designer/graph/model';

/**
 * The event a `wait.event` step awaits. The engine describes it as "order.paid for o-1" (the key
 * already resolved from the run's data); without a detail the node's own `event` parameter says
 * the type, and the key, often an expression, is left for the owner to fill in.
 */
export function awaitedEvent(
  detail: unknown,
  node?: Pick<GraphNode, 'params'>,
): { type: string; key: string } {
  if (typeof detail === 'string' && detail.trim()) {
    const at = detail.indexOf(' for ');
    return at < 0
      ? { type: detail.trim(), key: '' }
      : { type: detail.slice(0, at).trim(), key: detail.slice(at + 5).trim() };
  }
  const event = node?.params.event;
  return { type: typeof event === 'string' ? event : '', key: '' };
}

export type PayloadCheck = { value: Record<string, unknown> } | { error: string };

/** The payload typed by the owner: blank means `{}`; anything else must be one JSON object. */
export function parsePayload(text: string): PayloadCheck {
  if (!text.trim()) return { value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'not JSON';
    return { error: `The payload is not valid JSON (${reason}).` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { error: 'The payload must be a JSON object, such as {"amount": 120}.' };
  }
  return { value: parsed as Record<string, unknown> };
}

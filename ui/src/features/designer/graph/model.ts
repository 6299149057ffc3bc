import { z } from 'zod';

/**
 * The automation graph exactly as the API stores and runs it (AutomationGraph in the workflows
 * module). The canvas has its own model; graph/mapping.ts converts between the two.
 */
export const retrySchema = z.object({
  maxAttempts: z.number().int().nullish(),
  backoff: z.string().nullish(),
  maxBackoff: z.string().nullish(),
  timeout: z.string().nullish(),
});
export type Retry = z.infer<typeof retrySchema>;

export const graphNodeSchema = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string().nullish(),
  params: z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((p) => p ?? {}),
  retry: retrySchema.nullish(),
  position: z.array(z.number()).nullish(),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  port: z
    .string()
    .nullish()
    .transform((p) => p || 'out'),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const settingsSchema = z
  .object({
    errorHandler: z.string().nullish(),
    respondToWebhook: z.boolean().nullish(),
    webhookTimeout: z.string().nullish(),
  })
  .loose();
export type GraphSettings = z.infer<typeof settingsSchema>;

export const automationGraphSchema = z.object({
  nodes: z
    .array(graphNodeSchema)
    .nullish()
    .transform((n) => n ?? []),
  edges: z
    .array(graphEdgeSchema)
    .nullish()
    .transform((e) => e ?? []),
  settings: settingsSchema.nullish(),
});
export type AutomationGraph = z.infer<typeof automationGraphSchema>;

export const EMPTY_GRAPH: AutomationGraph = { nodes: [], edges: [], settings: null };

/** A JSON Schema as the node types publish it; forms are generated from it. */
export type JsonSchema = {
  type?: string | string[];
  description?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
};

export const nodeTypeSchema = z.object({
  type: z.string(),
  category: z.string(),
  label: z.string(),
  description: z.string().nullish(),
  ports: z.array(z.string()),
  sideEffect: z.boolean(),
  paramsSchema: z.record(z.string(), z.unknown()).transform((s) => s as JsonSchema),
});
export type NodeType = z.infer<typeof nodeTypeSchema>;

export const ERROR_PORT = 'error';
export const INPUT_HANDLE = 'in';

export const isTriggerType = (type: string) => type.startsWith('trigger.');

/**
 * The output ports of a node, as the engine has them (NodeTypes.portsOf): a switch's case names
 * (in the order they are declared), then the type's own ports, then `error` on every step.
 */
export function portsOf(node: Pick<GraphNode, 'type' | 'params'>, nodeType?: NodeType): string[] {
  if (!nodeType) return [];
  const ports = [...nodeType.ports];
  if (node.type === 'flow.switch' && Array.isArray(node.params.cases)) {
    const cases = node.params.cases
      .map((c) => (c && typeof c === 'object' ? (c as { port?: unknown }).port : undefined))
      .filter((p): p is string => typeof p === 'string' && p.length > 0);
    ports.unshift(...cases);
  }
  if (!isTriggerType(node.type) && node.type !== 'flow.end' && node.type !== 'flow.fail') {
    ports.push(ERROR_PORT);
  }
  return ports;
}

/** Node types by type name, declared once outside components. */
export function indexNodeTypes(types: NodeType[]): Map<string, NodeType> {
  return new Map(types.map((t) => [t.type, t]));
}

/** The label a node shows: its name, else its id. */
export const nodeLabel = (node: Pick<GraphNode, 'id' | 'name'>) =>
  node.name && node.name.trim() ? node.name : node.id;

import { z } from 'zod';
import { nodeTypeSchema } from '../graph/model';
import answer from './nodeTypes.fixture.json?raw';

/**
 * The node types as GET /api/automations/node-types answers them (its `data`), saved from
 * NodeTypes.java. Refresh it after changing node types, e.g. from a running platform:
 * `curl -H "Authorization: Bearer …" localhost:8080/api/automations/node-types | jq .data`.
 */
export const NODE_TYPES = z.array(nodeTypeSchema).parse(JSON.parse(answer));
export const nodeTypeOf = (type: string) => {
  const found = NODE_TYPES.find((t) => t.type === type);
  if (!found) throw new Error(`No node type ${type} in the fixture`);
  return found;
};

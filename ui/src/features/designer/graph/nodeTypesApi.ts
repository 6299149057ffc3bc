import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod';
import { api } from '../../../api';
import { indexNodeTypes, nodeTypeSchema } from './model';

const nodeTypesKey = ['automations', 'node-types'] as const;

/** Every trigger and step type with its ports and parameter schema; fixed per deployment. */
export function useNodeTypes() {
  const query = useQuery({
    queryKey: nodeTypesKey,
    queryFn: ({ signal }) =>
      api.get('/api/automations/node-types', { schema: z.array(nodeTypeSchema), signal }),
    staleTime: Infinity,
  });
  const byType = useMemo(() => indexNodeTypes(query.data ?? []), [query.data]);
  return { ...query, byType };
}

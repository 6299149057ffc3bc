import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { automationKeys, automationSchema } from '../automations/api';

export const templateSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  category: z.string(),
  triggerEvent: z.string().nullish(),
  steps: z.number().int().nonnegative(),
  sampleInput: z.record(z.string(), z.unknown()).nullish(),
  graph: z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }).loose(),
});
export type AutomationTemplate = z.infer<typeof templateSchema>;

export const templateKeys = {
  list: (workspaceId: string) => ['automation-templates', workspaceId] as const,
};

export const templatesApi = {
  list: (workspaceId: string, signal?: AbortSignal) =>
    api.get('/api/automations/templates', {
      schema: z.array(templateSchema),
      workspaceId,
      signal,
    }),
  use: (workspaceId: string, templateId: string) =>
    api.post(
      '/api/automations/from-template',
      { templateId },
      { schema: automationSchema, workspaceId },
    ),
};

export function useTemplates(workspaceId: string) {
  return useQuery({
    queryKey: templateKeys.list(workspaceId),
    queryFn: ({ signal }) => templatesApi.list(workspaceId, signal),
    enabled: Boolean(workspaceId),
    // Templates ship with the platform; they change only with a new release.
    staleTime: 10 * 60_000,
  });
}

export function useCreateFromTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => templatesApi.use(workspaceId, templateId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: automationKeys.all }),
  });
}

/** How the gallery names the events templates start on; unknown events show as they are. */
const EVENT_LABELS: Record<string, string> = {
  'contact.created': 'A contact is created',
  'order.created': 'An order is placed',
  'order.paid': 'An order is paid',
  'booking.created': 'A booking is made',
  'course.enrolled': 'A student enrols in a course',
  'invoice.overdue': 'An invoice becomes overdue',
};

export function triggerLabel(event: string | null | undefined): string {
  if (!event) return 'Started by hand or through the API';
  return EVENT_LABELS[event] ?? event;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { isFinalStatus } from './aiContent';

export const PROVIDERS = ['OPENAI', 'ANTHROPIC', 'OPENAI_COMPATIBLE'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const KINDS = [
  'SOCIAL_POST',
  'EMAIL',
  'PRODUCT_DESCRIPTION',
  'SEO',
  'LESSON_OUTLINE',
] as const;
export type ContentKind = (typeof KINDS)[number];

export const TARGETS = [
  'NONE',
  'SOCIAL_POST',
  'CAMPAIGN_DRAFT',
  'PRODUCT_DESCRIPTION',
  'COURSE_LESSON',
] as const;
export type TargetType = (typeof TARGETS)[number];

export const aiSettingsSchema = z.object({
  configured: z.boolean(),
  provider: z.enum(PROVIDERS).nullish(),
  model: z.string().nullish(),
  baseUrl: z.string().nullish(),
  apiKey: z.object({ set: z.boolean(), last4: z.string().nullish() }),
  brandVoice: z.string().nullish(),
  monthlyBudgetCents: z.number().nullish(),
  updatedAt: instantSchema,
});
export type AiSettings = z.infer<typeof aiSettingsSchema>;

export const usageSchema = z.object({
  month: z.string(),
  costMicros: z.number(),
  budgetCents: z.number().nullish(),
  budgetSpent: z.boolean(),
  models: z.array(
    z.object({
      model: z.string(),
      requests: z.number(),
      tokensIn: z.number(),
      tokensOut: z.number(),
      costMicros: z.number(),
    }),
  ),
  prices: z.array(
    z.object({ model: z.string(), inputPerMillion: z.number(), outputPerMillion: z.number() }),
  ),
});
export type Usage = z.infer<typeof usageSchema>;

export const draftSchema = z.object({
  title: z.string().nullish(),
  subject: z.string().nullish(),
  body: z.string().nullish(),
  metaDescription: z.string().nullish(),
  sections: z.array(z.string()).nullish(),
});
export type Draft = z.infer<typeof draftSchema>;

export const contentSchema = z.object({
  id: idSchema,
  kind: z.enum(KINDS),
  brief: z.string(),
  sourceMaterial: z.string().nullish(),
  target: z.object({
    type: z.enum(TARGETS),
    targetId: z.string().nullish(),
    moduleId: z.string().nullish(),
  }),
  requireApproval: z.boolean(),
  maxRegenerations: z.number(),
  status: z.string(),
  round: z.number(),
  draft: draftSchema.nullish(),
  feedback: z.array(z.string()).nullish(),
  failure: z.string().nullish(),
  publishedRef: z.string().nullish(),
  model: z.string().nullish(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type AiContent = z.infer<typeof contentSchema>;

export interface SettingsInput {
  provider: Provider;
  model: string;
  baseUrl: string | null;
  apiKey: string | null;
  brandVoice: string | null;
  monthlyBudgetCents: number | null;
}

export interface ContentInput {
  kind: ContentKind;
  brief: string;
  sourceMaterial: string | null;
  requireApproval: boolean;
  target: {
    type: TargetType;
    productId?: string;
    courseId?: string;
    moduleId?: string;
    fromName?: string;
    fromEmail?: string;
  };
}

/** A draft waiting for a decision is re-read often; a generating one too. */
export const CONTENT_POLL_MS = 1500;

const SETTINGS = '/api/ai/settings';
const USAGE = '/api/ai/usage';
const CONTENT = '/api/ai/content';
const contentPath = (id: string) => `${CONTENT}/${segment(id)}`;

export const aiKeys = {
  all: (workspaceId: string) => ['ai', workspaceId] as const,
  settings: (workspaceId: string) => [...aiKeys.all(workspaceId), 'settings'] as const,
  usage: (workspaceId: string) => [...aiKeys.all(workspaceId), 'usage'] as const,
  contents: (workspaceId: string) => [...aiKeys.all(workspaceId), 'content'] as const,
  content: (workspaceId: string, id: string) => [...aiKeys.contents(workspaceId), id] as const,
};

export const aiApi = {
  settings: (workspaceId: string, signal?: AbortSignal) =>
    api.get(SETTINGS, { schema: aiSettingsSchema, workspaceId, signal }),
  saveSettings: (workspaceId: string, input: SettingsInput) =>
    api.put(SETTINGS, input, { schema: aiSettingsSchema, workspaceId }),
  usage: (workspaceId: string, signal?: AbortSignal) =>
    api.get(USAGE, { schema: usageSchema, workspaceId, signal }),
  contents: (workspaceId: string, signal?: AbortSignal) =>
    api.get(`${CONTENT}?size=20`, { schema: pageSchema(contentSchema), workspaceId, signal }),
  content: (workspaceId: string, id: string, signal?: AbortSignal) =>
    api.get(contentPath(id), { schema: contentSchema, workspaceId, signal }),
  create: (workspaceId: string, input: ContentInput) =>
    api.post(CONTENT, input, { schema: contentSchema, workspaceId }),
  approve: (workspaceId: string, id: string, edited: Draft | null) =>
    api.post(`${contentPath(id)}/approve`, edited ? { edited } : {}, {
      schema: contentSchema,
      workspaceId,
    }),
  reject: (workspaceId: string, id: string, feedback: string) =>
    api.post(`${contentPath(id)}/reject`, { feedback }, { schema: contentSchema, workspaceId }),
  cancel: (workspaceId: string, id: string) =>
    api.post(`${contentPath(id)}/cancel`, undefined, { schema: contentSchema, workspaceId }),
};

export function useAiSettings(workspaceId: string) {
  return useQuery({
    queryKey: aiKeys.settings(workspaceId),
    queryFn: ({ signal }) => aiApi.settings(workspaceId, signal),
  });
}

export function useUsage(workspaceId: string) {
  return useQuery({
    queryKey: aiKeys.usage(workspaceId),
    queryFn: ({ signal }) => aiApi.usage(workspaceId, signal),
    staleTime: 0,
  });
}

export function useSaveSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsInput) => aiApi.saveSettings(workspaceId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(aiKeys.settings(workspaceId), saved);
      void queryClient.invalidateQueries({ queryKey: aiKeys.usage(workspaceId) });
    },
  });
}

export function useContents(workspaceId: string) {
  return useQuery({
    queryKey: aiKeys.contents(workspaceId),
    queryFn: ({ signal }) => aiApi.contents(workspaceId, signal),
    staleTime: 0,
  });
}

/** One piece of content, re-read while its process runs. */
export function useContent(workspaceId: string, id: string) {
  return useQuery({
    queryKey: aiKeys.content(workspaceId, id),
    queryFn: ({ signal }) => aiApi.content(workspaceId, id, signal),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && isFinalStatus(query.state.data.status) ? false : CONTENT_POLL_MS,
  });
}

/** Creates, approves, rejects or cancels; the content's cached copy takes the answer. */
export function useContentAction<T>(workspaceId: string, action: (input: T) => Promise<AiContent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (content) => {
      queryClient.setQueryData(aiKeys.content(workspaceId, content.id), content);
      void queryClient.invalidateQueries({ queryKey: aiKeys.contents(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: aiKeys.usage(workspaceId) });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, segment } from '../../api/schemas';

export const THEMES = ['LIGHT', 'DARK', 'OCEAN', 'SUNSET'] as const;
export type Theme = (typeof THEMES)[number];

export const PLATFORMS = [
  'INSTAGRAM',
  'TIKTOK',
  'YOUTUBE',
  'X',
  'FACEBOOK',
  'LINKEDIN',
  'GITHUB',
  'WEBSITE',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const BLOCK_TYPES = ['LINK', 'PRODUCT', 'BOOKING'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

const optional = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const blockSchema = z.object({
  id: z.string(),
  type: z.enum(BLOCK_TYPES),
  title: optional,
  url: optional,
  productId: optional,
  serviceId: optional,
});
export type Block = z.infer<typeof blockSchema>;

export const socialSchema = z.object({ platform: z.enum(PLATFORMS), url: z.string() });
export type Social = z.infer<typeof socialSchema>;

export const contentSchema = z.object({
  title: z.string(),
  description: optional,
  avatarUrl: optional,
  language: z.string(),
  theme: z.enum(THEMES),
  socials: z.array(socialSchema),
  blocks: z.array(blockSchema),
});
export type Content = z.infer<typeof contentSchema>;

export const bioPageSchema = z.object({
  id: idSchema,
  slug: z.string(),
  publicPath: z.string(),
  status: z.enum(['DRAFT', 'PUBLISHED']),
  unpublishedChanges: z.boolean(),
  publishedVersion: z.number().int(),
  publishedAt: instantSchema,
  draft: contentSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type BioPage = z.infer<typeof bioPageSchema>;

export const analyticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  views: z.number().int(),
  clicks: z.number().int(),
  days: z.array(z.object({ day: z.string(), views: z.number().int(), clicks: z.number().int() })),
  blocks: z.array(
    z.object({
      blockId: z.string(),
      type: z.enum(BLOCK_TYPES),
      title: optional,
      clicks: z.number().int(),
      daily: z.array(z.number().int()),
    }),
  ),
});
export type Analytics = z.infer<typeof analyticsSchema>;

/** What the editor saves (and previews): the slug and the whole draft. */
export interface PageInput {
  slug: string;
  title: string;
  description: string;
  avatarUrl: string;
  language: string;
  theme: Theme;
  socials: Social[];
  /** A block without an id yet gets one from the server. */
  blocks: Array<Omit<Block, 'id'> & { id?: string }>;
}

const PAGES = '/api/link-in-bio/pages';
const pagePath = (pageId: string) => `${PAGES}/${segment(pageId)}`;

export const bioKeys = {
  pages: (workspaceId: string) => ['link-in-bio', workspaceId] as const,
  page: (workspaceId: string, pageId: string) => [...bioKeys.pages(workspaceId), pageId] as const,
  analytics: (workspaceId: string, pageId: string, days: number) =>
    [...bioKeys.page(workspaceId, pageId), 'analytics', days] as const,
};

export const bioApi = {
  pages: (workspaceId: string, signal?: AbortSignal) =>
    api.get(PAGES, { schema: z.array(bioPageSchema), workspaceId, signal }),
  page: (workspaceId: string, pageId: string, signal?: AbortSignal) =>
    api.get(pagePath(pageId), { schema: bioPageSchema, workspaceId, signal }),
  create: (workspaceId: string, input: Pick<PageInput, 'slug' | 'title'>) =>
    api.post(PAGES, input, { schema: bioPageSchema, workspaceId }),
  save: (workspaceId: string, pageId: string, input: PageInput) =>
    api.put(pagePath(pageId), input, { schema: bioPageSchema, workspaceId }),
  remove: (workspaceId: string, pageId: string) => api.delete(pagePath(pageId), { workspaceId }),
  publish: (workspaceId: string, pageId: string) =>
    api.post(`${pagePath(pageId)}/publish`, undefined, { schema: bioPageSchema, workspaceId }),
  unpublish: (workspaceId: string, pageId: string) =>
    api.post(`${pagePath(pageId)}/unpublish`, undefined, { schema: bioPageSchema, workspaceId }),
  preview: (workspaceId: string, pageId: string, input: PageInput) =>
    api.post(`${pagePath(pageId)}/preview`, input, {
      schema: z.object({ html: z.string() }),
      workspaceId,
    }),
  analytics: (workspaceId: string, pageId: string, days: number, signal?: AbortSignal) =>
    api.get(`${pagePath(pageId)}/analytics?days=${days}`, {
      schema: analyticsSchema,
      workspaceId,
      signal,
    }),
};

export function useBioPages(workspaceId: string) {
  return useQuery({
    queryKey: bioKeys.pages(workspaceId),
    queryFn: ({ signal }) => bioApi.pages(workspaceId, signal),
    enabled: Boolean(workspaceId),
  });
}

export function useBioPage(workspaceId: string, pageId: string) {
  return useQuery({
    queryKey: bioKeys.page(workspaceId, pageId),
    queryFn: ({ signal }) => bioApi.page(workspaceId, pageId, signal),
    enabled: Boolean(workspaceId && pageId),
    staleTime: 0,
  });
}

export function useBioAnalytics(workspaceId: string, pageId: string, days: number) {
  return useQuery({
    queryKey: bioKeys.analytics(workspaceId, pageId, days),
    queryFn: ({ signal }) => bioApi.analytics(workspaceId, pageId, days, signal),
    staleTime: 0,
    refetchInterval: 15_000,
    refetchIntervalInBackground: false,
  });
}

/** A change to one page: its cached copy is replaced by the server's answer. */
function usePageMutation<I>(
  workspaceId: string,
  pageId: string,
  call: (input: I) => Promise<BioPage>,
) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (page) => {
      queries.setQueryData(bioKeys.page(workspaceId, pageId), page);
      void queries.invalidateQueries({ queryKey: bioKeys.pages(workspaceId), exact: true });
    },
  });
}

export function useSavePage(workspaceId: string, pageId: string) {
  return usePageMutation(workspaceId, pageId, (input: PageInput) =>
    bioApi.save(workspaceId, pageId, input),
  );
}

export function usePublishPage(workspaceId: string, pageId: string) {
  return usePageMutation(workspaceId, pageId, (publish: boolean) =>
    publish ? bioApi.publish(workspaceId, pageId) : bioApi.unpublish(workspaceId, pageId),
  );
}

export function useCreatePage(workspaceId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: Pick<PageInput, 'slug' | 'title'>) => bioApi.create(workspaceId, input),
    onSuccess: () => queries.invalidateQueries({ queryKey: bioKeys.pages(workspaceId) }),
  });
}

export function useDeletePage(workspaceId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (pageId: string) => bioApi.remove(workspaceId, pageId),
    onSuccess: () => queries.invalidateQueries({ queryKey: bioKeys.pages(workspaceId) }),
  });
}

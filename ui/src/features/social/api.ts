import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import type { Platform } from './postLength';

const platformSchema = z.enum(['X', 'LINKEDIN']);

export const accountSchema = z.object({
  id: idSchema,
  platform: platformSchema,
  displayName: z.string(),
  handle: z.string().nullish(),
  authorUrn: z.string().nullish(),
  /** CONNECTED, NOT_CONNECTED or NEEDS_RECONNECT. */
  state: z.string(),
  connected: z.boolean(),
  tokenLast4: z.string().nullish(),
  connectedAt: instantSchema,
  reconnectReason: z.string().nullish(),
});
export type SocialAccount = z.infer<typeof accountSchema>;

export const targetSchema = z.object({
  accountId: idSchema,
  platform: platformSchema,
  accountName: z.string().nullish(),
  /** PENDING, PUBLISHED or FAILED. */
  status: z.string(),
  attempts: z.number().int(),
  platformPostId: z.string().nullish(),
  url: z.string().nullish(),
  error: z.string().nullish(),
  publishedAt: instantSchema,
});

export const postSchema = z.object({
  id: idSchema,
  text: z.string(),
  scheduledAt: instantSchema,
  fromQueue: z.boolean(),
  /** SCHEDULED, PUBLISHING, PUBLISHED, PARTIALLY_PUBLISHED, FAILED or CANCELLED. */
  status: z.string(),
  liveStatus: z.string().nullish(),
  targets: z.array(targetSchema),
  createdAt: instantSchema,
  publishedAt: instantSchema,
});
export type SocialPost = z.infer<typeof postSchema>;

export const DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Day = (typeof DAYS)[number];

const slotSchema = z.object({ day: z.enum(DAYS), time: z.string() });
export type Slot = z.infer<typeof slotSchema>;

export const queueSchema = z.object({
  timeZone: z.string().nullish(),
  slots: z.array(slotSchema),
  nextFreeSlots: z.array(z.string()),
});
export type SocialQueue = z.infer<typeof queueSchema>;

export interface AccountInput {
  platform: Platform;
  displayName: string;
  handle?: string;
  authorUrn?: string;
  accessToken?: string;
}

/** A post to publish now (neither), at a time (`scheduledAt`), or in the queue's next slot. */
export interface PostInput {
  text: string;
  accountIds: string[];
  scheduledAt?: string;
  queue?: boolean;
}

export const socialKeys = {
  all: (workspaceId: string) => ['social', workspaceId] as const,
  accounts: (workspaceId: string) => [...socialKeys.all(workspaceId), 'accounts'] as const,
  posts: (workspaceId: string) => [...socialKeys.all(workspaceId), 'posts'] as const,
  queue: (workspaceId: string) => [...socialKeys.all(workspaceId), 'queue'] as const,
};

const ACCOUNTS = '/api/social/accounts';
const POSTS = '/api/social/posts';
const QUEUE = '/api/social/queue';

export const socialApi = {
  accounts: (workspaceId: string, signal?: AbortSignal) =>
    api.get(ACCOUNTS, { schema: z.array(accountSchema), workspaceId, signal }),
  addAccount: (workspaceId: string, input: AccountInput) =>
    api.post(ACCOUNTS, input, { schema: accountSchema, workspaceId }),
  connect: (workspaceId: string, accountId: string, accessToken: string) =>
    api.put(
      `${ACCOUNTS}/${segment(accountId)}/token`,
      { accessToken },
      { schema: accountSchema, workspaceId },
    ),
  disconnect: (workspaceId: string, accountId: string) =>
    api.delete(`${ACCOUNTS}/${segment(accountId)}/token`, { schema: accountSchema, workspaceId }),
  posts: (workspaceId: string, signal?: AbortSignal) =>
    api.get(`${POSTS}?size=200`, { schema: pageSchema(postSchema), workspaceId, signal }),
  createPost: (workspaceId: string, input: PostInput) =>
    api.post(POSTS, input, { schema: postSchema, workspaceId }),
  reschedule: (workspaceId: string, postId: string, scheduledAt: string) =>
    api.post(
      `${POSTS}/${segment(postId)}/reschedule`,
      { scheduledAt },
      { schema: postSchema, workspaceId },
    ),
  cancel: (workspaceId: string, postId: string) =>
    api.post(`${POSTS}/${segment(postId)}/cancel`, undefined, { schema: postSchema, workspaceId }),
  queue: (workspaceId: string, signal?: AbortSignal) =>
    api.get(QUEUE, { schema: queueSchema, workspaceId, signal }),
  saveQueue: (workspaceId: string, timeZone: string, slots: Slot[]) =>
    api.put(QUEUE, { timeZone, slots }, { schema: queueSchema, workspaceId }),
};

/** Posts going out are read again every 5 s, so a post's outcome shows without a reload. */
export const POSTS_POLL_MS = 5000;

export function useAccounts(workspaceId: string) {
  return useQuery({
    queryKey: socialKeys.accounts(workspaceId),
    queryFn: ({ signal }) => socialApi.accounts(workspaceId, signal),
    enabled: Boolean(workspaceId),
  });
}

export function usePosts(workspaceId: string) {
  return useQuery({
    queryKey: socialKeys.posts(workspaceId),
    queryFn: ({ signal }) => socialApi.posts(workspaceId, signal),
    enabled: Boolean(workspaceId),
    refetchInterval: (q) =>
      q.state.data?.items.some((p) => p.status === 'SCHEDULED' || p.status === 'PUBLISHING')
        ? POSTS_POLL_MS
        : false,
    refetchIntervalInBackground: false,
  });
}

export function useQueue(workspaceId: string) {
  return useQuery({
    queryKey: socialKeys.queue(workspaceId),
    queryFn: ({ signal }) => socialApi.queue(workspaceId, signal),
    enabled: Boolean(workspaceId),
  });
}

/** Any social change: the accounts, posts and queue (its free slots) are read again after it. */
export function useSocialMutation<TVariables, TResult>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () => queryClient.invalidateQueries({ queryKey: socialKeys.all(workspaceId) }),
  });
}

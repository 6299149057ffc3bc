import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, segment } from '../../api/schemas';
import { refreshTagged, type Tagged } from '../runs/api';
import { isLiveCampaignStatus } from './campaignStatus';

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const progressSchema = z.object({
  status: z.string(),
  audience: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  remaining: z.number().int(),
  opened: z.number().int(),
  clicked: z.number().int(),
  // Reported later by recipients' mail servers (bounce mailbox); absent from older answers.
  bounced: z.number().int().default(0),
  complained: z.number().int().default(0),
});
export type CampaignProgress = z.infer<typeof progressSchema>;

export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  subject: z.string(),
  html: text,
  text: text,
  fromName: z.string(),
  fromEmail: z.string(),
  replyTo: text,
  segmentId: z.string().nullish(),
  /** DRAFT, SCHEDULED, SENDING, PAUSED, SENT or CANCELLED; kept open for new ones. */
  status: z.string(),
  scheduledAt: instantSchema,
  startedAt: instantSchema,
  finishedAt: instantSchema,
  /** Live while the campaign's workflow runs, the final counts after; null for a draft. */
  progress: progressSchema.nullish(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

// The list endpoint answers a bare array; it is wrapped so that its ETag can ride along.
const campaignListSchema = z.array(campaignSchema).transform((items) => ({ items }));
export type CampaignList = Tagged<z.infer<typeof campaignListSchema>>;

export const previewSchema = z.object({ subject: text, html: text, text: text });
export type CampaignPreview = z.infer<typeof previewSchema>;

export const segmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  contactCount: z.number().int(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** What the editor sends: `POST` to create a draft, `PUT` to replace it. */
export interface CampaignInput {
  name: string;
  subject: string;
  html: string;
  text: string;
  fromName: string;
  fromEmail: string;
  replyTo: string | null;
  segmentId: string | null;
}

/** Running campaigns are re-read every 2 s (as the issue asks), a quiet list now and then. */
export const CAMPAIGN_POLL_MS = 2000;
export const CAMPAIGNS_IDLE_POLL_MS = 15_000;

export const campaignKeys = {
  all: (workspaceId: string) => ['campaigns', workspaceId] as const,
  list: (workspaceId: string) => [...campaignKeys.all(workspaceId), 'list'] as const,
  detail: (workspaceId: string, campaignId: string) =>
    [...campaignKeys.all(workspaceId), 'detail', campaignId] as const,
  preview: (workspaceId: string, campaignId: string, version: string | null) =>
    [...campaignKeys.all(workspaceId), 'preview', campaignId, version] as const,
  segments: (workspaceId: string) => [...campaignKeys.all(workspaceId), 'segments'] as const,
  allContacts: (workspaceId: string) => [...campaignKeys.all(workspaceId), 'all-contacts'] as const,
};

const CAMPAIGNS = '/api/email-marketing/campaigns';
const campaignPath = (campaignId: string) => `${CAMPAIGNS}/${segment(campaignId)}`;

export const campaignsApi = {
  list: (workspaceId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(CAMPAIGNS, etag, { schema: campaignListSchema, workspaceId, signal }),
  get: (workspaceId: string, campaignId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(campaignPath(campaignId), etag, {
      schema: campaignSchema,
      workspaceId,
      signal,
    }),
  create: (workspaceId: string, input: CampaignInput) =>
    api.post(CAMPAIGNS, input, { schema: campaignSchema, workspaceId }),
  update: (workspaceId: string, campaignId: string, input: CampaignInput) =>
    api.put(campaignPath(campaignId), input, { schema: campaignSchema, workspaceId }),
  remove: (workspaceId: string, campaignId: string) =>
    api.delete(campaignPath(campaignId), { workspaceId }),
  preview: (workspaceId: string, campaignId: string, signal?: AbortSignal) =>
    api.get(`${campaignPath(campaignId)}/preview`, { schema: previewSchema, workspaceId, signal }),
  sendTest: (workspaceId: string, campaignId: string, to: string) =>
    api.post(`${campaignPath(campaignId)}/test`, { to }, { workspaceId }),
  /** No `sendAt` sends now. */
  send: (workspaceId: string, campaignId: string, sendAt: string | null) =>
    api.post(`${campaignPath(campaignId)}/send`, sendAt ? { sendAt } : {}, {
      schema: campaignSchema,
      workspaceId,
    }),
  act: (workspaceId: string, campaignId: string, action: 'pause' | 'resume' | 'cancel') =>
    api.post(`${campaignPath(campaignId)}/${action}`, undefined, {
      schema: campaignSchema,
      workspaceId,
    }),
  segments: (workspaceId: string, signal?: AbortSignal) =>
    api.get('/api/crm/segments', { schema: z.array(segmentSchema), workspaceId, signal }),
  /** Every contact of the workspace: an empty filter counts them all. */
  allContacts: (workspaceId: string, signal?: AbortSignal) =>
    api.post(
      '/api/crm/segments/count',
      {},
      { schema: z.object({ contactCount: z.number().int() }), workspaceId, signal },
    ),
};

/**
 * The campaigns, newest first. Conditional GETs every 2 s while one of them is scheduled, sending
 * or paused (its counts move), else now and then; a 304 keeps the list without a download.
 */
export function useCampaigns(workspaceId: string) {
  const queryClient = useQueryClient();
  const queryKey = campaignKeys.list(workspaceId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<CampaignList>(queryKey), (etag) =>
        campaignsApi.list(workspaceId, etag, signal),
      ),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((c) => isLiveCampaignStatus(c.status))
        ? CAMPAIGN_POLL_MS
        : CAMPAIGNS_IDLE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** One campaign with its live progress, re-read with its ETag every 2 s until it has ended. */
export function useCampaign(workspaceId: string, campaignId: string) {
  const queryClient = useQueryClient();
  const queryKey = campaignKeys.detail(workspaceId, campaignId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<Tagged<Campaign>>(queryKey), (etag) =>
        campaignsApi.get(workspaceId, campaignId, etag, signal),
      ),
    enabled: Boolean(workspaceId && campaignId),
    refetchInterval: (q) =>
      q.state.data && isLiveCampaignStatus(q.state.data.status) ? CAMPAIGN_POLL_MS : false,
    refetchIntervalInBackground: false,
  });
}

/** The saved campaign as a sample contact reads it; `version` (updatedAt) refreshes it on save. */
export function useCampaignPreview(
  workspaceId: string,
  campaignId: string,
  version: string | null,
) {
  return useQuery({
    queryKey: campaignKeys.preview(workspaceId, campaignId, version),
    queryFn: ({ signal }) => campaignsApi.preview(workspaceId, campaignId, signal),
    enabled: Boolean(workspaceId && campaignId),
    placeholderData: keepPreviousData,
  });
}

/** The audiences to pick from; the CRM screens own segments, this only lists them. */
export function useSegments(workspaceId: string) {
  return useQuery({
    queryKey: campaignKeys.segments(workspaceId),
    queryFn: ({ signal }) => campaignsApi.segments(workspaceId, signal),
    enabled: Boolean(workspaceId),
    staleTime: 0,
  });
}

/**
 * How many contacts the chosen audience holds now: the segment's count, or every contact. Read
 * afresh when asked (`enabled`), since the confirm dialog states it.
 */
export function useAudienceSize(workspaceId: string, segmentId: string | null, enabled: boolean) {
  const segments = useSegments(workspaceId);
  const all = useQuery({
    queryKey: campaignKeys.allContacts(workspaceId),
    queryFn: ({ signal }) => campaignsApi.allContacts(workspaceId, signal),
    enabled: enabled && !segmentId && Boolean(workspaceId),
    staleTime: 0,
  });
  if (segmentId) {
    const found = segments.data?.find((s) => s.id === segmentId);
    return { size: found ? found.contactCount : null, name: found?.name ?? null };
  }
  return { size: all.data?.contactCount ?? null, name: null };
}

/** Saves a draft (creates it without an id); the list and the preview are read again. */
export function useSaveCampaign(workspaceId: string, campaignId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) =>
      campaignId
        ? campaignsApi.update(workspaceId, campaignId, input)
        : campaignsApi.create(workspaceId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Tagged<Campaign>>(campaignKeys.detail(workspaceId, saved.id), {
        ...saved,
        etag: null,
      });
      return queryClient.invalidateQueries({ queryKey: campaignKeys.list(workspaceId) });
    },
  });
}

/** Sends, schedules, pauses, resumes or cancels: the answer is the campaign as it now is. */
export function useCampaignAction<TVariables>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<Campaign>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (campaign) =>
      queryClient.setQueryData<Tagged<Campaign>>(campaignKeys.detail(workspaceId, campaign.id), {
        ...campaign,
        etag: null,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: campaignKeys.list(workspaceId) }),
  });
}

export function useDeleteCampaign(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => campaignsApi.remove(workspaceId, campaignId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.list(workspaceId) }),
  });
}

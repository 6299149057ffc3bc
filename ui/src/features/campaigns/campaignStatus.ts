import type { BadgeTone } from '../../components/ui';
import type { CampaignProgress } from './api';

export const CAMPAIGN_STATUSES = [
  'DRAFT',
  'SCHEDULED',
  'SENDING',
  'PAUSED',
  'SENT',
  'CANCELLED',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const labels: Record<CampaignStatus, string> = {
  DRAFT: 'Draft',
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  PAUSED: 'Paused',
  SENT: 'Sent',
  CANCELLED: 'Cancelled',
};

const tones: Record<CampaignStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SCHEDULED: 'accent',
  SENDING: 'info',
  PAUSED: 'warning',
  SENT: 'success',
  CANCELLED: 'neutral',
};

function known(status: string | null | undefined): CampaignStatus | null {
  const upper = (status ?? '').toUpperCase();
  return (CAMPAIGN_STATUSES as readonly string[]).includes(upper)
    ? (upper as CampaignStatus)
    : null;
}

/** "Sending"; an unknown status is shown as sent. */
export function campaignStatusLabel(status: string | null | undefined): string {
  const s = known(status);
  return s ? labels[s] : status || 'Unknown';
}

export function campaignStatusTone(status: string | null | undefined): BadgeTone {
  const s = known(status);
  return s ? tones[s] : 'neutral';
}

/** Its workflow runs: the counts move (or will), so the page keeps asking. */
export function isLiveCampaignStatus(status: string | null | undefined): boolean {
  const s = known(status);
  return s === 'SCHEDULED' || s === 'SENDING' || s === 'PAUSED';
}

export interface CampaignActions {
  /** Only a draft can be edited, deleted or sent. */
  edit: boolean;
  pause: boolean;
  resume: boolean;
  cancel: boolean;
}

/**
 * What the owner can do with a campaign in this status, mirroring the workflow's update
 * validators (a scheduled campaign can be paused too); the server answers 409 with its reason
 * when the campaign moved on meanwhile.
 */
export function campaignActions(status: string | null | undefined): CampaignActions {
  const s = known(status);
  return {
    edit: s === 'DRAFT',
    pause: s === 'SCHEDULED' || s === 'SENDING',
    resume: s === 'PAUSED',
    cancel: s === 'SCHEDULED' || s === 'SENDING' || s === 'PAUSED',
  };
}

export interface ProgressFigures {
  /** Contacts dealt with: sent, failed or skipped. */
  done: number;
  /** The bar's maximum: the audience, or what was done if the counts ran ahead of it. */
  total: number;
  remaining: number;
  /** Whole percent of the audience done, 0–100. */
  percent: number;
  /** Opens and clicks as whole percent of the mails sent. */
  openRate: number;
  clickRate: number;
}

const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.floor((part / whole) * 100)) : 0;

/**
 * The progress bar's figures. The bar counts every contact the campaign has dealt with, so it
 * reaches its end when the last one is sent, failed or skipped. Floored, so 100% means all done.
 */
export function progressFigures(progress: CampaignProgress | null | undefined): ProgressFigures {
  const sent = progress?.sent ?? 0;
  const done = sent + (progress?.failed ?? 0) + (progress?.skipped ?? 0);
  const total = Math.max(progress?.audience ?? 0, done);
  const remaining = Math.max(0, progress?.remaining ?? total - done);
  return {
    done,
    total,
    remaining,
    percent: total > 0 ? percentOf(done, total) : 0,
    openRate: percentOf(progress?.opened ?? 0, sent),
    clickRate: percentOf(progress?.clicked ?? 0, sent),
  };
}

/** The sentence said once a campaign has ended, and read out by screen readers. */
export function finalSummary(
  status: string | null | undefined,
  progress: CampaignProgress | null | undefined,
): string {
  const s = known(status);
  if (s !== 'SENT' && s !== 'CANCELLED') return '';
  const p = progress ?? { sent: 0, failed: 0, skipped: 0 };
  const counts = `${p.sent} sent, ${p.failed} failed, ${p.skipped} skipped.`;
  return s === 'SENT' ? `Campaign sent: ${counts}` : `Campaign cancelled: ${counts}`;
}

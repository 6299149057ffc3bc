import type { BadgeTone } from '../../components/ui';
import { sectionPath } from '../workspaces/WorkspaceSection';
import type { ContentKind, Draft, Provider, TargetType } from './api';

export const kindLabels: Record<ContentKind, string> = {
  SOCIAL_POST: 'Social post',
  EMAIL: 'Email',
  PRODUCT_DESCRIPTION: 'Product description',
  SEO: 'SEO title and meta description',
  LESSON_OUTLINE: 'Course lesson outline',
};

export const providerLabels: Record<Provider, string> = {
  OPENAI: 'OpenAI',
  ANTHROPIC: 'Anthropic',
  OPENAI_COMPATIBLE: 'OpenAI-compatible server (Ollama, vLLM…)',
};

export const targetLabels: Record<TargetType, string> = {
  NONE: 'Keep it here to copy',
  SOCIAL_POST: 'Schedule as a social post',
  CAMPAIGN_DRAFT: 'Create an email campaign draft',
  PRODUCT_DESCRIPTION: "Replace a product's description",
  COURSE_LESSON: 'Add a lesson to a course module',
};

/** Which targets can take each kind, as the server checks. */
export function targetsFor(kind: ContentKind): TargetType[] {
  const own: Record<ContentKind, TargetType | null> = {
    SOCIAL_POST: 'SOCIAL_POST',
    EMAIL: 'CAMPAIGN_DRAFT',
    PRODUCT_DESCRIPTION: 'PRODUCT_DESCRIPTION',
    SEO: null,
    LESSON_OUTLINE: 'COURSE_LESSON',
  };
  const target = own[kind];
  return target ? ['NONE', target] : ['NONE'];
}

/** The draft fields each kind writes, in reading order. */
export type DraftField = 'title' | 'subject' | 'body' | 'metaDescription' | 'sections';
export function draftFields(kind: ContentKind): DraftField[] {
  switch (kind) {
    case 'SOCIAL_POST':
    case 'PRODUCT_DESCRIPTION':
      return ['body'];
    case 'EMAIL':
      return ['subject', 'body'];
    case 'SEO':
      return ['title', 'metaDescription'];
    case 'LESSON_OUTLINE':
      return ['title', 'sections'];
  }
}

export const fieldLabels: Record<DraftField, string> = {
  title: 'Title',
  subject: 'Subject',
  body: 'Text',
  metaDescription: 'Meta description',
  sections: 'Sections (one a line)',
};

/** A draft as the edit form's text values; sections one a line. */
export function draftToText(draft: Draft | null | undefined, field: DraftField): string {
  if (!draft) return '';
  if (field === 'sections') return (draft.sections ?? []).join('\n');
  return draft[field] ?? '';
}

/** The edit form's values back into a draft of the kind. */
export function textToDraft(kind: ContentKind, values: Record<string, string>): Draft {
  const draft: Draft = {};
  for (const field of draftFields(kind)) {
    const value = (values[field] ?? '').trim();
    if (field === 'sections') {
      draft.sections = value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    } else {
      draft[field] = value;
    }
  }
  return draft;
}

const FINAL = ['PUBLISHED', 'FAILED', 'EXPIRED', 'CANCELLED'];
export function isFinalStatus(status: string): boolean {
  return FINAL.includes(status);
}

export const statusLabels: Record<string, string> = {
  GENERATING: 'Generating',
  AWAITING_APPROVAL: 'Waiting for approval',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
};

export function statusTone(status: string): BadgeTone {
  switch (status) {
    case 'PUBLISHED':
      return 'success';
    case 'AWAITING_APPROVAL':
      return 'warning';
    case 'FAILED':
      return 'danger';
    case 'GENERATING':
    case 'PUBLISHING':
      return 'info';
    default:
      return 'neutral';
  }
}

/** Millionths of a dollar as dollars and cents; fractions of a cent show as <$0.01. */
export function dollars(micros: number): string {
  if (micros > 0 && micros < 10_000) return '<$0.01';
  return `$${(micros / 1_000_000).toFixed(2)}`;
}

export function centsToDollars(cents: number | null | undefined): string {
  return cents == null ? '' : (cents / 100).toFixed(2);
}

/** "12.50" → 1250; blank → null (no budget); anything else → undefined (invalid). */
export function dollarsToCents(value: string): number | null | undefined {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  return Math.round(Number(trimmed) * 100);
}

/** `/workspaces/w1/ai/content/c1` from `('w1', 'content', 'c1')`. */
export const aiPath = sectionPath('ai');

import type { BioPage, BlockType, PageInput, Platform, Theme } from './api';

export type DraftBlock = PageInput['blocks'][number] & { key: string };
export type Draft = Omit<PageInput, 'blocks'> & { blocks: DraftBlock[] };

let keys = 0;
/** A key React can track a block by before the server has given it an id. */
const newKey = () => `new-${(keys += 1)}`;

export const themeLabels: Record<Theme, string> = {
  LIGHT: 'Light',
  DARK: 'Dark',
  OCEAN: 'Ocean',
  SUNSET: 'Sunset',
};

export const platformLabels: Record<Platform, string> = {
  INSTAGRAM: 'Instagram',
  TIKTOK: 'TikTok',
  YOUTUBE: 'YouTube',
  X: 'X',
  FACEBOOK: 'Facebook',
  LINKEDIN: 'LinkedIn',
  GITHUB: 'GitHub',
  WEBSITE: 'Website',
};

export const blockLabels: Record<BlockType, string> = {
  LINK: 'Link',
  PRODUCT: 'Product card',
  BOOKING: 'Booking card',
};

/** The editor's copy of a page's draft. */
export function draftOf(page: BioPage): Draft {
  const { draft } = page;
  return {
    slug: page.slug,
    title: draft.title,
    description: draft.description,
    avatarUrl: draft.avatarUrl,
    language: draft.language,
    theme: draft.theme,
    socials: draft.socials.map((s) => ({ ...s })),
    blocks: draft.blocks.map((b) => ({ ...b, key: b.id })),
  };
}

/** What the server is sent: no editor keys, blanks left out. */
export function inputOf(draft: Draft): PageInput {
  return {
    ...draft,
    slug: draft.slug.trim(),
    title: draft.title.trim(),
    blocks: draft.blocks.map(({ key: _key, ...block }) => block),
  };
}

export function newBlock(type: BlockType): DraftBlock {
  return { key: newKey(), type, title: '', url: '', productId: '', serviceId: '' };
}

/** The list with the item at `index` moved by `by` places (kept inside the list). */
export function move<T>(items: T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  if (to === index) return items;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/**
 * Where a booking card leads: the public booking page of the bookings feature. The server builds
 * the same address for the click redirect.
 */
export function bookingPath(workspaceId: string, serviceId: string): string {
  return `/book/${encodeURIComponent(workspaceId)}/${encodeURIComponent(serviceId)}`;
}

/**
 * The server names fields like `blocks[2].url`; the editor shows the message on that block's
 * field, which it finds by position.
 */
export function blockError(
  errors: Record<string, string>,
  index: number,
  field: string,
): string | undefined {
  return errors[`blocks[${index}].${field}`];
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$/;

/** A problem with the slug the server would also refuse, found before sending it. */
export function slugProblem(slug: string): string | undefined {
  const value = slug.trim().toLowerCase();
  if (!SLUG_PATTERN.test(value)) {
    return 'Use 3 to 32 lowercase letters, digits or dashes, starting and ending with a letter or digit.';
  }
  return undefined;
}

/**
 * How each network counts a post, as the server does (SocialPlatform.java): Unicode code points
 * (an emoji is one), and on X every link as 23 characters whatever its length.
 */
export type Platform = 'X' | 'LINKEDIN';

export const PLATFORMS: Record<Platform, { label: string; max: number }> = {
  X: { label: 'X', max: 280 },
  LINKEDIN: { label: 'LinkedIn', max: 3000 },
};

const X_LINK_LENGTH = 23;
const LINK = /https?:\/\/\S+/g;

function codePoints(text: string): number {
  return Array.from(text).length;
}

export function postLength(platform: Platform, text: string): number {
  if (platform !== 'X') return codePoints(text);
  let length = 0;
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    length += codePoints(text.slice(from, match.index)) + X_LINK_LENGTH;
    from = match.index + match[0].length;
  }
  return length + codePoints(text.slice(from));
}

/** What the composer shows per platform: the count, the limit, and whether it is over. */
export function lengthFor(platform: Platform, text: string) {
  const length = postLength(platform, text);
  const { label, max } = PLATFORMS[platform];
  return { platform, label, length, max, over: length > max };
}

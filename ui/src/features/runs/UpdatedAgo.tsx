import { memo } from 'react';
import { useNow } from './useNow';

/** "x s ago" for short spans, then minutes: precise enough to trust a live page. */
export function agoText(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
}

/**
 * When the page last heard from the server. It keeps ticking after polling stops, so a stale
 * page (a final run, a hidden tab, a lost connection) shows its age honestly.
 */
export const UpdatedAgo = memo(function UpdatedAgo({
  at,
  live,
}: {
  at: number;
  /** Still polling: says so, so the owner knows the page moves on its own. */
  live: boolean;
}) {
  const now = useNow(1000);
  if (!at) return null;
  return (
    <span className="updated-ago muted">
      {live && (
        <span className="live-dot" aria-hidden="true">
          ●
        </span>
      )}
      {live ? 'Live · updated ' : 'Updated '}
      <time dateTime={new Date(at).toISOString()}>{agoText(at, now)}</time>
    </span>
  );
});

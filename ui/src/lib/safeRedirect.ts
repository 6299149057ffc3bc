/**
 * Returns `next` when it is a path inside this app (so a crafted link cannot send the user
 * to another site after signing in), otherwise the fallback.
 */
export function safeRedirect(next: string | null | undefined, fallback = '/'): string {
  if (!next) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

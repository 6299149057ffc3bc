import type { Mail } from './api';

export interface MailLink {
  href: string;
  /** The in-app path (with query) when the link points at a page of this UI, else null. */
  appPath: string | null;
}

const APP_ROUTES = [
  /^\/invitations\/[^/]+\/?$/,
  /^\/learn\/[^/]+\/?$/,
  /^\/reset-password\/?$/,
  /^\/login\/?$/,
  /^\/register\/?$/,
];
const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/**
 * Links in mails are absolute and point at wherever the platform thinks the UI lives; when one
 * targets a page of this UI, return its path so it can be opened here (e.g. on the dev server).
 */
export function toAppPath(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, window.location.origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!APP_ROUTES.some((route) => route.test(url.pathname))) return null;
  return url.pathname + url.search;
}

/** All distinct http(s) links of a mail, from its HTML anchors and its plain text. */
export function extractLinks(mail: Pick<Mail, 'html' | 'text'>): MailLink[] {
  const found: string[] = [];
  if (mail.html) {
    const doc = new DOMParser().parseFromString(mail.html, 'text/html');
    doc.querySelectorAll('a[href]').forEach((anchor) => {
      const href = anchor.getAttribute('href')?.trim();
      if (href && /^https?:\/\//i.test(href)) found.push(href);
    });
  }
  if (mail.text) {
    for (const match of mail.text.matchAll(URL_IN_TEXT)) {
      found.push(match[0].replace(/[.,;:!?]+$/, ''));
    }
  }
  return [...new Set(found)].map((href) => ({ href, appPath: toAppPath(href) }));
}

/** The mail's HTML made safe to show in a sandboxed iframe: links open in a new tab. */
export function htmlForFrame(html: string): string {
  const head = '<base target="_blank"><meta name="referrer" content="no-referrer">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head([^>]*)>/i, `<head$1>${head}`);
  return `<!doctype html><html><head>${head}</head><body>${html}</body></html>`;
}

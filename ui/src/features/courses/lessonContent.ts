/**
 * What a lesson's text and video link may become on the student's page. The API stores a lesson's
 * body as the creator typed it (Markdown or HTML) without cleaning it, so the page never injects it
 * as HTML: it reads it into blocks of plain text, and an HTML body is read through the browser's
 * parser keeping only the text of an allow-list of elements and http(s) links.
 */

export type Inline = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string };

const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with Markdown links `[text](https://…)` and bare http(s) addresses as links. */
export function inlines(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const index = match.index ?? 0;
    if (index > last) result.push({ kind: 'text', text: text.slice(last, index) });
    if (match[1] && match[2]) result.push({ kind: 'link', text: match[1], href: match[2] });
    else if (match[3]) result.push({ kind: 'link', text: match[3], href: match[3] });
    last = index + match[0].length;
  }
  if (last < text.length) result.push({ kind: 'text', text: text.slice(last) });
  return result.map((part) =>
    part.kind === 'text' ? { ...part, text: part.text.replace(/(\*\*|__|`)/g, '') } : part,
  );
}

export function looksLikeHtml(body: string): boolean {
  return /<\/?(p|h[1-6]|ul|ol|li|br|div|strong|em|a|b|i|pre|code|blockquote)\b[^>]*>/i.test(body);
}

/** A Markdown body: headings, bulleted and numbered lists, fenced code and paragraphs. */
export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', content: inlines(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().startsWith('```')) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith('```')) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = Math.min(4, Math.max(2, heading[1]!.length + 1)) as 2 | 3 | 4;
      blocks.push({ kind: 'heading', level, content: inlines(heading[2]!) });
    } else if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(inlines((bullet ?? numbered)![1]!));
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'BLOCKQUOTE', 'SECTION', 'ARTICLE']);

/** An HTML body read as text blocks: nothing of its markup but structure and http(s) links. */
export function htmlBlocks(body: string): Block[] {
  const doc = new DOMParser().parseFromString(body, 'text/html');
  const blocks: Block[] = [];
  let pending: Inline[] = [];
  const flush = () => {
    if (pending.some((part) => part.text.trim())) {
      blocks.push({ kind: 'paragraph', content: pending });
    }
    pending = [];
  };
  const inlineOf = (node: Node): Inline[] => {
    if (node.nodeType === Node.TEXT_NODE) return [{ kind: 'text', text: node.textContent ?? '' }];
    if (!(node instanceof Element) || ['SCRIPT', 'STYLE'].includes(node.tagName)) return [];
    if (node.tagName === 'BR') return [{ kind: 'text', text: '\n' }];
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      const text = node.textContent ?? '';
      return /^https?:\/\//i.test(href) ? [{ kind: 'link', text: text || href, href }] : [];
    }
    return [...node.childNodes].flatMap(inlineOf);
  };
  const walk = (node: Node) => {
    if (!(node instanceof Element)) {
      pending.push(...inlineOf(node));
      return;
    }
    const tag = node.tagName;
    if (['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'TEMPLATE'].includes(tag)) return;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      const level = Math.min(4, Math.max(2, Number(tag[1]) + 1)) as 2 | 3 | 4;
      blocks.push({ kind: 'heading', level, content: inlineOf(node) });
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      const items = [...node.children]
        .filter((child) => child.tagName === 'LI')
        .map((child) => inlineOf(child));
      blocks.push({ kind: 'list', ordered: tag === 'OL', items });
    } else if (tag === 'PRE') {
      flush();
      blocks.push({ kind: 'code', text: node.textContent ?? '' });
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      node.childNodes.forEach(walk);
      flush();
    } else {
      pending.push(...inlineOf(node));
    }
  };
  doc.body.childNodes.forEach(walk);
  flush();
  return blocks;
}

export function lessonBlocks(body: string): Block[] {
  return looksLikeHtml(body) ? htmlBlocks(body) : markdownBlocks(body);
}

/**
 * The player address of a video on a host known to offer one meant for embedding (YouTube without
 * its tracking cookies, Vimeo); null for any other address, which the page shows as a link.
 */
export function videoEmbedUrl(videoUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(videoUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^www\.|^m\./, '');
  const id = (value: string | null | undefined, pattern: RegExp) =>
    value && pattern.test(value) ? value : null;
  let youtube: string | null = null;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    youtube =
      url.pathname === '/watch'
        ? id(url.searchParams.get('v'), /^[\w-]{6,20}$/)
        : id(/^\/(?:embed|shorts)\/([\w-]+)$/.exec(url.pathname)?.[1], /^[\w-]{6,20}$/);
  } else if (host === 'youtu.be') {
    youtube = id(url.pathname.slice(1), /^[\w-]{6,20}$/);
  }
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube}`;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const vimeo = /^\/(?:video\/)?(\d{4,12})$/.exec(url.pathname)?.[1];
    if (vimeo) return `https://player.vimeo.com/video/${vimeo}`;
  }
  return null;
}

/** Only http(s) addresses become links: a `javascript:` URL stays text. */
export function isWebLink(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

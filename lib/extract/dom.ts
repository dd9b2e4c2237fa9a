/**
 * DOM helpers that work the same on the live page and in happy-dom. Nothing here uses `instanceof`
 * against global classes: happy-dom nodes are not instances of Node's (absent) DOM globals.
 */
import { nfc } from '../text/normalize';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** NFC, no-break and zero-width spaces made plain, runs of whitespace collapsed, trimmed. */
export function clean(text: string | null | undefined): string {
  if (!text) return '';
  return nfc(text)
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/**
 * Text as a reader sees it, cleaned: `textContent` glues "a<br>b" and "<p>a</p><p>b</p>" into "ab",
 * which breaks word counts and matching, so block boundaries and <br> become spaces.
 */
export function textOf(node: Node): string {
  return clean(rawText(node));
}

/** Like `textOf` but not trimmed or collapsed, for gluing inline runs together. */
export function rawText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === TEXT_NODE) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (!isElement(n)) return;
    if (SKIP_TAGS.has(n.tagName)) return;
    const block = isBlockTag(n.tagName.toUpperCase());
    if (block) parts.push(' ');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('');
}

/** First non-empty `content` among <meta> tags matching any of `keys` (property, name or itemprop). */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = clean(el?.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

/** Class and id of an element, lower-cased, for cheap "looks like a caption/date box" tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Share of an element's text that sits inside links: high for menus, breadcrumbs and related lists. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  return Math.min(1, linked / total);
}

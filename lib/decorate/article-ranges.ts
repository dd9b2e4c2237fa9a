import type { Article } from '../article';
import { buildTextMap, type TextMap } from '../anchoring/text-map';
import { textRange } from '../anchoring/text-range';

/** Turns offsets into `article.text` into ranges on the live page. */
export type ArticleRangeMapper = (start: number, end: number) => Range | null;

interface Segment {
  start: number;
  end: number;
  /** For each character of the segment: its index in the squeezed segment text. */
  toSqueezed: number[];
  /** Where the squeezed segment text starts in the page's text map. */
  pageStart: number;
}

/**
 * Finds every block of the article (sapo, paragraphs, headings, captions) in the page's text, in
 * order, once; then an article offset maps to the page through its block. A block the page does not
 * show verbatim (the extractor dropped a button or an inline box inside it) maps clause by clause,
 * where a clause is found close after the block before; what is not found maps to nothing rather
 * than to a guess.
 */
export function articleRangeMapper(
  article: Pick<Article, 'text' | 'sapo' | 'blocks'>,
  root: Node,
  map: TextMap = buildTextMap(root),
): ArticleRangeMapper {
  const parts = [
    ...(article.sapo && article.text.startsWith(article.sapo) ? [{ start: 0, text: article.sapo }] : []),
    ...article.blocks,
  ];
  const segments: Segment[] = [];
  let cursor = 0;
  for (const part of parts) {
    const { squeezed, toSqueezed } = squeezeWithMap(part.text);
    if (!squeezed) continue;
    let at = map.text.indexOf(squeezed, cursor);
    // Some layouts put a block before the previous one (a sapo below the lead photo): look again.
    if (at === -1) at = map.text.indexOf(squeezed);
    if (at !== -1) {
      segments.push({ start: part.start, end: part.start + part.text.length, toSqueezed, pageStart: at });
      cursor = at + squeezed.length;
      continue;
    }
    const reach = cursor + 2 * squeezed.length + 500;
    for (const clause of clauses(part.text)) {
      const piece = squeezeWithMap(clause.text);
      if (piece.squeezed.length < MIN_CLAUSE) continue;
      const found = map.text.indexOf(piece.squeezed, cursor);
      if (found === -1 || found > reach) continue;
      const start = part.start + clause.start;
      segments.push({ start, end: start + clause.text.length, toSqueezed: piece.toSqueezed, pageStart: found });
      cursor = found + piece.squeezed.length;
    }
  }
  segments.sort((a, b) => a.start - b.start);

  return (start, end) => {
    const seg = segments.find((s) => s.start <= start && end <= s.end);
    if (!seg || end <= start) return null;
    const from = seg.pageStart + seg.toSqueezed[start - seg.start]!;
    const to = seg.pageStart + seg.toSqueezed[end - 1 - seg.start]! + 1;
    return textRange(map, root, from, to);
  };
}

/**
 * The page's element holding every block of the article it shows: where the site changes the
 * article's text (a live blog's new entry, a paragraph rewritten after load), as opposed to its
 * sidebars and ads. Null when no block is on the page.
 */
export function articleContainer(article: Pick<Article, 'blocks'>, toRange: ArticleRangeMapper): Node | null {
  let container: Node | null = null;
  for (const block of article.blocks) {
    // A block mapped clause by clause has no whole range: any clause of it says where it is.
    const range =
      toRange(block.start, block.start + block.text.length) ??
      clauses(block.text).map((c) => toRange(block.start + c.start, block.start + c.start + c.text.length)).find((r) => r !== null);
    if (range) container = container ? commonAncestor(container, range.commonAncestorContainer) : range.commonAncestorContainer;
  }
  // An article of one text node is watched from its element, where a new paragraph would go.
  return container?.nodeType === 3 ? container.parentNode : container;
}

function commonAncestor(a: Node, b: Node): Node | null {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (above.has(n)) return n;
  return null;
}

/**
 * The page's headline: the first h1 that shows the title (a site's h1 may also hold a kicker or a
 * label). None when no h1 shows it: the title is also in the window's title and in lists of other
 * articles, which are no headline.
 */
export function headlineOf(title: string, doc: Document): Element | null {
  const { squeezed } = squeezeWithMap(title);
  if (!squeezed) return null;
  return Array.from(doc.querySelectorAll('h1')).find((h1) => buildTextMap(h1).text.includes(squeezed)) ?? null;
}

/** Turns offsets into the article's title into ranges on its headline (`headlineOf`). */
export function titleRangeMapper(title: string, headline: Element | null): ArticleRangeMapper {
  if (!headline) return () => null;
  const { squeezed, toSqueezed } = squeezeWithMap(title);
  const map = buildTextMap(headline);
  const at = map.text.indexOf(squeezed);
  return (start, end) => {
    if (at === -1 || end <= start || start < 0 || end > title.length) return null;
    return textRange(map, headline, at + toSqueezed[start]!, at + toSqueezed[end - 1]! + 1);
  };
}

// Shorter clauses ("Theo ông,") are found in too many places to say where the block is.
const MIN_CLAUSE = 12;

/** A block's clauses: its text cut after each sentence or clause mark followed by a space. */
function clauses(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.,;:!?…]\s+/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

/**
 * `squeeze` (whitespace runs → one space, trimmed) with, for every input character, the index it
 * lands on in the output. No NFC step: `Article.text` is NFC already.
 */
function squeezeWithMap(text: string): { squeezed: string; toSqueezed: number[] } {
  const toSqueezed: number[] = [];
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      if (out) pendingSpace = true;
      toSqueezed.push(Math.max(0, out.length - 1 + (pendingSpace ? 1 : 0)));
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    toSqueezed.push(out.length);
    out += ch;
  }
  return { squeezed: out, toSqueezed };
}

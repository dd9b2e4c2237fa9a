/**
 * Article extraction: Readability on a stripped clone of the page for the body, Vietnamese-aware
 * modules for the metadata Readability gets wrong on Vietnamese news (site names as authors, titles
 * with " - Báo X", day-first dates without a zone, sapo repeated in the body, the author's name as
 * the body's last line), then a clean list of blocks with offsets into one NFC text.
 *
 * Runs in the content script on the live page and in Node on a happy-dom Document; it never mutates
 * the document it is given and never throws: a page that is not an article gets NotAnArticle.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { BlockKind, ExtractResult, NotAnArticle } from '../article';
import { fold } from '../text/normalize';
import { canonicalUrl, hostOf } from '../url';
import { markedAbbreviations } from './abbreviations';
import { assemble } from './assemble';
import { collectBlocks, type RawBlock } from './body';
import { isBoilerplate, isSourceLine } from './boilerplate';
import { authorFromLine, bylineFromDom, bylineFromMetadata, normalizeByline } from './byline';
import { findPublished, isDateLine } from './date';
import { isElement, linkDensity } from './dom';
import { readJsonLd } from './jsonld';
import { countElements, prepareClone } from './prepare';
import { findSapo, metaDescription, sameLead } from './sapo';
import { findLang, findSiteName, siteAliases } from './site';
import { findTitle } from './title';

export interface ExtractOptions {
  /** Elements allowed in the stripped clone before giving up with 'too-large' (0: no limit). */
  maxElemsToParse?: number;
  /** Milliseconds; checked between phases (Readability itself cannot be interrupted). */
  timeBudgetMs?: number;
}

/** A large Vietnamese news page has 3,000–6,000 elements; 40,000 is far beyond any real article. */
export const DEFAULT_MAX_ELEMS = 40_000;
export const DEFAULT_TIME_BUDGET_MS = 2_000;
/**
 * Above this many elements (after stripping) Readability gets one pass: its retries with relaxed
 * rules re-walk the whole page up to three more times, and on a huge page that is what hangs.
 */
export const SINGLE_PASS_ELEMS = 8_000;
/**
 * Characters of text in the stripped clone beyond which the page is no article to read: about
 * 80,000 words, where the longest news features run to a tenth of that. Past it Readability and the
 * analysis would hold the page for seconds (a 750,000-character page blocked Chromium for 4 s).
 */
export const MAX_TEXT_CHARS = 400_000;
/** Page elements beyond which even cloning is not worth it; checked before any work. */
const PRECHECK_FACTOR = 3;
/** Fewer words than this in body and captions is a stub, a gallery without text, or a player. */
const MIN_WORDS = 40;
/** Schema.org types of pages that are media players, not prose. */
const MEDIA_TYPES = /^(PodcastEpisode|PodcastSeries|RadioEpisode|TVEpisode|VideoGallery|MusicRecording|Movie)$/;

const now = (): number => globalThis.performance.now();

function isHomeUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    return /^\/(index\.\w+|home|trang-chu)?\/?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Whether the page's text runs past `limit` characters, each run of spaces one: the markup's
 * indentation is no text (a page indented 30 spaces a line has more of it than words). */
function textLonger(doc: Document, limit: number): boolean {
  const text = doc.body?.textContent ?? '';
  if (text.length <= limit) return false;
  let length = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, line breaks, no-break space: what indents markup.
    const blank = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!blank || !space) length++;
    if (length > limit) return true;
    space = blank;
  }
  return false;
}

function isTooLargeError(e: unknown): boolean {
  return e instanceof Error && /elements found/.test(e.message);
}

function wordsOf(blocks: readonly { text: string }[]): number {
  return blocks.reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
}

/** A short bold paragraph without final punctuation is a section heading on most Vietnamese CMSs. */
function asHeading(b: RawBlock): BlockKind {
  if (b.kind !== 'paragraph' || !b.bold) return b.kind;
  const words = b.text.split(' ').length;
  return words <= 15 && !/[.,;:!?…"”]$/.test(b.text) ? 'heading' : 'paragraph';
}

/**
 * Home and section pages: one linked headline per teaser, each followed by a short summary. An
 * article may end with a few linked related headlines, but not as many as its own paragraphs.
 */
function looksLikeTeaserList(blocks: readonly RawBlock[]): boolean {
  const linkedHeadings = blocks.filter((b) => b.kind === 'heading' && b.links > 0.6).length;
  const prose = blocks.filter((b) => b.kind === 'paragraph' && b.links < 0.3 && b.text.split(' ').length >= 12).length;
  return linkedHeadings >= 4 && linkedHeadings >= prose * 0.75;
}

export function extract(doc: Document, url?: string | null, opts: ExtractOptions = {}): ExtractResult {
  const started = now();
  const maxElems = opts.maxElemsToParse ?? DEFAULT_MAX_ELEMS;
  const budget = opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const pageUrl = canonicalUrl(doc, url ?? null);
  const host = hostOf(pageUrl) ?? hostOf(url);

  let title = '';
  const fail = (reason: NotAnArticle['reason']): NotAnArticle => ({ notAnArticle: true, url: pageUrl, title, reason });

  try {
    const total = countElements(doc);
    if (maxElems > 0 && total > maxElems * PRECHECK_FACTOR) {
      title = (doc.querySelector('title')?.textContent ?? '').trim();
      return fail('too-large');
    }
    const ld = readJsonLd(doc);
    const siteName = findSiteName(doc, host, ld.article);
    const aliases = siteAliases(siteName, host, [ld.article?.publisher]);
    title = findTitle(doc, ld.article, aliases);

    if (!ld.article) {
      if (ld.types.some((t) => MEDIA_TYPES.test(t))) return fail('not-readerable');
      if (isHomeUrl(pageUrl)) return fail('not-readerable');
      if (!isProbablyReaderable(doc)) return fail('not-readerable');
    }

    const prepared = prepareClone(doc);
    if (maxElems > 0 && prepared.elements > maxElems) return fail('too-large');
    if (textLonger(prepared.doc, MAX_TEXT_CHARS)) return fail('too-large');
    if (now() - started > budget) return fail('timeout');

    const parsed = new Readability<Node>(prepared.doc, {
      keepClasses: true,
      disableJSONLD: true,
      maxElemsToParse: maxElems,
      charThreshold: prepared.elements > SINGLE_PASS_ELEMS ? 1 : undefined,
      serializer: (node) => node,
    }).parse();
    const content = parsed?.content;
    if (!parsed || !isElement(content)) return fail('no-content');
    // Teaser grids (home and section pages) are mostly links even when Readability picks them.
    if (!ld.article && linkDensity(content) > 0.5) return fail('not-readerable');

    const collected = collectBlocks(content);
    if (!ld.article && looksLikeTeaserList(collected)) return fail('not-readerable');
    const foldedTitle = fold(title);
    let raw = collected.filter(
      (b) => !isBoilerplate(b.text) && !isDateLine(b.text) && b.links <= 0.6 && fold(b.text) !== foldedTitle,
    );

    const metaByline = bylineFromMetadata(doc, ld.article, aliases);
    let closingAuthor: string | null = null;
    for (let i = 0; i < 4; i++) {
      const last = [...raw].reverse().find((b) => b.kind !== 'caption');
      if (!last) break;
      const author = authorFromLine(last.text, aliases, metaByline);
      if (author) closingAuthor ??= author;
      else if (!isSourceLine(last.text)) break;
      raw = raw.filter((b) => b !== last);
    }

    const firstPara = raw.find((b) => b.kind === 'paragraph');
    const description = metaDescription(doc, ld.article, aliases);
    const { sapo, fromBody } = findSapo(doc, {
      description,
      firstParagraph: firstPara ? { text: firstPara.text, bold: firstPara.bold } : null,
    });
    if (fromBody && firstPara) raw = raw.filter((b) => b !== firstPara);
    if (sapo) raw = raw.filter((b, i) => i > 3 || !sameLead(b.text, sapo));

    const byline =
      metaByline ?? closingAuthor ?? bylineFromDom(doc, aliases) ?? normalizeByline(parsed.byline, aliases);
    // Some layouts repeat the author as a line above the body too ("TÚ UYÊN", "Theo Tú Uyên").
    const isBylineRepeat = (b: RawBlock): boolean =>
      !!byline && b.kind !== 'caption' && b.text.length < 60 && normalizeByline(b.text, aliases) === byline;

    const blocks: { kind: BlockKind; text: string }[] = [];
    for (const b of raw) {
      const prev = blocks[blocks.length - 1];
      if ((prev && prev.text === b.text) || isBylineRepeat(b)) continue;
      blocks.push({ kind: asHeading(b), text: b.text });
    }
    if (wordsOf(blocks) < MIN_WORDS) return fail('no-content');

    const article = assemble({
      url: pageUrl,
      title: title || (parsed.title ?? '').trim(),
      sapo,
      byline,
      published: findPublished(doc, ld.article, parsed.publishedTime),
      siteName,
      lang: findLang(doc),
      blocks,
    });
    const abbreviations = markedAbbreviations(content, article.text);
    return abbreviations.length > 0 ? { ...article, abbreviations } : article;
  } catch (e) {
    return fail(isTooLargeError(e) ? 'too-large' : 'no-content');
  }
}

export { parseDate } from './date';
export { recaseName, normalizeByline } from './byline';

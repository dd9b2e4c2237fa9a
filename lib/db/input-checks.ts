/**
 * What the background accepts from a message, checked field by field. Content scripts run in web
 * pages' processes: a hostile page can send anything, so nothing reaches the database unchecked.
 */
import type { Selectors } from '../anchoring/types';
import type { Article } from '../article';
import type { Quote } from '../quotes';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../decorate/highlights';
import { cleanUrl, isSiteName } from '../url';
import { GLOSSARY_LIMITS } from '../acronyms/types';
import { nfc } from '../text/normalize';

export class InputError extends Error {}

type Obj = Record<string, unknown>;
const obj = (v: unknown, what: string): Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError(`${what} is not an object`);
  return v as Obj;
};
const str = (o: Obj, k: string, max = 5_000_000): string => {
  const v = o[k];
  if (typeof v !== 'string') throw new InputError(`"${k}" is not a text`);
  if (v.length > max) throw new InputError(`"${k}" is longer than ${max} characters`);
  return v;
};
/** A text the reader typed, in NFC: some Vietnamese input methods type decomposed letters, which
 * would be stored as another text than the same words composed (a CSV import normalizes too). */
const typed = (o: Obj, k: string, max: number): string => {
  const v = o[k];
  return str({ [k]: typeof v === 'string' ? nfc(v) : v }, k, max);
};
const strOrNull = (o: Obj, k: string): string | null => (o[k] === null || o[k] === undefined ? null : str(o, k, 10_000));
const num = (o: Obj, k: string): number => {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new InputError(`"${k}" is not a number`);
  return v;
};
const strings = (o: Obj, k: string): string[] => {
  const v = o[k];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.length < 200_000)) throw new InputError(`"${k}" is not a list of texts`);
  return v as string[];
};

export function checkArticle(v: unknown): Article {
  const o = obj(v, 'the article');
  const blocks = Array.isArray(o['blocks']) ? (o['blocks'] as unknown[]) : [];
  return {
    url: strOrNull(o, 'url'),
    title: str(o, 'title', 2_000),
    sapo: strOrNull(o, 'sapo'),
    byline: strOrNull(o, 'byline'),
    published: strOrNull(o, 'published'),
    siteName: strOrNull(o, 'siteName'),
    lang: str(o, 'lang', 35),
    text: str(o, 'text'),
    blocks: blocks.map((b) => {
      const x = obj(b, 'a block');
      const kind = x['kind'];
      if (kind !== 'paragraph' && kind !== 'heading' && kind !== 'caption') throw new InputError('"kind" is not a block kind');
      return { kind, text: str(x, 'text'), start: num(x, 'start') };
    }),
    paragraphs: strings(o, 'paragraphs'),
    captions: strings(o, 'captions'),
    wordCount: num(o, 'wordCount'),
    readingMinutes: num(o, 'readingMinutes'),
  };
}

export function checkQuote(v: unknown): Quote {
  const o = obj(v, 'the quotation');
  const kind = o['kind'];
  if (kind !== 'direct' && kind !== 'colon') throw new InputError('"kind" is not a quotation kind');
  return { text: str(o, 'text', 100_000), start: num(o, 'start'), end: num(o, 'end'), speaker: strOrNull(o, 'speaker'), role: strOrNull(o, 'role'), kind };
}

export function checkColor(v: unknown): HighlightColor {
  if (!HIGHLIGHT_COLORS.includes(v as HighlightColor)) throw new InputError('not a highlight colour');
  return v as HighlightColor;
}

/** Only what a reader edits on a highlight: never its page, article, text or stamps. */
export function checkHighlightEdit(v: unknown): { id: string; color: HighlightColor; note: string; tags: string[] } {
  const o = obj(v, 'the highlight');
  return { id: str(o, 'id', 100), color: checkColor(o['color']), note: str(o, 'note', 100_000), tags: strings(o, 'tags') };
}

export function checkSelectors(v: unknown): Selectors {
  const o = obj(v, 'the selectors');
  const quote = obj(o['quote'], 'the quote selector');
  const position = obj(o['position'], 'the position selector');
  return {
    quote: { type: 'TextQuoteSelector', exact: str(quote, 'exact', 200_000), prefix: str(quote, 'prefix', 1_000), suffix: str(quote, 'suffix', 1_000) },
    position: { type: 'TextPositionSelector', start: num(position, 'start'), end: num(position, 'end') },
  };
}

export function checkNewHighlight(v: unknown): { selectors: Selectors; color: HighlightColor; note: string; tags: string[] } {
  const o = obj(v, 'the highlight');
  return { selectors: checkSelectors(o['selectors']), color: checkColor(o['color']), note: str(o, 'note', 100_000), tags: strings(o, 'tags') };
}

/** A glossary entry as a page may send it; an undefined site or page clears a stored one. */
export interface CheckedGlossaryEntry {
  short: string;
  long: string;
  note: string;
  site?: string | undefined;
  page?: string | undefined;
}

/**
 * A glossary entry from a page. `site`: the host it is kept for; `page`: the article it is kept for
 * (an address as `cleanUrl` gives it), one or the other. An empty one (an edit making the entry
 * hold more widely again) comes out undefined, which clears a stored one.
 */
export function checkGlossaryEntry(v: unknown): CheckedGlossaryEntry {
  const o = obj(v, 'the glossary entry');
  const { short, long, note } = GLOSSARY_LIMITS;
  const entry: CheckedGlossaryEntry = {
    short: typed(o, 'short', short),
    long: typed(o, 'long', long),
    note: typeof o['note'] === 'string' ? typed(o, 'note', note) : '',
  };
  if (o['site'] !== undefined) {
    const site = str(o, 'site', 253);
    if (site !== '' && !isSiteName(site)) throw new InputError('the glossary entry\'s site is not a host name');
    entry.site = site === '' ? undefined : site;
  }
  if (o['page'] !== undefined) {
    const page = str(o, 'page', GLOSSARY_LIMITS.page);
    if (page !== '' && cleanUrl(page) !== page) throw new InputError('the glossary entry\'s page is not an article address');
    entry.page = page === '' ? undefined : page;
  }
  if (entry.site && entry.page) throw new InputError('a glossary entry is kept for a site or for a page, not both');
  return entry;
}

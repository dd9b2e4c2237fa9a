import { nfc } from '../text/normalize';
import { detectOccurrences, type Occurrence } from './detect';
import { placementOf } from './find';
import { isVietnameseSyllable } from './letters';
import { glossaryKey, type Glossary, type Placement } from './glossary';
import { offeredSenses } from './sense-cues';
import type { AcronymInfo, ExpansionSource, UserGlossaryEntry } from './types';
import { userEntriesOn } from './user-entries';

export interface LookupResult {
  short: string;
  long: string | null;
  source: Exclude<ExpansionSource, 'text'> | null;
  senses: string[];
  /** What a glossary sense that is an English name is called in Vietnamese (see AcronymInfo). */
  vietnameseLong?: string;
}

// Longest selection read for the acronym inside it: a long paragraph.
const MAX_SELECTION = 2000;
// Longest selection taken whole as a short form ("UBND TP.HCM", "SEA Games").
const MAX_WRITTEN = 24;

/** What a selection holds: itself as a short form, if it may be one, and the one acronym among its words. */
interface Selected {
  /** The selection without the quotes, brackets and punctuation around it, when short enough to be
   * one short form as written ("TT-Huế", "PV Oil", "SEA Games", a reader's "ĐH Bách khoa"). */
  written: string | null;
  /** `written` reads as a short form: no plain Vietnamese word ("ca", "Nga"; among several words
   * one in lower case, "cho GM") nor a lone letter among words ("ĐH Y"). The reader's own entries
   * are looked up by `written` whatever it holds. */
  formLike: boolean;
  /** `written` is one word: the glossaries may read it as they read the page ("NĐ-CP"); several words
   * are looked up as one key only. */
  oneWord: boolean;
  /** The one acronym the detector finds among its words ("Theo NHNN,", "Quỹ Tiền tệ Quốc tế (IMF)"),
   * with those words (where its sense and the words beside it are read) and its uses there. */
  inner: { short: string; text: string; uses: Occurrence[] } | null;
}

/** Too long a selection to look for its one acronym in: the reader is told so, not that it holds none. */
export function selectionTooLong(selection: string): boolean {
  return trimmed(selection).length > MAX_SELECTION;
}

/** The selection in NFC without the quotes, brackets and punctuation around it. */
function trimmed(selection: string): string {
  return nfc(selection).trim().replace(/^[\s"“”'‘’(«]+|[\s"“”'‘’).,;:!?»]+$/gu, '');
}

function selected(selection: string): Selected | null {
  const text = trimmed(selection);
  if (!text || text.length > MAX_SELECTION) return null;
  const words = text.split(/\s+/);
  const oneWord = words.length === 1;
  const written = text.length <= MAX_WRITTEN && !/\s{2,}|\n/.test(text) ? text : null;
  const formLike = written !== null && (oneWord ? !writtenAsWord(text) : !words.some((w) => inLowerCase(w) || /^\p{L}$/u.test(w)));
  const occurrences = detectOccurrences(text);
  const forms = new Set(occurrences.map((o) => o.surface));
  const short = forms.size === 1 ? [...forms][0]! : null;
  return { written, formLike, oneWord, inner: short ? { short, text, uses: occurrences } : null };
}

/** A Vietnamese word in lower case ("ca", "tư"). */
function inLowerCase(word: string): boolean {
  return isVietnameseSyllable(word) && word === word.toLowerCase();
}

/** A Vietnamese word as words are written, in lower case or with a capital ("ca", "Nga"); in
 * capitals ("CA") or with capitals inside ("MoU") it may be a short form. */
function writtenAsWord(word: string): boolean {
  return inLowerCase(word) || (isVietnameseSyllable(word) && word === word[0]!.toUpperCase() + word.slice(1).toLowerCase());
}

/**
 * The acronym of `acronyms` (an article's, as its page shows and explains them) that the selection
 * is or holds: the page read its sense from the whole article, the glossaries' alone would not, and a
 * correction kept for the article is known only to the page. The whole selection first ("TP.HCM",
 * not its "HCM").
 */
export function answeredInArticle(acronyms: readonly AcronymInfo[], selection: string): AcronymInfo | null {
  const what = selected(selection);
  if (!what) return null;
  const row = (form: string | undefined) => form && acronyms.find((a) => a.long !== null && glossaryKey(a.short) === glossaryKey(form));
  return row(what.written ?? undefined) || row(what.inner?.short) || null;
}

/**
 * Whether the glossaries' answer for a selection says more than the page's reading of the acronym
 * in it: they know the whole selection, of which the page's acronym is a part ("PV Oil" over the
 * page's "PV"). Another casing of the page's own form is not more ("POS" for the article's "PoS").
 */
export function answersMore(result: LookupResult | null, inArticle: AcronymInfo): boolean {
  const letters = (short: string) => glossaryKey(short).toUpperCase();
  return result?.long != null && letters(result.short) !== letters(inArticle.short);
}

/**
 * Looks up one acronym the reader selected (context menu, "add to my glossary"): the reader's own
 * glossary first, then the built-in one with the sense picked from `context`. Null when the
 * selection holds no acronym, or several.
 */
export function lookupAcronym(
  selection: string,
  opts: { glossary?: Glossary; user?: UserGlossaryEntry[]; context?: string; site?: string | null; page?: string | null },
): LookupResult | null {
  const what = selected(selection);
  if (!what) return null;
  const user = userEntriesOn(opts.user, opts.site ?? null, opts.page ?? null);
  const known = (short: string, context: string | undefined, placement?: Placement): LookupResult | null => {
    const mine = user.get(glossaryKey(short));
    if (mine) return { short, long: mine.long, source: 'user', senses: [mine.long] };
    const hit = opts.glossary?.lookup(short, context, placement);
    if (!hit) return null;
    const vietnamese = opts.glossary?.vietnameseName(hit.long);
    return { short: hit.short, long: hit.long, source: 'glossary', senses: offeredSenses(hit.senses, hit.long), ...(vietnamese ? { vietnameseLong: vietnamese } : {}) };
  };
  // The selection as written: the reader's own entry for it, or a term the glossaries know whole
  // ("PV Oil", "TT-Huế"); else the acronym among its words, its sense read from them as the page
  // reads it from the article's.
  const { written } = what;
  const asked = written !== null && (user.has(glossaryKey(written)) || (what.formLike && (what.oneWord || opts.glossary?.has(written))));
  const whole = asked ? known(written, opts.context) : null;
  if (whole) return whole;
  const { inner } = what;
  if (inner) {
    return known(inner.short, opts.context ?? inner.text, placementOf(inner.text, inner.uses)) ?? { short: inner.short, long: null, source: null, senses: [] };
  }
  return written !== null && what.formLike && what.oneWord ? { short: written, long: null, source: null, senses: [] } : null;
}

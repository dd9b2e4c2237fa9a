import { nfc } from '../text/normalize';
import { detectOccurrences, type Occurrence } from './detect';
import { placementOf } from './find';
import { isVietnameseSyllable } from './letters';
import { glossaryKey, type Glossary, type Placement } from './glossary';
import type { AcronymInfo, ExpansionSource, UserGlossaryEntry } from './types';
import { userEntriesOn } from './user-entries';

export interface LookupResult {
  short: string;
  long: string | null;
  source: Exclude<ExpansionSource, 'text'> | null;
  senses: string[];
}

// Longest selection read for the acronym inside it: a sentence or two.
const MAX_SELECTION = 400;
// Longest selection taken whole as a short form ("UBND TP.HCM", "SEA Games").
const MAX_WRITTEN = 24;

/** What a selection holds: itself as a short form, if it may be one, and the one acronym among its words. */
interface Selected {
  /** The selection without the quotes, brackets and punctuation around it, when it may be one short
   * form as written ("TT-Huế", "PV Oil", "SEA Games"): short, on one line, and no word of it a plain
   * Vietnamese word or a lone letter ("ca", "Nga", "cho GM", "ĐH Y" are no short forms). */
  written: string | null;
  /** `written` is one word: the glossaries may read it as they read the page ("NĐ-CP"); several words
   * are looked up as one key only. */
  oneWord: boolean;
  /** The one acronym the detector finds among its words ("Theo NHNN,", "Quỹ Tiền tệ Quốc tế (IMF)"),
   * with those words (where its sense and the words beside it are read). */
  inner: { short: string; text: string; uses: Occurrence[] } | null;
  /** One word that is no plain Vietnamese word ("ubnd", "QZXK"): the reader may ask about a form the
   * detector does not take. */
  word: string | null;
}

function selected(selection: string): Selected | null {
  const text = nfc(selection).trim().replace(/^[\s"“”'‘’(«]+|[\s"“”'‘’).,;:!?»]+$/gu, '');
  if (!text || text.length > MAX_SELECTION) return null;
  const words = text.split(/\s+/);
  const formLike = text.length <= MAX_WRITTEN && !/\s{2,}|\n/.test(text) && !words.some((w) => plainWord(w) || (words.length > 1 && /^\p{L}$/u.test(w)));
  const written = formLike ? text : null;
  const occurrences = detectOccurrences(text);
  const forms = new Set(occurrences.map((o) => o.surface));
  const short = forms.size === 1 ? [...forms][0]! : null;
  const inner = short ? { short, text, uses: occurrences } : null;
  const oneWord = words.length === 1;
  return { written, oneWord, inner, word: written !== null && oneWord ? written : null };
}

/** A Vietnamese word as words are written: in lower case or with a capital ("ca", "Hàng", "Nga");
 * in capitals it may be a short form ("CA"). */
function plainWord(word: string): boolean {
  return isVietnameseSyllable(word) && word !== word.toUpperCase();
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
  const row = (form: string | null) => {
    const key = form === null ? null : glossaryKey(form);
    return key === null ? undefined : acronyms.find((a) => a.long !== null && glossaryKey(a.short) === key);
  };
  return row(what.written) ?? row(what.inner?.short ?? null) ?? null;
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
    return hit ? { short: hit.short, long: hit.long, source: 'glossary', senses: hit.senses } : null;
  };
  // The selection as written, a term the glossaries know whole ("PV Oil", "TT-Huế"); else the
  // acronym among its words, its sense read from them as the page reads it from the article's.
  const written = what.written !== null && (what.oneWord || user.has(glossaryKey(what.written)) || opts.glossary?.has(what.written)) ? what.written : null;
  const whole = written === null ? null : known(written, opts.context);
  if (whole) return whole;
  const { inner } = what;
  if (inner) {
    const uses = inner.uses.filter((o) => o.surface === inner.short);
    return known(inner.short, opts.context ?? inner.text, placementOf(inner.text, uses)) ?? { short: inner.short, long: null, source: null, senses: [] };
  }
  return what.word === null ? null : { short: what.word, long: null, source: null, senses: [] };
}

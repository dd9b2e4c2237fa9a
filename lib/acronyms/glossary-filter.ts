/**
 * Finding an entry in the reader's own glossary as they type: a student who imported a list of
 * hundreds of acronyms looks one up by its letters or by a word of its meaning. Every word typed
 * must appear in the short form or the expansion. A word typed without marks ignores them ("thanh
 * pho" finds "Thành phố", "dmst" finds "ĐMST"); a word typed with marks asks for them ("thành" does
 * not find "thanh"), wherever the tone sits ("uỷ ban" finds "Ủy ban", and "khỏ", typed on the way to
 * "khỏe", finds "khoẻ"). A short form also matches without its dots, dashes and spaces ("tphcm" finds
 * "TP. HCM", "gdđt" finds "GD-ĐT"). Entries whose short form is the query, then those it opens, come
 * first.
 */
import { fold, nfc } from '../text/normalize';
import { syllableKey, toneApart } from './translations';

interface Entry {
  short: string;
  /** Null for an acronym nothing explains (the article's list is filtered too). */
  long: string | null;
  /** An English expansion's Vietnamese name, which the popup may show first ("trí tuệ" finds AI). */
  vietnameseLong?: string;
}

/** The spellings a query word is looked for in. */
interface Haystack {
  /** Short form and expansion, NFC, lower case. */
  exact: string;
  /** The same with each syllable's tone at its end: the old and new placements meet. */
  keyed: string;
  folded: string;
  /** The short form without what separates its parts ("GD-ĐT" → "gdđt"), and folded ("gddt"). */
  compact: string;
  foldedCompact: string;
  /** Each syllable's letters without its tone, and its tone. */
  syllables: { base: string; tone: string }[];
}

const SEPARATORS = /[^\p{L}\p{N}]+/gu;

const keyed = (text: string): string => text.replace(/[\p{L}\p{M}]+/gu, syllableKey);

// Built once per entry: the list re-renders on every keystroke, and a Dexie query gives new
// objects only when the table changes.
const HAYSTACKS = new WeakMap<Entry, Haystack>();

function haystack(e: Entry): Haystack {
  let h = HAYSTACKS.get(e);
  if (!h) {
    const exact = nfc(`${e.short}\n${e.long ?? ''}\n${e.vietnameseLong ?? ''}`).toLowerCase();
    const compact = nfc(e.short).toLowerCase().replace(SEPARATORS, '');
    const syllables = (exact.match(/[\p{L}\p{M}]+/gu) ?? []).map(toneApart);
    h = { exact, keyed: keyed(exact), folded: fold(exact), compact, foldedCompact: fold(compact), syllables };
    HAYSTACKS.set(e, h);
  }
  return h;
}

function holds(h: Haystack, word: string): boolean {
  const bare = word.replace(SEPARATORS, '');
  if (fold(word) !== word) return h.exact.includes(word) || h.keyed.includes(keyed(word)) || (bare !== '' && h.compact.includes(bare)) || opensSyllable(h, word);
  return h.folded.includes(word) || (bare !== '' && h.foldedCompact.includes(bare));
}

/** A syllable typed halfway with its tone already on ("khỏ", "hoà" for "hoàn"): the tone may sit on
 * another vowel once the syllable is finished ("khoẻ"), so letters and tone are compared apart. */
function opensSyllable(h: Haystack, word: string): boolean {
  if (!/^[\p{L}\p{M}]+$/u.test(word)) return false;
  const typed = toneApart(word);
  return typed.tone !== '' && h.syllables.some((s) => s.tone === typed.tone && s.base.startsWith(typed.base));
}

/** Whether `query` asks for marks in any of its words (a miss may then be the marks'). */
export function queryHasMarks(query: string): boolean {
  const lower = nfc(query).toLowerCase();
  return fold(lower) !== lower;
}

/** The entries holding every word of `query`, the closest short forms first; all of them, in their
 * order, for a blank query. */
export function filterGlossary<T extends Entry>(entries: readonly T[], query: string): T[] {
  const words = nfc(query).toLowerCase().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  const whole = fold(words.join('')).replace(SEPARATORS, '');
  const rank = (h: Haystack): number => (h.foldedCompact === whole ? 0 : h.foldedCompact.startsWith(whole) ? 1 : 2);
  return entries
    .map((entry, i) => ({ entry, i, h: haystack(entry) }))
    .filter(({ h }) => words.every((w) => holds(h, w)))
    .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i)
    .map(({ entry }) => entry);
}

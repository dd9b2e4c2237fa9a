/**
 * Finding an entry in the reader's own glossary as they type: a student who imported a list of
 * hundreds of acronyms looks one up by its letters or by a word of its meaning. Every word typed
 * must appear in the short form or the expansion. A word typed without marks ignores them ("thanh
 * pho" finds "Thành phố", "dmst" finds "ĐMST"); a word typed with marks asks for them ("thành" does
 * not find "thanh"). A short form also matches without its dots and spaces ("tphcm" finds
 * "TP. HCM"). Entries whose short form is the query, then those it opens, come first.
 */
import { fold, nfc } from '../text/normalize';

interface Entry {
  short: string;
  long: string;
}

/** The spellings a query word is looked for in: as written (lower case) and without marks. */
interface Haystack {
  exact: string;
  folded: string;
  /** The folded short form without what separates its parts ("TP. HCM" → "tphcm"). */
  compact: string;
}

const SEPARATORS = /[^\p{L}\p{N}]+/gu;

function haystack(e: Entry): Haystack {
  const exact = nfc(`${e.short}\n${e.long}`).toLowerCase();
  return { exact, folded: fold(exact), compact: fold(nfc(e.short)).replace(SEPARATORS, '') };
}

function holds(h: Haystack, word: string): boolean {
  const folded = fold(word);
  if (folded !== word) return h.exact.includes(word);
  const bare = word.replace(SEPARATORS, '');
  return h.folded.includes(word) || (bare !== '' && h.compact.includes(bare));
}

/** The entries holding every word of `query`, the closest short forms first; all of them, in their
 * order, for a blank query. */
export function filterGlossary<T extends Entry>(entries: readonly T[], query: string): T[] {
  const words = nfc(query).toLowerCase().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  const whole = fold(words.join('')).replace(SEPARATORS, '');
  const rank = (h: Haystack): number => (h.compact === whole ? 0 : h.compact.startsWith(whole) ? 1 : 2);
  return entries
    .map((entry, i) => ({ entry, i, h: haystack(entry) }))
    .filter(({ h }) => words.every((w) => holds(h, w)))
    .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i)
    .map(({ entry }) => entry);
}

/**
 * Vietnamese writes a few syllables' tone mark in either of two places: "Uỷ ban" and "Ủy ban", "hoà"
 * and "hòa", "khoẻ" and "khỏe". The glossary picks one; beside an article that writes the other, its
 * expansion reads as a misspelling (three QA readers noticed "Ủy ban nhân dân" under articles writing
 * "Uỷ"). The glossary's words are shown as the article spells them, where it spells them only so.
 */
import { syllableKey, toneApart } from './translations';

const WORD = /[\p{L}\p{M}]+/gu;

// "oa", "oe" or "uy" ending a syllable, a tone mark on one of the two (checked first: most words have
// neither, and splitting a word's marks off costs a normalisation).
const MARKED_PAIR_END = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/iu;

/** A syllable whose mark may move: a tone on "oa", "oe" or "uy" ending it. */
function movable(word: string): boolean {
  if (!MARKED_PAIR_END.test(word)) return false;
  const { base, tone } = toneApart(word.toLowerCase());
  return tone !== '' && /(?:oa|oe|uy)$/u.test(base);
}

/** A function giving a phrase with its movable syllables spelled as `text` spells them. */
export function articleSpelling(text: string): (phrase: string) => string {
  let spellings: Map<string, Map<string, number>> | null = null;
  const read = (): Map<string, Map<string, number>> => {
    const found = new Map<string, Map<string, number>>();
    for (const [word] of text.matchAll(WORD)) {
      if (!movable(word)) continue;
      const lower = word.toLowerCase();
      const key = syllableKey(lower);
      const counts = found.get(key) ?? new Map<string, number>();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      found.set(key, counts);
    }
    return found;
  };
  return (phrase) =>
    phrase.replace(WORD, (word) => {
      if (!movable(word)) return word;
      spellings ??= read();
      const lower = word.toLowerCase();
      const counts = spellings.get(syllableKey(lower));
      if (!counts || counts.has(lower)) return word;
      const [written] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      return word[0] !== lower[0] ? written[0]!.toUpperCase() + written.slice(1) : written;
    });
}

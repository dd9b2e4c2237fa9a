/**
 * "Xã hội hoá HTGT" in the headline, "… đầu tư hạ tầng giao thông" in the body: an acronym that
 * nothing else explains, whose letters are the first letters of words the article writes out
 * somewhere, one word a letter, is those words. The article does not define it beside a use, but it
 * says what it means, and the reader is shown where. Tone marks and hats do not count ("Ư" is a
 * "U"), while Đ stays apart from D, as the letters of Vietnamese initialisms are compared
 * everywhere.
 *
 * Only for four letters or more, a run written twice at least, and no function word in it: words
 * meet letters by chance ("của nước này" spells CNN, "cho biết các trường" CBCT, "Hà Tĩnh gọi
 * thêm" HTGT), a name the article means it by is written again.
 */
import { LEFT_STOPS } from './define/lexicon';
import { letterFold } from './letters';

const WORD = /[\p{L}\p{M}]+/gu;

/** A word's first letter as initialisms are compared (see `letterFold`: marks dropped, Đ kept). */
function initialOf(word: string): string {
  return letterFold(word[0] ?? '');
}

/** The words of `text`, to be asked for every acronym of it (see `spelledElsewhere`). */
export function articleWords(text: string): RegExpExecArray[] {
  return [...text.matchAll(WORD)];
}

/**
 * The most often written run of words spelling `short`, and where it is first written; or null.
 * `words`: `articleWords(text)`, found once for all the article's acronyms.
 */
export function spelledElsewhere(text: string, short: string, words: readonly RegExpExecArray[] = articleWords(text)): { long: string; start: number } | null {
  if (!/^[\p{Lu}]{4,}$/u.test(short)) return null;
  const letters = [...short].map(initialOf);
  const runs = new Map<string, { long: string; start: number; count: number }>();
  for (let i = 0; i + letters.length <= words.length; i++) {
    if (initialOf(words[i]?.[0] ?? '') !== letters[0]) continue;
    const run = words.slice(i, i + letters.length);
    // Words, not short forms in capitals; one space between them, no stop or comma.
    if (!run.every((w, k) => initialOf(w[0]) === letters[k] && !/^\p{Lu}{2,}$/u.test(w[0]) && !LEFT_STOPS.has(w[0].toLowerCase()))) continue;
    const start = run[0]?.index ?? 0;
    const last = run[run.length - 1];
    const long = text.slice(start, (last?.index ?? 0) + (last?.[0].length ?? 0));
    if (!/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(long)) continue;
    const key = long.toLowerCase();
    const seen = runs.get(key);
    if (seen) seen.count++;
    else runs.set(key, { long, start, count: 1 });
  }
  let best: { long: string; start: number; count: number } | null = null;
  for (const run of runs.values()) if (run.count >= 2 && (!best || run.count > best.count)) best = run;
  return best && { long: best.long, start: best.start };
}

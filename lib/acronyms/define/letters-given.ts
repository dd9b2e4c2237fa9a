/**
 * Whether a name's words give a short form's letters at all, in any order: their own first letters
 * and those of the English the word table has for them ("Viện Dầu mỏ Mỹ" gives I, P, A for API;
 * "Đại học London" gives U and L, none of TSR's). A coarse test, for telling a body's own name from
 * a host's or a parent's written beside the letters, where a reading only named the body.
 */
import { letterFold } from '../letters';
import { shortLetters, wordsIn } from '../match';
import { translationKey } from '../translations';
import type { KnownWords } from './translated';
import { capitalised } from './words';

export function givesLetters(long: string, short: string, known: KnownWords, spareOf = false): boolean {
  const words = wordsIn(long, 0, long.length);
  const initials = new Set(words.map((w) => letterFold(w.text[0] ?? '')));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + known.translations.longest); j++) {
      const run = words.slice(i, j);
      const english = known.translations.english(translationKey(run.map((w) => w.text)), capitalised(run[0]));
      for (const unit of english ?? []) for (const w of unit.split(/[^\p{L}]+/u)) if (w !== '') initials.add(letterFold(w[0] ?? ''));
    }
  }
  // With `spareOf`, one O or A may be an English name's "of" or "and", which no Vietnamese word
  // gives ("Viện Y học Mỹ (IOM)": Institute of Medicine); not where a parent's name may be read for
  // its member's letters ("Tập đoàn Vingroup (VGA, tại Hà Nội)").
  const missing = shortLetters(short).filter((l) => !initials.has(l));
  return missing.length === 0 || (spareOf && missing.length === 1 && (missing[0] === 'o' || missing[0] === 'a'));
}

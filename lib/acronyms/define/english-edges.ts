/**
 * A named long form (see phrase.ts) read against the English name the glossary knows. Where the
 * words of a Vietnamese name do not all translate the English one, the aligner gives up and the name
 * rules cut the phrase at a capital: "quân Chính phủ Syria (SAA)" lost "quân", the Army of the
 * Syrian Arab Army. The word before such a name joins it when it translates a word of the English
 * name that none of the name's words does.
 *
 * Not the other edge: leaving out a first word that translates none of the English name's words
 * ("Tổ chức" before the Syrian Observatory for Human Rights) lost 45 definitions more than it gained
 * on the seen sets: firms keep their "Tập đoàn" (Vietnam Electricity, EVN), parties their "đảng"
 * whatever language their name is in (AKP), and the annotators split on the rest.
 */
import type { LongWord } from '../match';
import { syllableKey, type Translations } from '../translations';
import { capitalised } from './words';
import { englishNames, englishWords, stem, type KnownWords } from './translated';

/** English units of the longest entry of the table from `at` in `words` (or ending at `at` when
 * `backwards`), with its length; null when none. */
function entry(words: LongWord[], at: number, t: Translations, backwards = false): { length: number; english: readonly string[] } | null {
  for (let k = Math.min(t.longest, backwards ? at : words.length - at); k >= 1; k--) {
    const from = backwards ? at - k : at;
    const english = t.english(words.slice(from, from + k).map((w) => syllableKey(w.text)).join(' '), capitalised(words[from]));
    if (english) return { length: k, english };
  }
  return null;
}

/**
 * `name` (a named long form of `short`), with the words of `before` (those right before it in its
 * clause) that translate a word of the English name no word of `name` translates. Of the glossary's
 * English names, the one `name` translates most of is read: a word before the name joins it for
 * that name's sake, not for another body's that shares the letters.
 */
export function withEnglishWordBefore(name: LongWord[], before: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  if (!known) return name;
  const t = known.translations;
  // English units of each table entry along the name, longest first.
  const units: (readonly string[])[] = [];
  for (let i = 0; i < name.length; ) {
    const found = entry(name, i, t);
    units.push(found?.english ?? []);
    i += found?.length ?? 1;
  }
  const stems = (us: readonly string[]): string[] => us.flatMap((u) => englishWords(u).map(stem));
  let best: { words: Set<string>; covered: Set<string> } | null = null;
  for (const english of englishNames(short, known)) {
    const words = new Set(englishWords(english).map(stem));
    const covered = new Set(units.flatMap((us) => stems(us).filter((w) => words.has(w))));
    if (!best || covered.size > best.covered.size) best = { words, covered };
  }
  if (!best) return name;
  const { words, covered } = best;
  const prior = entry(before, before.length, t, true);
  return prior && stems(prior.english).some((w) => words.has(w) && !covered.has(w)) ? [...before.slice(before.length - prior.length), ...name] : name;
}

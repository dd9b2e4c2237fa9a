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

/** `name` (a named long form of `short`), with the words of `before` (those right before it in its
 * clause) that translate a word of the English name no word of `name` translates. */
export function withEnglishWordBefore(name: LongWord[], before: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  if (!known) return name;
  const english = new Set(englishNames(short, known).flatMap((n) => englishWords(n).map(stem)));
  if (english.size === 0) return name;
  const t = known.translations;
  const named = (units: readonly string[]): string[] => units.flatMap((u) => englishWords(u).map(stem)).filter((w) => english.has(w));
  const covered = new Set<string>();
  for (let i = 0; i < name.length; ) {
    const found = entry(name, i, t);
    for (const w of named(found?.english ?? [])) covered.add(w);
    i += found?.length ?? 1;
  }
  const prior = entry(before, before.length, t, true);
  return prior && named(prior.english).some((w) => !covered.has(w)) ? [...before.slice(before.length - prior.length), ...name] : name;
}

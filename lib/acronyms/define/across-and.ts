/**
 * "cảnh báo sớm và chỉ huy trên không (AWACS)": a term whose English name joins its parts with "and"
 * (Airborne Warning and Control System) is read, like any other, from after the last "và", which
 * most often joins two things ("máy bay và tàu chiến (UAV)"). Where the glossary knows the English
 * name and the words before "và" translate some of its words that the words after it do not, they
 * are the term's too: its first part.
 */
import { wordsIn, type LongWord } from '../match';
import type { Definition } from './types';
import { translatedAt } from './partly-translated';
import { englishNames, type KnownWords } from './translated';
import { capitalised, commaBetween, leftWords, lower, textOf } from './words';
import { LEFT_STOPS } from './lexicon';
import { opensSentence, verbLengthAt } from './phrase';

// How far before "và" the first part may start, in words.
const REACH = 5;

/** The English words of `name` that a run of words translates, from `translatedAt`. */
function covered(at: ReturnType<typeof translatedAt>): Set<string> {
  return new Set(at.flatMap((a) => [...a.english]));
}

/** `def` with the first part of its term before "và", where the glossary's English name says so. */
export function acrossAnd(text: string, short: string, def: Omit<Definition, 'short'>, known: KnownWords | undefined): Omit<Definition, 'short'> {
  if (!known) return def;
  const before = leftWords(text, def.start, REACH + 1);
  const and = before[before.length - 1];
  if (!and || lower(and) !== 'và' || text.slice(and.end, def.start).includes(',')) return def;
  const inner = wordsIn(text, def.start, def.start + def.long.length);
  // The first part: back to a stop word, a verb or a comma.
  let from = before.length - 1;
  while (from > 0) {
    const w = before[from - 1] as LongWord;
    if (LEFT_STOPS.has(lower(w)) || verbLengthAt(before, from - 1) > 0 || commaBetween(text, w, before[from] as LongWord)) break;
    from--;
  }
  const first = before.slice(from, -1);
  // Terms in lower case only (but for a sentence's first word): a capitalised name after "và" is a
  // body's ("… Hàng không và Tổ chức Hàng không dân dụng …").
  if (first.length === 0 || [...first, ...inner].some((w) => capitalised(w) && !opensSentence(text, w))) return def;
  const listed = from > 0 && commaBetween(text, before[from - 1] as LongWord, before[from] as LongWord);
  for (const name of englishNames(short, known)) {
    // A list of the name's parts with commas before it is read whole as it was ("đồng tính, song
    // tính và chuyển giới (LGBT)"); other things listed before are not its ("các tiêm kích hạng
    // nặng, máy bay chỉ huy và cảnh báo sớm (AEW & C)").
    if (listed && covered(translatedAt(before.slice(0, from), name, known)).size > 0) continue;
    const after = covered(translatedAt(inner, name, known));
    const at = translatedAt(first, name, known);
    const gained = [...covered(at)].filter((e) => !after.has(e));
    if (after.size === 0 || gained.length === 0) continue;
    // From the first part's first translated word: "máy bay cảnh báo sớm" starts at "cảnh báo".
    const opens = at.findIndex((a) => a.english.size > 0);
    // A word of one syllable after an untranslated one says what that is ("đường băng ngắn": Short
    // runway), no part of its own.
    if (opens > 0 && (at[opens]?.length ?? 0) < 2) continue;
    return { ...def, ...textOf(text, [...first.slice(opens), and, ...inner]) };
  }
  return def;
}

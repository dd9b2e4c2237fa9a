/**
 * "Hội đồng bảo an Liên Hợp Quốc (HĐBA LHQ) … danh sách đen của LHQ": a short form of two parts,
 * defined whole, defines each part the text also writes alone, by the words that spell it. The name
 * splits where its first part's letters end and the second's begin.
 */
import { FUNCTION_WORDS, shortLetters, spells, wordsIn } from '../match';
import type { Definition } from './types';
import { textOf } from './words';

/** The definitions of the parts of `def`'s short form ("HĐBA", "LHQ" of "HĐBA LHQ") among
 * `alone`, the short forms the text writes on their own; none where the name does not split so. */
export function joinedParts(text: string, def: Definition, alone: (short: string) => boolean): Definition[] {
  const parts = def.short.split(' ');
  const [first, second] = parts;
  if (parts.length !== 2 || first === undefined || second === undefined || def.how !== 'spelled') return [];
  if (!alone(first) && !alone(second)) return [];
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const [a, b] = [shortLetters(first), shortLetters(second)];
  // A word may give the first letters it opens with, more than one (`spells`): every split is tried.
  for (let k = 1; k < words.length; k++) {
    const [head, tail] = [words.slice(0, k), words.slice(k)];
    if (!spells(a, head, 0) || !spells(b, tail, 0)) continue;
    // "Hội đồng Bảo an của Liên Hợp Quốc": the word that joins the two names belongs to neither.
    while (head.length > 1 && FUNCTION_WORDS.has(head[head.length - 1]!.lower)) head.pop();
    return [
      { short: first, ...textOf(text, head), how: 'spelled' as const },
      { short: second, ...textOf(text, tail), how: 'spelled' as const },
    ].filter((d) => alone(d.short));
  }
  return [];
}

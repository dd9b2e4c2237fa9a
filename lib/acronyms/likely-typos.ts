/**
 * A short form nothing explains that differs by one slip of the keyboard from one the same article
 * explains and uses at least as often: "NN & PTN" beside "NN & PTNT", "HVC" beside "HCV". News is
 * typed fast; the reader is offered the likely form, not told it is that form (an unknown short form
 * may be a body of its own). A slip that is itself in a glossary ("UBNN", uỷ ban nhà nước) is read
 * as written.
 */
import type { AcronymInfo } from './types';

/** The letters that spell a short form, in capitals: spaces, dots, dashes and "&" set aside. */
function lettersOf(short: string): string {
  return short.normalize('NFC').toUpperCase().replace(/[\s.&/\u2010-\u2015-]+/gu, '');
}

/** One letter replaced: the same length, one place different (not two swapped). */
const replaced = (a: string, b: string): boolean => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;

/**
 * One slip apart: one letter left out, added or typed for another (forms of four letters or more:
 * among three-letter forms, most pairs one letter apart are different bodies), or two neighbours
 * swapped (three letters or more).
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    const swapped = short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
    const replaced = short.length >= 4 && short.slice(i + 1) === long.slice(i + 1);
    return swapped || replaced;
  }
  return short.length >= 4 && short.slice(i) === long.slice(i + 1);
}

/**
 * For each unknown short form, the explained form of the article it is likely a slip for, if exactly
 * one is: used at least as often (twice as often for a letter replaced: families of bodies differ by
 * one letter, "BIDC" is BIDV's bank in Cambodia, "EVNHPC" and "EVNNPC" two power companies), and no
 * number in either (units and plans are numbered one apart: "PC 45" and "PC 46" are two offices).
 */
export function likelyTypos(acronyms: readonly AcronymInfo[]): Map<string, { short: string; long: string }> {
  const out = new Map<string, { short: string; long: string }>();
  const explained = acronyms.flatMap((a) => (a.long !== null && !/\d/.test(a.short) ? [{ short: a.short, long: a.long, count: a.count }] : []));
  for (const unknown of acronyms) {
    if (unknown.long !== null || /\d/.test(unknown.short)) continue;
    const letters = lettersOf(unknown.short);
    const near = explained.filter((a) => {
      const other = lettersOf(a.short);
      const enough = replaced(letters, other) ? a.count >= 2 * unknown.count : a.count >= unknown.count;
      return enough && oneSlipApart(letters, other);
    });
    const [only] = near;
    if (only && near.length === 1) out.set(unknown.short, { short: only.short, long: only.long });
  }
  return out;
}

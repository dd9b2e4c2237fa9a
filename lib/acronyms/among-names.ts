/**
 * An initialism listed among foreign names ("sau khi Dell, HP, Lenovo và ASUS đã điều chỉnh giá") is
 * one of their kind: a firm's or a brand's name. Lists join like with like, so the glossary's sense
 * that is a foreign name (Hewlett-Packard) fits there better than the usual one (học phần).
 *
 * An unknown word in capitals there is still listed as an acronym: as often as a brand (ASUS, EXO)
 * it is an initialism (GMC, KDDI, SNSD) on the gold sets.
 */
import type { Occurrence } from './detect';
import { isVietnameseSyllable } from './letters';

// The list item right before or right after, a comma or "và", "hoặc", "hay" between.
const ITEM_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}\p{M}\d]*)(?:\s*,|\s+(?:và|hoặc|hay))\s*$/u;
const ITEM_AFTER = /^(?:\s*,|\s+(?:và|hoặc|hay))\s*(\p{Lu}[\p{L}\p{M}\d]*)/u;

/** A foreign name: a capital, then lower case, and no Vietnamese syllable ("Dell", "Lenovo"; not
 * "Nam", nor an initialism such as "UBND", which lists of Vietnamese bodies hold). */
function foreignName(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word) && !isVietnameseSyllable(word);
}

/** Whether some use of the short form stands in a list beside a foreign name. */
export function amongForeignNames(text: string, occs: readonly Occurrence[]): boolean {
  return occs.some((o) => {
    const before = ITEM_BEFORE.exec(text.slice(Math.max(0, o.start - 30), o.start))?.[1];
    const after = ITEM_AFTER.exec(text.slice(o.end, o.end + 30))?.[1];
    return foreignName(before) || foreignName(after);
  });
}

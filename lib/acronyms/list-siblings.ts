/**
 * Short forms written as a list name things of one kind: "trường TH - THCS - THPT", "cấp TH, THCS và
 * THPT" are school levels, so TH there is "tiểu học", not the usual "truyền hình". The words around
 * such a list are often too few to choose a sense (the list is the sentence's subject); its other
 * members, each with one meaning, say the kind. A sense is taken from them only where it alone shares
 * a word with their meanings and the sense read so far shares none.
 */
import type { Occurrence } from './detect';

// Between two members of a list: a comma, a dash, a slash, "và" or "hoặc", and spaces.
const LIST_JOINER = /^\s*(?:[,;/–-]|và|hoặc|hay)\s*$/u;

// Words any two names may share: they say nothing of a kind.
const FUNCTION_WORDS = new Set(['và', 'của', 'các', 'cho', 'về', 'the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'de']);

/** The surfaces written next to each of `uses` as fellow members of a list (in `all`, sorted by start). */
export function listSiblings(text: string, all: readonly Occurrence[], uses: readonly Occurrence[]): string[] {
  const siblings = new Set<string>();
  const at = new Map(all.map((o, i) => [o.start, i]));
  for (const use of uses) {
    const i = at.get(use.start);
    if (i === undefined) continue;
    const [before, after] = [all[i - 1], all[i + 1]];
    if (before && before.surface !== use.surface && LIST_JOINER.test(text.slice(before.end, use.start))) siblings.add(before.surface);
    if (after && after.surface !== use.surface && LIST_JOINER.test(text.slice(use.end, after.start))) siblings.add(after.surface);
  }
  return [...siblings];
}

function wordsOf(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((w) => w !== '' && !FUNCTION_WORDS.has(w)),
  );
}

/** The one sense among `senses` that shares a word with the siblings' meanings, where `chosen` shares none. */
export function senseOfSiblings(senses: readonly string[], chosen: string, siblingMeanings: readonly string[]): string | undefined {
  const kind = new Set(siblingMeanings.flatMap((m) => [...wordsOf(m)]));
  if (kind.size === 0) return undefined;
  const shares = (sense: string): boolean => [...wordsOf(sense)].some((w) => kind.has(w));
  if (shares(chosen)) return undefined;
  const sharing = senses.filter(shares);
  return sharing.length === 1 ? sharing[0] : undefined;
}

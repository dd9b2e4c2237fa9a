/**
 * Short forms of one family written as a list name things of one kind: "trường TH - THCS - THPT",
 * "cấp TH, THCS và THPT" are school levels, so TH there is "tiểu học", not the usual "truyền hình";
 * "PVC và PVS" are two oil and gas firms' tickers. The words around such a list are often too few to
 * choose a sense (the list is the sentence's subject); its other members, each with one meaning, say
 * the kind. Only members of the family count, their first two letters the same: beside others a word
 * shared by chance decides nothing ("camera CCTV, CPU" share Central, "Bộ KHĐT, HĐTV" the syllable
 * "tư"). A sense is taken from them only where it alone shares a word with their meanings: over the
 * article's topic words, which chose the sense read so far from farther away.
 */
import type { Occurrence } from './detect';
import { FUNCTION_WORDS } from './match';
import { fold } from '../text/normalize';
import { syllableKey } from './translations';

// Between two members of a list: a comma, a dash, a slash, "và" or "hoặc", and spaces.
const LIST_JOINER = /^\s*(?:[,;/–-]|và|hoặc|hay)\s*$/u;

const family = (short: string): string => fold(short).toUpperCase().replace(/[^A-Z]/g, '').slice(0, 2);

/** For the uses of one short form, the surfaces of its family written next to them as fellow members
 * of a list; `all` is every use in the text, sorted by start. */
export function listSiblings(text: string, all: readonly Occurrence[]): (uses: readonly Occurrence[]) => string[] {
  const at = new Map(all.map((o, i) => [o.start, i]));
  return (uses) => {
    const siblings = new Set<string>();
    for (const use of uses) {
      const i = at.get(use.start);
      if (i === undefined) continue;
      const kin = (o: Occurrence | undefined): o is Occurrence => o !== undefined && o.surface !== use.surface && family(o.surface).length === 2 && family(o.surface) === family(use.surface);
      const [before, after] = [all[i - 1], all[i + 1]];
      if (kin(before) && LIST_JOINER.test(text.slice(before.end, use.start))) siblings.add(before.surface);
      if (kin(after) && LIST_JOINER.test(text.slice(use.end, after.start))) siblings.add(after.surface);
    }
    return [...siblings];
  };
}

function wordsOf(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((w) => w !== '' && !FUNCTION_WORDS.has(w))
      // By lookup key: a meaning the article defines may write "hoá" where the glossary writes "hóa".
      .map(syllableKey),
  );
}

/**
 * The sense among `senses` the siblings' meanings speak for: the one that alone shares a word with
 * them; or, where every sibling shares words with the same several senses (one kind with several
 * members: "PVC và PVS" are oil and gas firms, and PVC is two), `current` if it is one of them, else
 * the first listed. Siblings that speak for different senses choose none.
 */
export function senseOfSiblings(senses: readonly string[], siblingMeanings: readonly string[], current?: string): string | undefined {
  const sharingWith = (meaning: string): string[] => {
    const kind = wordsOf(meaning);
    return senses.filter((sense) => [...wordsOf(sense)].some((w) => kind.has(w)));
  };
  const perSibling = siblingMeanings.map(sharingWith).filter((sharing) => sharing.length > 0);
  const sharing = [...new Set(perSibling.flat())];
  if (sharing.length === 1) return sharing[0];
  const oneKind = sharing.length > 1 && perSibling.every((s) => s.length === sharing.length);
  if (!oneKind) return undefined;
  return current !== undefined && sharing.includes(current) ? current : sharing[0];
}

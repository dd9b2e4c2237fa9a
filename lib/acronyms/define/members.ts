/**
 * A group named by its members' initials, the members listed after it: "nhóm CLMV gồm Campuchia, Lào,
 * Myanmar và Việt Nam", "(BRICS - bao gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi)".
 */
import { shortLetters } from '../match';
import { translationKey } from '../translations';
import type { Definition } from './types';
import type { KnownWords } from './translated';
import { COUNTRIES } from './lexicon';

const INTRO = /^\s*(?:[-–]\s*)?(?:bao gồm|gồm có|gồm)\s*:?\s*/u;
// Words for a group of members right before the short form: "nhóm CLMV", "khối EU".
const GROUP_BEFORE = /(?:^|\s)(?:nhóm|khối|liên minh|bộ tứ|bộ ba|các nước)\s+$/iu;
// A member: one to four capitalised words ("Nam Phi", "Trung Quốc", "VN").
const MEMBER = String.raw`\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}`;
const LIST = new RegExp(String.raw`^${MEMBER}(?:, ${MEMBER})*,? và ${MEMBER}(?![\p{L}\p{M}])`, 'u');

/** The member opens with the letter, or is a name the table translates into one that does (Nga: Russia). */
function opensWith(member: string, letter: string, known: KnownWords | undefined): boolean {
  if (shortLetters(member)[0] === letter) return true;
  const english = known?.translations.english(translationKey(member.toLowerCase().split(' ')), true) ?? [];
  return english.some((e) => shortLetters(e)[0] === letter);
}

/**
 * The list of members after the short form that ends at `end`, one for each of its letters, in
 * order, each opening with its letter (or translated into a name that does); null otherwise.
 */
export function memberList(text: string, short: string, end: number, known: KnownWords | undefined): Omit<Definition, 'short'> | null {
  const intro = INTRO.exec(text.slice(end, end + 20));
  const letters = shortLetters(short);
  if (!intro || letters.length < 3 || letters.some((c) => /\d/.test(c))) return null;
  const start = end + intro[0].length;
  const list = LIST.exec(text.slice(start, start + 200))?.[0];
  if (!list) return null;
  const members = list.split(/,? và |, /u);
  if (members.length !== letters.length || !members.every((m, i) => opensWith(m, letters[i] as string, known))) return null;
  // A group the text calls one, or countries ("BRICS - bao gồm Brazil, Nga, …"): people's names
  // with the same initials make no acronym ("Tổ công tác TCT gồm Tuấn, Cường và Thắng").
  const shortStart = end - short.length;
  const grouped = GROUP_BEFORE.test(text.slice(Math.max(0, shortStart - 20), shortStart));
  if (!grouped && !members.every((m) => COUNTRIES.has(m.toLowerCase()))) return null;
  return { long: list, start, how: 'spelled' };
}

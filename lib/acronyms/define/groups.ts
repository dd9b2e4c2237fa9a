/**
 * "hội nghị thượng đỉnh nhóm các nền công nghiệp phát triển hàng đầu thế giới (G 7)", "Nhóm các nước
 * công nghiệp phát triển G7": a group of countries named by its G and its number is the "nhóm" its
 * letter stands for (Group), with what the group gathers after it. The named phrase stops at
 * "phát triển", a verb elsewhere (developed, here), and the word table has no word for the number.
 */
import { type LongWord } from '../match';
import { leftWords, lower, textOf } from './words';

const GROUP = /^G ?\d{1,2}$/u;
// How far back the group's word may open its name.
const REACH = 14;

/** The group's name ending at `end`, from its "nhóm", when the short form is a group's; else null. */
export function groupNameBefore(text: string, short: string, end: number): { long: string; start: number } | null {
  if (!GROUP.test(short)) return null;
  const words = leftWords(text, end, REACH);
  const at = words.findLastIndex((w) => lower(w) === 'nhóm');
  // A comma inside is a list of what the group does, or another clause.
  if (at < 0 || at === words.length - 1 || text.slice((words[at] as LongWord).start, end).includes(',')) return null;
  return textOf(text, words.slice(at));
}

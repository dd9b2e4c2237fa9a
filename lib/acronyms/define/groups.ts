/**
 * "hội nghị thượng đỉnh nhóm các nền công nghiệp phát triển hàng đầu thế giới (G 7)", "Nhóm các nước
 * công nghiệp phát triển G7": a group of countries named by its G and its number is the "nhóm" its
 * letter stands for (Group), with what the group gathers after it. The named phrase stops at
 * "phát triển", a verb elsewhere (developed, here), and the word table has no word for the number.
 */
import { clauseStart, leftWords, lower, textOf } from './words';

// The groups of countries named so: G7, G8, G20, G77, however spaced.
const GROUP = /^G ?(?:7|8|20|77)$/u;
// How far back the group's word may open its name.
const REACH = 14;
// What follows "nhóm" in a group of countries' name: what it gathers ("các nước", "các nền kinh tế"),
// or its number ("nhóm 20").
const GATHERS = /^(?:các|những|\d+)$/u;

/** The group's name ending at `end`, from its "nhóm", when the short form is a group's; else null. */
export function groupNameBefore(text: string, short: string, end: number): { long: string; start: number } | null {
  if (!GROUP.test(short)) return null;
  const words = leftWords(text, end, REACH);
  // In the clause before the short form ("Nhóm hacker này tấn công các nước G7" names no group).
  const clause = words.slice(clauseStart(text, words, false));
  const at = clause.findLastIndex((w, i) => lower(w) === 'nhóm' && GATHERS.test(clause[i + 1]?.lower ?? ''));
  if (at < 0) return null;
  return textOf(text, clause.slice(at));
}

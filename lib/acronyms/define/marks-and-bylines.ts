/**
 * Short forms in brackets that define nothing however they stand: a reporter's or editor's mark
 * after a dash, closing the brackets ("(Ảnh: … - PV)"), and a byline closing the article ("Tình
 * Nguyên (TH)").
 */
import type { Occurrence } from '../detect';
import { shortLetters, spells, wordsIn } from '../match';
import { isEditorsMark } from '../editors-marks';
import { abbreviationKind, isInitial } from '../../text/abbreviations';

/** "Tình Nguyên (TH)" closing an article: the writer's name and how the piece was made (tổng hợp),
 * on its last line; the name is no long form, unless the letters spell it ("Tổng Cục Thống Kê (TCTK)"). */
function isByline(text: string, occ: Occurrence): boolean {
  // The article's last line: a heading of the same shape opens a list ("Liên Hợp Quốc (UN)").
  if (text.length - occ.end > 8 || !/^\)[\s.]*$/u.test(text.slice(occ.end))) return false;
  const from = Math.max(0, occ.start - 60);
  const before = text.slice(from, occ.start);
  // The name on a line of its own, or after the last sentence on the article's last line ("… trong
  // tuần qua. Kiều Hương (TH)"); a title's or an initial's dot ends none ("TP. HCM", "Tp.", "St.").
  const end = /[.!?…]["”]?[ \t]+(?=[^.!?…\n]*$)/u.exec(before);
  const word = end && before[end.index] === '.' ? (/[\p{L}\p{M}.]*$/u.exec(before.slice(0, end.index))?.[0] ?? '') : '';
  const abbreviated = word !== '' && (abbreviationKind(word) === 'title' || isInitial(word));
  const lineStart = from + Math.max(before.lastIndexOf('\n') + 1, end && !abbreviated ? end.index + end[0].length : 0);
  if (lineStart === from && from > 0) return false;
  if (!/^[ \t]*(?:\p{Lu}[\p{L}\p{M}.]*\s+){1,4}\($/u.test(text.slice(lineStart, occ.start))) return false;
  return !spells(shortLetters(occ.surface), wordsIn(text, lineStart, occ.start));
}

/** Whether the occurrence is an editor's mark or a byline's, which no way of defining reads (and whose
 * sense is who signed it: find.ts's `signed`). */
export function definesNothing(text: string, occ: Occurrence): boolean {
  return isEditorsMark(text, occ) || isByline(text, occ);
}

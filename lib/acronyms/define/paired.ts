/**
 * Two short forms in one pair of brackets after their two names, joined by a comma, "và" or "&":
 * "chức danh giáo sư, phó giáo sư (GS, PGS)", "phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC và
 * CNCH)". Each name is read by its spelling alone, the second right before the brackets and the
 * first right before the comma or "và" that joins them; a pair the letters do not spell is left to the
 * other ways of defining.
 */
import type { Occurrence } from '../detect';
import { spelledEnd } from '../match';
import type { Reading } from './types';
import { leftWords, lower, textOf } from './words';

// "(GS, PGS)", "(PCCC và CNCH)", "(VH & TT)": two short forms, a comma or a joining word between.
const PAIR = /^\(\s*(\p{Lu}[\p{L}\p{N}.&-]*)\s*(,|và|&)\s*(\p{Lu}[\p{L}\p{N}.&-]*)\s*\)/u;

/** The reading of `occ` as one of a pair of short forms in brackets after their names. */
export function readPaired(text: string, occ: Occurrence): Reading {
  // Only brackets near the use: a search back through the whole text would be quadratic.
  const near = text.slice(Math.max(0, occ.start - 16), occ.start).lastIndexOf('(');
  if (near < 0) return null;
  const open = Math.max(0, occ.start - 16) + near;
  const pair = PAIR.exec(text.slice(open, open + 40));
  if (!pair) return null;
  const [first = '', second = ''] = [pair[1], pair[3]];
  const firstAt = open + pair[0].indexOf(first, 1);
  const secondAt = open + pair[0].lastIndexOf(second);
  const which = occ.start === firstAt && occ.surface === first ? 0 : occ.start === secondAt && occ.surface === second ? 1 : -1;
  if (which < 0) return null;
  const words = leftWords(text, open, 24);
  const secondName = spelledEnd(words, second);
  if (!secondName) return null;
  const rest = words.slice(0, words.length - secondName.length);
  const last = rest[rest.length - 1];
  // The names are joined by a comma, "và" or "&", whatever joins the short forms: a list ends in
  // "và" where its short forms take a comma ("Hội đồng nhân dân và Ủy ban nhân dân (HĐND, UBND)").
  const gap = last ? text.slice(last.end, secondName[0]!.start).trim() : '';
  const joined = last !== undefined && (lower(last) === 'và' || gap === ',' || gap === '&');
  if (!joined) return null;
  const firstWords = lower(last) === 'và' ? rest.slice(0, -1) : rest;
  const firstName = spelledEnd(firstWords, first);
  if (!firstName) return null;
  return { def: { ...textOf(text, which === 0 ? firstName : secondName), how: 'spelled' } };
}

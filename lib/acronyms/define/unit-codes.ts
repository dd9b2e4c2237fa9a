/** Police and army unit codes ("PC46", "C 50") that the text defines after their name. */
import { letterFold } from '../letters';
import { shortLetters, wordsIn } from '../match';
import type { Definition } from './types';
import { isTitle, leftWords, lower, startsWithHead } from './words';
import { longBefore } from './long-before';

// "Phòng Cảnh sát kinh tế (PC46)", "(PC 03 - TP. HCM)", "(Cục … - C 50)": police and army units are
// named by letters and a number. Alone, such a token reads as a model designation (A321, FA-50);
// named like this, it is an initialism.
const UNIT_CODE = /(?:\(|\s[-–]\s)(\p{Lu}{1,3})[ \u00a0]?(\d{1,3})(?=\s*\)| [-–] |, )/gu;
const FORCES = /cảnh sát|an ninh|công an|csđt|điều tra|quân|tình báo|biên phòng/iu;

/**
 * "Cục trưởng Cảnh sát … - C 50": the title names the unit's organisation noun ("Cục"), which the
 * name after it leaves out.
 */
function afterTitleOf(text: string, start: number, first: string): boolean {
  const words = leftWords(text, start, 4);
  const last = words[words.length - 1];
  if (!last || !(lower(last) === 'trưởng' || lower(last) === 'phó')) return false;
  return words.some((w, i) => isTitle(words, i) && w.folded.startsWith(first));
}

/**
 * Unit codes that the text defines in brackets (or after a dash) right after their name: a police or
 * army body opening with an organisation noun that starts with the code's first letter.
 */
export function findUnitCodes(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(UNIT_CODE)) {
    const letters = m[1] ?? '';
    const def = longBefore(text, letters, m.index);
    if (!def) continue;
    const words = wordsIn(text, def.start, def.start + def.long.length);
    const first = shortLetters(letters)[0] ?? '';
    if (!(words[0] && letterFold(words[0].text).startsWith(first))) continue;
    // Police and army units only: "Tổ dân phố (TDP 5)", "phòng cách ly (P 3)" are no unit codes.
    if (!(startsWithHead(words, 0) || afterTitleOf(text, def.start, first)) || !FORCES.test(def.long)) continue;
    // Writers drop or add the space between uses ("PC 02" named, "PC02" later): both are this unit.
    for (const gap of ['', ' ']) out.push({ short: `${letters}${gap}${m[2] ?? ''}`, ...def });
  }
  return out;
}

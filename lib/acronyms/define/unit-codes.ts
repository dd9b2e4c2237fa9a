/** Police and army unit codes ("PC46", "C 50") that the text defines after their name. */
import { shortLetters, wordsIn, type LongWord } from '../match';
import type { Definition } from './types';
import { capitalised, dashBefore, headLengthAt, inCompound, isTitle, leftWords, lower, startsWithHead, textOf, withoutTitleHead, wordsAt } from './words';
import { verbLengthAt } from './phrase';
import { longBefore } from './long-before';

// "Phòng Cảnh sát kinh tế (PC46)", "(PC 03 - TP. HCM)", "(Cục … - C 50)": police and army units are
// named by letters and a number. Alone, such a token reads as a model designation (A321, FA-50);
// named like this, it is an initialism.
const UNIT_CODE = /(?:\( ?(?:Cục |Phòng )?|\s[-–]\s)(\p{Lu}{1,3})[ \u00a0]?(\d{1,3})(?=\s*\)| [-–] |, )/gu;
// The first word of a police unit's field: giao thông, hình sự, kinh tế, môi trường, điều tra…
const POLICE_FIELDS = new Set(['giao', 'hình', 'kinh', 'môi', 'điều', 'cơ', 'phòng', 'quản', 'truy', 'bảo', 'thi', 'ma', 'kỹ', 'đường', 'pccc', 'trật', 'hỗ']);
// Words of a clause, not of a unit's name.
const CLAUSE_WORDS = new Set(['đã', 'đang', 'sẽ', 'bị', 'được', 'cho', 'vừa', 'rồi', 'sau', 'khi', 'thì', 'là']);
const FORCES = /cảnh sát|an ninh|công an|csđt|csgt|cscđ|cstt|pccc|điều tra|hình sự|quân|tình báo|biên phòng|phòng cháy/iu;

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

/** "Phòng Cảnh sát giao thông đường bộ - đường sắt (PC 67)": fields of a unit's name in lower case
 * joined by a dash; `left` stopped at it. */
function acrossFieldDash(text: string, left: LongWord[]): LongWord[] {
  const first = left[0];
  const dash = first && !capitalised(first) ? dashBefore(text, first.start) : null;
  if (!first || !dash) return left;
  const before = leftWords(text, first.start - dash[0].length, 20);
  const last = before[before.length - 1];
  // From the unit's capitalised head, its fields only: not "Phòng Cảnh sát giao thông phối hợp với
  // công an xã - cảnh sát khu vực (PC 08)", a clause.
  const head = before.findLastIndex((w, i) => capitalised(w) && startsWithHead(before, i));
  const fields = before.slice(head + 1);
  const clause = fields.some((w, k) => CLAUSE_WORDS.has(w.lower) || w.lower === 'với' || verbLengthAt(fields, k) > 0 || wordsAt(fields, k, ['phối', 'hợp']));
  return last && !capitalised(last) && head >= 0 && !clause ? [...before, ...left] : left;
}

/**
 * The unit's name before its code: a police or army body opening with a head noun whose initial the
 * code starts with.
 */
function unitNamed(text: string, letters: string, end: number, first: string): Omit<Definition, 'short'> | null {
  const read = longBefore(text, letters, end);
  const def = read && withoutTitleHead(text, read);
  const words = def ? wordsIn(text, def.start, def.start + def.long.length) : [];
  // Police and army units only: "Tổ dân phố (TDP 5)", "phòng cách ly (P 3)" are no unit codes.
  if (def && words[0]?.folded.startsWith(first) && (startsWithHead(words, 0) || afterTitleOf(text, def.start, first)) && FORCES.test(def.long)) return def;
  // A unit's name may run on past commas and "về" ("Phòng Cảnh sát điều tra tội phạm về tham nhũng,
  // kinh tế, buôn lậu (PC03)"): from the nearest capitalised head the code's letter opens.
  const left = acrossFieldDash(text, leftWords(text, end, 20));
  for (let i = left.length - 2; i >= 0; i--) {
    const w = left[i] as LongWord;
    // The letter opens the head ("Phòng" of PC03), its second word ("Văn phòng Cơ quan Cảnh sát
    // điều tra (PC 44)") or the name after it ("Cục An ninh điều tra (A09)").
    const head = headLengthAt(left, i);
    const opens = w.folded.startsWith(first) || (head === 2 && (left[i + 1]?.folded.startsWith(first) ?? false)) || (left[i + head]?.folded.startsWith(first) ?? false);
    // The head may be written in lower case when the name after it is not ("Tổng cục và cục Cảnh sát
    // phòng, chống tội phạm công nghệ cao (C 50)"), unless it is a syllable of another word ("cán bộ
    // Cảnh sát cơ động (C20)" has no "bộ").
    const named = capitalised(w) || (left[i + 1] !== undefined && capitalised(left[i + 1] as LongWord) && !inCompound(left, i));
    if (!named || !opens || !startsWithHead(left, i) || isTitle(left, i)) continue;
    const name = textOf(text, left.slice(i));
    if (FORCES.test(name.long)) return { ...name, how: 'named' };
    break;
  }
  // "Cảnh sát Phòng chống tội phạm về môi trường (PC 49, …)": named without the office its code opens
  // with (Phòng, Cục), from "Cảnh sát", the code's next letter.
  if (letters.length === 2 && /^[pc]$/.test(first) && shortLetters(letters)[1] === 'c') {
    const from = left.findLastIndex((w, i) => w.text === 'Cảnh' && left[i + 1]?.lower === 'sát');
    if (from < 0) return null;
    const name = left.slice(from);
    // One of the police's fields follows ("Cảnh sát đã bắt … (PC 3)", "Cảnh sát Hà Nội" name none),
    // and the name runs on without a clause's words or a new sentence after a comma ("Cảnh sát giao
    // thông đã chuyển vụ việc cho đội điều tra (PC 02)" is a sentence; "phòng cháy, chữa cháy và cứu
    // nạn, cứu hộ" is a unit's field).
    const field = name[2];
    const oneName = name.length <= 16 && !/,\s*\p{Lu}/u.test(text.slice(name[0]!.start, end)) && name.every((w) => !/\d/.test(w.text) && !CLAUSE_WORDS.has(w.lower));
    if (field !== undefined && POLICE_FIELDS.has(field.lower) && oneName) return { ...textOf(text, name), how: 'named' };
  }
  return null;
}

/**
 * Unit codes that the text defines in brackets (or after a dash) right after their name: a police or
 * army body opening with an organisation noun that starts with the code's first letter, or a police
 * unit named from "Cảnh sát" without it.
 */
export function findUnitCodes(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(UNIT_CODE)) {
    const letters = m[1] ?? '';
    const first = shortLetters(letters)[0] ?? '';
    const named = unitNamed(text, letters, m.index, first);
    if (!named) continue;
    // The code's letter opening the unit's head confirms where the name starts, as a spelling does
    // (15 of the seen gold's 16 were exact); it is no guess unless the reading runs on to a body the
    // unit belongs to ("Phòng Cảnh sát hình sự Công an tỉnh Bình Dương (PC02)"): the letter does
    // not say where the name ends.
    const owner = /\s(?:Công an|Bộ)\s/u.test(named.long);
    const def: Omit<Definition, 'short'> = { long: named.long, start: named.start, how: named.how, ...(owner ? { guessed: true } : {}) };
    // Writers drop or add the space between uses ("PC 02" named, "PC02" later): both are this unit.
    for (const gap of ['', ' ']) out.push({ short: `${letters}${gap}${m[2] ?? ''}`, ...def });
  }
  return out;
}

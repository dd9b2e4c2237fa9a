/**
 * Foreign firms' legal forms after their names: "Total SA", "Siemens AG", "Equinor ASA", "Ngân hàng
 * Gazprombank AO". Whatever else the letters are (SA is also a fertiliser, NV "nhân viên"), right
 * after a foreign name they say what kind of company it is.
 */
import { isVietnameseSyllable } from './letters';
import { HEADS } from './define/lexicon';
import { sentenceBefore } from './sentence-span';

// Not SE (a model's trim: "Apple Watch SE", "Camry SE") nor AB (Honda's Air Blade), though "BASF
// SE" and "Saab AB" go unread so; PJSC the glossary has. PLC only after a name of two words (below).
const FORMS: Record<string, string> = {
  SA: 'Société Anonyme',
  AG: 'Aktiengesellschaft',
  ASA: 'Allmennaksjeselskap',
  AO: 'Aktsionernoye Obshchestvo',
  NV: 'Naamloze Vennootschap',
  SpA: 'Società per Azioni',
  // An English firm's, written in capitals ("Camellia Trading International INC"), beside the Indian
  // National Congress.
  INC: 'Incorporated',
  // … or in title case ("Maxar Technologies Inc", "Raytheon Co."), which detection reads only here.
  Inc: 'Incorporated',
  Co: 'Company',
};

// After a name of two foreign words ("Euromoney Institutional Investor PLC", "HSBC Holdings PLC"):
// after one, a maker's controller as often ("Siemens PLC"), though "Shell PLC" goes unread so.
const AFTER_LONGER_NAME: Record<string, string> = { PLC: 'Public Limited Company' };
// A controller's words before the maker's name, in its sentence: "bộ điều khiển Mitsubishi Electric
// PLC". Not after it: a plc's own news speaks of its lines and engines ("Rolls-Royce Holdings PLC mở
// rộng dây chuyền …").
const CONTROLLER_WORDS = /điều khiển|lập trình/iu;

/** The legal form `short` names after a foreign firm's name, or undefined. */
export function foreignLegalForm(short: string): string | undefined {
  if (Object.hasOwn(FORMS, short)) return FORMS[short];
  return Object.hasOwn(AFTER_LONGER_NAME, short) ? AFTER_LONGER_NAME[short] : undefined;
}

// A capitalised word right before the use, in title case or capitals ("Total", "BASF"), maybe joined
// to it by "&" ("JPMorgan Chase & Co."), and the use closes the name: punctuation, the line's end or
// a lower-case word after it.
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}&]+)[ \u00a0](?:&[ \u00a0])?$/u;
const TWO_WORDS_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}&]+)[ \u00a0](\p{Lu}[\p{L}\p{M}&]+)[ \u00a0]$/u;
const CLOSES = /^(?:$|\s*[.,;:)\n]|[ \u00a0]\p{Ll})/u;
// Or a bracket after it, which says where the firm is ("… International INC (Belize)", "Total SA
// (Pháp)", "(BVI)"); not one that opens with a body's head ("Sonia Gandhi INC (Đảng Quốc đại)" names
// a party).
const BRACKET_AFTER = /^[ \u00a0]\((\p{Lu}[^()]*)\)/u;

/** Whether the use at start..end follows a foreign firm's name (no Vietnamese syllable). */
export function afterForeignName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const name = NAME_BEFORE.exec(before)?.[1];
  if (name === undefined || isVietnameseSyllable(name)) return false;
  if (Object.hasOwn(AFTER_LONGER_NAME, text.slice(start, end))) {
    const first = TWO_WORDS_BEFORE.exec(before)?.[1];
    if (first === undefined || isVietnameseSyllable(first) || CONTROLLER_WORDS.test(sentenceBefore(text, start, 60))) return false;
  }
  const after = text.slice(end, end + 48);
  const bracket = BRACKET_AFTER.exec(after)?.[1]?.toLowerCase();
  return CLOSES.test(after.slice(0, 3)) || (bracket !== undefined && !HEADS.some((h) => bracket.startsWith(`${h.join(' ')} `)));
}

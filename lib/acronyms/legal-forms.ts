/**
 * Foreign firms' legal forms after their names: "Total SA", "Siemens AG", "Equinor ASA", "Ngân hàng
 * Gazprombank AO". Whatever else the letters are (SA is also a fertiliser, NV "nhân viên"), right
 * after a foreign name they say what kind of company it is.
 */
import { isVietnameseSyllable } from './letters';

const FORMS: Record<string, string> = {
  SA: 'Société Anonyme',
  AG: 'Aktiengesellschaft',
  SE: 'Societas Europaea',
  ASA: 'Allmennaksjeselskap',
  AO: 'Aktsionernoye Obshchestvo',
  PJSC: 'Public Joint Stock Company',
  AB: 'Aktiebolag',
  NV: 'Naamloze Vennootschap',
  SpA: 'Società per Azioni',
  PLC: 'Public Limited Company',
  Plc: 'Public Limited Company',
};

/** The legal form `short` names after a foreign firm's name, or undefined. */
export function foreignLegalForm(short: string): string | undefined {
  return Object.hasOwn(FORMS, short) ? FORMS[short] : undefined;
}

// A capitalised word right before the use, in title case or capitals ("Total", "BASF"), and the use
// closes the name: punctuation, the line's end or a lower-case word after it.
const NAME_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}&]+)[ \u00a0]$/u;
const CLOSES = /^(?:$|[\s]*[.,;:)\n]|[ \u00a0]\p{Ll})/u;

/** Whether the use at start..end follows a foreign firm's name (no Vietnamese syllable). */
export function afterForeignName(text: string, start: number, end: number): boolean {
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return name !== undefined && !isVietnameseSyllable(name) && CLOSES.test(text.slice(end, end + 3));
}

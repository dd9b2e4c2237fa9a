/**
 * Police units' codes the article writes without naming the unit: "phối hợp với cảnh sát giao thông
 * C08", "chuyển cho Cục C02", "đội CSGT Cát Lái (PC 08)". Detection leaves a letter and a number alone
 * (a model: A321, F35); right after the words for the police, an office's head ("cục trưởng C50") or
 * the office's own name, or right before the force it belongs to ("PC45 Công an tỉnh"), a code the
 * glossary names is the unit's.
 */
import type { Glossary } from './glossary';
import { syllableKey } from './translations';

// The Ministry of Public Security's departments (C, A, K, X: police, security, logistics, the
// ministry's offices) and provinces' offices (PC, PA, PK, PX).
const CODE = /(?<![\p{L}\p{N}])P?[ACKX][ \u00a0]?\d{2,3}(?![\p{L}\p{N}])/gu;
// The police, up to two words of their field after it ("cảnh sát giao thông"), or an office's noun
// ("Cục", "trưởng phòng"), right before the code.
// "(CSGT - PC 08)": the force's short form and its office's code, joined by a dash.
// "các lực lượng C44": the forces of a raid.
// "cựu cục trưởng C50": the head of the office, too.
const POLICE_BEFORE = /(?:^|[^\p{L}])(?:(?:[Cc]ảnh sát|[Cc]ông an)(?:\s\p{Ll}+){0,2}|CSGT|CSĐT|(?:[Cc]ục|[Pp]hòng)(?:\s(?:trưởng|phó))?|lực lượng)(?:\s[-–])?\s$/u;
// Or after the office's own name, which opens on its noun and the police within the same clause
// and ends on words of the code's name: "Cục Cảnh sát phòng chống tội phạm công nghệ cao C50"; not a
// building or a lot the office goes to ("Phòng Cảnh sát PCCC … kiểm tra tòa nhà C10").
const OFFICE_NAMED_BEFORE = /(?:^|[^\p{L}])(?:Cục|Phòng) Cảnh sát [^.,;:()\n]{3,60}\s$/u;
// "ma túy" and "ma tuý", "phòng, chống" and "phòng chống" alike: syllables by their lookup key.
const wordsOf = (s: string): string => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').map(syllableKey).join(' ')} `;
// The name's own words written short end it too: "Cục Cảnh sát QLHC về TTXH C06".
const INITIALS = /^\p{Lu}{2,}$/u;
const officeNamedBefore = (before: string, code: string, glossary: Glossary): boolean => {
  if (!OFFICE_NAMED_BEFORE.test(before)) return false;
  const name = glossary.lookup(code)?.long;
  const last = before.trim().split(/\s+/u).slice(-2);
  return name !== undefined && (INITIALS.test(last.at(-1) ?? '') || wordsOf(name).includes(wordsOf(last.join(' '))));
};
// Or in brackets after a police unit's name: "đội CSGT Cát Lái (PC 08, TP. HCM)".
const POLICE_BRACKETED = /(?:^|[^\p{L}])(?:CSGT|CSĐT|[Cc]ảnh sát|[Cc]ông an)[^()\n.]{0,30}\( ?$/u;
// Or before the police force it belongs to: "Theo PC45 Công an tỉnh Khánh Hòa", "C04 Bộ Công an",
// "C10 của Bộ Công an".
const POLICE_AFTER = /^[ \u00a0](?:của[ \u00a0])?(?:(?:Công an|CA)[ \u00a0]\p{L}|[Bb]ộ Công an(?!\p{L})|BCA(?!\p{L}))/u;
// Or issuing a document, after its number and before its date or its division ("( số 07 / PC 45
// ngày 4-11-2017 )", "số 72 / C 46 - P 13"); not a house's number ("nhà số 15/C10 đường …").
const NUMBER_BEFORE = /(?:^|[^\p{L}])số\s?\d+\s?\/\s?$/u;
const DATE_AFTER = /^\s?(?:[-–]\s?\p{Lu}\s?\d+(?![\p{L}\p{N}])|ngày\s)/u;
// The word for a room or an office, right before a code.
const ROOM_WORD_BEFORE = /(?:^|[^\p{L}])[Pp]hòng\s$/u;
// Between two codes of a list.
const LISTED_AFTER = /^\s?(?:,|và)\s$/u;
// A room is numbered like an office is coded: "tại phòng C05, tầng 3".
const ROOM_BEFORE = /(?:tại|ở|sang|vào|trong)\s+phòng\s$/iu;

/** `form` is shaped like a police unit's code ("PC45", "C05"), whether or not one is meant. */
export function policeCodeShape(form: string): boolean {
  return new RegExp(`^${CODE.source}$`, 'u').test(form);
}

/** Codes of police units the glossary names, written where the text speaks of the police: after
 * their words, an office's head or its own name, in brackets after a unit, before the force, or in
 * a document's number. */
export function policeCodes(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  // Where the last code found ends: one listed right after it is a unit too ("C44, C49").
  let lastEnd = -1;
  for (const m of text.matchAll(CODE)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const listed = lastEnd >= 0 && LISTED_AFTER.test(text.slice(lastEnd, m.index));
    const placed = listed || POLICE_BEFORE.test(before) || officeNamedBefore(before, m[0], glossary) || POLICE_BRACKETED.test(before) || POLICE_AFTER.test(after) || (NUMBER_BEFORE.test(before) && DATE_AFTER.test(after));
    if (glossary.has(m[0]) && placed && !ROOM_BEFORE.test(before)) {
      found.add(m[0]);
      // Not after "phòng" alone, which numbers rooms as often ("phòng C01, C02, C03 và hội trường").
      lastEnd = listed || !ROOM_WORD_BEFORE.test(before) ? m.index + m[0].length : -1;
    }
  }
  return [...found];
}

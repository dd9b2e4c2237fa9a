/**
 * The marks a reporter or an editor signs a note with, after a dash closing the brackets: "(Đài
 * truyền hình Việt Nam - PV)", "(cố vấn khởi nghiệp - TS)". There each is who wrote the note, not
 * what the letters are elsewhere (Tiến sĩ, nhân viên): the words before it explain something else.
 */
import type { Occurrence } from './detect';
import { shortLetters, spells, wordsIn } from './match';
import { dashBefore } from './define/words';

const WORDS: Record<string, string> = {
  PV: 'phóng viên',
  NV: 'người viết',
  TS: 'tòa soạn',
  BT: 'biên tập',
  BTV: 'biên tập viên',
  BBT: 'Ban biên tập',
  ND: 'người dịch',
  TG: 'tác giả',
};

// How a byline closing the article says the piece was made: "Kiều Hương (TH)": compiled (tổng hợp),
// whatever TH is elsewhere (truyền hình). Its dotted and slashed forms ("T.H", "T / h") read as
// initials, as most of the gold sets leave them.
const BYLINE_WORDS: Record<string, string> = { TH: 'tổng hợp' };

/** What the byline's mark `short` says, or undefined. */
export function bylineWord(short: string): string | undefined {
  return Object.hasOwn(BYLINE_WORDS, short) ? BYLINE_WORDS[short] : undefined;
}

/** Who the mark `short` names, or undefined. */
export function editorsMarkWord(short: string): string | undefined {
  return Object.hasOwn(WORDS, short) ? WORDS[short] : undefined;
}

// Marks that close quoted speech as often ('"… tôi đồng ý" (PV)'); not NV and TS, whose letters are
// as often a term quoted before them ('" thí sinh tự do " (TS)').
const SPEECH_MARKS = new Set(['PV', 'BT', 'BTV', 'BBT', 'ND', 'TG']);

/** `short` may sign quoted speech in brackets right after it. */
export function signsSpeech(short: string): boolean {
  return SPEECH_MARKS.has(short);
}

/** The use closes its brackets after a dash, as a mark signing the note inside them ("- PV )"); not
 * where the words before the dash spell it ("(30 người là tiến sĩ - TS)" defines it). */
export function isEditorsMark(text: string, occ: Occurrence): boolean {
  const dash = dashBefore(text, occ.start);
  if (editorsMarkWord(occ.surface) === undefined || dash === null || !/^\s*\)/u.test(text.slice(occ.end, occ.end + 3))) return false;
  const letters = shortLetters(occ.surface);
  const before = wordsIn(text, Math.max(0, occ.start - 60), occ.start - dash[0].length).slice(-letters.length);
  return !spells(letters, before, 0);
}

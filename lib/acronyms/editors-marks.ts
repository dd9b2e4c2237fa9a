/**
 * The marks a reporter or an editor signs a note with, after a dash closing the brackets: "(Đài
 * truyền hình Việt Nam - PV)", "(cố vấn khởi nghiệp - TS)". There each is who wrote the note, not
 * what the letters are elsewhere (Tiến sĩ, nhân viên): the words before it explain something else.
 */
import type { Occurrence } from './detect';
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

/** The use closes its brackets after a dash, as a mark signing the note inside them ("- PV )"). */
export function isEditorsMark(text: string, occ: Occurrence): boolean {
  return editorsMarkWord(occ.surface) !== undefined && dashBefore(text, occ.start) !== null && /^\s*\)/u.test(text.slice(occ.end, occ.end + 3));
}

/**
 * Words a photo's credit writes short instead of a source: "Ảnh: TL" (tư liệu, from the archive;
 * "Ảnh: T.L" as Tuổi Trẻ dots it), "Ảnh: ST" (sưu tầm, collected), "Ảnh: STR / AFP" (a stringer, an
 * agency's unnamed local photographer), "Ảnh: CTV" (cộng tác viên, a contributor, whatever country
 * the story is in: not Canada's network), "Ảnh: TH" (tổng hợp, compiled: not television), "Ảnh: MH"
 * (minh hoạ, an illustration). Elsewhere the letters are other things (ST25 rice, Sóc Trăng).
 */
const WORDS: Record<string, string> = {
  TL: 'tư liệu',
  'T.L': 'tư liệu',
  ST: 'sưu tầm',
  STR: 'stringer',
  CTV: 'cộng tác viên',
  TH: 'tổng hợp',
  MH: 'minh hoạ',
};

/** What `short` says in a photo's credit, or undefined. */
export function creditWord(short: string): string | undefined {
  return Object.hasOwn(WORDS, short) ? WORDS[short] : undefined;
}

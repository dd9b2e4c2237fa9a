/**
 * Words an article about one sense uses that the sense's own words do not hold, for titles that
 * share their letters and stand before the same names: "TBT Nguyễn Phú Trọng" at the Party's
 * conference is its general secretary, "TBT Lê Văn A của báo Tuổi Trẻ" a paper's editor-in-chief.
 * Each cue weighs as one of the sense's own words; an article's words are read one syllable or two
 * at a time, so "Bộ Chính trị" is met by "bộ chính", "Ban Chấp hành" by "chấp hành". Not "báo" alone,
 * which every "báo cáo", "thông báo" and "cảnh báo" holds, nor "chính trị" and "đại hội", which an
 * editor's tasks and a firm's shareholders' meeting hold ("Đại hội đồng cổ đông").
 */
const CUES: Record<string, readonly string[]> = {
  'tổng bí thư': ['đảng', 'trung ương', 'bộ chính', 'chấp hành', 'đảng viên'],
  'tổng biên tập': ['tờ báo', 'nhà báo', 'báo chí', 'tạp chí', 'toà soạn', 'tòa soạn', 'phóng viên', 'ấn phẩm'],
};

/** The cues for `sense` (lower case), if any. */
export function senseCues(sense: string): readonly string[] {
  return Object.hasOwn(CUES, sense) ? (CUES[sense] ?? []) : [];
}

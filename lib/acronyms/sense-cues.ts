/**
 * Words an article about one sense uses that the sense's own words do not hold, for titles that
 * share their letters and stand before the same names: "TBT Nguyễn Phú Trọng" at the Party's
 * conference is its general secretary, "TBT Lê Văn A của báo Tuổi Trẻ" a paper's editor-in-chief;
 * and for names the translations table cannot meet (the South China Sea is "Biển Đông").
 * Each cue weighs as one of the sense's own words; an article's words are read one syllable or two
 * at a time, so "Bộ Chính trị" is met by "bộ chính", "Ban Chấp hành" by "chấp hành". Not "báo" alone,
 * which every "báo cáo", "thông báo" and "cảnh báo" holds, nor "chính trị" and "đại hội", which an
 * editor's tasks and a firm's shareholders' meeting hold ("Đại hội đồng cổ đông").
 */
const CUES: Record<string, readonly string[]> = {
  'tổng bí thư': ['đảng', 'trung ương', 'bộ chính', 'chấp hành', 'đảng viên'],
  'tổng biên tập': ['tờ báo', 'nhà báo', 'báo chí', 'tạp chí', 'toà soạn', 'tòa soạn', 'phóng viên', 'ấn phẩm'],
  // DOC: the South China Sea declaration beside the US Commerce Department, whose trade words an
  // article on ASEAN's summits holds as well; the Code of Conduct (COC) it leads to, the sea's
  // convention (UNCLOS).
  // NTV: Russia's channel, in news from Russia (Japan's and Nghệ An's are no sense of the glossary).
  'nezavisimoye televideniye': ['nga', 'moscow'],
  // PPP: parity of purchasing power beside public-private partnership, in figures of output per head.
  'purchasing power parity': ['sức mua', 'đầu người', 'bình quân', 'tính theo'],
  'declaration on the conduct of parties in the south china sea': ['biển đông', 'ứng xử', 'quy tắc', 'tranh chấp', 'hàng hải', 'chủ quyền', 'coc', 'unclos', 'asean'],
};

/** The cues for `sense` (lower case), if any. */
export function senseCues(sense: string): readonly string[] {
  return Object.hasOwn(CUES, sense) ? (CUES[sense] ?? []) : [];
}

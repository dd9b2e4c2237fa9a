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
  // DOC: the South China Sea declaration, with the Code of Conduct (COC) it leads to and the sea's
  // convention (UNCLOS); not "tranh chấp", "hàng hải", "ASEAN", which trade disputes, shipping and
  // ASEAN's exporters put in news of the US Commerce Department too …
  'declaration on the conduct of parties in the south china sea': ['biển đông', 'ứng xử', 'quy tắc', 'chủ quyền', 'coc', 'unclos'],
  // … whose own words are dumping, duties, petitions and evasion.
  'department of commerce': ['bán phá', 'phá giá', 'đơn kiện', 'lẩn tránh', 'thuế', 'xuất khẩu', 'nhập khẩu', 'trợ cấp'],
  // NTV: Russia's channel, in news from Moscow (not "Nga", a syllable of names: "Hằng Nga", "Nga
  // Sơn"; Japan's, Turkey's and Nghệ An's are no sense of the glossary).
  'nezavisimoye televideniye': ['moscow', 'kremlin'],
  // PPP: parity of purchasing power beside public-private partnership, where an article says so
  // ("tính theo", "bình quân đầu người" fill news of partnerships for roads as well).
  'purchasing power parity': ['sức mua'],
};

/** The cues for `sense` (lower case), if any. */
export function senseCues(sense: string): readonly string[] {
  return Object.hasOwn(CUES, sense) ? (CUES[sense] ?? []) : [];
}

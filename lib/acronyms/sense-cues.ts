/**
 * Words an article about one sense uses that the sense's own words do not hold: for titles that
 * share their letters and stand before the same names ("TBT Nguyễn Phú Trọng" at the Party's
 * conference is its general secretary, "TBT Lê Văn A của báo Tuổi Trẻ" a paper's editor-in-chief),
 * for names the translations table cannot meet (the South China Sea is "Biển Đông"), and for the
 * words of a sense's own field (a trade remedy's dumping, a parity's "ngang giá").
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
  // … whose own words are those of trade remedies: dumping, petitions, evasion, countervailing
  // duties (not duties, exports or imports alone, which the sea's disputes bring up too).
  'department of commerce': ['bán phá', 'phá giá', 'đơn kiện', 'lẩn tránh', 'chống trợ'],
  // PPP: parity of purchasing power beside public-private partnership, where an article names it
  // ("ngang giá sức mua"; "sức mua" alone is consumers' spending, in news of partnerships too).
  'purchasing power parity': ['ngang giá'],
  // Japan's firms and networks beside America's council, Asia's and Russia's: news of Japan names
  // its places and its firms.
  'nec corporation': ['fujitsu', 'hitachi', 'toshiba', 'panasonic', 'nhật bản'],
  'all-nippon news network': ['nhật bản', 'tokyo', 'osaka'],
  'nippon television': ['nhật bản', 'tokyo', 'osaka'],
  // Catalonia's separatist party beside Europe's research council.
  'republican left of catalonia': ['catalonia', 'catalan', 'ly khai', 'barcelona'],
};

/** The cues for `sense` (lower case), if any. */
export function senseCues(sense: string): readonly string[] {
  return Object.hasOwn(CUES, sense) ? (CUES[sense] ?? []) : [];
}

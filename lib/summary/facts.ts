/**
 * Numbers and dates an article states, with their units, each tied to its sentence. Vietnamese writes
 * thousands with "." and decimals with "," ("12.000m2", "3,2 tỷ đồng"), dates as d/m, d-m-yyyy or
 * "tháng 10-2023", clock times as "17h30". Bare numbers are skipped: without a unit, "4" in
 * "lần thứ 4" or "4.0" in "công nghiệp 4.0" is not a fact a reader wants listed.
 */
import { splitSentences } from '../text/sentences';
import type { Fact, FactKind } from './types';

// Letters with their combining marks count as word characters, so "m2" in "12.000m2" is a unit but
// "12" inside "B12" is not a number.
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';
/** 12.000 | 1.500.000 | 3,2 | 15 — never the "4" of "4.0", nor half of "10.5". */
const NUM = '(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![.,]?\\d)';
const RANGE = `${NUM}(?:\\s*(?:-|–|đến|tới)\\s*${NUM})?`;
const SCALE = '(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)';
const CURRENCY = '(?:đồng|VNĐ|VND|USD|EUR|euro|yên|nhân dân tệ|bảng Anh|đô la|đô|đ|\\$)';
const MEASURE =
  '(?:km2|km²|m2|m²|m3|m³|km|cm|mm|m|ha|héc-ta|hecta|tấn|kg|gam|g|lít|ml|MW|kW|kWh|GW|MB|GB|TB|mét vuông|mét khối|mét|ki-lô-mét|sào|tạ|độ C|°C)';
const TIME_UNIT = '(?:thập kỷ|thế kỷ|năm|tháng|tuần|ngày|giờ|tiếng|phút|giây|quý)';
const COUNT_NOUN =
  '(?:người|doanh nghiệp|công ty|dự án|trường hợp|ca|lần|vụ|hộ|học sinh|sinh viên|bệnh nhân|giáo viên|lao động|công nhân|xã|phường|huyện|tỉnh|thành phố|quốc gia|nước|chiếc|căn|căn hộ|con|đơn vị|nhà đầu tư|nhà máy|khu công nghiệp|KCN|đại biểu|diễn giả|đối tượng|bị cáo|sản phẩm|xe|ô tô|tàu|máy bay|trường|bệnh viện|cơ sở|tác phẩm|bài|trận|bàn thắng|huy chương|phòng|giường|cây|chuyến|hồ sơ|thí sinh|tập đoàn|cán bộ|chiến sĩ|nạn nhân|gia đình|thành viên|ngôi nhà|nhà)';
const DAY_PART = '(?:ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|hôm|từ|đến)';

interface Pattern {
  kind: FactKind;
  re: RegExp;
}

const rx = (src: string) => new RegExp(src, 'giu');

// Order matters only for ties: among overlapping matches the longest wins, then the earlier pattern.
const PATTERNS: Pattern[] = [
  { kind: 'percent', re: rx(`${B}${RANGE}\\s*(?:%|phần trăm${E})`) },
  // 05-12-2023, 18/7/2023, optionally "ngày …"
  { kind: 'date', re: rx(`${B}(?:${DAY_PART}\\s+)?\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}${E}`) },
  // ngày 18/7, tối 27/6 — a bare d/m could be a fraction, so it needs a word that announces a date.
  { kind: 'date', re: rx(`${B}${DAY_PART}\\s+\\d{1,2}[/-]\\d{1,2}(?![/-]?\\d)${E}`) },
  // tháng 10-2023, tháng 3/2017, tháng 10
  { kind: 'date', re: rx(`${B}tháng\\s+\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?(?![/-]?\\d)${E}`) },
  // 9/2017 (month/year), năm 2023, quý III/2023
  { kind: 'date', re: rx(`${B}(?:0?[1-9]|1[0-2])/\\d{4}${E}`) },
  { kind: 'date', re: rx(`${B}năm\\s+\\d{4}${E}`) },
  { kind: 'date', re: rx(`${B}quý\\s+(?:I{1,3}|IV|[1-4])(?:\\s*[/-]\\s*\\d{4})?${E}`) },
  // 17h30, 8h, 08:30:24, 17 giờ 30
  { kind: 'date', re: rx(`${B}\\d{1,2}h(?:\\d{2})?${E}`) },
  { kind: 'date', re: rx(`${B}\\d{1,2}:\\d{2}(?::\\d{2})?${E}`) },
  { kind: 'date', re: rx(`${B}\\d{1,2}\\s+giờ\\s+\\d{1,2}(?:\\s+phút)?${E}`) },
  { kind: 'amount', re: rx(`${B}${RANGE}(?:\\s*${SCALE}${E})*\\s*(?:${CURRENCY}|${MEASURE})${E}`) },
  { kind: 'amount', re: rx(`${B}${RANGE}(?:\\s*${SCALE}${E})+(?!\\s+${COUNT_NOUN}${E})`) },
  { kind: 'duration', re: rx(`${B}${RANGE}\\s+${TIME_UNIT}${E}`) },
  // "thứ 4" is an ordinal, and "2023 tổ chức" a year before a verb.
  { kind: 'count', re: rx(`(?<!thứ\\s+)${B}(?!(?:19|20)\\d\\d\\s)${RANGE}(?:\\s*${SCALE}${E})?\\s+${COUNT_NOUN}${E}`) },
];

interface Match {
  kind: FactKind;
  start: number;
  end: number;
  priority: number;
}

function allMatches(text: string): Match[] {
  const out: Match[] = [];
  PATTERNS.forEach(({ kind, re }, priority) => {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      out.push({ kind, start, end: start + m[0].length, priority });
    }
  });
  return out;
}

/** Keep the longest of overlapping matches (then the earlier pattern), in text order. */
function resolveOverlaps(matches: Match[]): Match[] {
  const byPreference = [...matches].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Match[] = [];
  for (const m of byPreference) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function extractFacts(text: string): Fact[] {
  const matches = resolveOverlaps(allMatches(text));
  if (matches.length === 0) return [];
  const sentences = splitSentences(text);
  const facts: Fact[] = [];
  let s = 0;
  for (const m of matches) {
    while (s + 1 < sentences.length && sentences[s]!.end <= m.start) s++;
    const sentence = sentences[s];
    // Facts outside any sentence span (between lines) still belong to the nearest following line.
    const sentenceStart = sentence && sentence.start <= m.start ? sentence.start : m.start;
    facts.push({ text: text.slice(m.start, m.end), kind: m.kind, start: m.start, end: m.end, sentenceStart });
  }
  return facts;
}

/** Tests on a run of words (`LongWord`s) left of an acronym: heads, stop words, titles, compounds. */
import { isVietnameseSyllable } from '../letters';
import { shortLetters, spells, wordsIn, type LongWord } from '../match';
import { BROADCAST_MEDIA, CAPITAL_STOP_COMPOUNDS, DETERMINERS, ENDS_IN_HEAD, FIRM_ORGANS, FIRMS, HARD_STOP, HEADS, LEFT_STOPS, LEGAL_FORM, OPENS_WITH_HEAD, QUANTITIES, STOP_COMPOUNDS } from './lexicon';
import { syllableKey } from '../translations';

export function lower(w: LongWord): string {
  return w.lower;
}

/** Words on the left of `end`, back to a hard stop, at most `max` words. */
export function leftWords(text: string, end: number, max: number): LongWord[] {
  const from = Math.max(0, end - 300);
  const slice = text.slice(from, end);
  let cut = 0;
  for (const m of slice.matchAll(HARD_STOP)) if (!cityAfterPrefix(slice, m.index ?? 0) && !initialInName(slice, m.index ?? 0)) cut = (m.index ?? 0) + m[0].length;
  const words = wordsIn(text, from + cut, end);
  return words.slice(-max);
}

/** "Sở Y tế TP. Hồ Chí Minh (SYT)", "Sở Du lịch Tp. Hội An (SDL)": the dot at `at` closes a city's
 * prefix when the city's name, two to four capitalised Vietnamese syllables, runs to the brackets;
 * not the sentence. "… khu trung tâm TP. Quỹ Đầu tư Phát triển TP (HFIC)", "… trung tâm TP. Sài Gòn
 * Tourist (STG)" open a new sentence with a body's name. */
function cityAfterPrefix(slice: string, at: number): boolean {
  if (slice[at] !== '.' || !/(?:^|[^\p{L}])(?:TP|Tp|TX|TT)$/u.test(slice.slice(Math.max(0, at - 3), at))) return false;
  const name = /^\s((?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,3})\s*$/u.exec(slice.slice(at + 1))?.[1];
  return name !== undefined && name.split(/\s/).every((w) => isVietnameseSyllable(w));
}

// Nouns a letter labels one of ("bảng D", "khu B", "nhóm A"): after them a letter and a dot end
// the sentence, whatever word follows.
const LETTERED = new Set(['bảng', 'khu', 'nhóm', 'lô', 'tòa', 'toà', 'hạng', 'loại', 'khối', 'lớp', 'dãy', 'tầng', 'phân khu', 'đội', 'cấp', 'mục', 'phần', 'điểm']);

/** "John F. Kennedy (JFK)", "Trường Nghiên cứu Quốc tế S. Rajaratnam (RSIS)": the dot at `at` follows a
 * name's initial, a capital standing alone, and a foreign surname follows it; not the sentence. A
 * Vietnamese word after it opens one ("khu A. Trong khi đó …"), and so does any word after a
 * letter that labels a group or a zone ("ở bảng D. Indonesia (INA)", "khu B. Samsung …"). */
function initialInName(slice: string, at: number): boolean {
  const m = /(?:^|[^\p{L}\p{M}\p{N}.])(?:(\p{L}[\p{L}\p{M}]*) )?(\p{L}[\p{L}\p{M}]*) \p{Lu}$/u.exec(slice.slice(Math.max(0, at - 40), at));
  if (slice[at] !== '.' || !m) return false;
  const [twoBefore = '', before = ''] = [m[1]?.toLowerCase(), m[2]?.toLowerCase()];
  if (LETTERED.has(before) || LETTERED.has(`${twoBefore} ${before}`)) return false;
  const next = /^\s(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])/u.exec(slice.slice(at + 1))?.[1];
  return next !== undefined && !isVietnameseSyllable(next);
}

/** True when `words` from `at` on are `parts` (lower case). */
export function wordsAt(words: LongWord[], at: number, parts: string[]): boolean {
  return parts.every((part, k) => words[at + k] !== undefined && lower(words[at + k] as LongWord) === part);
}

/** The words at `at` are `parts` as written, in lower case: a verb, not a name's capitalised word. */
export function writtenAt(words: LongWord[], at: number, parts: string[]): boolean {
  return at >= 0 && parts.every((part, k) => words[at + k]?.text === part);
}

export function startsWithHead(words: LongWord[], at: number): boolean {
  return HEADS.some((h) => wordsAt(words, at, h));
}

export function startsWithFirm(words: LongWord[]): boolean {
  return FIRMS.some((h) => wordsAt(words, 0, h));
}

/** Where a firm's own name starts: past its firm noun and legal form ("Công ty CP | Đầu tư BVG"); 0
 * when no firm noun opens the words. */
export function firmNameStart(words: LongWord[]): number {
  let at = longestAt(words, 0, FIRMS);
  if (at === 0) return 0;
  while (at < words.length && LEGAL_FORM.has(lower(words[at] as LongWord))) at++;
  return at;
}

// Words before a number that make it a count, a year or a rank, not the end of a firm's name.
const NOT_BEFORE_FIRM_NUMBER = new Set([...QUANTITIES, 'năm', 'số', 'lần', 'thứ', 'khoá', 'khóa', 'hơn', 'gần', 'khoảng', 'tỷ', 'tỉ']);

/** A firm's name that ends in its number ("Công ty cổ phần Sông Đà 1.01", "công ty cổ phần Dược phẩm
 * Trung ương 2", "Licogi 16"): no year, no count. */
export function endsInFirmNumber(words: LongWord[]): boolean {
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  return last !== undefined && before !== undefined && /^\d{1,3}(?:[.,]\d{1,2})?$/.test(last.text) && startsWithFirm(words) && !NOT_BEFORE_FIRM_NUMBER.has(lower(before));
}

/** Words that name a firm or a bank. */
export function firmOrBank(words: LongWord[]): boolean {
  // "NH Quốc tế Việt Nam": NH is "ngân hàng" before a bank's name.
  return startsWithFirm(words) || wordsAt(words, 0, ['ngân', 'hàng']) || (words[0]?.text === 'NH' && capitalised(words[1]));
}

export function capitalised(w: LongWord | undefined): boolean {
  // "1Malaysia": a name may open with a digit.
  return w !== undefined && /^\d*\p{Lu}/u.test(w.text);
}

/** The " - " (or " – ") right before `at`, or null. */
export function dashBefore(text: string, at: number): RegExpExecArray | null {
  // A dash at a line's start, however indented, is a list's bullet ("Trường ĐH Tôn Đức Thắng⏎- TS
  // Phan Ngọc Minh").
  const dash = /[^\S\n][-–][^\S\n]$/u.exec(text.slice(Math.max(0, at - 3), at));
  return dash && !/(?:^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, at - 40), at - 2)) ? dash : null;
}

/** True when there is a comma between two words. */
export function commaBetween(text: string, a: LongWord, b: LongWord): boolean {
  return text.slice(a.end, b.start).includes(',');
}

/** "Hiệp hội các quốc gia Đông Nam Á (ASEAN)": "các" right after a head noun is inside the name. */
export function pluralInName(words: LongWord[], at: number): boolean {
  const w = lower(words[at] as LongWord);
  return DETERMINERS.has(w) && HEADS.some((h) => at >= h.length && wordsAt(words, at - h.length, h) && !inCompound(words, at - h.length));
}

function inStopCompound(words: LongWord[], at: number): boolean {
  const pair = (i: number): boolean => {
    const a = words[i];
    const b = words[i + 1];
    const key = a !== undefined && b !== undefined ? `${lower(a)} ${lower(b)}` : '';
    // Last before the short form, "từ" has nothing to be "from": "hệ thống máy phóng điện từ (EMALS)".
    return STOP_COMPOUNDS.has(key) || (CAPITAL_STOP_COMPOUNDS.has(key) && (capitalised(a) || i + 2 === words.length));
  };
  return pair(at - 1) || pair(at);
}

/** "Phòng Cảnh sát điều tra tội phạm về kinh tế": police units' names go on past "tội phạm về". */
function inCrimeUnitName(words: LongWord[], at: number): boolean {
  return at >= 2 && wordsAt(words, at - 2, ['tội', 'phạm', 'về']);
}

// What a body's name says it does, right after its head ("Cơ quan phân tích", "Ủy ban giám sát").
const BODY_TASKS = new Set(['phân tích', 'giám sát', 'điều phối', 'quản lý', 'phòng chống', 'bảo vệ', 'đánh giá', 'xúc tiến']);

/** The stop word at `at` ends the phrase on its left. */
export function stopsAt(words: LongWord[], at: number): boolean {
  const w = words[at] as LongWord;
  if (!LEFT_STOPS.has(lower(w))) return false;
  // "Cơ quan hàng không vũ trụ nước này (CNSA)": a demonstrative closes the name; with a capital
  // inside the sentence a stop word belongs to a name ("TNHH Một thành viên").
  if ((at === words.length - 1 && lower(w) === 'này') || (at > 0 && capitalised(w))) return false;
  // "Công ty TNHH một thành viên …": the legal form of a single-member company, not a count.
  if (wordsAt(words, at, ['một', 'thành', 'viên'])) return false;
  // "Uỷ ban bảo vệ trẻ em Indonesia (KPAI)": children, no one addressed, inside a body's name that a
  // capitalised head opens a few words before; elsewhere the phrase after "em" is all the name is
  // ("tiêm chủng mở rộng cho trẻ em vùng sâu (TCMR)").
  if (at > 0 && lower(w) === 'em' && lower(words[at - 1] as LongWord) === 'trẻ' && words.slice(Math.max(0, at - 6), at - 1).some((x, k, run) => capitalised(x) && startsWithHead(run, k))) return false;
  // "Ban Quản lý các Khu Liên hợp xử lý chất thải (MBS)": between capitalised words (a word of two
  // syllables capitalises its first), "các" is inside a name.
  const titled = capitalised(words[at - 1]) || (at > 1 && capitalised(words[at - 2]) && !LEFT_STOPS.has(lower(words[at - 1] as LongWord)));
  if (lower(w) === 'các' && titled && capitalised(words[at + 1])) return false;
  // "Cơ quan phân tích các mối đe doạ của Bỉ (OCAM)": in sentence case, right after a capitalised
  // body's head and a word that names what such a body does. Only such words: after another verb the
  // head is a sentence's subject ("Chính phủ yêu cầu các doanh nghiệp …", "Trung tâm hỗ trợ các …").
  const task = (k: number): boolean => capitalised(words[k]) && headLengthAt(words, k) === 2 && BODY_TASKS.has(words.slice(k + 2, at).map(lower).join(' '));
  if (lower(w) === 'các' && ((at >= 4 && task(at - 4)) || (at >= 3 && task(at - 3)))) return false;
  // "Viện Hàn lâm Hoa Kỳ về Mắt (AAO)", "Uỷ ban các Chuyên gia về Phụ gia Thực phẩm (JECFA)": "về"
  // between a capitalised name and capitalised words that run to its end is the name's "on".
  // Title case leaves "và" before a capital in lower case ("Uỷ ban Quốc gia về Chi phí Tranh cử và
  // Tài trợ Chính trị Pháp (CNCCFP)"); not before another body's head ("Hội đồng … về Nhân quyền và
  // Tổ chức Ân xá Quốc tế (AI)"), though a word may open with a head's syllable ("… về Dự báo và
  // Phòng chống Thiên tai").
  const inTitle = (x: LongWord, k: number, rest: LongWord[]): boolean =>
    capitalised(x) || capitalised(rest[k - 1]) || (lower(x) === 'và' && capitalised(rest[k + 1]) && !(startsWithHead(rest, k + 1) && !inCompound(rest, k + 1)));
  if (lower(w) === 'về' && titled && at < words.length - 1 && words.slice(at + 1).every(inTitle)) return false;
  return !inCrimeUnitName(words, at) && !inStopCompound(words, at) && !pluralInName(words, at);
}

/** Index from which `words` reach back to the nearest stop word (or comma, unless `crossComma`). */
export function clauseStart(text: string, words: LongWord[], crossComma: boolean): number {
  let from = words.length;
  let commas = 0;
  while (from > 0) {
    const w = words[from - 1] as LongWord;
    if (stopsAt(words, from - 1)) {
      // "cho phép", "cho biết", "có thể": the second syllable of a two-syllable stop goes with it
      // ("tên lửa có thể mang đầu đạn nổ mạnh (HE)" names no "thể …").
      if (from < words.length - 1 && STOP_SECONDS[lower(w)]?.has(lower(words[from] as LongWord))) from++;
      break;
    }
    const after = words[from];
    if (after && commaBetween(text, w, after)) {
      if (!crossComma || commas > 0 || (capitalised(after) && !capitalisedListItem(words, from))) break;
      commas++;
    }
    from--;
  }
  return from;
}

/**
 * "Cơ quan Khí tượng, Khí hậu và Địa lý Indonesia (BMKG)": after a comma inside a capitalised name
 * (title case capitalises a word's first syllable: "Khí tượng"), a capitalised item of a list that
 * "và" and a capital close within three words; not after a word in lower case ("Ủy ban nhân dân
 * tỉnh, Vinamilk và Masan Consumer (MCH)": three parties). Where the item is a body of its own ("Viện
 * Hóa học, Bộ Khoa học và Công nghệ (MOST)"), the phrase's heads still say where the name opens.
 */
function capitalisedListItem(words: LongWord[], at: number): boolean {
  if (!capitalised(words[at - 1]) && !capitalised(words[at - 2])) return false;
  const and = words.findIndex((x, i) => i > at && lower(x) === 'và');
  return and > at && and - at <= 3 && capitalised(words[and + 1]);
}

const STOP_SECONDS: Record<string, ReadonlySet<string>> = {
  cho: new Set(['phép', 'biết', 'rằng', 'thấy', 'hay']),
  có: new Set(['thể', 'lẽ', 'vẻ']),
  được: new Set(['phép']),
  như: new Set(['vậy', 'thế']),
};

/** Words in the longest head at `at`, or 0. */
export function headLengthAt(words: LongWord[], at: number): number {
  return longestAt(words, at, HEADS);
}

/** Words in the longest of `entries` (each a list of lower-case words) found at `at`, or 0. */
export function longestAt(words: LongWord[], at: number, entries: string[][]): number {
  return entries.reduce((a, e) => (e.length > a && wordsAt(words, at, e) ? e.length : a), 0);
}

/** Words in the title at `at` ("Cục trưởng", "Tổng cục phó"), or 0. */
export function titleLength(words: LongWord[], at: number): number {
  const head = headLengthAt(words, at);
  const next = words[at + head];
  return head > 0 && next !== undefined && (lower(next) === 'trưởng' || lower(next) === 'phó') ? head + 1 : 0;
}

export function isTitle(words: LongWord[], at: number): boolean {
  return titleLength(words, at) > 0;
}

export function endsCompound(words: LongWord[], at: number): boolean {
  const prev = words[at - 1];
  return prev !== undefined && !capitalised(words[at]) && ENDS_IN_HEAD.has(`${lower(prev)} ${lower(words[at] as LongWord)}`);
}

/** The head noun at `at` is only a syllable of a common word ("cán bộ", "phòng chống"). */
export function inCompound(words: LongWord[], at: number): boolean {
  const next = words[at + 1];
  // Capitalised in a name these are still verbs or a place: "Lực lượng Phòng vệ Israel", "Đài Loan".
  return endsCompound(words, at) || (next !== undefined && OPENS_WITH_HEAD.has(`${lower(words[at] as LongWord)} ${lower(next)}`));
}

/** Whether two forms are written alike but for their spaces ("B & B", "B&B"). */
export function alikeButSpaces(a: string, b: string): boolean {
  return a.replace(/\s+/gu, '') === b.replace(/\s+/gu, '');
}

export function textOf(text: string, words: LongWord[]): { long: string; start: number } {
  const first = words[0] as LongWord;
  const last = words[words.length - 1] as LongWord;
  return { long: text.slice(first.start, last.end), start: first.start };
}

/** "Trưởng phòng Phòng Cảnh sát hình sự (PC02)": a reading that opens with a title's head (the
 * "phòng" of "Trưởng phòng") right before the body's own ("Phòng …") starts at the body's. */
export function withoutTitleHead<T extends { long: string; start: number }>(text: string, def: T): T {
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const [title, head] = words;
  if (!title || !head || capitalised(title) || !capitalised(head) || title.lower !== head.lower) return def;
  return { ...def, ...textOf(text, words.slice(1)) };
}

/** "ban TGĐ công ty Cổ phần Địa ốc Sài Gòn Thương Tín (TTC Land)", "ban lãnh đạo TTC Land (mã …: SCR)":
 * a reading that opens with one of a firm's organs, then the firm's name (its firm noun or a
 * capital), starts at the name; not where the letters open with the organ's ("Hội đồng quản trị
 * Công ty … (HĐQT)"). */
export function withoutFirmOrgan<T extends { short: string; long: string; start: number }>(text: string, def: T): T {
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const organ = longestAt(words, 0, FIRM_ORGANS);
  const rest = words.slice(organ);
  // The organ's own short forms keep it: "Ban Kiểm soát Nội bộ (BKSNB)" opens with the board's letters.
  if (organ === 0 || rest.length === 0 || !(firmOrBank(rest) || capitalised(rest[0])) || spells(shortLetters(def.short).slice(0, organ), words.slice(0, organ))) return def;
  return { ...def, ...textOf(text, rest) };
}

/** "Công an TP. Thủ Đức (CATP)": a reading that stops at a city's prefix runs on to the city's name
 * before the brackets, instead of ending on the prefix's dot. */
export function withCityAfterPrefix<T extends { long: string; start: number }>(text: string, def: T): T {
  if (!/(?:^|[^\p{L}])(?:TP|Tp|TX|TT)\.$/u.test(def.long)) return def;
  const end = def.start + def.long.length;
  const city = /^\s(?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s\p{Lu}[\p{Ll}\p{M}]*){0,3}(?=\s*\()/u.exec(text.slice(end, end + 40))?.[0];
  return city ? { ...def, long: def.long + city } : def;
}

/** "cao tốc TP. HCM – Long Thành – Dầu Giây (HLD)": a reading that opens on Hồ Chí Minh City's name
 * keeps the city's prefix before it ("TP.", "Tp."), which names the city with it. Not before other
 * capitals: "… trung tâm TP. Tổ chức …" ends a sentence on the prefix. */
export function withCityPrefixBefore<T extends { long: string; start: number }>(text: string, def: T): T {
  const prefix = /(?:^|[^\p{L}])(T[Pp]\.?[ \u00a0]?)$/u.exec(text.slice(Math.max(0, def.start - 5), def.start))?.[1];
  if (!prefix || !/^(?:HCM|Hồ Chí Minh)(?![\p{L}\p{M}])/u.test(def.long)) return def;
  return { ...def, long: text.slice(def.start - prefix.length, def.start + def.long.length), start: def.start - prefix.length };
}
/**
 * A station whose name opens at its medium, written with a capital, at `at`: "Đài Truyền hình Việt
 * Nam (VTV)", "Đài Phát thanh – Truyền hình Đà Nẵng (DRT)". "Đài" only says it is a station, and no
 * letter of Vietnam Television or Da Nang Radio Television is for it. In lower case "đài truyền
 * hình" is one word, Television ("Đài truyền hình trung ương Trung Quốc (CCTV)"); "Đài Loan" is
 * Taiwan. (Letters opening with Đ spell the station whole, "Đài Truyền hình TP (ĐTH)".)
 */
export function stationAt(words: LongWord[], at: number): boolean {
  return lower(words[at] as LongWord) === 'đài' && capitalised(words[at + 1]) && BROADCAST_MEDIA.some((m) => wordsAt(words, at + 1, m));
}

/** A word's lookup key (lower case, one tone placement): "Uỷ" and "ủy" alike. */
export function wordKey(w: LongWord): string {
  return syllableKey(w.text);
}

/** The long form on the left of a short form: spelled, quoted, or the named phrase (see phrase.ts). */
import { isVietnameseSyllable } from '../letters';
import { policeCodeShape } from '../police-codes';
import { fold } from '../../text/normalize';
import { FUNCTION_WORDS, shortLetters, shortestSpelling, spells, wordsIn, type LongWord } from '../match';
import type { Definition } from './types';
import { signsSpeech } from '../editors-marks';
import { COUNTRIES, FIRMS, HEADS, LEFT_STOPS, LEGAL_FORM, MEETINGS, PARENT_HEADS, PLACE_SHORT, PLACE_UNIT, PRESIDING, SAID_BEFORE, SEATS, TRAILING_QUALIFIERS } from './lexicon';
import { alikeButSpaces, capitalised, clauseStart, dashBefore, endsInFirmNumber, firmNameStart, headLengthAt, leftWords, longestAt, lower, startsWithFirm, startsWithHead, stationAt, textOf, wordsAt } from './words';
import { englishNames, isEnglishSense, translatedName, type KnownWords } from './translated';
import { englishNameOpensAt, headInEnglishName, kindBeforeEnglishName } from './english-edges';
import { headNotInEnglishName, namedPhrase, placeAtEnd } from './phrase';
import { foreignNameAfterHead, glossedByBrackets, onlyForeignName } from './foreign-names';
import { acrossAnd } from './across-and';
import { groupNameBefore } from './groups';
import { acrossNameDash, documentTitle, namedWithOwner, opensTreaty } from './titled-names';

/** "chương trình \" thương mại phát thải \" (CAT)": the term in quotes right before the brackets, or
 * quoted with them ('mô hình " Một làng một sản phẩm (OTOP) "'). */
function quotedBefore(text: string, end: number, short: string, known: KnownWords | undefined): Omit<Definition, 'short'> | null {
  const letters = shortLetters(short);
  const close = /["”]\s*$/u.exec(text.slice(Math.max(0, end - 3), end));
  const closedAfter = !close && /^\([^()\n]{1,20}\)\s*["”]/u.test(text.slice(end, end + 26));
  if (!close && !closedAfter) return null;
  const closeAt = close ? end - close[0].length : end - (/\s*$/u.exec(text.slice(Math.max(0, end - 3), end))?.[0].length ?? 0);
  // Within 120 characters: a search back through the whole text would be quadratic.
  const from = Math.max(0, closeAt - 120);
  const inside = text.slice(from, closeAt);
  const at = Math.max(inside.lastIndexOf('"'), inside.lastIndexOf('“'));
  const open = at < 0 ? -1 : from + at;
  if (open < 0 || /[\n()]/.test(text.slice(open, closeAt))) return null;
  // Straight quotes come in pairs: the one before must open (a space or start before it).
  if (text[open] === '"' && open > 0 && !/[\s(]/.test(text[open - 1] ?? '')) return null;
  // Quoted speech: after a verb of saying or a colon the quote is what was said; quoted with the
  // brackets, a name follows a word for it ("mô hình") where speech opens a sentence ('"Hãy hỏi Tổ
  // chức Y tế Thế giới (WHO)", ông nói').
  if (SAID_BEFORE.test(text.slice(Math.max(0, open - 30), open))) return null;
  if (closedAfter && !/\p{Ll}\s*$/u.test(text.slice(Math.max(0, open - 3), open))) return null;
  const words = wordsIn(text, open + 1, closeAt);
  // Quoted with the brackets, words of a clause are a quotation the name ends: '"sự điều khiển của
  // Cơ quan Tình báo trung ương Mỹ (CIA)"'.
  if (closedAfter && words.some((w) => w.lower === 'của')) return null;
  // A law's name may run to nine words or more: '" Đạo luật Công lý Chống Tài trợ Chủ nghĩa khủng
  // bố " (JASTA)'.
  if (words.length < 2 || words.length > 12) return null;
  const spelled = shortestSpelling(letters, words);
  if (spelled) return { ...textOf(text, spelled), how: 'spelled' };
  // '" Vành đai Thái Bình Dương " (RIMPAC)': the quoted words translate the glossary's name.
  const translated = translatedName(text, words, short, known);
  return { ...textOf(text, words), how: translated?.length === words.length ? 'translated' : 'named' };
}

/**
 * Schwartz & Hearst's character match, for words of another language whose compounds carry their
 * letters inside them ("Antimicrobial Resistance" for AMR, "polypropylene" for PP): the letters in
 * order, the first one opening the first word. Vietnamese syllables are matched by their initials
 * (`spells`), never this loosely.
 */
export function foreignSpells(letters: string[], words: LongWord[]): boolean {
  if (letters.length < 2 || words.length === 0 || words.length > letters.length) return false;
  if (words.some((w) => isVietnameseSyllable(w.text) && !FUNCTION_WORDS.has(lower(w)))) return false;
  const joined = words.map((w) => w.folded).join(' ');
  if (joined[0] !== letters[0]) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = joined.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "loại nhựa polypropylene (PP)": lower-case foreign words right before the brackets. Capitalised
 * ones are brands ("Airbus", "Vietcombank") and stay to the name rules. */
function spelledInsideWord(letters: string[], words: LongWord[]): LongWord[] | null {
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const run = words.slice(-n);
    if (run.some((w) => capitalised(w))) return null;
    if (foreignSpells(letters, run)) return run;
  }
  return null;
}

/** "Hayat Tahrir al - Sham (HTS)": a capitalised name spelled across a dash (or a few) inside it. */
function spelledAcrossDash(text: string, letters: string[], words: LongWord[]): LongWord[] | null {
  let all = words;
  // "Jama ' at Al - Tawheed wal - Jihad (JTJ)": a name may hold more than one dash.
  for (let dashes = 0; dashes < 3; dashes++) {
    const first = all[0] as LongWord;
    const dash = dashBefore(text, first.start);
    // "Cảnh sát giao thông - trật tự (CSGT-TT)": a lower-case part after the dash, if the run opens
    // with a capital.
    if (!dash) return null;
    all = [...leftWords(text, first.start - dash[0].length, 12), ...all];
    const run = shortestSpelling(letters, all);
    // Or with the fields in lower case after a capitalised head ("Phòng tài nguyên - môi trường (TN -
    // MT)": the letters spell the fields, not the office).
    const at = run ? all.indexOf(run[0] as LongWord) : -1;
    const afterHead = at > 0 && capitalised(all[at - 1]) && startsWithHead(all, at - 1) && headLengthAt(all, at - 1) === 1;
    if (run && run.length > words.length && (capitalised(run[0]) || afterHead)) return run;
  }
  return null;
}

/** The translated name of `short` (see translated.ts), read across up to three dashes inside a name
 * ("Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)"). */
function translatedAcrossDash(text: string, words: LongWord[], short: string, known: KnownWords | undefined, place: { at: number } | null): LongWord[] | null {
  // Where the body sits, when its name does not take it in: "… ở The Hague, Hà Lan (PCA)".
  let all = words;
  for (let dashes = 0; dashes <= 3; dashes++) {
    const name = translatedName(text, all, short, known) ?? (place && place.at > 1 && dashes === 0 ? translatedName(text, all.slice(0, place.at), short, known) : null);
    const first = all[0] as LongWord;
    const dash = dashBefore(text, first.start);
    // A firm's name is the firm's whole name, whatever its letters ("CTCP Chứng khoán Sài Gòn - Hà
    // Nội (SHS)"): the name rules keep it.
    if (name) return firmBefore(all, all.indexOf(name[0] as LongWord)) ? null : name;
    // "hợp đồng xây dựng - chuyển giao (BT)": the parts of a lower-case name are joined by dashes too.
    if (!dash) return null;
    all = [...leftWords(text, first.start - dash[0].length, 12), ...all];
  }
  return null;
}

/** A firm described in lower case, then named in capitals: "công ty nghiên cứu thị trường
 * International Data Corporation (IDC)". */
function describedThenNamed(named: LongWord[], spelled: LongWord[]): boolean {
  const head = longestAt(named, 0, FIRMS);
  const between = named.slice(head, named.length - spelled.length);
  return spelled.every((w) => capitalised(w)) && between.some((w) => !capitalised(w) && !LEGAL_FORM.has(lower(w)));
}

/**
 * "công ty Thiên Đức không thể xin giấy phép xây dựng (GPXD)": a firm named by a proper name of two
 * capitalised words or more, then a clause in lower case that holds the spelled term. A firm's name
 * written in sentence case opens with one capital ("công ty Đầu tư phát triển … (CNC)").
 */
function nameEndedBefore(named: LongWord[], spelled: LongWord[]): boolean {
  const i = firmNameStart(named);
  let end = i;
  while (end < named.length && capitalised(named[end])) end++;
  if (end - i >= 2 && end <= named.length - spelled.length && !capitalised(named[end])) return true;
  // "Công ty cổ phần Đầu tư và xây dựng Phúc Khang chính thức công bố chuỗi bất động sản (BĐS)": what
  // a firm does, between its name and the spelled term, ends the name, however it is capitalised
  // (not a verb of its line of business: "công ty Đầu tư phát triển an ninh công nghệ cao (CNC)").
  for (let k = i; k < named.length - spelled.length; k++) if (FIRM_DEEDS.some((v) => wordsAt(named, k, v))) return true;
  return false;
}

const FIRM_DEEDS = [...PRESIDING, ...['ra mắt', 'trình làng', 'triển khai', 'giới thiệu', 'khai trương', 'khởi công'].map((v) => v.split(' '))];

/**
 * "Trường quốc tế George Washington, Mỹ (GWIS)": a country after a comma says where the body named
 * before it is; where that name ends, or -1. Not in a list of countries ("Brazil, Nga, …, Nam Phi
 * (BRICS)"), nor where the country is what the letters stand for ("Liên minh châu Âu, Anh (UK)").
 */
function countryAfterComma(text: string, end: number, short: string, known: KnownWords | undefined): number {
  const m = /(\p{Lu}[\p{L}\p{M}]*),\s+(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}?[\p{L}\p{M}]*){0,2})\s*$/u.exec(text.slice(Math.max(0, end - 40), end));
  const country = (m?.[2] ?? '').trim();
  if (!m || !COUNTRIES.has(country.toLowerCase())) return -1;
  const comma = end - m[0].length + (m[1] ?? '').length;
  const before = leftWords(text, comma, 3).map((w) => lower(w));
  if ([1, 2, 3].some((n) => n <= before.length && COUNTRIES.has(before.slice(-n).join(' ')))) return -1;
  const words = wordsIn(text, comma + 1, end);
  if (shortestSpelling(shortLetters(short), words) || translatedName(text, words, short, known)?.length === words.length) return -1;
  return comma;
}

/** A firm's head, maybe with its legal form, right before `at` ("Tổng công ty", "công ty TNHH MTV"). */
function firmBefore(words: LongWord[], at: number): boolean {
  let i = at;
  while (i > 0 && LEGAL_FORM.has(lower(words[i - 1] as LongWord))) i--;
  return FIRMS.some((f) => f.length <= i && wordsAt(words, i - f.length, f));
}

/**
 * A closing "ở", "tại" or "có trụ sở (chính) (đặt) tại" and the place after it ("Tòa trọng tài
 * Thường trực ở The Hague, Hà Lan (PCA)", "… có trụ sở tại thủ đô Washington (CSIS)"), or "giữa" and
 * the parties to a document ("… ở Biển Đông giữa ASEAN và Trung Quốc (DOC)"), or "của"/"thuộc" and
 * the body that owns it ("… của Bộ Tài chính Mỹ (OFAC)"): where it starts, and
 * whether it says where a body is based (never part of its name; "ở Biển Đông" may be, and the
 * others are left out only where the name translates without them).
 */
function placeAfterName(words: LongWord[]): { at: number; based: boolean } | null {
  for (let i = words.length - 2; i >= Math.max(1, words.length - 10); i--) {
    const w = lower(words[i] as LongWord);
    // "Tuyên bố ứng xử của các bên ở Biển Đông giữa ASEAN và Trung Quốc (DOC)": who signed it.
    const between = w === 'giữa';
    // "Văn phòng Kiểm soát tài sản nước ngoài của Bộ Tài chính Mỹ (OFAC)": the body it belongs to,
    // two words or more (a one-word owner, "của Anh", is read as a place at the end of the name).
    const owner = (w === 'của' || w === 'thuộc') && words.length - i > 2;
    if (!SEATS.has(w) && !between && !owner) continue;
    let place = i + 1;
    while (place < words.length - 1 && CAPITAL_WORDS.has(lower(words[place] as LongWord))) place++;
    const body = owner && capitalised(words[place]) && startsWithHead(words, place);
    if (!body && !words.slice(place).every((x) => capitalised(x) || (between && lower(x) === 'và'))) return null;
    let from = i;
    while (from > 0 && ['chính', 'đặt'].includes(lower(words[from - 1] as LongWord))) from--;
    const based = from >= 3 && wordsAt(words, from - 3, ['có', 'trụ', 'sở']);
    return { at: based ? from - 3 : i, based };
  }
  return null;
}

/**
 * "Cơ quan Tìm kiếm tù binh và người mất tích thuộc Bộ Quốc phòng Mỹ (DPAA)": where the named phrase
 * is only the body after "của"/"thuộc", the brackets name the body it owns, named before it.
 */
function ownedBody(text: string, words: LongWord[], letters: string[], sits: { at: number; based: boolean } | null, plain: LongWord[] | null): LongWord[] | null {
  if (!sits || sits.based || !plain || plain[0] !== words[sits.at + 1]) return null;
  const owner = lower(words[sits.at] as LongWord);
  if (owner !== 'của' && owner !== 'thuộc') return null;
  // "Đại hội cổ đông của Tổng công ty Cảng hàng không Việt Nam (ACV)": a firm's meeting, board or
  // office is the firm's, and the brackets name the firm.
  if (startsWithFirm(words.slice(sits.at + 1))) return null;
  const before = namedPhrase(text, words.slice(0, sits.at), letters);
  if (before && startsWithHead(before, 0) && capitalised(before[0])) return before;
  // "Cơ quan Nghiên cứu các dự án Tiên tiến thuộc Bộ Quốc phòng Mỹ (DARPA)": a body's capitalised
  // name runs on past words that end a phrase elsewhere ("các"), and names what the brackets do when
  // its owner is a ministry. A part described in lower case does not ("lực lượng hỗn hợp thuộc Cục
  // Nghề cá … (BFAR)"), nor an office of a board ("Phòng Quản lý các dự án thuộc Ban Quản lý đường
  // sắt đô thị TP.HCM (MAUR)").
  if (lower(words[sits.at + 1] as LongWord) !== 'bộ') return null;
  // Its lower-case words are the second syllables of capitalised words ("Tiên tiến"), "các", "và"
  // or heads ("các dự án"): nothing a clause would hold.
  const inName = (k: number): boolean => {
    const w = lower(words[k] as LongWord);
    const second = k > 0 && capitalised(words[k - 1]) && !LEFT_STOPS.has(w) && !FUNCTION_WORDS.has(w);
    return capitalised(words[k]) || second || w === 'các' || w === 'và' || startsWithHead(words, k) || (k > 0 && headLengthAt(words, k - 1) > 1);
  };
  for (let h = sits.at - 1; h >= Math.max(0, sits.at - 10) && inName(h); h--) {
    if (h < sits.at - 1 && capitalised(words[h]) && startsWithHead(words, h) && (h === 0 || !capitalised(words[h - 1]))) return words.slice(h, sits.at);
  }
  return null;
}

// What one party does for a body, said after the body's name: "do Mỹ hậu thuẫn".
const BACKING = ['hậu thuẫn', 'hỗ trợ', 'ủng hộ', 'bảo trợ', 'dẫn đầu', 'lãnh đạo', 'chống lưng'].map((v) => v.split(' '));

/** Where "do" opens "do <a capitalised name> <backing verb>" at the end of `words`, or -1. */
function backerAtEnd(words: LongWord[]): number {
  const verb = BACKING.find((v) => words.length > v.length && wordsAt(words, words.length - v.length, v));
  if (!verb) return -1;
  const end = words.length - verb.length;
  for (let at = end - 2; at >= Math.max(0, end - 4); at--) {
    // "do người Kurd dẫn đầu": a people is a backer too.
    const backer = words.slice(at + 1, end);
    const people = backer.length > 1 && ['người', 'phe'].includes(lower(backer[0] as LongWord));
    if (lower(words[at] as LongWord) === 'do' && backer.slice(people ? 1 : 0).every((w) => capitalised(w))) return at;
  }
  return -1;
}

// A qualifier closing the text before the brackets, with its number ("lần thứ 72").
const QUALIFIER_AT_END = new RegExp(`\\s(?:${TRAILING_QUALIFIERS.map((q) => q.join(' ')).join('|')})(?:\\s+\\d+)?\\s*$`, 'u');

// A firm's legal form, which only a registered name holds: its phrases, not LEGAL_FORM's syllables
// ("phần" of "phần mềm" is no "cổ phần").
const REGISTERED_FORM = / (?:tnhh|mtv|cp|cổ phần|trách nhiệm hữu hạn|một thành viên|liên doanh) /u;

// Words that join clauses and never open a name, even when their letter is the acronym's first.
const CONJUNCTIONS = new Set(['như', 'là', 'rằng', 'mà', 'thì', 'nhưng', 'nếu', 'khi', 'để', 'nhằm']);

// Words before a city's name: "thủ đô Washington", "thành phố Thâm Quyến".
const CAPITAL_WORDS = new Set(['thủ', 'đô', 'thành', 'phố', 'tp']);

/** Some run of `words` opens with a firm's noun. */
function firmAmong(words: LongWord[]): boolean {
  return words.some((_w, i) => startsWithFirm(words.slice(i)));
}

/** Where `word` (read from the same text, maybe by another rule) stands in `words`, or -1. */
function wordIndex(words: LongWord[], word: LongWord): number {
  return words.findIndex((w) => w.start === word.start);
}

// Vehicles are named with their noun ("xe bọc thép chở quân (APC)", "tàu đổ bộ đệm khí (LCAC)"):
// the gold keeps "xe" and "tàu" before such a term 18 times of 18, where the English name's vehicle
// word (Carrier, Craft) may have no Vietnamese word of its own. Only for a vehicle's name: "tàu hải
// cảnh Trung Quốc (CCG)" is a ship of the coast guard, "trên xe hệ thống … (ABS)" a system on a car.
const VEHICLE_NOUNS = new Set(['xe', 'tàu']);
const VEHICLE_WORDS = /\b(?:vehicles?|carriers?|craft|vessels?|ships?|boats?|docks?|cars?|trucks?|bus(?:es)?|transporters?|tankers?)\b/i;

/** `run` (words of `text` that translate the English name of `short`) with the vehicle noun right
 * before it, where that name is a vehicle's. */
function withVehicleNoun(text: string, words: LongWord[], run: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  const first = run[0];
  const before = first ? words[wordIndex(words, first) - 1] : undefined;
  if (!first || !before || !VEHICLE_NOUNS.has(lower(before)) || capitalised(first)) return run;
  if (!/^ +$/.test(text.slice(before.end, first.start))) return run;
  return known && englishNames(short, known).some((name) => VEHICLE_WORDS.test(name)) ? [before, ...run] : run;
}

// Nouns of a ratio: "tỷ lệ cho vay trên tổng tiền gửi (LDR)" is the ratio of loans to deposits.
const RATIO_NOUNS = [['tỷ', 'lệ'], ['tỉ', 'lệ'], ['tỷ', 'suất'], ['tỉ', 'suất'], ['tỷ', 'số'], ['tỉ', 'số'], ['hệ', 'số']];

// What a ratio is taken over: a total or a quantity of the accounts. After "trên" anything else is a
// place or a platform ("Tỷ lệ video vi phạm trên nền tảng chia sẻ video (VSP)": on the platform).
const DENOMINATORS = ['tổng', 'mỗi', 'vốn', 'tài sản', 'doanh thu', 'thu nhập', 'tiền gửi', 'dư nợ', 'chi phí', 'lợi nhuận', 'cổ phiếu', 'cổ phần'].map((d) => d.split(' '));

/**
 * "tỷ lệ nợ xấu trên tổng dư nợ (NPL)": a reading that is what a ratio is taken over (a total, a
 * quantity of the accounts, right after "trên") belongs to the ratio named before it, when a ratio's
 * noun stands in the words before "trên" in the same clause; the name runs from that noun. Null
 * otherwise.
 */
function ratioBefore(text: string, words: LongWord[], read: LongWord[]): LongWord[] | null {
  const first = read[0];
  const start = first ? wordIndex(words, first) : -1;
  // "tỷ số giá trên lợi nhuận một cổ phiếu (P / E)": the denominator may be a quantity per share, a
  // reading of which is its last words.
  const over = [0, 1, 2, 3].map((k) => start - k).find((at) => at >= 2 && lower(words[at - 1] as LongWord) === 'trên' && longestAt(words, at, DENOMINATORS) > 0);
  // Per share only: "… trên lợi nhuận mỗi quỹ đầu tư bất động sản (REIT)" abbreviates the fund.
  const unit = words[start - 1];
  const perShare = unit !== undefined && ['một', 'mỗi'].includes(lower(unit)) && (wordsAt(read, 0, ['cổ', 'phiếu']) || wordsAt(read, 0, ['cổ', 'phần'])) && read.length === 2;
  if (over === undefined || (over < start && !perShare)) return null;
  const from = clauseStart(text, words.slice(0, over - 1), false);
  const opens = words.slice(from, over - 1).findIndex((_, i) => RATIO_NOUNS.some((r) => wordsAt(words, from + i, r)));
  return opens < 0 ? null : words.slice(from + opens, start + read.length);
}

// Bodies named for what they do about something, with the initials of the English words their head
// and their work translate (Center; Research, Studies; …): "Trung tâm nghiên cứu về không phổ biến vũ
// khí hạt nhân (CNS)" is the Center for Nonproliferation Studies.
const ABOUT_HEADS: Record<string, string> = { 'trung tâm': 'c', viện: 'i', 'học viện': 'ai', 'hội đồng': 'cb', 'ủy ban': 'c', 'uỷ ban': 'c' };
const ABOUT_WORK: Record<string, string> = { 'nghiên cứu': 'rs', 'tư vấn': 'a', 'hợp tác': 'c', 'đào tạo': 't' };
// An international meeting about something: "Hội nghị quốc tế về chỉnh sửa gen người (ISHGE)" is the
// International Summit on Human Genome Editing, whose letters open with International, then the
// meeting (Conference, Meeting, Summit), then the topic's own.
const MEETING_HEADS: Record<string, string> = { 'hội nghị': 'cms' };
const ABOUT = new RegExp(`(?:^|[^\\p{L}])(${[...Object.keys(ABOUT_HEADS), ...Object.keys(MEETING_HEADS)].join('|')}) (${[...Object.keys(ABOUT_WORK), 'quốc tế'].join('|')}) về $`, 'iu');

/** The body's head, its work and "về" before a named long form, where the letters have theirs. */
function withBodyAbout(text: string, short: string, def: Omit<Definition, 'short'>): Omit<Definition, 'short'> {
  const m = ABOUT.exec(text.slice(Math.max(0, def.start - 30), def.start));
  const [head, work] = [m?.[1], m?.[2]];
  if (!m || !head || !work || !/^\p{Lu}/u.test(head)) return def;
  const letters = shortLetters(short);
  const meeting = MEETING_HEADS[head.toLowerCase()];
  if (meeting !== undefined) {
    // In that order, and the topic's letters after them: not "(IC)", "(ITS)".
    if (work.toLowerCase() !== 'quốc tế' || letters[0] !== 'i' || !meeting.includes(letters[1] ?? '') || letters.length < 4) return def;
  } else {
    const has = (options: string | undefined): boolean => [...(options ?? '')].some((c) => letters.includes(c));
    if (!has(ABOUT_HEADS[head.toLowerCase()]) || !has(ABOUT_WORK[work.toLowerCase()])) return def;
  }
  const start = def.start - m[0].length + m[0].indexOf(head);
  return { ...def, long: text.slice(start, def.start + def.long.length), start };
}

/** Long form on the left of `end` for `short`. */
// A model's designation: a capitalised word, a hyphen, then digits ("Hwasong-15", "S-400"), or a
// word, a hyphen and one to three capitals ("Topol-M"; not "TP-HCM", "BR-VT", "Mỹ-EU"), or one or
// two capitals and a number of two digits or more, with no hyphen ("M142", "M777A2"; not a group of
// countries or its forum, "Hội nghị Bộ trưởng Ngoại giao G20 (FMM)", "Diễn đàn Doanh nghiệp B20", nor
// a district, "Trung tâm Y tế Q10").
const MODEL_AT_END = /(?:^|\s)(?:(\p{Lu}[\p{L}]*)-(\d+[\p{Lu}\d]*|\p{Lu}{1,3})|(?![GQ]\d|\p{Lu}20(?!\d))(\p{Lu}{1,2})(\d{2,4}[\p{Lu}\d]*))\s*$/u;

/** A spelling of `letters` at the end of `words` (see shortestSpelling) where some of its D are Đ
 * ("GDDT" for "giáo dục và đào tạo"), as a short form typed without Vietnamese marks writes them: the
 * first choice of D and Đ, in order, that spells; every D as Đ where there are more than three. */
function spelledWithStrokedD(letters: string[], words: LongWord[]): LongWord[] | null {
  const ds = letters.flatMap((c, i) => (c === 'd' ? [i] : []));
  if (ds.length === 0 || letters.includes('đ')) return null;
  if (ds.length > 3) return shortestSpelling(letters.map((c) => (c === 'd' ? 'đ' : c)), words);
  // Every choice but all D, which the plain spelling tried.
  for (let mask = 1; mask < 1 << ds.length; mask++) {
    const variant = letters.map((c, i) => (ds.indexOf(i) >= 0 && mask & (1 << ds.indexOf(i)) ? 'đ' : c));
    const run = shortestSpelling(variant, words);
    if (run) return run;
  }
  return null;
}

/**
 * Where a model named right before `end`, after a word in lower case, starts ("tên lửa đạn đạo liên
 * lục địa Topol-M (ICBM)"), or -1. Not for a short form with a digit of its own ("U-23 (U23)").
 */
function modelBefore(text: string, end: number, short: string): number {
  const model = /\d/.test(short) ? null : MODEL_AT_END.exec(text.slice(Math.max(0, end - 60), end));
  if (!model) return -1;
  const first = model[1] ?? model[3] ?? '';
  const second = model[2] ?? model[4] ?? '';
  // Not a disease ("Covid-19"), nor a place's short forms ("TP-HCM", "Mỹ-EU").
  if (/^covid$/iu.test(first)) return -1;
  if (/^\p{Lu}/u.test(second) && (first === first.toUpperCase() || COUNTRIES.has(first.toLowerCase()))) return -1;
  const start = end - model[0].length + model[0].indexOf(first);
  return /\s\p{Ll}[\p{L}\p{M}]*\s$/u.test(text.slice(Math.max(0, start - 20), start)) ? start : -1;
}

/** Whether the glossary reads `short` in English and none of its Vietnamese readings is the spelled
 * words, which open on a count. */
function countOpensNoReading(spelled: LongWord[], short: string, known: KnownWords | undefined): boolean {
  const senses = known?.expansions(short) ?? [];
  const words = spelled.map(lower).join(' ');
  return senses.some(isEnglishSense) && !senses.some((x) => x.toLowerCase() === words);
}

export function longBefore(text: string, short: string, end: number, known?: KnownWords): Omit<Definition, 'short'> | null {
  // "tên lửa đạn đạo liên lục địa Topol-M (ICBM)", "hệ thống phòng không S-400 (SAM)": a model named
  // after a term is the thing the term classes, no word of it; the term before it is the long form
  // only where it spells the letters or translates the English name ("tiêm kích tàng hình F-35
  // (JSF)": the brackets may name the model's programme, which the glossary knows).
  const model = modelBefore(text, end, short);
  if (model >= 0) {
    const term = longBefore(text, short, model, known);
    return term?.how === 'named' ? null : term;
  }
  const read = readLongBefore(text, short, end, known);
  return withFirmNumber(text, end, read?.how === 'named' ? acrossAnd(text, short, withBodyAbout(text, short, read), known) : read);
}

/** "Công ty cổ phần Sông Đà 1.01 (mã chứng khoán SJC)", "Licogi 16": the number a firm's name ends
 * with is the name's, though a number after a name is otherwise a year or an edition, left out. */
function withFirmNumber(text: string, end: number, read: Omit<Definition, 'short'> | null): Omit<Definition, 'short'> | null {
  if (!read) return null;
  const after = read.start + read.long.length;
  const number = wordsIn(text, after, end);
  const words = [...wordsIn(text, read.start, after), ...number];
  if (number.length !== 1 || !/^\s+$/u.test(text.slice(after, (number[0] as LongWord).start)) || !endsInFirmNumber(words)) return read;
  return { ...read, long: text.slice(read.start, (number[0] as LongWord).end) };
}

function readLongBefore(text: string, short: string, end: number, known?: KnownWords): Omit<Definition, 'short'> | null {
  const group = groupNameBefore(text, short, end);
  if (group) return { ...group, how: 'translated' };
  const comma = countryAfterComma(text, end, short, known);
  if (comma >= 0) return longBefore(text, short, comma, known);
  // Quoted speech ends in a reporter's mark as often ("… tôi đồng ý" (PV)); a quoted term is short.
  const letters = shortLetters(short);
  // "sáng kiến \" … công nghệ 4.0 (IoT) \"": a generation's figure right before ("4.0", "2.0") says
  // the letters gloss what it numbers, quoted or not, unless they spell the words right before it
  // ("Cách mạng công nghiệp 4.0 (CMCN)") or a firm's noun stands among the sixteen words before it
  // ("Công ty TNHH Truyền thông Xã hội 2.0 (TTXH)"). A year or an edition is set apart below.
  const near = Math.max(0, end - 12);
  const generation = /(?:^|[^\p{L}\p{N}.,])\d[.,]0\s*$/u.exec(text.slice(near, end));
  if (!/\d/.test(short) && generation) {
    const before = leftWords(text, near + generation.index + generation[0].search(/\d/), 16);
    if (!shortestSpelling(shortLetters(short), before) && !firmAmong(before)) return null;
  }
  // '" Nhà nước Hồi giáo " tự xưng (IS)': the writer's qualifier after the quoted name.
  const qualifier = QUALIFIER_AT_END.exec(text.slice(Math.max(0, end - 20), end));
  const quoted = signsSpeech(short) ? null : quotedBefore(text, end, short, known) ?? (qualifier ? quotedBefore(text, end - qualifier[0].length, short, known) : null);
  if (quoted) return quoted;
  const words = leftWords(text, end, 20);
  // "Hoa hậu Hoàn vũ Việt Nam 2017 (HHHVVN)": the year says which one, the letters name the contest;
  // "Nhà nước Hồi giáo tự xưng (IS)", "tổ chức Hợp tác Thượng Hải lần thứ 18 (SCO)": neither does a
  // qualifier after the name.
  const numberAtEnd = (): boolean => /^\d/.test((words[words.length - 1] as LongWord).text) && !PLACE_UNIT.test(words[words.length - 2]?.text ?? '');
  if (!/\d/.test(short)) {
    const trimmed = words.length;
    while (words.length > 0 && numberAtEnd()) words.pop();
    // "… về Luật Biển năm 1982 (UNCLOS)": the year's own word goes with it.
    if (words.length < trimmed && words.length > 1 && lower(words[words.length - 1] as LongWord) === 'năm') words.pop();
  }
  // Unless the letters spell it: "Đảng cầm quyền (ĐCQ)".
  for (const q of TRAILING_QUALIFIERS) if (words.length > q.length + 1 && wordsAt(words, words.length - q.length, q) && !shortestSpelling(letters, words)) words.splice(-q.length);
  // "Các lực lượng dân chủ Syria do Mỹ hậu thuẫn (SDF)": who backs or leads the body is said after
  // its name, and is no part of it.
  // Where the letters name the backer, the body's name is found before the clause and holds it
  // ("liên minh quân sự do Saudi Arabia dẫn đầu (SLC)": the Saudi-led coalition).
  const backed = backerAtEnd(words);
  if (backed > 1 && letters.includes(words[backed + 1]?.folded[0] ?? '')) {
    const body = longBefore(text, short, (words[backed - 1] as LongWord).end, known);
    const last = words[words.length - 1] as LongWord;
    return body && body.start + body.long.length === (words[backed - 1] as LongWord).end ? { ...body, long: text.slice(body.start, last.end) } : null;
  }
  if (backed > 1) words.splice(backed);
  const sits = placeAfterName(words);
  if (sits?.based && sits.at > 1) words.splice(sits.at);
  if (words.length === 0) return null;
  let spelled = shortestSpelling(letters, words);
  // "hỗn hợp Axit Flohydric (HF)" spells H-F only by taking "hợp" and skipping "Axit": a lower-case
  // word does not open a capitalised name.
  if (spelled && spelled.length > 2 && !capitalised(spelled[0]) && spelled.slice(1).every((w) => capitalised(w))) spelled = null;
  // "Nếu như Kalibr - NK có tầm bắn …": a conjunction gives no letter of a name ("Như Ý", "Như
  // Thanh" are names).
  if (spelled && !capitalised(spelled[0]) && CONJUNCTIONS.has(lower(spelled[0] as LongWord))) spelled = null;
  // "trong một video nhạc (MV)": a count gives no letter of an English initialism's name where the
  // words after it translate that name (Music Video); a term may open on it ("một thành viên" MTV,
  // "bộ phận một cửa (MC)").
  if (spelled && !capitalised(spelled[0]) && ['một', 'mỗi'].includes(lower(spelled[0] as LongWord)) && countOpensNoReading(spelled, short, known) && translatedName(text, spelled.slice(1), short, known)?.length === spelled.length - 1) spelled = null;
  if (!spelled) spelled = spelledAcrossDash(text, letters, words);
  if (!spelled) spelled = spelledInsideWord(letters, words);
  // "đánh giá tác động môi trường (DTM)": a Vietnamese short form written without its Đ, as
  // keyboards without Vietnamese marks write it; only where no word spells the D as written, and not
  // an English initialism's ("giai đoạn giữa trên mặt đất (GMD)" is Ground-based Midcourse Defense).
  if (!spelled && !(known?.expansions(short).some(isEnglishSense) ?? false)) spelled = spelledWithStrokedD(letters, words);
  // "The Washington Post (WP)": an English name keeps its article.
  if (spelled && words[words.length - spelled.length - 1]?.text === 'The') spelled = words.slice(words.length - spelled.length - 1);
  const party = known?.expansions(short).some((sense) => /\bParty\b|Kuomintang|^đảng\s/iu.test(sense)) ?? false;
  const whole = documentTitle(words, letters) ?? namedWithOwner(text, words, letters, party) ?? namedPhrase(text, words, letters);
  // "Tổng cục Du lịch Hàn Quốc tại VN (KTO)": where the body is, after its name; what the sentence
  // reads as a name is the place alone (or nothing), the body's capitalised name is before it.
  const sitsAt = sits && !sits.based && sits.at > 1 && SEATS.has(lower(words[sits.at] as LongWord)) ? (words[sits.at] as LongWord) : null;
  // Not where the letters take the place ("Trường học mới tại Việt Nam (VNEN)").
  // A place word the name before holds already is no letter's ("Đại học Quốc gia Singapore tại
  // Singapore (NUS)").
  const placeWords = sits ? words.slice(sits.at + 1) : [];
  const inName = new Set(sits ? words.slice(0, sits.at).map((w) => w.folded) : []);
  const placeSpelled = placeWords.some((w) => !inName.has(w.folded) && letters.includes(w.folded[0] ?? ''));
  // Nor where the brackets name the place itself ("Phái đoàn … tại Liên Hợp Quốc (UN)").
  const placeName = fold(placeWords.map((w) => w.text).join(' '));
  const glossaryPlace = known?.expansions(short).some((e) => fold(e) === placeName) ?? false;
  const placeOnly = sitsAt !== null && !placeSpelled && !glossaryPlace && (whole === null || (whole[0] as LongWord).start > sitsAt.start);
  const beforePlace = placeOnly ? namedPhrase(text, words.slice(0, sits?.at), letters) : null;
  // A body, not a meeting held there: "Hội nghị Thượng đỉnh tại Lima (APEC)" is the forum's.
  const body = beforePlace !== null && capitalised(beforePlace[0]) && startsWithHead(beforePlace, 0) && !MEETINGS.some((m) => wordsAt(beforePlace, 0, m));
  const plain = body ? beforePlace : whole;
  // An English initialism's Vietnamese name, where its words translate the letters. A firm's name is
  // the firm's whole name, whatever its letters ("Tập đoàn Dầu khí Việt Nam (PVN)").
  // "Chính quyền dân tộc Palestine (PA)": one capitalised word spells the letters only from inside
  // it; the name that translates the English one, if any, is the definition.
  const insideOneWord = spelled?.length === 1 && capitalised(spelled[0]);
  // "tổng công ty cổ phần Bia – Rượu – Nước Giải khát Sài Gòn (SAB)": a firm's name across dashes too.
  const dashed = acrossNameDash(text, words, letters);
  const firmName = (plain && startsWithFirm(plain)) || (dashed && startsWithFirm(dashed));
  // "Công ty phần mềm trí tuệ nhân tạo (AI) Soul Machines": a firm only described, in lower case and
  // with no legal form, names no firm; the term its letters translate closes the description. A
  // registered name may be all lower case ("Công ty cổ phần thương mại đầu tư … (IDT)").
  const description = plain?.slice(longestAt(plain, 0, FIRMS)) ?? [];
  const onlyDescribed = firmName && !dashed && description.every((w) => !capitalised(w)) && !REGISTERED_FORM.test(` ${description.map(lower).join(' ')} `);
  const translated = (spelled && !insideOneWord) || (firmName && !onlyDescribed) ? null : translatedAcrossDash(text, words, short, known, sits && !sits.based ? sits : null);
  if (translated) return { ...textOf(text, withVehicleNoun(text, words, translated, short, known)), how: 'translated' };
  // "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA)": a treaty's title runs across
  // the dash between its parties, past the head of the party after it.
  const headed = plain !== null && startsWithHead(plain, 0);
  // "Trung tâm Xúc tiến đầu tư - thương mại và hội chợ triển lãm Cần Thơ (CPA)": a capitalised head
  // across the dash names the body whose fields the lower-case head after it is one of.
  const widerHead = dashed !== null && plain !== null && capitalised(dashed[0]) && !capitalised(plain[0]);
  // "… Kiểm soát Hoả lực - Phòng không Tích hợp (NIFC-CA)": a short form in two parts names both,
  // unless the name after the dash opens with its first letter ("Bộ Y tế - Bệnh viện Đa khoa Trung
  // ương (BV-ĐKTW)" is the hospital's alone) or is a firm's, whose unit may stand before it ("Công ty
  // Điện lực Bắc Ninh - Tổng công ty Điện lực miền Bắc (EVN-NPC)"), or the name before the dash is a
  // body others belong to ("Bộ Y tế - Viện Pasteur TP HCM (PI-HCM)": the second part is the city).
  // The head may stand before the dashed name, which starts past it ("Bộ| Y tế - Viện …").
  const headBefore = dashed ? leftWords(text, (dashed[0] as LongWord).start, 3) : [];
  const parentFirst = dashed !== null && PARENT_HEADS.some((h) => wordsAt(dashed, 0, h) || wordsAt(headBefore.slice(-h.length), 0, h));
  const twoParts = /\p{L}\s?[-–]\s?\p{L}/u.test(short) && plain !== null && plain[0]?.folded[0] !== letters[0] && !startsWithFirm(plain) && !parentFirst;
  // "Cơ quan Cảnh sát điều tra - Bộ Công an (C 44)": a police unit's code names the unit before the
  // dash, not the ministry or the force after it.
  const unitOfForce = dashed !== null && plain !== null && policeCodeShape(short.replace(/\s/gu, '')) && (wordsAt(plain, 0, ['bộ']) || wordsAt(plain, 0, ['công', 'an']));
  const named = ownedBody(text, words, letters, sits, plain) ?? (headed ? (dashed && (opensTreaty(dashed) || widerHead || twoParts || unitOfForce) ? dashed : plain) : dashed ?? plain);
  // "huyện Bình Chánh (TP. HCM)", "Công an quận Thủ Đức (TP. HCM)": a place (or a body named by
  // its place), then where it lies; the brackets gloss, not define. "Ủy ban nhân dân tỉnh Quảng Nam
  // (UBND)": the letters spell the body before its place, and that is the definition.
  const place = !spelled && named ? placeAtEnd(named) : -1;
  if (named && place >= 0) {
    const body = named.slice(0, place);
    if (body.length > 0 && spells(letters, body)) return { ...textOf(text, body), how: 'spelled' };
    // "Công an thành phố Hà Nội (CATP)", "Công an tỉnh Bình Dương (CAT)": the unit is the body's.
    const withUnit = named.slice(0, place + 1);
    if (body.length > 0 && spells(letters, withUnit, 0)) return { ...textOf(text, withUnit), how: 'spelled' };
    // "Cục Quản lý thị trường tỉnh Lạng Sơn (QLTT)": the letters spell the body after its head.
    const inner = body.length > 0 ? shortestSpelling(letters, body) : null;
    if (inner) return { ...textOf(text, inner), how: 'spelled' };
    // "đài Tiếng nói nhân dân TP. HCM (VOH)": a body named with its city, abbreviated another way;
    // a university's head may be written short ("ĐH Công nghệ TP. HCM (HUTECH)").
    const headed = startsWithHead(body, 0) || (body.length > 1 && body[0]?.text === 'ĐH');
    if (headed && !PLACE_SHORT.test(short)) return { ...textOf(text, named), how: 'named', ...guess(named) };
    return null;
  }
  // "Bệnh viện Chợ Rẫy (TP. HCM)": a city's short name only ever glosses a name it does not spell.
  if (!spelled && PLACE_SHORT.test(short)) return null;
  // "công ty Đầu tư phát triển an ninh công nghệ cao (CNC)": the letters spell the end of a
  // company's name, and the acronym is the company's short name (unless the firm is described, then
  // named: see describedThenNamed). "Ngân hàng Nhà nước Việt Nam (NHNN)": a spelling that must leave
  // a word out inside a capitalised name is the name's, from its head.
  const endsTogether = spelled && named && named.length > spelled.length && named[named.length - 1] === spelled[spelled.length - 1];
  // A city's "TP." before its name is no word the spelling leaves out: "Quỹ phát triển Đại học
  // Quốc gia TP. HCM (ĐHQG-HCM)" is the university's.
  const loose = spelled && capitalised(spelled[0]) && !spells(letters, spelled.filter((w) => !/^TP\.?$/u.test(w.text)), 0);
  // "các công ty bảo hiểm nhân thọ (BHNT)": firms of a kind, not one firm's name.
  const kindOfFirm = named !== null && ['các', 'những', 'nhiều'].includes(words[words.length - named.length - 1]?.lower ?? '');
  // "công ty CP Đầu tư BVG (BVG)", "… thương mại B & B (B & B)": a firm named by the very letters.
  const ownLetters = spelled !== null && spelled.length > 0 && alikeButSpaces(text.slice((spelled[0] as LongWord).start, (spelled[spelled.length - 1] as LongWord).end), short);
  // "Tổng công ty Hàng không Việt Nam (VNA)": a spelling that takes two letters of one Vietnamese
  // syllable (as a ticker's or a code's letters do: "Thái Lan (THA)") is no sign that the firm's
  // name was only described before it. Only a spelling letter by letter: one by two-syllable words or
  // from inside a word was found another way.
  const codeLike = spelled !== null && spells(letters, spelled) && !spells(letters, spelled, 1, true);
  const firm = spelled && named && startsWithFirm(named) && (ownLetters || ((codeLike || !describedThenNamed(named, spelled)) && !kindOfFirm && !nameEndedBefore(named, spelled)));
  if (endsTogether && (firm || (loose && startsWithHead(named, 0) && capitalised(named[0])))) {
    return { ...textOf(text, named), how: 'spelled' };
  }
  if (spelled) return { ...textOf(text, spelled), how: 'spelled' };
  // "tập đoàn chế tạo xe tăng Uralvagonzavod (UVZ)": a firm described, then named by one foreign word
  // whose letters the acronym takes.
  const brand = named?.[named.length - 1];
  const described = named !== null && startsWithFirm(named) && named.slice(longestAt(named, 0, FIRMS), -1).every((w) => !capitalised(w));
  if (named && brand && capitalised(brand) && described && describedThenNamed(named, [brand]) && foreignSpells(letters, [brand])) return { ...textOf(text, [brand]), how: 'spelled' };
  // "người dẫn chương trình (MC)": a head noun with no name after it names nothing.
  if (!named || onlyForeignName(named, letters[0] ?? '') || glossedByBrackets(words, named, short) || HEADS.some((h) => h.length === named.length && wordsAt(named, 0, h))) return null;
  // "Cục Hải quan và Biên phòng Mỹ (CBP)": where the glossary knows the English name, its words say
  // whether the head is the name's (Bureau) or only says what kind of body it is.
  const english = known && ((phrase: LongWord[], head: number) => headInEnglishName(phrase, head, short, known));
  const unheaded = (stationAt(named, 0) ? named.slice(1) : null) || foreignNameAfterHead(named, letters) || (english && headNotInEnglishName(named, english)) || named;
  const kind = known ? kindBeforeEnglishName(unheaded, short, known) || glossaryReadingAt(unheaded, short, known) || englishNameOpensAt(unheaded, short, known) : 0;
  const read = unheaded.slice(kind);
  const ratio = ratioBefore(text, words, read);
  const phrase = fromParallelPart(text, glossaryNameOpenedBefore(text, words, withoutCountryBefore(ratio ?? read), short, known), short);
  const guessed = guess(ratio ?? unheaded);
  // "… giữa Chính phủ Việt Nam và Chính phủ Campuchia ký ngày 23/4/2011 (MOU)": a guess that ends in
  // "ngày" before a date is the tail of a clause about a document named far before it; where the
  // glossary knows the letters, its reading stands (elsewhere a name with a tail is better than none:
  // "Hiệp định Paris ký ngày 27/1/1973 (HĐP)"). Not a name that ends in a month ("Cầu thủ xuất sắc
  // nhất tháng 8 (POTM)").
  const last = phrase[phrase.length - 1] as LongWord;
  const glossed = (known?.expansions(short).length ?? 0) > 0;
  if (guessed.guessed && glossed && lower(last) === 'ngày' && /^\s*\d{1,2}\s?[/-]\s?\d/u.test(text.slice(last.end, last.end + 8))) return null;
  return { ...textOf(text, phrase), how: 'named', ...guessed };
}

/**
 * "hỗ trợ chiến lược chống tiếp cận / chống xâm nhập khu vực (A 2 / AD)": letters in two parts name
 * two parts, and where the part after the slash opens on a word the one before it opens a part of two
 * words or more with, the name opens at that word. Not a word alone before the slash: "Hệ số giá /
 * giá trị sổ sách (P / B)" is one ratio (review).
 */
function fromParallelPart(text: string, phrase: LongWord[], short: string): LongWord[] {
  if (!short.includes('/')) return phrase;
  const after = phrase.findIndex((w, i) => i > 0 && text.slice((phrase[i - 1] as LongWord).end, w.start).includes('/'));
  const opener = after > 0 ? lower(phrase[after] as LongWord) : undefined;
  for (let i = after - 2; opener !== undefined && i > 0; i--) if (lower(phrase[i] as LongWord) === opener) return phrase.slice(i);
  return phrase;
}

/** "đảng cầm quyền Ấn Độ Bharatiya Janata (BJP)": a country named in Vietnamese before a foreign
 * name says whose it is, as "của Ấn Độ" would after it; the name is the foreign words. Not a country
 * the foreign name holds itself ("Malaysia Airlines"). */
function withoutCountryBefore(phrase: LongWord[]): LongWord[] {
  for (const k of [1, 2, 3]) {
    const country = phrase.slice(0, k);
    const rest = phrase.slice(k);
    if (rest.length > 0 && COUNTRIES.has(country.map(lower).join(' ')) && country.every((w) => isVietnameseSyllable(w.text)) && rest.every((w) => capitalised(w) && !isVietnameseSyllable(w.text))) return rest;
  }
  return phrase;
}

/** "tốc độ tăng trưởng tổng sản phẩm nội tỉnh (GRDP)": where the glossary's Vietnamese reading
 * ("tổng sản phẩm trên địa bàn") opens inside the named phrase, the name starts there; the words
 * before it say what is measured of it. 0 when no reading opens inside. */
function glossaryReadingAt(phrase: LongWord[], short: string, known: KnownWords): number {
  for (const sense of known.expansions(short)) {
    if (/^[\x00-\x7f]*$/.test(sense)) continue;
    const senseWords = sense.normalize('NFC').toLowerCase().split(/\s+/);
    const opening = senseWords.slice(0, 2);
    if (opening.length < 2) continue;
    // "đồng Việt Nam (VND)" is the glossary's "Việt Nam đồng" in another order: all of it, no measure.
    if (phrase.map((w) => lower(w)).sort().join(' ') === [...senseWords].sort().join(' ')) return 0;
    // After a capital the name began earlier: "Tổng công ty thép Việt Nam (VNS)", not "công ty …".
    for (let at = 1; at + opening.length <= phrase.length; at++) {
      if (wordsAt(phrase, at, opening) && !capitalised(phrase[at - 1] as LongWord)) return at;
    }
  }
  return 0;
}

// How far before a phrase the glossary's Vietnamese name may open, across the stop words that cut it.
const OPENING_REACH = 6;
const JOINS = new Set(['và', 'hoặc', 'với', 'cùng']);

/**
 * "chỉ số hài lòng về sự phục vụ hành chính (SIPAS)": the phrase read stopped at "về", but the
 * glossary's Vietnamese name ("Chỉ số hài lòng của người dân … đối với sự phục vụ …") opens a few
 * words before, in the same clause: the article words the same name its own way, from there.
 * The name's first three words, or two where it has only two, must stand there as written.
 */
function glossaryNameOpenedBefore(text: string, words: LongWord[], phrase: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  const first = phrase[0];
  if (!known || !first) return phrase;
  const at = words.indexOf(first);
  if (at <= 0) return phrase;
  const before = words.slice(0, at);
  const from = Math.max(0, at - OPENING_REACH);
  for (const sense of known.expansions(short)) {
    if (isEnglishSense(sense)) continue;
    const senseWords = sense.normalize('NFC').toLowerCase().split(/\s+/u);
    const opening = senseWords.slice(0, 3);
    // The phrase opens so itself: the same opening before it is another body's ("Công ty Cổ phần FPT
    // và Công ty Cổ phần Tập đoàn Masan (MSN)").
    if (opening.length < 2 || wordsAt(phrase, 0, opening.slice(0, 2))) continue;
    for (let i = from; i + opening.length <= at; i++) {
      if (!wordsAt(before, i, opening)) continue;
      // In one clause and one name: no comma, no second thing joined by "và" ("chỉ số hài lòng và
      // sự phục vụ hành chính" are two).
      const between = before.slice(i + opening.length);
      if (text.slice((before[i] as LongWord).end, first.start).includes(',') || between.some((w) => JOINS.has(lower(w)))) continue;
      // The name written whole, then a stop word: "các quỹ tín dụng nhân dân trên địa bàn tỉnh
      // (QTDND)" names the funds; where they are is the sentence's.
      if (i + senseWords.length <= at && wordsAt(before, i, senseWords)) return before.slice(i, i + senseWords.length);
      return [...before.slice(i), ...phrase];
    }
  }
  return phrase;
}

/** A named phrase read from the sentence is a guess at where the name starts, but for a firm's
 * registered name, which its firm noun opens (92% exact on the seen sets, against 80% for others). */
function guess(named: LongWord[]): { guessed?: true } {
  return startsWithFirm(named) ? {} : { guessed: true };
}

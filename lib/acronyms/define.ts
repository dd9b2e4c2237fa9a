/**
 * Definitions an article gives for its own acronyms:
 *   "long form (ABBR)", "long form (viết tắt là ABBR)", "long form, gọi tắt là ABBR"
 *   "ABBR (long form)", "ABBR (viết tắt của long form)", "ABBR, viết tắt của long form"
 * The long form is found first by spelling (see match.ts). Vietnamese news also defines foreign
 * initialisms by their Vietnamese name, which cannot spell them ("Quỹ Tiền tệ Quốc tế (IMF)"); for
 * those the long form is the noun phrase before the parenthesis, cut where the phrase starts.
 */
import { RANKS, ROLE_HEADS, SPEECH_VERBS } from '../quotes/lexicon';
import { alternation } from '../quotes/words';
import type { Occurrence } from './detect';
import { isVietnameseSyllable, letterFold } from './letters';
import { FUNCTION_WORDS, shortLetters, shortestSpelling, spells, wordsIn, type LongWord } from './match';

export interface Definition {
  short: string;
  long: string;
  /** Offset of the long form in the NFC text. */
  start: number;
  /** Spelled letter by letter (stronger) or taken as a translated name. */
  how: 'spelled' | 'named';
}

// Where a noun phrase before "(ABBR)" cannot start from further back.
// A full stop ends the phrase, but not the one of a city's short form before an initialism ("đài
// Tiếng nói nhân dân TP. HCM (VOH)"); "… trung tâm TP. Tổ chức …" is a sentence end.
const HARD_STOP = /[!?;:()[\]“”"«»\n–—]|(?<!(?:^|[^\p{L}])(?:TP|TX|TT))\.(?=\s)|(?<=(?:^|[^\p{L}])(?:TP|TX|TT))\.(?=\s(?!\p{Lu}{2,}\b))|\s-\s/gu;

// Words that end a noun phrase on its left: prepositions, conjunctions, determiners, verbs of saying,
// personal titles, "tên" (a name follows it: "có tên Kế hoạch …"). "và" is handled apart because names
// contain it ("Đầu tư và Phát triển").
const LEFT_STOPS = new Set(['việc', 'các', 'những', 'của', 'về', 'do', 'bởi', 'cho', 'với', 'tại', 'ở', 'trong', 'là', 'rằng', 'như', 'theo', 'từ', 'đến', 'vào', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'được', 'bị', 'đã', 'đang', 'sẽ', 'khi', 'nếu', 'giữa', 'qua', 'sang', 'thay', 'cùng', 'gồm', 'thuộc', 'một', 'hai', 'ba', 'mọi', 'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'có', 'này', 'đó', 'nhằm', 'để', 'bằng', 'trên', 'dưới', 'sau', 'trước', 'vừa', 'cũng', 'tên']);

// Units written after a figure ("120 mm", "5.000 m2").
const UNIT_WORD = /^(?:mm|cm|m|m2|m3|km|km2|kg|g|ha|ml|kw|mw|gw|kv|kwh)$/i;

// Classifiers that open a noun phrase and are no part of a term. Not those that often open
// compounds ("bức xạ", "căn cứ", "ngôi sao", "trái phiếu", "kiểu dáng", "loại bỏ", "con người").
const CLASSIFIERS = new Set(['chiếc', 'quả', 'cuốn', 'quyển', 'mẫu', 'khối', 'vụ', 'cuộc', 'đợt', 'cơn']);

// Lower-case number words ("hàng trăm", "vài") end a phrase as a figure does; not "tỷ", which also
// opens "tỷ lệ".
const QUANTITIES = new Set(['chục', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'vài', 'mấy', 'nhiều']);

const ROLES = [...ROLE_HEADS, ...RANKS].map((r) => r.split(' '));

const PERSONAL_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú']);

// Nouns that open the name of an organisation, programme or thing ("Trưởng Trung tâm X (ABC)" names
// "Trung tâm X"). Two-word heads are listed as two words.
const HEADS = [
  'cơ quan', 'công ty', 'tổng công ty', 'cty', 'tổng cty', 'tập đoàn', 'ngân hàng', 'quỹ', 'đài', 'hãng', 'đảng', 'bộ', 'sở', 'viện',
  'học viện', 'trường', 'đại học', 'hội', 'hiệp hội', 'tổ chức', 'liên minh', 'liên đoàn', 'ủy ban', 'uỷ ban', 'ban',
  'cục', 'tổng cục', 'chi cục', 'bệnh viện', 'trung tâm', 'văn phòng', 'hội đồng', 'lực lượng', 'chương trình', 'dự án',
  'hệ thống', 'giải thưởng', 'diễn đàn', 'mạng lưới', 'hiệp định', 'hiệp ước', 'công ước', 'hãng tin', 'thông tấn xã',
  'tạp chí', 'nhóm', 'câu lạc bộ', 'phong trào', 'mặt trận', 'tòa án', 'toà án', 'viện kiểm sát', 'liên hợp quốc', 'cảng',
  'cộng đồng', 'khu', 'phòng', 'quân đội', 'chính phủ', 'hội nghị', 'sàn', 'chỉ số', 'cơ chế', 'quỹ đầu tư',
].map((h) => h.split(' '));

// Common lower-case verbs that take the defined term as object ("đưa trí tuệ nhân tạo (AI) vào…").
const VERBS = [
  'đưa', 'dùng', 'ký', 'có', 'gồm', 'mua', 'bán', 'nhận', 'lập', 'gọi', 'coi', 'xem', 'chọn', 'sử dụng', 'áp dụng',
  'ứng dụng', 'xây dựng', 'triển khai', 'thúc đẩy', 'đẩy mạnh', 'tăng cường', 'phát triển', 'tham gia', 'ban hành',
  'thông qua', 'kêu gọi', 'thành lập', 'hướng tới', 'sở hữu', 'trang bị', 'chế tạo', 'sản xuất', 'thử nghiệm',
  'bắn rơi', 'bắn hạ', 'hạn chế',
].map((v) => v.split(' '));

// After the short form in its brackets: "(VNCB, tiền thân là TrustBank)", "(ABC, nay là …)". A role or a
// place after a comma ("Nguyễn Văn Bình (CSGT, thuộc Phòng PC08)") says who someone is, not what the
// letters stand for.
const HISTORY_ASIDE = /^,\s*(?:tiền thân là|trước đây là|trước là|nay là|hiện là|tên cũ là|nguyên)\s/iu;

// A firm's legal suffix after its short form ("(DIC Corp)"), or where a body is ("cảng container quốc
// tế Việt Nam (VICT, quận 7)"): the name before still defines it, when it is a body's name (a head
// noun) or spelled, not a person's.
const FIRM_SUFFIX = /^\s+(?:Corp\.?|Corporation|Group|JSC|Holdings|Co\.,? Ltd\.?)\s*$/u;
const PLACE_ASIDE = /^,\s*(?:quận|huyện|tỉnh|thành phố|TP\.?|thị xã|xã|phường)\s/u;

// Inside the brackets before the short form; a firm noun there ("sau đây viết tắt công ty GTS") is
// not part of what the letters stand for. A listed firm's ticker ("Công ty CP Hoàng Anh Gia Lai (mã
// HAG)") is its short name too.
const INSIDE_BEFORE_SHORT =
  /^(?:(?:(?:sau đây|dưới đây|còn) )?(?:được )?(?:(?:tên )?(?:viết|gọi) tắt|gọi)(?: là)?:?(?: (công ty|tổng công ty|cty|tổng cty|tập đoàn|ngân hàng))?|(?:tên )?tiếng anh(?: là|:)|mã(?: chứng khoán| cổ phiếu| CK)?:?)\s+$/iu;
const INSIDE_BEFORE_LONG = /^(?:(?:tên )?viết tắt (?:của|từ)|tiếng anh(?: là|:)|tức(?: là)?|nghĩa là)\s+/iu;
const AFTER_SHORT_LONG = /^\s*(?:,|-|–|là)?\s*(?:là\s+)?(?:tên\s+)?viết tắt (?:của|từ)\s+/iu;
const BEFORE_SHORT = /(?:,|-|–)?\s*(?:(?:sau đây|còn)\s+)?(?:được\s+)?(?:tên\s+)?(?:gọi|viết) tắt(?:\s+là|:)\s*$/iu;

function lower(w: LongWord): string {
  return w.lower;
}

/** Words on the left of `end`, back to a hard stop, at most `max` words. */
function leftWords(text: string, end: number, max: number): LongWord[] {
  const from = Math.max(0, end - 300);
  const slice = text.slice(from, end);
  let cut = 0;
  for (const m of slice.matchAll(HARD_STOP)) cut = (m.index ?? 0) + m[0].length;
  const words = wordsIn(text, from + cut, end);
  return words.slice(-max);
}

/** True when `words` from `at` on are `parts` (lower case). */
function wordsAt(words: LongWord[], at: number, parts: string[]): boolean {
  return parts.every((part, k) => words[at + k] !== undefined && lower(words[at + k] as LongWord) === part);
}

function startsWithHead(words: LongWord[], at: number): boolean {
  return HEADS.some((h) => wordsAt(words, at, h));
}

/**
 * Administrative units that open a place name ("huyện Bình Chánh", "xã Đức Dũng"); words are single
 * syllables, so "thị xã", "thị trấn", "khu phố" are met by their last one.
 */
const PLACE_UNIT = /^(?:huyện|quận|xã|phường|trấn|tỉnh|thôn|ấp|đường|phố|TP|TX)$/iu;

/** Short forms that name a place ("TP. HCM", "TX. Bỉm Sơn", "HN"): in brackets they say where. */
const PLACE_SHORT = /^(?:(?:TP|TX|TT)(?:\.\s?|\s)\p{Lu}.*|TPHCM|HN|HCM|SG|VN)$/u;

/**
 * Where the phrase's closing place starts (an administrative unit, then only capitalised words or a
 * number: "tỉnh Quảng Nam", "Quận 7"), or -1.
 */
function placeAtEnd(words: LongWord[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    const next = words[i + 1] as LongWord;
    if (!capitalised(next) && !/^\d/.test(next.text)) return -1;
    if (PLACE_UNIT.test((words[i] as LongWord).text)) return i;
    if (!capitalised(words[i])) return -1;
  }
  return -1;
}

const FIRMS = ['công ty', 'tổng công ty', 'cty', 'tổng cty', 'tập đoàn'].map((h) => h.split(' '));

// Words of a company's legal form: "công ty TNHH MTV", "công ty cổ phần", "TNHH Một thành viên".
const LEGAL_FORM = new Set(['tnhh', 'mtv', 'cp', 'cổ', 'phần', 'một', 'thành', 'viên', 'trách', 'nhiệm', 'hữu', 'hạn']);

/** A firm head followed only by its legal form, with no name in it. */
function legalFormOnly(words: LongWord[]): boolean {
  const head = FIRMS.find((h) => wordsAt(words, 0, h));
  return head !== undefined && words.slice(head.length).every((w) => LEGAL_FORM.has(lower(w)));
}

function startsWithFirm(words: LongWord[]): boolean {
  return FIRMS.some((h) => wordsAt(words, 0, h));
}

function capitalised(w: LongWord | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w.text);
}

/** The " - " (or " – ") right before `at`, or null. */
function dashBefore(text: string, at: number): RegExpExecArray | null {
  return /\s[-–]\s$/u.exec(text.slice(Math.max(0, at - 3), at));
}

/** True when there is a comma between two words. */
function commaBetween(text: string, a: LongWord, b: LongWord): boolean {
  return text.slice(a.end, b.start).includes(',');
}

const DETERMINERS = new Set(['những', 'các']);

/** "Hiệp hội các quốc gia Đông Nam Á (ASEAN)": "các" right after a head noun is inside the name. */
function pluralInName(words: LongWord[], at: number): boolean {
  const w = lower(words[at] as LongWord);
  return DETERMINERS.has(w) && HEADS.some((h) => at >= h.length && wordsAt(words, at - h.length, h) && !inCompound(words, at - h.length));
}

// Words with a stop word for a syllable: "Quân đội Syria Tự do (FSA)" goes on past "do", "Trung tâm
// Dịch vụ việc làm (HNESC)" past "việc", "tổng sản phẩm trong nước (GDP)" past "trong", "Lực lượng
// Phòng vệ trên biển (MSDF)" past "trên".
const STOP_COMPOUNDS = new Set(['tự do', 'lý do', 'việc làm', 'trong nước', 'trên biển', 'trên không', 'tên lửa', 'tên miền', 'tên tuổi', 'cho phép']);

function inStopCompound(words: LongWord[], at: number): boolean {
  const pair = (i: number): boolean => {
    const a = words[i];
    const b = words[i + 1];
    return a !== undefined && b !== undefined && STOP_COMPOUNDS.has(`${lower(a)} ${lower(b)}`);
  };
  return pair(at - 1) || pair(at);
}

/** "Phòng Cảnh sát điều tra tội phạm về kinh tế": police units' names go on past "tội phạm về". */
function inCrimeUnitName(words: LongWord[], at: number): boolean {
  return at >= 2 && wordsAt(words, at - 2, ['tội', 'phạm', 'về']);
}

/** The stop word at `at` ends the phrase on its left. */
function stopsAt(words: LongWord[], at: number): boolean {
  const w = words[at] as LongWord;
  if (!LEFT_STOPS.has(lower(w))) return false;
  // "Cơ quan hàng không vũ trụ nước này (CNSA)": a demonstrative closes the name; with a capital
  // inside the sentence a stop word belongs to a name ("TNHH Một thành viên").
  if ((at === words.length - 1 && lower(w) === 'này') || (at > 0 && capitalised(w))) return false;
  return !inCrimeUnitName(words, at) && !inStopCompound(words, at) && !pluralInName(words, at);
}

/** Index from which `words` reach back to the nearest stop word (or comma, unless `crossComma`). */
function clauseStart(text: string, words: LongWord[], crossComma: boolean): number {
  let from = words.length;
  let commas = 0;
  while (from > 0) {
    const w = words[from - 1] as LongWord;
    if (stopsAt(words, from - 1)) break;
    const after = words[from];
    if (after && commaBetween(text, w, after)) {
      if (!crossComma || commas > 0 || capitalised(after)) break;
      commas++;
    }
    from--;
  }
  return from;
}

/** Words in the longest head at `at`, or 0. */
function headLengthAt(words: LongWord[], at: number): number {
  return HEADS.filter((h) => wordsAt(words, at, h)).reduce((a, h) => Math.max(a, h.length), 0);
}

/** Words in the title at `at` ("Cục trưởng", "Tổng cục phó"), or 0. */
function titleLength(words: LongWord[], at: number): number {
  const head = headLengthAt(words, at);
  const next = words[at + head];
  return head > 0 && next !== undefined && (lower(next) === 'trưởng' || lower(next) === 'phó') ? head + 1 : 0;
}

function isTitle(words: LongWord[], at: number): boolean {
  return titleLength(words, at) > 0;
}

// Common words whose second syllable is a head noun: "cán bộ Công an huyện …" has no ministry in it.
const ENDS_IN_HEAD = new Set([
  'cán bộ', 'toàn bộ', 'nội bộ', 'đồng bộ', 'tiến bộ', 'sơ bộ', 'trụ sở', 'cơ sở', 'xã hội', 'cơ hội', 'thị trường',
  'môi trường', 'hiện trường', 'chiến trường', 'quảng trường', 'thư viện', 'ngân quỹ', 'bố cục', 'quốc phòng',
  'dự phòng', 'đề phòng', 'đại hội', 'lễ hội',
]);

// Common words whose first syllable is a head noun: "tội phạm … phòng chống …" names no office.
const OPENS_WITH_HEAD = new Set(['phòng chống', 'phòng ngừa', 'phòng tránh', 'phòng thủ', 'phòng vệ', 'hội nhập', 'sở hữu', 'khu vực', 'đài loan', 'đảng viên']);

function endsCompound(words: LongWord[], at: number): boolean {
  const prev = words[at - 1];
  return prev !== undefined && !capitalised(words[at]) && ENDS_IN_HEAD.has(`${lower(prev)} ${lower(words[at] as LongWord)}`);
}

/** The head noun at `at` is only a syllable of a common word ("cán bộ", "phòng chống"). */
function inCompound(words: LongWord[], at: number): boolean {
  const next = words[at + 1];
  // Capitalised in a name these are still verbs or a place: "Lực lượng Phòng vệ Israel", "Đài Loan".
  return endsCompound(words, at) || (next !== undefined && OPENS_WITH_HEAD.has(`${lower(words[at] as LongWord)} ${lower(next)}`));
}

function firstHead(words: LongWord[]): number {
  return nextHead(words, 0);
}

// Heads that introduce another body's name rather than name one: "hội nghị thượng đỉnh Diễn đàn Hợp
// tác Kinh tế Châu Á - Thái Bình Dương (APEC)", "lực lượng đối lập Quân đội Syria Tự do (FSA)", "Nhóm
// nổi dậy Quân đội Tự do Syria (FSA)".
const GENERIC_HEADS = [['hội', 'nghị'], ['lực', 'lượng'], ['nhóm']];

/**
 * Index of the first head from `from` on that opens a name, or -1. "cán bộ ngân hàng Đầu tư…": the
 * head is "ngân hàng", not the end of "cán bộ"; "Cục trưởng", "Tổng cục phó": a head before
 * "trưởng" or "phó" is a title, not a name.
 */
function nextHead(words: LongWord[], from: number): number {
  for (let j = from; j < words.length; j++) if (startsWithHead(words, j) && !inCompound(words, j) && !isTitle(words, j)) return j;
  return -1;
}

// A lower-case head that classifies rather than names ("tổ chức", "hệ thống", "hiệp ước") is part
// of the name only when the acronym has a letter for it: its own initial opening the acronym, or
// anywhere the letter of the English word it translates ("tổ chức Hợp tác Thượng Hải (SCO)": O for
// Organisation). Without one it says what kind of thing follows: "tổ chức (khủng bố) Nhà nước Hồi
// giáo (IS)", "hệ thống phòng thủ … (THAAD)", where H is "High". Heads that open an office's own
// name ("trung tâm", "cục", "ngân hàng") stay whatever the letters: "trung tâm Lưu ký chứng khoán
// Việt Nam (VSD)".
const HEAD_LETTERS: Record<string, string> = {
  'tổ chức': 'o', 'tạp chí': 'jmr', 'hệ thống': 's', 'hiệp ước': 't', 'hiệp định': 'at', 'công ước': 'c',
  'lực lượng': 'f', 'chương trình': 'p', 'dự án': 'p', 'hội nghị': 'cms', 'nhóm': 'g',
};

/** The acronym has a letter for the classifying head that opens `phrase` (or it is no such head). */
function headInLetters(phrase: LongWord[], letters: string[]): boolean {
  const head = HEADS.find((h) => wordsAt(phrase, 0, h) && HEAD_LETTERS[h.join(' ')] !== undefined);
  if (!head) return true;
  const english = HEAD_LETTERS[head.join(' ')] ?? '';
  return letters[0] === (phrase[0] as LongWord).folded[0] || [...english].some((c) => letters.includes(c));
}

/** The name after a lower-case classifying head whose letter the acronym lacks, or null. */
function headNotInLetters(phrase: LongWord[], letters: string[]): LongWord[] | null {
  const head = HEADS.find((h) => wordsAt(phrase, 0, h) && HEAD_LETTERS[h.join(' ')] !== undefined);
  if (!head || headInLetters(phrase, letters)) return null;
  const name = phrase.findIndex((w, i) => i >= head.length && capitalised(w));
  const from = name >= 0 ? name : head.length;
  return phrase.length - from >= 2 ? phrase.slice(from) : null;
}

/**
 * Within a head-led phrase, the name the brackets abbreviate: the second of two bodies joined by
 * "và" ("Cục Hàng không và Tổ chức HK dân dụng thế giới (ICAO)"), the body after a generic head,
 * the name after a head the letters leave out (`headNotInLetters`), or the body named after a
 * lower-case head and its description ("ban pháp chế Phòng Thương mại và công nghiệp Việt Nam (VCCI)").
 */
function innerName(phrase: LongWord[], letters: string[]): LongWord[] {
  const later = nextHead(phrase, 1);
  if (later > 0 && capitalised(phrase[later]) && lower(phrase[later - 1] as LongWord) === 'và') return innerName(phrase.slice(later), letters);
  // Capitalised, the generic head is the name itself ("Hội nghị Thương mại và Phát triển Liên hợp
  // quốc (UNCTAD)"), unless it is a summit of the body after it ("Hội nghị Thượng đỉnh Tổ chức Hợp
  // tác …") or the acronym has no letter for it ("Lực lượng Quân đội Arab Syria (SAA)").
  const opensName = later > 0 && (capitalised(phrase[later]) || capitalised(phrase[later + headLengthAt(phrase, later)]));
  const summit = wordsAt(phrase, 2, ['thượng', 'đỉnh']) || wordsAt(phrase, 2, ['cấp', 'cao']);
  const named = !capitalised(phrase[0]) || summit || !headInLetters(phrase, letters);
  if (opensName && named && GENERIC_HEADS.some((h) => wordsAt(phrase, 0, h))) {
    return innerName(phrase.slice(later), letters);
  }
  if (capitalised(phrase[0]) || startsWithFirm(phrase)) return phrase;
  const unnamed = headNotInLetters(phrase, letters);
  if (unnamed) return unnamed;
  // A lower-case head, its description, then a body's capitalised name: "cơ quan thông tấn Nhà nước
  // Triều Tiên (KCNA)" is the agency itself, but "ban pháp chế Phòng Thương mại … (VCCI)" a part of it.
  const headLength = headLengthAt(phrase, 0);
  const name = phrase.findIndex((w, i) => i >= headLength && capitalised(w));
  // "cơ quan điều tra Bộ Quốc phòng (CQĐT)": the letters spell the head and its description.
  if (name <= headLength || !startsWithHead(phrase, name) || spells(letters, phrase.slice(0, name))) return phrase;
  return phrase.slice(name);
}

/**
 * A term without a head noun: a lower-case verb, "và" or a word such as "cán bộ" before it ends it
 * ("đưa trí tuệ nhân tạo (AI)", "đồng peso và đồng peso chuyển đổi (CUC)"), and so do a quantity, a
 * classifier, a role and descriptions before a capitalised name.
 */
function headlessTerm(words: LongWord[]): LongWord[] {
  let phrase = words;
  let cut = 0;
  for (let i = 0; i < phrase.length; i++) {
    // "gấp 250% tổng sản phẩm quốc nội (GDP)", "Hàng trăm chiến binh …", "120 mm giáp thép … (RHA)":
    // a quantity (and its unit) before the term is not part of it.
    const w = phrase[i] as LongWord;
    if (lower(w) === 'và' || endsCompound(phrase, i) || /^\d/.test(w.text) || QUANTITIES.has(w.text)) cut = i + 1;
    if (/^\d/.test(w.text) && UNIT_WORD.test(phrase[i + 1]?.text ?? '')) cut = i + 2;
    // "Cục trưởng Cảnh sát … - C 50": what follows a title is the body it heads.
    if (isTitle(phrase, i)) cut = Math.max(cut, i + titleLength(phrase, i));
    for (const v of VERBS) {
      const end = i + v.length;
      if (end < phrase.length && v.every((part, k) => phrase[i + k]?.text === part)) cut = Math.max(cut, end);
    }
  }
  phrase = phrase.slice(cut);
  // "mẫu máy bay không người lái (UAV)", "khối chất nổ tự chế (IED)": a classifier counts or sorts
  // the thing; the term starts after it.
  if (phrase.length > 2 && CLASSIFIERS.has((phrase[0] as LongWord).text)) phrase = phrase.slice(1);
  // "Phát ngôn viên Vệ binh Cách mạng Hồi giáo Iran (IRGC)": a role before a name says who spoke.
  const role = ROLES.filter((r) => wordsAt(phrase, 0, r)).reduce((a, r) => Math.max(a, r.length), 0);
  if (role > 0 && capitalised(phrase[role])) phrase = phrase.slice(role);
  // "hỗn hợp Axit Flohydric (HF)", "Hàng trăm chiến binh Nhà nước Hồi giáo (IS)": lower-case words
  // before a capitalised name say what it is.
  const name = phrase.findIndex((w) => capitalised(w));
  const place = name > 0 && PLACE_UNIT.test((phrase[name - 1] as LongWord).text);
  const run = phrase.slice(name);
  if (name > 0 && !place && run.length >= 2 && 2 * run.filter((w) => capitalised(w)).length >= run.length) phrase = run;
  return phrase;
}

/**
 * The noun phrase that names the acronym on its left when its letters do not spell it: from the
 * first organisation head of the clause, else from after the last verb or "và".
 */
function namedPhrase(text: string, words: LongWord[], letters: string[]): LongWord[] | null {
  let phrase = words.slice(clauseStart(text, words, false));
  let head = firstHead(phrase);
  if (head < 0) {
    // A clause cut by a comma inside a capitalised name ("về Giải pháp quản lý, điều hành đô thị…"):
    // cross the comma once when the earlier part opens with a capital right after a stop word.
    const wider = words.slice(clauseStart(text, words, true));
    const opensName = wider.length > phrase.length && capitalised(wider[0]);
    const before = words[words.length - wider.length - 1];
    // "ông Nguyễn Văn Cường, cán bộ …": after a personal title the capitals are a person's name.
    const stopped = !before || (LEFT_STOPS.has(lower(before)) && !PERSONAL_TITLES.has(lower(before)));
    if (opensName && stopped) {
      phrase = wider;
      head = firstHead(phrase);
    }
  }
  if (head >= 0) {
    phrase = innerName(phrase.slice(head), letters);
    // "các hệ thống không gian mạng và máy bay không người lái (UAV)": past a head the letters leave
    // out, a lower-case remainder is a term like any other.
    if (!startsWithHead(phrase, 0) && !capitalised(phrase[0])) phrase = headlessTerm(phrase);
    if (legalFormOnly(phrase)) {
      // "Tổng công ty Xây dựng Sài Gòn, công ty TNHH MTV (SGC)": the part after the comma only says
      // what kind of company; the name is before it.
      const wider = words.slice(clauseStart(text, words, true));
      const from = firstHead(wider);
      if (from >= 0 && wider.length - from > phrase.length) phrase = wider.slice(from);
      else return null;
    }
  } else {
    phrase = headlessTerm(phrase);
  }
  if (phrase.length < 2 || phrase.length > 16) return null;
  // A number names no body, but a ward or district may be numbered ("Ủy ban nhân dân Quận 7").
  if (phrase.some((w, i) => /^\d/.test(w.text) && !PLACE_UNIT.test(phrase[i - 1]?.text ?? ''))) return null;
  return phrase;
}

/**
 * "hãng Airbus (EU)", "đối tác Atlantic (USA)": past its head noun and any lower-case words, the
 * phrase is only a foreign proper name. A translated name is made of Vietnamese words, and a name
 * that the letters do not spell is the thing itself; the brackets then say where it is from.
 */
function onlyForeignName(words: LongWord[], firstLetter: string): boolean {
  const head = HEADS.find((h) => wordsAt(words, 0, h));
  let from = head ? head.length : 0;
  while (from < words.length && !capitalised(words[from])) from++;
  // "Đại học quốc gia Singapore (NUS)": a capitalised head and Vietnamese words translate the name.
  if (head && capitalised(words[0]) && from > head.length) return false;
  // One word: a brand or a firm's name. Translated terms may borrow foreign words ("Axit Clohydric"),
  // and a firm's short name starts like its name ("Ngân hàng Vietcombank (VCB)").
  const name = words.slice(from);
  const only = name[0];
  return name.length === 1 && only !== undefined && !isVietnameseSyllable(only.text) && letterFold(only.text)[0] !== firstLetter;
}

function textOf(text: string, words: LongWord[]): { long: string; start: number } {
  const first = words[0] as LongWord;
  const last = words[words.length - 1] as LongWord;
  return { long: text.slice(first.start, last.end), start: first.start };
}

/**
 * "ngân hàng TMCP Sài Gòn - Hà Nội (SHB)": a dash between two capitalised words inside a name.
 * Read across it when the words on its left open with an organisation head.
 */
function acrossNameDash(text: string, words: LongWord[], letters: string[]): LongWord[] | null {
  const first = words[0] as LongWord;
  const dash = dashBefore(text, first.start);
  if (!dash) return null;
  const left = leftWords(text, first.start - dash[0].length, 12);
  if (!capitalised(left[left.length - 1])) return null;
  const phrase = namedPhrase(text, [...left, ...words], letters);
  if (!phrase || phrase.length <= words.length || !startsWithHead(phrase, 0)) return null;
  // A firm's name may go on in lower case after its dash: "Tập đoàn Than - khoáng sản (TKV)".
  return capitalised(first) || startsWithFirm(phrase) ? phrase : null;
}

const TRAILING_QUALIFIERS = [['tự', 'xưng'], ['lần', 'thứ']];

const SAID_BEFORE = new RegExp(`(?:[:,]|(?:^|\\s)(?:${alternation(SPEECH_VERBS)}))\\s*$`, 'iu');

/** "chương trình \" thương mại phát thải \" (CAT)": the term in quotes right before the brackets. */
function quotedBefore(text: string, end: number, letters: string[]): Omit<Definition, 'short'> | null {
  const close = /["”]\s*$/u.exec(text.slice(Math.max(0, end - 3), end));
  if (!close) return null;
  const closeAt = end - close[0].length;
  const open = Math.max(text.lastIndexOf('"', closeAt - 1), text.lastIndexOf('“', closeAt - 1));
  if (open < 0 || closeAt - open > 120 || /[\n()]/.test(text.slice(open, closeAt))) return null;
  // Straight quotes come in pairs: the one before must open (a space or start before it).
  if (text[open] === '"' && open > 0 && !/[\s(]/.test(text[open - 1] ?? '')) return null;
  // Quoted speech: after a verb of saying or a colon the quote is what was said.
  if (SAID_BEFORE.test(text.slice(Math.max(0, open - 30), open))) return null;
  const words = wordsIn(text, open + 1, closeAt);
  if (words.length < 2 || words.length > 8) return null;
  const spelled = shortestSpelling(letters, words);
  return spelled ? { ...textOf(text, spelled), how: 'spelled' } : { ...textOf(text, words), how: 'named' };
}

/**
 * Schwartz & Hearst's character match, for words of another language whose compounds carry their
 * letters inside them ("Antimicrobial Resistance" for AMR, "polypropylene" for PP): the letters in
 * order, the first one opening the first word. Vietnamese syllables are matched by their initials
 * (`spells`), never this loosely.
 */
function foreignSpells(letters: string[], words: LongWord[]): boolean {
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

// Heads of the titles of treaties, laws and plans, which run on past prepositions: "Công ước Liên
// Hợp Quốc về Luật Biển (UNCLOS)", "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)".
const DOCUMENT_HEADS = [
  'công ước', 'tuyên bố', 'bộ quy tắc', 'quy tắc', 'hiệp định', 'hiệp ước', 'luật', 'bộ luật', 'đạo luật', 'nghị định',
  'nghị quyết', 'thỏa thuận', 'thoả thuận', 'chiến lược', 'kế hoạch', 'quy chế', 'khuôn khổ', 'sáng kiến',
].map((h) => h.split(' '));

// The stop words such a title crosses; others ("là", "đã", "khi") end the clause it stands in.
const TITLE_STOPS = new Set(['về', 'của', 'ở', 'tại', 'trong', 'giữa', 'các', 'những', 'cho', 'với', 'có', 'đối']);

/** The capitalised title of a treaty, law or plan that crosses stop words before the brackets, or null. */
function documentTitle(words: LongWord[]): LongWord[] | null {
  for (let h = words.length - 2; h >= 0 && words.length - h <= 16; h--) {
    const w = words[h] as LongWord;
    if (!capitalised(w) && LEFT_STOPS.has(lower(w)) && !TITLE_STOPS.has(lower(w))) return null;
    if (!capitalised(w) || !DOCUMENT_HEADS.some((d) => wordsAt(words, h, d))) continue;
    // "Bộ Quy tắc", "Đạo luật": the longer head on the left opens the title.
    const from = h > 0 && capitalised(words[h - 1]) && DOCUMENT_HEADS.some((d) => d.length > 1 && wordsAt(words, h - 1, d)) ? h - 1 : h;
    const crosses = words.slice(h + 1).some((x, i) => !capitalised(x) && stopsAt(words, h + 1 + i));
    if (crosses) return words.slice(from);
  }
  return null;
}

/**
 * "Cơ quan Dự án Nghiên cứu Quốc phòng Nâng cao của Mỹ (DARPA)": a body's capitalised name, then
 * "của" and the country it belongs to, which the stop word would otherwise cut off.
 */
function namedWithOwner(text: string, words: LongWord[], letters: string[]): LongWord[] | null {
  const owner = [2, 3].find((n) => words.length > n && lower(words[words.length - n] as LongWord) === 'của');
  if (owner === undefined || !words.slice(-owner + 1).every((w) => capitalised(w))) return null;
  const body = namedPhrase(text, words.slice(0, -owner), letters);
  return body && capitalised(body[0]) && startsWithHead(body, 0) ? [...body, ...words.slice(-owner)] : null;
}

/** "Hayat Tahrir al - Sham (HTS)": a capitalised name spelled across a dash (or a few) inside it. */
function spelledAcrossDash(text: string, letters: string[], words: LongWord[]): LongWord[] | null {
  let all = words;
  // "Jama ' at Al - Tawheed wal - Jihad (JTJ)": a name may hold more than one dash.
  for (let dashes = 0; dashes < 3; dashes++) {
    const first = all[0] as LongWord;
    const dash = dashBefore(text, first.start);
    if (!dash || !capitalised(first)) return null;
    all = [...leftWords(text, first.start - dash[0].length, 12), ...all];
    const run = shortestSpelling(letters, all);
    if (run && run.length > words.length && capitalised(run[0])) return run;
  }
  return null;
}

/** Long form on the left of `end` for `short`. */
function longBefore(text: string, short: string, end: number): Omit<Definition, 'short'> | null {
  // Quoted speech ends in a reporter's mark as often ("… tôi đồng ý" (PV)); a quoted term is short.
  const letters = shortLetters(short);
  const quoted = EDITORS_MARKS.has(short) ? null : quotedBefore(text, end, letters);
  if (quoted) return quoted;
  const words = leftWords(text, end, 20);
  // "Hoa hậu Hoàn vũ Việt Nam 2017 (HHHVVN)": the year says which one, the letters name the contest;
  // "Nhà nước Hồi giáo tự xưng (IS)", "tổ chức Hợp tác Thượng Hải lần thứ 18 (SCO)": neither does a
  // qualifier after the name.
  const numberAtEnd = (): boolean => /^\d/.test((words[words.length - 1] as LongWord).text) && !PLACE_UNIT.test(words[words.length - 2]?.text ?? '');
  if (!/\d/.test(short)) while (words.length > 0 && numberAtEnd()) words.pop();
  for (const q of TRAILING_QUALIFIERS) if (words.length > q.length + 1 && wordsAt(words, words.length - q.length, q)) words.splice(-q.length);
  if (words.length === 0) return null;
  let spelled = shortestSpelling(letters, words);
  // "hỗn hợp Axit Flohydric (HF)" spells H-F only by taking "hợp" and skipping "Axit": a lower-case
  // word does not open a capitalised name.
  if (spelled && spelled.length > 2 && !capitalised(spelled[0]) && spelled.slice(1).every((w) => capitalised(w))) spelled = null;
  if (!spelled) spelled = spelledAcrossDash(text, letters, words);
  if (!spelled) spelled = spelledInsideWord(letters, words);
  // "The Washington Post (WP)": an English name keeps its article.
  if (spelled && words[words.length - spelled.length - 1]?.text === 'The') spelled = words.slice(words.length - spelled.length - 1);
  const plain = documentTitle(words) ?? namedWithOwner(text, words, letters) ?? namedPhrase(text, words, letters);
  const named = plain && startsWithHead(plain, 0) ? plain : acrossNameDash(text, words, letters) ?? plain;
  // "huyện Bình Chánh (TP. HCM)", "Công an quận Thủ Đức (TP. HCM)": a place (or a body named by
  // its place), then where it lies; the brackets gloss, not define. "Ủy ban nhân dân tỉnh Quảng Nam
  // (UBND)": the letters spell the body before its place, and that is the definition.
  const place = !spelled && named ? placeAtEnd(named) : -1;
  if (named && place >= 0) {
    const body = named.slice(0, place);
    if (body.length > 0 && spells(letters, body)) return { ...textOf(text, body), how: 'spelled' };
    // "đài Tiếng nói nhân dân TP. HCM (VOH)": a body named with its city, abbreviated another way.
    if (startsWithHead(body, 0) && !PLACE_SHORT.test(short)) return { ...textOf(text, named), how: 'named' };
    return null;
  }
  // "Bệnh viện Chợ Rẫy (TP. HCM)": a city's short name only ever glosses a name it does not spell.
  if (!spelled && PLACE_SHORT.test(short)) return null;
  // "công ty Đầu tư phát triển an ninh công nghệ cao (CNC)": the letters spell the end of a
  // company's name, and the acronym is the company's short name. "Ngân hàng Nhà nước Việt Nam (NHNN)":
  // a spelling that must leave a word out inside a capitalised name is the name's, from its head.
  const endsTogether = spelled && named && named.length > spelled.length && named[named.length - 1] === spelled[spelled.length - 1];
  const loose = spelled && capitalised(spelled[0]) && !spells(letters, spelled, 0);
  if (endsTogether && (startsWithFirm(named) || (loose && startsWithHead(named, 0) && capitalised(named[0])))) {
    return { ...textOf(text, named), how: 'spelled' };
  }
  if (spelled) return { ...textOf(text, spelled), how: 'spelled' };
  // "người dẫn chương trình (MC)": a head noun with no name after it names nothing.
  if (!named || onlyForeignName(named, letters[0] ?? '') || HEADS.some((h) => h.length === named.length && wordsAt(named, 0, h))) return null;
  return { ...textOf(text, named), how: 'named' };
}

/** "công ty Cổ phần X (sau đây viết tắt công ty GTS)": GTS stands for what follows the firm noun. */
function withoutFirmNoun(text: string, def: Omit<Definition, 'short'>, firmNoun: string | undefined): Omit<Definition, 'short'> {
  if (!firmNoun) return def;
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const noun = firmNoun.toLowerCase().split(' ');
  if (words.length <= noun.length || !wordsAt(words, 0, noun)) return def;
  return { ...def, ...textOf(text, words.slice(noun.length)) };
}

/** Long form written inside parentheses (or after "viết tắt của") for `short`. */
function longInside(text: string, short: string, from: number, to: number): Omit<Definition, 'short'> | null {
  const words = wordsIn(text, from, to);
  if (words.length < 2 || words.length > 12) return null;
  if (words.some((w) => /^\d/.test(w.text))) return null;
  const letters = shortLetters(short);
  if (spells(letters, words) || foreignSpells(letters, words)) return { ...textOf(text, words), how: 'spelled' };
  // "tạp chí FHM (Đài Loan)", "(Hội An)": two words after a head-like syllable are a place as often
  // as a name; an organisation's name in brackets runs longer ("(Đài truyền hình Việt Nam)").
  if (words.length >= 3 && startsWithHead(words, 0)) return { ...textOf(text, words), how: 'named' };
  const numberAtEnd = (): boolean => /^\d/.test((words[words.length - 1] as LongWord).text) && !PLACE_UNIT.test(words[words.length - 2]?.text ?? '');
  if (!/\d/.test(short)) while (words.length > 0 && numberAtEnd()) words.pop();  return null;
}

// "Phòng Cảnh sát kinh tế (PC46)", "(PC 03 - TP. HCM)", "(Cục … - C 50)": police and army units are
// named by letters and a number. Alone, such a token reads as a model designation (A321, FA-50);
// named like this, it is an initialism.
const UNIT_CODE = /(?:\(|\s[-–]\s)(\p{Lu}{1,3})[ \u00a0]?(\d{1,3})(?=\s*\)| [-–] |, )/gu;
const FORCES = /cảnh sát|an ninh|công an|csđt|điều tra|quân|tình báo|biên phòng/iu;

/**
 * "Cục trưởng Cảnh sát … - C 50": the title names the unit's organisation noun ("Cục"), which the
 * name after it leaves out.
 */
function afterTitleOf(text: string, start: number, first: string): boolean {
  const words = leftWords(text, start, 4);
  const last = words[words.length - 1];
  if (!last || !(lower(last) === 'trưởng' || lower(last) === 'phó')) return false;
  return words.some((w, i) => isTitle(words, i) && w.folded.startsWith(first));
}

/**
 * Unit codes that the text defines in brackets (or after a dash) right after their name: a police or
 * army body opening with an organisation noun that starts with the code's first letter.
 */
export function findUnitCodes(text: string): Definition[] {
  const out: Definition[] = [];
  for (const m of text.matchAll(UNIT_CODE)) {
    const letters = m[1] ?? '';
    const def = longBefore(text, letters, m.index);
    if (!def) continue;
    const words = wordsIn(text, def.start, def.start + def.long.length);
    const first = shortLetters(letters)[0] ?? '';
    if (!(words[0] && letterFold(words[0].text).startsWith(first))) continue;
    // Police and army units only: "Tổ dân phố (TDP 5)", "phòng cách ly (P 3)" are no unit codes.
    if (!(startsWithHead(words, 0) || afterTitleOf(text, def.start, first)) || !FORCES.test(def.long)) continue;
    // Writers drop or add the space between uses ("PC 02" named, "PC02" later): both are this unit.
    for (const gap of ['', ' ']) out.push({ short: `${letters}${gap}${m[2] ?? ''}`, ...def });
  }
  return out;
}

/**
 * "LGBT, viết tắt của người đồng tính nữ (Lesbian), đồng tính nam (Gay), song tính (Bisexual) và
 * chuyển giới (Transgender)": parts glossed in the source language, whose initials spell the short
 * form. Where the last gloss closes, or null.
 */
function glossedPartsEnd(text: string, from: number, short: string): number | null {
  const letters = shortLetters(short).join('');
  const PART = /^[^()\n.;:]{1,60}?\((\p{Lu}[^()]{0,40})\)(?:,\s*|\s*và\s*)?/u;
  let at = from;
  let spelled = '';
  let parts = 0;
  while (spelled.length < letters.length) {
    const m = PART.exec(text.slice(at, at + 120));
    if (!m) return null;
    spelled += shortLetters((m[1] ?? '').split(/\s+/).map((w) => w[0] ?? '').join('')).join('');
    if (!letters.startsWith(spelled)) return null;
    at += m[0].length;
    parts++;
  }
  // One gloss translates the whole name ("Tổ chức Y tế Thế giới (World Health Organization)"): the
  // name ends before it.
  return parts >= 2 ? text.lastIndexOf(')', at) + 1 : null;
}

// "(Đài truyền hình Việt Nam – PV)": the reporter or editor signs an explanation they added; the
// words before the mark explain something else.
const EDITORS_MARKS = new Set(['PV', 'BT', 'BTV', 'BBT', 'ND', 'TG']);

function isEditorsMark(text: string, occ: Occurrence): boolean {
  return EDITORS_MARKS.has(occ.surface) && dashBefore(text, occ.start) !== null
    && text[occ.end] === ')';
}

// Words that end a listed firm's name in a market report: its price moves ("mã SHB của ngân hàng Sài
// Gòn Hà Nội tăng lên 13.200 đồng").
const MARKET_VERBS = new Set(['tăng', 'giảm', 'đứng', 'lên', 'xuống', 'đạt', 'chạm', 'mất', 'đóng', 'khớp', 'dẫn']);

/** "mã BID của ngân hàng Đầu tư và Phát triển …": the firm named after a ticker, or null. */
function tickerOwner(text: string, occ: Occurrence): LongWord[] | null {
  if (!/(?:^|\s)mã(?: chứng khoán| cổ phiếu| CK)?:? $/iu.test(text.slice(Math.max(0, occ.start - 20), occ.start))) return null;
  const of = /^ (?:của|thuộc) /u.exec(text.slice(occ.end, occ.end + 7));
  if (!of) return null;
  const from = occ.end + of[0].length;
  const stop = /[,.;:()\n]|\s[-–]\s/.exec(text.slice(from, from + 200));
  const words = wordsIn(text, from, from + (stop ? stop.index : 200));
  const end = words.findIndex((w, i) => i > 0 && !capitalised(w) && (LEFT_STOPS.has(w.lower) || MARKET_VERBS.has(w.lower)));
  const name = end < 0 ? words : words.slice(0, end);
  return name.length >= 2 && name.length <= 14 && (startsWithFirm(name) || wordsAt(name, 0, ['ngân', 'hàng']) || name[0]?.lower === 'ctcp') ? name : null;
}

/** Every definition in NFC `text` for the detected occurrences, first per surface form (spelled wins). */
export function findDefinitions(text: string, occurrences: Occurrence[]): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const keep = (d: Definition): void => {
    // A term translated into Vietnamese syllables is not much shorter than its letters: "y học (MRI)"
    // says where, not what; "tự do hàng hải (FONOP)" may be the term, but a capitalised one shorter
    // than its letters is a place ("Thái Bình Dương (APEC)"). Names ("Bộ Ngoại giao (MOFA)") and foreign compounds ("Axit Clohydric (HCL)")
    // may be.
    const named = d.how === 'named' ? wordsIn(d.long, 0, d.long.length) : [];
    const letters = shortLetters(d.short).length;
    const lowerCase = named.every((w) => !capitalised(w));
    const short = named.length > 0 && (lowerCase ? 4 * named.length < 3 * letters : named.length < letters) && !startsWithHead(named, 0);
    if (short && named.every((w) => isVietnameseSyllable(w.text))) return;
    const had = out.get(d.short);
    if (!had || (had.how === 'named' && d.how === 'spelled')) out.set(d.short, d);
  };

  for (const occ of occurrences) {
    if (isEditorsMark(text, occ)) continue;
    // "long (ABBR)" and "long (viết tắt là ABBR)": the acronym first inside parentheses.
    const open = text.lastIndexOf('(', occ.start);
    const close = text.indexOf(')', occ.end);
    if (open >= 0 && close >= 0) {
      const before = text.slice(open + 1, occ.start).trimStart();
      const intro = before === '' ? null : INSIDE_BEFORE_SHORT.exec(before);
      // "(VNCB, tiền thân là TrustBank)": an aside on the firm's history may follow the short form.
      const after = text.slice(occ.end, close);
      if ((before === '' || intro) && (after.trim() === '' || HISTORY_ASIDE.test(after)) && open > 0) {
        const def = longBefore(text, occ.surface, open);
        if (def) keep({ short: occ.surface, ...withoutFirmNoun(text, def, intro?.[1]) });
        continue;
      }
      if (before === '' && (FIRM_SUFFIX.test(after) || PLACE_ASIDE.test(after)) && open > 0) {
        const def = longBefore(text, occ.surface, open);
        if (def && (def.how === 'spelled' || startsWithHead(wordsIn(text, def.start, def.start + def.long.length), 0))) {
          keep({ short: occ.surface, ...def });
        }
        continue;
      }
      // "nhiễm khuẩn kháng thuốc (AMR - Antimicrobial Resistance)": the source-language name after it.
      const spelledAfter = before === '' ? /^\s*[-–:]\s*/u.exec(after) : null;
      if (spelledAfter) {
        const def = longInside(text, occ.surface, occ.end + spelledAfter[0].length, close);
        if (def?.how === 'spelled') {
          keep({ short: occ.surface, ...def });
          continue;
        }
      }
    }

    // "long, gọi tắt là ABBR".
    const lead = text.slice(Math.max(0, occ.start - 40), occ.start);
    const called = BEFORE_SHORT.exec(lead);
    if (called) {
      const def = longBefore(text, occ.surface, occ.start - called[0].length);
      if (def) keep({ short: occ.surface, ...def });
      continue;
    }

    // "Ngân hàng TMCP Đông Á - DAB", "(… công ty Đầu tư phát triển công nghệ cao - CNC)": a name, a
    // dash, its short form, then the phrase ends (or a bracket opens: "… Dầu khí - PVTEX (tập đoàn …)"
    // says whose it is). Only a spelled form or an organisation's name.
    const dash = dashBefore(text, occ.start);
    if (dash && /^(?:[ \t]*[),.;:(\n]|\s*$)/u.test(text.slice(occ.end, occ.end + 2))) {
      const def = longBefore(text, occ.surface, occ.start - dash[0].length);
      if (def && (def.how === 'spelled' || startsWithHead(wordsIn(text, def.start, def.start + def.long.length), 0))) {
        keep({ short: occ.surface, ...def });
        continue;
      }
    }

    // "ABBR (long)", "ABBR (viết tắt của long)".
    const rest = text.slice(occ.end, occ.end + 200);
    const paren = /^ ?\(([^()]*)\)/u.exec(rest);
    if (paren) {
      const body = paren[1] ?? '';
      const intro = INSIDE_BEFORE_LONG.exec(body);
      const from = occ.end + rest.indexOf('(') + 1 + (intro ? intro[0].length : 0);
      // "MOAB (Massive Ordnance Air Blast - còn có biệt danh …)", "(Đài truyền hình Việt Nam - PV)": a
      // remark or a reporter's mark after a dash is not the name, unless the whole spells the letters
      // ("GD-ĐT (giáo dục - đào tạo)").
      const open = occ.end + rest.indexOf('(') + 1;
      const whole = longInside(text, occ.surface, from, open + body.length);
      const remark = /\s[-–]\s+(?:\p{Ll}|(?:PV|BT|BTV)\s*$)/u.exec(body);
      const cut = remark && open + remark.index > from ? longInside(text, occ.surface, from, open + remark.index) : null;
      const def = whole?.how === 'spelled' ? whole : cut ?? (remark ? null : whole);
      if (def) keep({ short: occ.surface, ...def });
      continue;
    }

    // "mã VCB của ngân hàng Ngoại thương Việt Nam tăng …": a ticker and the listed firm it is of.
    const owner = tickerOwner(text, occ);
    if (owner) {
      keep({ short: occ.surface, ...textOf(text, owner), how: 'named' });
      continue;
    }

    // "ABBR, viết tắt của long": up to the next punctuation.
    const said = AFTER_SHORT_LONG.exec(rest);
    if (said) {
      const from = occ.end + said[0].length;
      const glossed = glossedPartsEnd(text, from, occ.surface);
      const stop = /[,.;:()\n]|\s[-–]\s/.exec(text.slice(from));
      const to = glossed ?? (stop ? from + stop.index : text.length);
      const words = wordsIn(text, from, to);
      while (words.length > 2 && DETERMINERS.has(lower(words[0] as LongWord))) words.shift();
      const start = words[0]?.start ?? from;
      if (glossed) keep({ short: occ.surface, long: text.slice(start, glossed), start, how: 'named' });
      else if (words.length >= 2 && words.length <= 12) keep({ short: occ.surface, ...textOf(text, words), how: 'named' });
    }
  }
  return out;
}


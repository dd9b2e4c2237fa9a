/**
 * Finding acronym occurrences in NFC text: which tokens are acronyms or initialisms, and which
 * look like them but are not (roman numerals, units, model designations, words or names set in
 * capitals, bylines of initials).
 */
import { COUNTRIES, ENDS_IN_HEAD, EXCHANGES, FIRMS, HEADS, OPENS_WITH_HEAD, PLACE_SHORT, SHORT_FORM_OF, TICKER_WORD } from './define/lexicon';
import { SURNAMES } from '../quotes/lexicon';
import { countLower, countUpper, hasVietnameseMarks, isVietnameseSyllable, letterFold } from './letters';
import { DATELINE_PAPERS } from './dateline';
import { isChoiceCode } from './admission-choices';
import { afterForeignName, foreignLegalForm } from './legal-forms';
import { sentenceBefore } from './sentence-span';
import { isRoadCode, roadKind } from './roads';
import { shortLetters, singularShort, spelledEnd, spells, wordsIn } from './match';
import { heldSession } from './session-number';
import { DOCUMENT_TYPES } from './document-kinds';
import { creditWord } from './credit-words';

export interface Occurrence {
  surface: string;
  start: number;
  end: number;
}

// A raw token: letters/digits, with inner joiners only when a letter or digit follows, so "KCN." and
// "VOV-" lose their trailing punctuation.
const RAW = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.\-/&](?=[\p{L}\p{N}]))*/gu;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;

// Administrative-unit prefixes that news sites write with a dot and a space before an initialism:
// "TP. HCM", "TX. ĐT". Other "ABC. XYZ" pairs are usually a sentence end, so only these are joined.
const SPACED_PREFIXES = new Set(['TP', 'Tp', 'TX', 'TT']);

// A metric prefix and a unit's letter: symbols, not initials (the units below that are such).
const UNIT_SYMBOLS = /^[KMGT]?(?:B|HZ|WH?)$|^(?:KV|MM|CM|KM|KG|ML|MG|M2|M3|KM2)$/i;
// Units that are written in capitals and would otherwise pass as initialisms after a number.
const UNITS = new Set(['GB', 'MB', 'KB', 'TB', 'PB', 'GHZ', 'MHZ', 'KHZ', 'HZ', 'KW', 'MW', 'GW', 'KWH', 'MWH', 'GWH', 'KV', 'KVA', 'MVA', 'HP', 'CC', 'DB', 'PPM', 'MM', 'CM', 'KM', 'KG', 'ML', 'MG', 'M2', 'M3', 'KM2', 'TEU', 'DWT', 'GT', 'GRT', 'MBPS', 'GBPS', 'FPS', 'MP', 'CV', 'KWP', 'MWP', 'GWP']);
// CV is horsepower (cheval-vapeur) after a number only where an engine's power is the subject ("tàu cá
// có công suất 90 CV"): "nộp 2 CV" are two résumés.
// After "công suất" a thousands dot is no sentence's end ("công suất 1.150 CV"); after a vehicle's
// word a large count is more often of résumés ("hãng xe … nhận 2.500 CV").
const POWER_BEFORE = /(?:công suất(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}|(?:tàu|thuyền|máy|động cơ|xe)[^.!?\n]{0,40})$/iu;

// Words whose capital letter after them names one of a kind, and links of a chain ("A & B & C").
// Not "bằng" (by), "giai đoạn" (stage) or "mục" (item), after which "M & A", "R & D" stand as often.
const CLASS_BEFORE = /(?:(?<![\p{L}\p{M}])(?:nhóm|hạng|loại|khối|lớp|dạng|kiểu|vitamin|tuýp|type|phương án|dãy|toà|tòa|bảng|lô|chương|size|cỡ|nhóm máu)|[&\-/])\s*$/iu;

// "hạng", then a list of classes' codes up to the use: "hạng A1, hạng B1 và hạng A 2 - A 4, B2, C,
// D, E, FB3, FC, FD" (a driving licence's classes). Codes of one or two letters: "nhóm HNX30, PVC
// và PVS" lists tickers.
const CLASS_CODE = String.raw`\p{Lu}{1,2}(?: ?\d)?`;
// Case matters: "xếp hạng ba, ĐT Indonesia …" lists no codes.
const CLASS_LIST_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])[Hh]ạng\s+(?:${CLASS_CODE}(?:\s?[-–]\s?${CLASS_CODE})?(?:\s*,\s*|\s+(?:và|hoặc|hay|đến)\s+)(?:hạng\s+)?)+$`, 'u');

/** The use is one more code in a list of classes ("hạng …, FB3, FC, FD"), no initialism. */
function inClassList(text: string, occ: Occurrence): boolean {
  return occ.surface.length <= 2 && CLASS_LIST_BEFORE.test(text.slice(Math.max(0, occ.start - 120), occ.start));
}

/** "A & B", "C & D", "I & II": the first letters in their order or roman numerals label two of a
 * kind; later pairs name firms ("K & L Gates", "S & T"). */
function labelPair(a: string, b: string): boolean {
  return (a.length === 1 && b.length === 1 && /^[A-D]$/.test(a) && b.charCodeAt(0) - a.charCodeAt(0) === 1) || (/^[IVX]+$/.test(a) && /^[IVX]+$/.test(b));
}

// Words that name a thing by a code of letters and a number after them: a works package, a project,
// a plot, a building.
const CODE_LABEL = /(?:^|\s)(?:gói thầu|gói|dự án|lô|lô đất|tòa|toà|tòa nhà|toà nhà|tháp|block|phân khu|hạng mục) $/iu;
const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

// "Harpoon Block IC", "SM-3 block IB", "tàu lớp Arleigh Burke Flight IIA": a weapon's or a ship
// class's production block, a roman numeral and a letter.
const BLOCK_BEFORE = /(?:^|\s)(?:[Bb]lock|Batch|Flight) $/u;
const BLOCK_NUMBER = /^[IVX]{1,4}[A-F]?$/;

function variantOfBlock(text: string, occ: Occurrence): boolean {
  return BLOCK_NUMBER.test(occ.surface) && BLOCK_BEFORE.test(text.slice(Math.max(0, occ.start - 7), occ.start));
}

interface Raw {
  text: string;
  start: number;
}

/** All capitals (Vietnamese letters included), at least two letters, no digits. */
function isCapsWord(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{M}]+$/u.test(word);
}

/**
 * IoT, ThS, PwC, TTg: short, mostly capitals, starting with one. Longer mixes are brand names, but for
 * a plural of five capitals. Also
 * one lower-case letter before three capitals or more: eKYC, mRNA, iSEE (not iOS, a name), and
 * initials before "Co": PVFCCo.
 */
function isMixedAcronym(word: string): boolean {
  if (/^\p{Ll}\p{Lu}{3,5}$/u.test(word)) return true;
  // A firm's initials and "Co" (Company): PVFCCo.
  if (/^\p{Lu}{3,6}Co$/u.test(word)) return true;
  // Capitals in the plural, up to five ("FONOPs", "ICBMs"; "TICKETs" is a word in capitals).
  if (singularShort(word) !== null && word.length <= 6) return true;
  if (!/^\p{Lu}[\p{L}\p{M}]+$/u.test(word) || word.length > 5) return false;
  // A syllable whose second letter slipped into capitals ("Bắc NInh", "ẢNh: FBNV"): a typo, not a
  // short form.
  if (/^\p{Lu}{2}\p{Ll}+$/u.test(word) && isVietnameseSyllable(word)) return false;
  const up = countUpper(word);
  return up >= 2 && up >= countLower(word) && countLower(word) > 0;
}

// Short forms written like words, one capital then lower case: read as names otherwise ("Fed tăng
// lãi suất", "Cty TNHH", "Nxb Trẻ", "Vinamilk Pte", "Tp Đà Nẵng", "Ths Hoàng Thuý Nga"); TOEFL's "iBT", whose two
// capitals after the lower-case letter read as a name like iOS; and the farming standards whose
// Good Agricultural Practices follow a word ("tiêu chuẩn VietGAP"), read as brands otherwise; and
// the bacterium vaccines name ("viêm màng não mủ do Hib").
const WORDLIKE_SHORT_FORMS = new Set(['Fed', 'Cty', 'Nxb', 'Ltd', 'Corp', 'Pte', 'Tp', 'Ths', 'iBT', 'VietGAP', 'GlobalGAP', 'Hib']);

function isAcronymWord(word: string): boolean {
  return isCapsWord(word) || isMixedAcronym(word) || WORDLIKE_SHORT_FORMS.has(word);
}

// The letters Russian and Soviet designers put after a model's name for its variants (ME: an
// export's, "Zhuk-ME"), and the ranges others do ("Spike-ER", "Spike-LR": extended, long). Not SV
// ("Koalitsiya-SV", the ground forces'): students' contests are written so ("Startup-SV").
const VARIANT_SUFFIXES = new Set(['M', 'K', 'NK', 'MR', 'MS', 'SM', 'MK', 'PL', 'P', 'PM', 'U', 'UB', 'KUB', 'ER', 'LR', 'ME', 'AK', 'AKM', 'AE']);

/** "CK2", "KV1": capitals then digits; acceptable only inside a dotted title such as "BS.CK2". */
function isCapsWithDigits(word: string): boolean {
  return /^\p{Lu}{2,}\d+$/u.test(word);
}

/** FA-50, U-23, COVID-19, A320, V1000, 4G: letters and digits naming a model, team or virus. */
function isDesignation(word: string): boolean {
  if (/^[\p{L}]+-?\d+$/u.test(word) || /^\d+-?[\p{L}]+$/u.test(word)) return true;
  return /\d/.test(word) && /\p{L}/u.test(word) && !/[./&]/.test(word);
}

/**
 * Split one slash-free token into acronym surfaces. `inCode` is set for document numbers such as
 * "395/11/HĐTD-11", where trailing "-11" is a serial, not part of the initialism.
 */
function analyseSegment(seg: string, offset: number, inCode: boolean): Occurrence[] {
  const parts = seg.split(/([.\-&])/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const whole = (): Occurrence[] => [{ surface: seg, start: offset, end: offset + seg.length }];

  // G7, G8, G20, G77: groups of countries, shaped like a designation (G3) but read as initialisms.
  if (/^G(?:7|8|20|77)$/.test(seg)) return whole();
  // MI5, MI6: Britain's security and intelligence services.
  if (/^MI[56]$/.test(seg)) return whole();
  // "55/2017/QH14": the Assembly that passed a law, by its term's number, in the law's number.
  if (inCode && /^QH\d{1,2}$/.test(seg)) return whole();
  // VN30, HNX30: stock indices, named by their market and how many shares they hold.
  if (/^(?:VN|HNX|VNX)(?:30|50|100)$/.test(seg)) return whole();
  // RON92, RON95, RON95-III: petrol named by its octane number (and its emission grade); the letters
  // are the initialism.
  if (/^RON\d\d(?:-(?:II|III|IV|V))?$/.test(seg)) return [{ surface: 'RON', start: offset, end: offset + 3 }];
  // PM2.5, PM10: fine dust, named by the largest size of its particles.
  if (/^PM(?:2\.5|10)$/.test(seg)) return whole();
  // 1MDB, 3GPP: a number, then three capitals that are no unit ("35MW", "4GB") nor a word ("4PLUS":
  // a brand); C4ISR, C4ADS: a capital, the number of its C's, then more capitals.
  const numbered = /^\d(\p{Lu}{3,})$/u.exec(seg)?.[1];
  const word = numbered !== undefined && numbered.length > 3 && /^[^AEIOUY]{0,2}[AEIOUY]+[^AEIOUY]{0,2}$/.test(numbered);
  if ((numbered !== undefined && !UNITS.has(numbered) && !word) || /^\p{Lu}\d\p{Lu}{3,}$/u.test(seg)) return whole();
  // QL1A, ĐT743, TL10: roads, the number in their name (quốc lộ, đường tỉnh, tỉnh lộ, hương lộ);
  // NV1, NV2: an applicant's admission choices.
  if (isRoadCode(seg) || isChoiceCode(seg)) return whole();
  if (words.length === 1) return isAcronymWord(seg) ? whole() : [];

  if (seps.every((s) => s === '&')) {
    // S&P, KH&CN, AT&T: single capitals are fine on either side of "&".
    return words.every((w) => /^\p{Lu}+$/u.test(w)) && countUpper(seg) >= 2 ? whole() : [];
  }

  const first = words[0] ?? '';
  // T.Ư: "Trung ương", as papers shorten it ("Ủy ban T.Ư MTTQ"); Th.S: a master's degree (ThS).
  if (seg === 'T.Ư' || seg === 'Th.S') return whole();
  if (seps[0] === '.' && first.length === 1) return []; // U.23, V.Putin, N.T.H: initials, not acronyms

  if (seps.every((s) => s === '.')) {
    // TP.HCM, PGS.TS, BS.CK2: every part an acronym (digits allowed after the first part).
    const ok = words.every((w, i) => isAcronymWord(w) || (i > 0 && isCapsWithDigits(w)));
    if (ok) return whole();
  }

  if (!inCode && isDesignation(seg)) return [];

  if (seps.every((s) => s === '-' || s === '&')) {
    const letters = words.filter((w) => !/^\d+$/.test(w));
    if (letters.length === words.length && letters.every((w) => isCapsWord(w))) return whole();
    // "09/2007/QĐ-TTg": in a document's number the issuer may be written in mixed case, as in
    // "1120 / QĐ - TTg" (dashedPairEnd); elsewhere "VNPT-Tax" is a name and its one acronym.
    if (inCode && letters.length === words.length && isCapsWord(first) && letters.slice(1).every((w) => isCapsWord(w) || isMixedAcronym(w))) return whole();
    if (inCode && letters.length > 0 && letters.every((w) => isCapsWord(w))) {
      // "HĐTD-11": keep the letters, drop the serial.
      const end = seg.search(/-\d/);
      const surface = end > 0 ? seg.slice(0, end) : seg;
      if (/^[\p{Lu}\-&]+$/u.test(surface)) return [{ surface, start: offset, end: offset + surface.length }];
    }
  }

  // "Kalibr-NK", "Topol-MR", "Iskander-M": a foreign name and a variant's letters after its hyphen
  // are a model, no initialism ("Ukraine-EU", "Chelsea-MU" join two names).
  if (words.length === 2 && seps[0] === '-' && /^\p{Lu}\p{Ll}+$/u.test(first) && VARIANT_SUFFIXES.has(words[1] ?? '')) return [];

  // "TF-X", "KF-X": a programme's letters and its experimental mark, a model's designation ("ASEAN-X"
  // is a formula).
  if (words.length === 2 && seps[0] === '-' && words[1] === 'X' && first.length <= 3) return [];
  // "CR-V", "HR-V", "BR-V": Honda's crossovers (not gold's selling price, BR).
  if (/^[A-Z]R-V$/.test(seg)) return [];

  // Mixed compound ("VNPT-Tax", "Freeport-McMoRan"): keep the parts that are acronyms by themselves.
  const out: Occurrence[] = [];
  let pos = offset;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (isAcronymWord(w)) out.push({ surface: w, start: pos, end: pos + w.length });
    pos += w.length + (seps[i]?.length ?? 0);
  }
  return out;
}

function analyseRaw(raw: Raw): Occurrence[] {
  const segs = raw.text.split('/');
  if (segs.length === 1) return analyseSegment(raw.text, raw.start, false);
  // "A2/AD": anti-access and area denial, one strategy, though "A2" is shaped like a designation.
  if (raw.text === 'A2/AD') return [{ surface: raw.text, start: raw.start, end: raw.start + raw.text.length }];
  // "EL/M-2032": a designation anywhere makes the whole slash token one.
  if (segs.some((s) => /\d/.test(s) && /\p{L}/u.test(s) && isDesignation(s) && !/^\d/.test(segs[0] ?? ''))) return [];
  const inCode = /^\d+$/.test(segs[0] ?? '');
  const out: Occurrence[] = [];
  let pos = raw.start;
  for (const s of segs) {
    out.push(...analyseSegment(s, pos, inCode));
    pos += s.length + 1;
  }
  return out;
}

/** Last raw of a chain of initialisms joined by " & " or " - ", ending at its last "&" link; else `i`. */
function spacedChainEnd(text: string, raws: Raw[], i: number, isWordInCaps: (k: number) => boolean): number {
  if (!isCapsWord((raws[i] as Raw).text)) return i;
  // "NN & PTNT - UBND" is two names: the chain ends where its last "&" joins.
  let last = i;
  const before = raws[i - 1];
  const gap = before ? text.slice(before.start + before.text.length, (raws[i] as Raw).start) : '';
  let dashed = before !== undefined && isCapsWord(before.text) && gap === ' - ';
  for (let k = i + 1; k < raws.length; k++) {
    const prev = raws[k - 1] as Raw;
    const cur = raws[k] as Raw;
    const sep = text.slice(prev.start + prev.text.length, cur.start);
    // Parts of such a name are short ("LĐ", "TB", "XH"); "HĐND - UBND & MTTQ" lists bodies.
    if (!(sep === ' & ' || sep === ' - ') || !isCapsWord(cur.text) || isWordInCaps(k) || k - i > 6) break;
    if (sep === ' - ' && (prev.text.length > 3 || cur.text.length > 3)) break;
    if (sep === ' & ' && prev.text.length > 3 && cur.text.length > 3) break;
    // A three-part name ends in a short part ("LĐ - TB & XH"); "Sở GD - ĐT & UBND" lists two bodies.
    if (sep === ' & ' && dashed && cur.text.length > 3) break;
    if (sep === ' - ') dashed = true;
    if (sep === ' & ') last = k;
  }
  return last;
}

/**
 * "TN - MT", "LĐ - TBXH", "QĐ - XPVPHC", "ZANU - PF": two short capitals words joined by a spaced dash
 * name one thing (a ministry, a document's kind, a party) far more often than they list two, so the
 * pair is one initialism. Longer runs are left to `spacedChainEnd`.
 */
function dashedPairEnd(text: string, raws: Raw[], i: number, isWordInCaps: (k: number) => boolean): number {
  const [before, a, b, after] = [raws[i - 1], raws[i], raws[i + 1], raws[i + 2]];
  // "1120 / QĐ - TTg": in a document's number the issuer may be written in mixed case; elsewhere a
  // mixed-case second ("AI - IoT", "BS - ThS") is a term of its own.
  if (!a || !b) return i;
  const numbered = /\d\s*\/\s*$/.test(text.slice(Math.max(0, a.start - 6), a.start));
  if (!isCapsWord(a.text) || !(isCapsWord(b.text) || (numbered && isMixedAcronym(b.text))) || isWordInCaps(i) || isWordInCaps(i + 1)) return i;
  if (a.text.length > 6 || b.text.length > 6) return i;
  // "Cơ sở II - TP. HCM": a roman numeral numbers what comes before it.
  if (ROMAN.test(a.text) || ROMAN.test(b.text)) return i;
  // "VNM - HOSE": a ticker and the exchange it trades on are two; so is one form of three letters
  // written twice ("đồng USD - USD Index"), where two letters twice name a ministry ("TT - TT").
  if (EXCHANGES.test(a.text) || EXCHANGES.test(b.text) || (a.text === b.text && a.text.length > 2)) return i;
  // "lãi suất VND - USD", "cặp EUR - USD": two currencies, a rate between them.
  if (CURRENCY_CODE.test(a.text) && CURRENCY_CODE.test(b.text)) return i;
  // "(Phòng Thương mại và công nghiệp VN - VCCI)": a place's short form closes a name before the dash.
  if (/^(?:VN|HN|HCM|SG)$/.test(a.text) && /\p{L}\s$/u.test(text.slice(Math.max(0, a.start - 2), a.start)) && !isCapsWord(before?.text ?? '')) return i;
  // "VCCI - TP. HCM", "TTO - TP HCM": a city's prefix after the dash opens the city's name, which is
  // where the first body is.
  if (/^(?:TP|Tp)$/.test(b.text) && /^\.?\s?(?:HCM|HN|\p{Lu}\p{Ll})/u.test(text.slice(b.start + b.text.length, b.start + b.text.length + 5))) return i;
  const gap = (x: Raw | undefined, y: Raw | undefined): string => (x && y ? text.slice(x.start + x.text.length, y.start) : '');
  // Only a hyphen: an en dash more often joins two ("SGN – HAN", "XS – XL", "PSG – MU"). Not a link
  // of a longer chain; a dash before words goes on the sentence ("Bộ NN - PTNT - tại buổi làm việc").
  if (gap(a, b) !== ' - ' || /^ [-&] $/.test(gap(before, a)) || (/^ [-&] $/.test(gap(b, after)) && !/^\p{Ll}/u.test(after?.text ?? ''))) return i;
  // "TTO - UBND TP. HCM vừa …": a paper's dateline opening a paragraph, then the sentence.
  if ((a.start === 0 || text[a.start - 1] === '\n') && DATELINE_PAPERS.test(a.text)) return i;
  return i + 1;
}

/** "QV (T / H)": a short last line of writer's initials and a source ("tổng hợp"). */
function bylineLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  let last = text.length;
  while (last > end && /\s/u.test(text[last - 1] ?? '')) last--;
  return end - start <= 16 && last <= end;
}

// A model's number after its letters, set apart by a space: "XM 25", "SM - 3".
// Not a calibre, a range or a count ("đạn pháo NATO 155 mm", "tên lửa ATACMS 300 km").
const WEAPON_NUMBER = /^ (?:[-–] )?\d{1,4}(?![\p{L}\p{N}]|[.,]\d|\s*(?:mm|ly|li|cm|m|km|kg|tấn(?! công)|chiếc|quả|viên|khẩu|triệu|tỷ|tỉ|USD|%)(?![\p{L}]))/u;
// Letters shaped like a broadcaster's (CCTV, VTV, NBC, CBS, KBS), the words for a channel before
// them, and a report after them and the channel's number.
const BROADCASTER_LETTERS = /^(?:\p{Lu}{1,3}TV|\p{Lu}{1,2}BC|\p{Lu}BS)$/u;
const CHANNEL_BEFORE = /(?:^|[^\p{L}])(?:kênh|đài|truyền hình)\s(?:\p{L}+\s){0,2}$/iu;
const REPORTED_AFTER = /^ -\d{1,2}\s(?:\p{Ll}+\s){0,3}(?:đưa tin|cho biết|dẫn lời|phát sóng|cho hay|đăng tải)/u;
// Between one item of a list of models and the next: its number, maybe a name in capitals, and a
// comma, "và", "hoặc", "hay", "cùng (với)" or a slash.
const LIST_GOES_ON = /^ (?:[-–] )?\d{1,4}(?: \p{Lu}+)?\s*(?:,|và|hoặc|hay|cùng(?: với)?|\/)\s*$/u;
// A ship's kind before the weapon's word: "tàu quét thủy lôi HQ - 861", "tàu tên lửa HQ 375", "tàu hộ
// vệ tên lửa HQ - 011" carry the navy's hull number (other letters there are the ship's or its arms'
// model: "tàu pháo TT - 400 TP", "tàu tên lửa KH - 35"). Not "tàu phóng tên lửa": a verb and what the
// ship fires. ("Tàu tên lửa cao tốc HQ 377" needs no exception: no weapon's word stands right before
// the letters.)
const SHIP_BEFORE_WEAPON = /(?:^|[^\p{L}])[Tt]àu (?:(?:quét|rải) (?:thuỷ lôi|thủy lôi)|(?:hộ vệ |tuần tra )?tên lửa|pháo) $/u;
// A weapon's or a warplane's word, then at most two words of what kind it is ("tên lửa hành trình",
// "súng phóng lựu"); not any words, which run on to a hospital's or a road's code ("trực thăng chuyển
// về BV 108", "rà phá bom mìn dọc QL 9").
const WEAPON_BEFORE = /(?:^|[^\p{L}])(?:[Ss]úng|[Tt]ên lửa|[Bb]om|[Pp]háo|[Đđ]ạn|[Nn]gư lôi|[Tt]huỷ lôi|[Tt]hủy lôi|[Xx]e tăng|[Xx]e bọc thép|[Tt]hiết giáp|[Tt]iêm kích|[Cc]ường kích|[Oo]anh tạc cơ|[Tt]rực thăng)(?: (?:phóng lựu|hành trình|đạn đạo|chống tăng|chống hạm|phòng không|dẫn đường|tấn công|trường|bắn tỉa|tiểu liên|máy|tự hành|liên thanh|vũ trang|hạng nặng|hạng nhẹ)){0,2} $/u;

// A land title's or a certificate's words, then its serial's series and number: "thế chấp sổ đỏ AG
// 947993 và AD 733692".
const TITLE_BEFORE = /(?:sổ đỏ|sổ hồng|giấy chứng nhận|số seri|số sê-ri|phôi)[^.!?\n]{0,30}$/iu;

// The gases news writes by formula (the uranium hexafluoride enrichment spins, "(UF 6)", among
// them), and the ions its water reports measure ("amoni (NH 4 +)").
const GASES = new Set(['CO2', 'SO2', 'SO3', 'NO2', 'CH4', 'NH3', 'NH4', 'NO3', 'PO4', 'SO4', 'UF6']);
// Words for a gas or what gives one off right before its formula ("khí SO 2", "khí thải NO 2",
// "nồng độ CH 4"; not the "khí" of "không khí", "dầu khí").
const GAS_BEFORE = /(?:^|[^\p{L}])(?<!(?:không|dầu|sinh) )(?:khí(?: thải)?|phát thải|xả thải|nồng độ|hàm lượng)\s+$/iu;
// Another formula listed right before ("CO 2 và SO 2").
const FORMULA_BEFORE = /(?:CO|SO|NO|CH|NH)\s?[234]\)?\s*(?:,|và)\s+$/u;

// A formula the list holds, joined or spaced ("PM 2.5, NO 2 / NO / NOx, CO, SO2 và O 3").
const FORMULA = String.raw`(?:(?:CO|SO|NO|CH|NH) ?[234]|O ?3|NOx|SOx|PM ?(?:2[.,]5|10))(?![\p{L}\p{N}])`;
const LIST_GAP = String.raw`\s*(?:[,;/]|và|hoặc)\s*`;
const FORMULA_LISTED_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${FORMULA}${LIST_GAP}$`, 'u');
const FORMULA_LISTED_AFTER = new RegExp(`^${LIST_GAP}${FORMULA}`, 'u');

// Compounds news names by formula, in mixed case as chemistry writes them ("axit clohidric (HCl)",
// "xút NaOH"): an element's two letters make them look like "ThS", but they are no short forms.
const MIXED_FORMULAS = new Set(['HCl', 'NaCl', 'NaOH', 'KCl', 'KOH', 'NaClO', 'NaCN', 'LiOH', 'CaO', 'MgO', 'ZnO', 'CuO', 'NaF', 'AgCl']);

/** "NO", "CO" listed beside a gas's formula are formulas too (nitric oxide, carbon monoxide), as
 * "CO2" beside them is; NOx and SOx, families of gases, and the compounds above are formulas
 * wherever they stand. */
function formulaOfGas(text: string, occ: Occurrence): boolean {
  if (occ.surface === 'NOx' || occ.surface === 'SOx' || MIXED_FORMULAS.has(occ.surface)) return true;
  if (occ.surface !== 'NO' && occ.surface !== 'CO') return false;
  return FORMULA_LISTED_BEFORE.test(text.slice(Math.max(0, occ.start - 16), occ.start)) || FORMULA_LISTED_AFTER.test(text.slice(occ.end, occ.end + 16));
}

/** Whether the letters at `start` and the count ending at `end` are a gas's formula spaced apart:
 * punctuation after the count, or another formula listed before, or a gas's word before it. Not CO
 * after a gas's word: a gas of its own, whose count after it is as often of the dead or the hours
 * ("ngạt khí CO 2 vợ chồng", "nồng độ CO 2 giờ sau") as CO2's. */
function spacedFormula(text: string, start: number, letters: string, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return /^\s*(?:[^\p{L}\p{N}\s]|$)/u.test(text.slice(end, end + 3)) || FORMULA_BEFORE.test(before) || (letters !== 'CO' && GAS_BEFORE.test(before));
}

// The currencies Vietnamese news quotes against each other by their codes.
const CURRENCY_CODE = /^(?:USD|VND|VNĐ|EUR|JPY|CNY|GBP|KRW|AUD|THB|CHF|CAD|HKD|RUB|INR|NDT)$/u;

// A currency or a measure, then a slash: what follows is what the price or the ratio is for
// ("2.134 đồng / KWh", "15 ha / MW").
const PRICE_PER = /(?:^|[^\p{L}])(?:đồng|USD|VND|VNĐ|euro|EUR|cent|xu|ha|tấn|km|kg|m2|m3)\s?\/\s?$/u;

function precededByNumber(text: string, start: number): boolean {
  return /\d[\d.,]*\s?$/.test(text.slice(Math.max(0, start - 12), start));
}

/** A quantity right before: "2.725 MW", "500MB"; not a date or a list ("30/6, MB"), nor a year
 * ("năm 2015 MB đã …": MB is the bank). */
function quantityBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return /(?:^|[^\d\/.,])\d+(?:[.,]\d+)*\s?$/.test(before) && !/năm\s+\d+\s?$/iu.test(before);
}

/** "AN / SLQ -32", "AN/SPY-1D": the American forces' electronics designations (Army-Navy, then the
 * equipment's type and its number), a model's, not an initialism to explain. */
function militaryDesignation(text: string, occ: Occurrence): boolean {
  // The type after the slash is the designation's too ("radar AN / APS– 145").
  if (/^[A-Z]{3}$/.test(occ.surface) && /(?:^|[^\p{L}])AN ?\/ ?$/u.test(text.slice(Math.max(0, occ.start - 5), occ.start))) return /^ ?[-–]? ?\d/.test(text.slice(occ.end, occ.end + 4));
  return occ.surface === 'AN' && /^ ?\/ ?[A-Z]{3} ?[-–]? ?\d/.test(text.slice(occ.end, occ.end + 10));
}

/**
 * Letters inside a model's designation written with spaces: after its name's number and a dash
 * ("động cơ D -30 - KP 2"), or after a number the article writes joined to them elsewhere ("101 KS -
 * N", where "101KS" names the same sensor; "101 KS" alone may count hotels).
 */
function inSpacedDesignation(text: string, occ: Occurrence): boolean {
  const before = text.slice(Math.max(0, occ.start - 16), occ.start);
  // "tên lửa SS - N -25", "SS - X -30": NATO's names for Soviet missiles (N naval, X experimental), and
  // a gun's ("ZiS - S -53"); not a block's or a team's code ("CT - A - 12", "HAGL - B - 3").
  if (/^[ \u00a0]?[-–][ \u00a0]?[NSX][ \u00a0]?[-–][ \u00a0]?\d/u.test(text.slice(occ.end, occ.end + 8))) return true;
  // "Buk - M 2 EK", "TOW -2 B RF": a variant's letters after a model's name of a few letters, a dash
  // and its number (maybe with a letter), where the designation ends (not "U-23 VN", a team).
  const variant = /(?:^|\s)(\p{Lu}[\p{L}]{1,3}) ?[-–] ?(?:\p{Lu} ?)?\d{1,3}(?: ?\p{Lu})? $/u.exec(before)?.[1];
  if (variant !== undefined && /^\p{Lu}{2,3}$/u.test(occ.surface) && /^(?:$|[ \u00a0]*[,.;:)\n]|[ \u00a0]+\p{Ll})/u.test(text.slice(occ.end, occ.end + 3))) return true;
  // A model's number is short; a boat's is four digits or more ("QN -0222 - TS": thủy sản).
  // A model's name is a few letters ("D -30", "Su -30"), not a word ("Covid-19 - BYT") nor an age
  // group ("U-23 - HLV"), and a number or a dash follows the letters ("KP 2").
  const model = /(?:^|\s)(\p{Lu}\p{L}{0,2}) ?-\d{1,3} ?[-–] ?$/u.exec(before)?.[1];
  if (model !== undefined && model !== 'U' && /^ ?[-–]? ?\d/u.test(text.slice(occ.end, occ.end + 4))) return true;
  const number = /(?:^|[^\p{L}\p{N}.,])(\d+) $/u.exec(before)?.[1];
  const surface = occ.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return number !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${number}${surface}(?![\\p{L}])`, 'u').test(text);
}

/**
 * A byline of initials: a short capitals token that is a sentence of its own at the very end of the
 * text or of a paragraph ("…khác”. CT (Theo Yonhap)").
 */
function isByline(text: string, occ: Occurrence): boolean {
  if (occ.surface.length > 3) return false;
  const before = text.slice(Math.max(0, occ.start - 3), occ.start);
  const after = text.slice(occ.end, occ.end + 12);
  if (inCredit(text, occ, after)) return true;
  const startsAlone = occ.start === 0 || /(?:[.!?…”"»]\s+|\n\s*)$/.test(before);
  // "QV (T / H)": the source may be "tổng hợp", written short.
  const endsAlone = /^\s*(?:$|\n|\((?:[Tt]heo|[Nn]guồn)\b|\((?:T\s*\/\s*[Hh]|TH|[Tt]ổng hợp)\)\s*(?:$|\n))/u.test(after);
  if (!startsAlone || !endsAlone) return false;
  // A line of its own after another short line is a table's cell ("Triệu USD", "ADB", "635"), not the
  // writer signing off, whose initials follow the article's last sentence.
  const ownLine = occ.start > 0 && /\n\s*$/.test(before);
  return !ownLine || !afterShortLine(text, occ.start);
}

/** The word a photo's, a video's or a figure's credit opens with, before its colon ("Ảnh:", "Nguồn:"). */
export const CREDIT_WORD = '(?:[Ảả]nh|Video|Clip|Đồ họa|Đồ hoạ|Minh họa|Minh hoạ|[Nn]guồn)';

// A photo's or a video's credit: "Ảnh: Tuấn PT", "(Ảnh : Ngọc Thanh TTXVN)", the author's name and
// then initials of where they work, up to the credit's end.
const CREDIT_BEFORE = new RegExp(`${CREDIT_WORD}\\s*:\\s*(?:\\p{Lu}[\\p{Ll}\\p{M}]+\\s+){1,3}$`, 'u');

/** Initials after the name in a photo's or a video's credit ("Ảnh: Tuấn PT"): no acronym to explain. */
function inCredit(text: string, occ: Occurrence, after: string): boolean {
  const line = text.slice(Math.max(0, occ.start - 60), occ.start).split('\n').pop() ?? '';
  return CREDIT_BEFORE.test(line) && /^\s*(?:$|\n|[).,;])/.test(after);
}

// A table's cell or a list's item, as a line: a byline's line comes after a sentence.
const SHORT_LINE = 24;

/** The last line before `at` that holds anything is short. */
function afterShortLine(text: string, at: number): boolean {
  const lines = text.slice(Math.max(0, at - 400), at).split('\n').map((line) => line.trim()).filter(Boolean);
  const last = lines[lines.length - 1];
  return last !== undefined && last.length <= SHORT_LINE;
}

// "(PV Power)", "(NUST MISIS)", "(HĐBA LHQ)", "(PVC – Mekong)": a firm's or a body's short name of an
// initialism and a second part, alone in brackets right after the body's name. The second part is
// capitals or a capitalised word; not a firm's or a paper's generic word ("(IPP Group)", "(DIC Corp)",
// "(PLA Daily)", "(TTC Land)": the initialism is the name, the word a brand's) nor a city's short
// name ("Trường ĐH Bách khoa (ĐHQG TP.HCM)" says whose).
const BRACKETED_COMPOUND = /\((\p{Lu}{2,5}(?: [-–] | )(?:\p{Lu}[\p{Lu}\p{N}.]{0,5}|\p{Lu}\p{Ll}{2,}))\)/gu;
const GENERIC_SECOND = new Set(['Group', 'Corp', 'Corporation', 'Holdings', 'Holding', 'Land', 'Metal', 'Company', 'Bank', 'Online', 'News', 'Daily', 'Times', 'Post', 'Today', 'Weekly', 'Journal', 'Herald', 'Magazine', 'Media', 'Radio', 'World', 'Sport', 'Sports']);

/**
 * Whether the clause before `at` names a body: a head noun then a capitalised word ("Hội đồng Bảo
 * an", "Đại học Khoa học …"), or a firm's head, whose name may go on in lower case ("Công ty cổ
 * phần đầu tư xây lắp Kinh Bắc"); and no person's name right before the bracket. A person's club,
 * school or post in brackets ("Nguyễn Hoàng Đức (CLB Viettel)", "ông Thắng (GĐ Agribank)") follows
 * no body's name.
 */
function namesBodyBefore(text: string, at: number): boolean {
  // The clause, where a sentence's full stop ends it but "TP." does not ("TP. Hà Nội").
  const clause = text.slice(Math.max(0, at - 160), at).split(/[,;:!?()\n]|(?<!\b(?:TP|TX|TT))\.\s/u).pop() ?? '';
  const written = clause.trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  // "Đặng Văn Lâm (CLB Muangthong)": a surname and two or three capitalised names right before the
  // bracket ("Hà Nội" is a place).
  const person = words.findIndex((w, i) => SURNAMES.includes(w) && i >= words.length - 4 && i <= words.length - 3 && written.slice(i).every((x) => /^\p{Lu}/u.test(x)));
  if (person >= 0) return false;
  const headAt = (h: string[], i: number): boolean => h.every((part, k) => words[i + k] === part);
  // "cán bộ", "thị trường", "trụ sở", "Đài Loan": a head's syllable inside a common word.
  const inWord = (h: string[], i: number): boolean =>
    (i > 0 && ENDS_IN_HEAD.has(`${words[i - 1]} ${h[0]}`)) || OPENS_WITH_HEAD.has(`${h[h.length - 1]} ${words[i + h.length] ?? ''}`);
  return words.some((_, i) =>
    FIRMS.some((h) => headAt(h, i)) || HEADS.some((h) => headAt(h, i) && !inWord(h, i) && /^\p{Lu}/u.test(written[i + h.length] ?? '')),
  );
}

/** The compound short names a text writes in brackets (see BRACKETED_COMPOUND). */
function bracketedCompounds(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(BRACKETED_COMPOUND)) {
    const name = m[1] as string;
    const [first = '', second = ''] = name.split(/ [-–] | /);
    // "(HPG - HOSE)": a ticker and its exchange are two; "Trường Đại học Y Dược (ĐH Huế)": a
    // Vietnamese place (a capitalised syllable) says whose it is.
    const place = /^\p{Lu}\p{Ll}/u.test(second) && isVietnameseSyllable(second);
    if (SPACED_PREFIXES.has(first) || GENERIC_SECOND.has(second) || EXCHANGES.test(second) || PLACE_SHORT.test(second) || place) continue;
    if (namesBodyBefore(text, m.index ?? 0) || spelledBefore(text, m.index ?? 0, name)) out.add(name);
  }
  return [...out];
}

/** "Hội đồng bảo an Liên Hợp Quốc (HĐBA LHQ)": the words right before the brackets give every letter
 * of both parts, one initial each, whatever their case. */
function spelledBefore(text: string, at: number, name: string): boolean {
  return spelledEnd(wordsIn(text, Math.max(0, at - 120), at), name) !== null;
}

// "Cách mạng công nghiệp 4.0 (CMCN 4.0)": a version the name ends with, written after its short form.
const VERSIONED_NAME = /(?<![\p{L}\p{N}])(\d\.\d) ?\((\p{Lu}{2,6}) ?(\d\.\d)\)/gu;

/**
 * Short forms with the version of the name they stand for (see VERSIONED_NAME), one form each: where
 * the words before the version spell the letters ("Cổng chuẩn 3.0 (USB 3.0)" names no USB, and USB
 * stays the form it is).
 */
function versionedShortNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(VERSIONED_NAME)) {
    const [whole, version = '', letters = '', again = ''] = m;
    if (version !== again) continue;
    const words = wordsIn(text, Math.max(0, (m.index ?? 0) - 80), m.index ?? 0).slice(-letters.length);
    if (words.length === letters.length && spells(shortLetters(letters), words, 0)) out.add(whole.slice(whole.indexOf('(') + 1, -1));
  }
  return [...out];
}

// "Công ty Cổ phần Xây lắp điện I (PC1)", "Tổng công ty Phát điện 3 (GENCO 3)", "(mã chứng khoán:
// DP 2)": capitals and a number, shaped
// like a model's designation, name a firm where they stand alone in brackets after its name or after
// the word for a ticker. After the ticker word the name is one token ("mã DP2"), or spaced where a
// bracket closes or an exchange follows ("(mã HU 3 - HOSE)"): "mã VCB 5 phiên liên tiếp", "mã VHM
// 2,5 triệu cổ phiếu" count sessions and shares.
const NUMBERED_NAME = new RegExp(String.raw`(?:\((\p{Lu}{2,6} ?\d{1,2})\)|${TICKER_WORD.source}\s+(\p{Lu}{2,4}\d{1,2}(?![\p{L}\p{N}]|[,.]\d)|\p{Lu}{2,4} \d{1,2}(?=\s*\)|\s[-–]\s)))`, 'gu');

/**
 * "Văn học tuổi 20 (VHT 20)": the words right before the brackets, then the same number, begin with
 * the letters in order: the name is written out whatever body it names.
 */
function spelledRightBefore(text: string, at: number, name: string): boolean {
  const parts = /^(\p{Lu}{2,6}) ?(\d{1,2})$/u.exec(name);
  if (!parts) return false;
  const [, letters = '', number = ''] = parts;
  const words = text.slice(Math.max(0, at - 80), at).trimEnd().split(/\s+/u);
  if (words.pop() !== number) return false;
  const named = words.slice(-letters.length);
  return named.length === letters.length && named.map((w) => letterFold(w[0] ?? '')).join('') === letterFold(letters);
}

// The anti-access strategy's letters as the tokenized press spaces them ("A 2 / AD"), which read
// apart leave "AD", the glossary's anti-dumping; "A 2 / D 2" too, where the article names the
// strategy (elsewhere a plot's or a licence's classes).
const SPACED_A2AD = /(?<![\p{L}\p{N}])A ?2 ?\/ ?AD(?![\p{L}\p{N}])/gu;
const SPACED_A2D2 = /(?<![\p{L}\p{N}])A 2 \/ D 2(?![\p{L}\p{N}])/gu;
// The G20's women's group ("W20", "W 20"), where the article names the G20: elsewhere a size
// ("W 20 x D 30 cm"), a phone, a building's code.
const WOMEN_20 = /(?<![\p{L}\p{N}])W ?20(?![\p{L}\p{N}])/gu;
const G20 = /(?<![\p{L}\p{N}])G ?-?20(?![\p{L}\p{N}])/u;

/** Letters and figures a name is written with that read apart would be other things: the
 * anti-access strategy's, the G20's women's group's. */
function spacedDesignations(text: string): string[] {
  const found = [...text.matchAll(SPACED_A2AD)];
  if (text.includes('chống tiếp cận')) found.push(...text.matchAll(SPACED_A2D2));
  if (G20.test(text)) found.push(...text.matchAll(WOMEN_20));
  return [...new Set(found.map((m) => m[0]))];
}

/** Numbered short names of firms the text gives, written as it writes them and run together. */
function numberedShortNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBERED_NAME)) {
    const name = (m[1] ?? m[2]) as string;
    if (m[1] !== undefined && !namesBodyBefore(text, m.index ?? 0) && !spelledRightBefore(text, m.index ?? 0, m[1])) continue;
    // "Hội nghị … lần thứ 51 (AMM 51)": the session's number, not a numbered name.
    if (m[1] !== undefined && heldSession(text, m.index ?? 0, m[1])) continue;
    // Five or six capitals only where the name before ends with the same number ("Tổng công ty Phát
    // điện 3 (GENCO 3)"): "Hội nghị lần thứ tư (MSEAP 4)" counts a session in words.
    const longLetters = m[1] !== undefined ? /^(\p{Lu}{5,6}) ?(\d{1,2})$/u.exec(m[1]) : null;
    if (longLetters && !new RegExp(`(?:^|\\s)${longLetters[2]}\\s?$`, 'u').test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue;
    out.add(name);
    out.add(name.replace(' ', ''));
  }
  return [...out];
}

// '"InSight" là viết tắt của …': the article says the word is a short form, and of what (not a
// question: "InSight là viết tắt của gì?").
const DECLARED = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{M}\p{N}]+)["”]?\s+là\s+${SHORT_FORM_OF}\s+(?!(?:(?:chữ|từ|cụm từ)\s+)?gì(?![\p{L}\p{M}]))`, 'gu');

/**
 * Words the article itself calls short forms, whatever their shape: a brand-like mix of cases
 * ("InSight") that detection would take for a name. At least two capitals, and not a Vietnamese word
 * opening the sentence ("Đây là viết tắt của …").
 */
function declaredShortForms(text: string): string[] {
  // Most pages say nothing of the kind: one search instead of the pattern's scan at every word.
  if (!text.includes('viết tắt')) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(DECLARED)) {
    const word = m[1] as string;
    if (countUpper(word) >= 2 && !(isVietnameseSyllable(word) && !isCapsWord(word))) out.add(word);
  }
  return [...out];
}

/**
 * "BKS 74 MĐ 3-000.35", "biển số 51 LD - 123.45": the series letters of a vehicle's plate, between
 * its province's two digits and its number, or opening a foreign one, stand for nothing a reader
 * looks up. Only after a word
 * for a plate or a vehicle: "tuyển 20 NV - 12000 đồng/giờ" is staff and a wage.
 */
function inPlateNumber(text: string, raw: Raw): boolean {
  if (!/^\p{Lu}{1,2}$/u.test(raw.text)) return false;
  const before = text.slice(Math.max(0, raw.start - 40), raw.start);
  const after = text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 14);
  // The number: five digits, the last two after a dot or not ("000.35", "55850"), then no more
  // digits (a sentence's full stop may follow).
  if (PLATE_CUE.test(before) && /^ ?\d{0,2} ?[-–.] ?\d{3}\.?\d{2}(?!\d|[.,]\d)/u.test(after)) return true;
  // "mang biển UN - 2645": a foreign plate opens with its letters, right after the word for a plate;
  // so does a boat's "số đăng ký VS - 14039078".
  return (/(?:[Bb]iển(?: số| kiểm soát)?|BKS|BSX) $/u.test(before) && /^ ?[-–]? ?\d{4,5}(?![\d.,])/u.test(after)) || (/số đăng ký $/u.test(before) && /^ ?[-–]? ?\d{4,8}(?![\d.,])/u.test(after));
}

/** "gói thầu CP 2", "dự án SS 1": a works package's or a project's code, as "CP2" is; not a road's
 * ("Dự án QL 1A") nor letters before what a figure measures ("dự án ĐZ 220 kV" is a power line). */
function inWorksCode(text: string, occ: Occurrence): boolean {
  return /^\p{Lu}{1,2}$/u.test(occ.surface) && roadKind(occ.surface) === undefined && CODE_LABEL.test(text.slice(Math.max(0, occ.start - 12), occ.start))
    && /^ \d{1,3}(?!\d|[.,]\d)(?!\s*(?:%|[kKM]?[VW]h?\b|km|m2?\b|ha\b|tấn))/u.test(text.slice(occ.end, occ.end + 10));
}

/** "tàu cá BĐ 96789 TS", "tàu Ánh Dương QN 3598": a boat's province code before its number (and TS,
 * thủy sản, for a fishing boat). */
function inBoatNumber(text: string, raw: Raw): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{0,2}$/u.test(raw.text)) return false;
  const after = text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 14);
  // The number may be written with a dot ("tàu cá QNa 023.72 TS").
  if (/^ ?[-–]? ?(?:\d{4,5}|\d{2,3}\.\d{2}) ?[-–]? ?TS(?![\p{L}\p{N}])/u.test(after)) return true;
  // Without TS: a province's code (QN, QNg, BĐ; "CSB 8001" is the coast guard's), a number that is no
  // year ("IMO 2020"), right after the word for a boat and its name.
  // A sentence may end on the number ("… của tàu ĐNa 90152."), no decimal.
  // Some write the three-letter codes in capitals ("tàu QNA 90073"), which the coast guard's "CSB" is not.
  // HQ is no province's: "tàu HQ 9051" is the navy's.
  return /^(?:\p{Lu}{1,2}\p{Ll}?|TTH|QNA|QNG|ĐNA|BTH)$/u.test(raw.text) && raw.text !== 'HQ' && /^ ?[-–]? ?(?!(?:19|20)\d\d(?!\d))\d{4,5}(?!\d|[.,]\d)/u.test(after)
    && BOAT_BEFORE.test(text.slice(Math.max(0, raw.start - 40), raw.start));
}

// A boat's number after its province code: "QN 3598", "QNa 023.72".
const BOAT_NUMBER = /^ ?[-–]? ?(\d{4,5}|\d{2,3}\.\d{2})(?![\d.,]\d)/u;

/** "QN 3598": a boat's code and the number after it, as one key, or undefined. */
function boatKey(text: string, raw: Raw): string | undefined {
  const number = BOAT_NUMBER.exec(text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 10))?.[1];
  return number === undefined ? undefined : `${raw.text} ${number}`;
}

/** The boats an article names by code and number where it says they are boats ("tàu Ánh Dương QN
 * 3598"): another use of the same number is the same boat's ("… QN 3598 là tàu vỏ gỗ"). */
function boatNumbers(text: string, raws: readonly Raw[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const raw of raws) {
    const key = boatKey(text, raw);
    if (key !== undefined && inBoatNumber(text, raw)) out.add(key);
  }
  return out;
}

/** A use of a code and number the article names a boat by elsewhere. */
function sameBoat(text: string, raw: Raw, boats: ReadonlySet<string>): boolean {
  return boats.size > 0 && boats.has(boatKey(text, raw) ?? '');
}

/** "ông TaKa HaShi Hide": a name written a syllable a capital, two such words side by side; not one
 * alone, which may be a short form ("RoRo"). */
function camelName(raws: readonly Raw[], i: number, adjacent: (i: number, j: number) => boolean): boolean {
  const camel = (j: number): boolean => /^(?:\p{Lu}\p{Ll}+){2,}$/u.test(raws[j]?.text ?? '');
  return camel(i) && ((camel(i - 1) && adjacent(i - 1, i)) || (camel(i + 1) && adjacent(i, i + 1)));
}

// The words for a flight or an airliner right before its number ("chuyến bay MH 370", "máy bay mang
// số hiệu QH 202"), maybe after another number of the same airline it is paired with ("chuyến bay BL
// 302 / BL 303": the group holds that airline's letters).
const FLIGHT_BEFORE = /(?:^|[^\p{L}])(?:[Cc]huyến bay|[Mm]áy bay|[Pp]hi cơ|[Kk]hông tặc)(?: mang)?(?: số(?: hiệu)?)?\s(?:(\p{Lu}[\p{Lu}\d]) \d{2,4} ?(?:\/|và|,) ?)?$/u;
// An article about flights, which may write the number joined elsewhere ("MH370").
const FLIGHT_WORDS = /(?:chuyến bay|máy bay|hãng hàng không)/iu;
// Two letters joined to a flight's number, a whole token ("MH370", not inside "QL141").
const JOINED_NUMBER = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d]\d{2,4}(?![\p{L}\p{N}])/gu;

/** The codes an article writes joined to their numbers (`codes`: "MH370", "SP2"), where it speaks
 * of flights or trains at all (`topic`). */
function joinedCodes(text: string, topic: RegExp, codes: RegExp): ReadonlySet<string> {
  return topic.test(text) ? new Set(text.match(codes) ?? []) : new Set();
}

/** A road's, a navy's or a police unit's letters ("QL 14", "HQ 604", "PC 46"), whose numbers are
 * written joined too and which news of flights and railways names as well. */
function codeOfAnotherKind(letters: string): boolean {
  return roadKind(letters) !== undefined || /^(?:HQ|P[ACKX])$/u.test(letters);
}

/** The number of a flight spaced after `raw` ("MH 370"), or undefined. */
function flightNumberAfter(text: string, raw: Raw): string | undefined {
  if (!/^\p{Lu}[\p{Lu}\d]$/u.test(raw.text)) return undefined;
  return /^ (\d{2,4})(?!\d|[.,]\d|\p{L})/u.exec(text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 8))?.[1];
}

/** "Chuyến bay MH 370", "máy bay MH 370": an airline's two letters before a flight's number, after
 * the words for a flight (or "có số hiệu" where the article speaks of flights: "các chuyến của hãng
 * Jetstar Pacific có số hiệu BL 161"), or in an article about flights that also writes the same
 * letters joined to a number ("MH370", "KA294", which detection reads as a designation). Not a
 * road's, a ship's or a police unit's letters ("QL 14", "HQ 604", "PC 46"), whose numbers are
 * written joined too. */
function inFlightNumber(text: string, raw: Raw, joined: ReadonlySet<string>): boolean {
  const number = flightNumberAfter(text, raw);
  if (number === undefined) return false;
  const before = text.slice(Math.max(0, raw.start - 40), raw.start);
  const flight = FLIGHT_BEFORE.exec(before);
  if (flight && (flight[1] === undefined || flight[1] === raw.text)) return true;
  // Elsewhere a year is no flight's number: "Đại biểu QH 2021 - 2026".
  if (YEAR.test(number)) return false;
  // "(gồm VN9556, VN1344, VN 9351)": one more flight in a list of the airline's joined ones.
  const listed = new RegExp(`(?<![\\p{L}\\p{N}])${raw.text}\\d{2,4}\\s*(?:,|\\/|và)\\s*$`, 'u').test(text.slice(Math.max(0, raw.start - 16), raw.start));
  const numbered = /(?:^|[^\p{L}])(?:có|mang) số hiệu\s$/u.test(before) && FLIGHT_WORDS.test(text);
  return !codeOfAnotherKind(raw.text) && ([...joined].some((code) => code.startsWith(raw.text)) || listed || numbered);
}

/** The uses that are flights' numbers (by where they start): those `inFlightNumber` reads, and the
 * same airlines' letters before another number that is no year ("có số hiệu BL 161 tới Hà Nội, BL
 * 165 tới Đà Nẵng"; not "chuyến bay QH 1521 … đại biểu QH 2021"). */
function flightUses(text: string, raws: readonly Raw[], joined: ReadonlySet<string>): ReadonlySet<number> {
  const direct = raws.filter((raw) => inFlightNumber(text, raw, joined));
  const letters = new Set(direct.map((raw) => raw.text));
  const out = new Set(direct.map((raw) => raw.start));
  for (const raw of raws) {
    const number = letters.has(raw.text) ? flightNumberAfter(text, raw) : undefined;
    if (number !== undefined && !YEAR.test(number)) out.add(raw.start);
  }
  return out;
}

// The words for a train right before its number ("đoàn tàu SP 2", "chuyến tàu SE 1"), and an
// article about trains, which may write the number joined elsewhere ("tàu SP2").
const TRAIN_BEFORE = /(?:^|[^\p{L}])(?:[Đđ]oàn tàu|[Cc]huyến tàu|[Tt]àu (?:hỏa|hoả|khách))\s$/u;
const TRAIN_WORDS = /(?:đường sắt|đoàn tàu|chuyến tàu|tàu hỏa|tàu hoả|nhà ga)/iu;
const JOINED_TRAIN = /(?<![\p{L}\p{N}])\p{Lu}{2,3}\d{1,2}(?![\p{L}\p{N}])/gu;

/** "đoàn tàu SP 2": a train's letters before its number of one or two digits, after the words for
 * a train or where the article writes the same code joined ("tàu SP2"). Not a road's, a navy's or a
 * police unit's letters, which railway news names too ("QL 1", "đoàn tàu HQ 561"). */
function inTrainNumber(text: string, raw: Raw, joined: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(raw.text) || codeOfAnotherKind(raw.text)) return false;
  const number = /^ (\d{1,2})(?!\d|[.,]\d|\p{L})/u.exec(text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 5))?.[1];
  if (number === undefined) return false;
  return TRAIN_BEFORE.test(text.slice(Math.max(0, raw.start - 20), raw.start)) || joined.has(raw.text + number);
}

/** "tàu chở dầu Alnic MC": letters right after a ship's foreign name are the name's. Not a prefix
 * before a name ("tàu Philippines BRP Sierra Madre", "tàu Shinkansen JR East"), nor after a country. */
function afterShipName(text: string, raw: Raw): boolean {
  const name = SHIP_NAME_BEFORE.exec(text.slice(Math.max(0, raw.start - 40), raw.start))?.[1];
  if (!/^\p{Lu}{1,3}$/u.test(raw.text) || name === undefined || isVietnameseSyllable(name) || COUNTRIES.has(name.toLowerCase())) return false;
  return !/^ \p{Lu}/u.test(text.slice(raw.start + raw.text.length, raw.start + raw.text.length + 2));
}

// Kinds of ship written short before a name in capitals ("tàu chở dầu VLCC NEW DIAMOND"), and the
// prefixes of ships' names ("MV", "MT") and of their country ("tàu cá TQ").
const SHIP_KINDS = new Set(['LNG', 'LPG', 'FPSO', 'FSO', 'FSRU', 'VLCC', 'ULCC', 'MV', 'MT', 'TQ', 'USS', 'HMS']);
// The word for a ship and its kind or trade right before its name ("tàu chở dầu", "tàu thương mại").
export const SHIP_BEFORE = /(?:^|[^\p{L}])(?:[Tt]àu|[Ss]iêu tàu|[Dd]u thuyền)(?: (?:cá|thương mại|hàng|chở dầu|chở hàng|container|hàng rời|du lịch))? $/u;

/** "tàu SBI ANTARES", "Tàu KUM YA": a ship's name in capitals after the word for a ship, words of
 * two letters or more side by side, no number among them; the indices of its words. ("tàu CSB 8001",
 * "tàu HQ 604" number theirs; "tàu USS John McCain" writes its name in lower case.) */
function shipNamesInCaps(text: string, raws: readonly Raw[], adjacent: (i: number, j: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < raws.length; i++) {
    const raw = raws[i]!;
    if (!isCapsWord(raw.text) || SHIP_KINDS.has(raw.text) || !isCapsWord(raws[i + 1]!.text) || !adjacent(i, i + 1) || !SHIP_BEFORE.test(text.slice(Math.max(0, raw.start - 20), raw.start))) continue;
    const run: number[] = [];
    for (let j = i; j < raws.length && isCapsWord(raws[j]!.text) && (j === i || adjacent(j - 1, j)); j++) run.push(j);
    // A name reads as words after its first ("ANTARES", "YA"); initials after initials are a ship's
    // kind and its owner ("FPSO PTSC Lam Sơn").
    if (run.slice(1).some((j) => /[aeiouy]/iu.test(letterFold(raws[j]!.text)))) for (const j of run) out.add(j);
  }
  return out;
}

/** `raw` and the word before it ("Alnic MC"). */
function withWordBefore(text: string, raw: Raw): string {
  return text.slice(Math.max(0, raw.start - 40), raw.start + raw.text.length).split(/\s+/u).slice(-2).join(' ');
}

/** The ships' names ending in letters ("Alnic MC") that the article once writes after "tàu": written
 * again without it ("lộ trình của Alnic MC"), the letters are the name's there too. */
function shipNames(text: string, raws: readonly Raw[]): Set<string> {
  return new Set(raws.filter((raw) => afterShipName(text, raw)).map((raw) => withWordBefore(text, raw)));
}

/** Whether `raw` closes one of `names`. */
function inShipName(text: string, raw: Raw, names: ReadonlySet<string>): boolean {
  return names.size > 0 && names.has(withWordBefore(text, raw));
}

// The word for a ship, up to two words of its kind, then its name.
const SHIP_NAME_BEFORE = /(?:^|[^\p{L}])[Tt]àu(?: \p{Ll}+){0,2} (\p{Lu}\p{Ll}+) $/u;

// The word for a boat, then its kind or its name: "tàu cá", "tàu du lịch", "tàu Ánh Dương", "tàu cao
// tốc Quang Minh (QN – 3338)", "tàu cá mang số hiệu KG 93895".
const BOAT_BEFORE = /(?:^|[^\p{L}])[Tt]àu(?: (?:cá|câu|mực|lưới|kéo|vây|rê|giã|cào|vỏ|gỗ|thép|du lịch|khách|chở khách|hàng|cao tốc|\p{Lu}\p{Ll}*))*(?: (?:(?:mang|có) )?số(?: hiệu)?)? \(?$/u;

// A word for a plate or a vehicle, then at most a few words, then the province's two digits.
const PLATE_CUE = /(?:BKS|BSX|[Bb]iển số|[Bb]iển kiểm soát|(?:^|[^\p{L}])xe)[^.!?\n]{0,30}?(?:^|[^\p{L}\p{N}.,])\d{2} ?$/u;

/** Every acronym occurrence in NFC text, in text order. */
export function detectOccurrences(text: string): Occurrence[] {
  const raws: Raw[] = [];
  for (const m of text.matchAll(RAW)) raws.push({ text: m[0], start: m.index ?? 0 });
  const compounds = [...bracketedCompounds(text), ...declaredShortForms(text), ...numberedShortNames(text), ...versionedShortNames(text), ...spacedDesignations(text)];
  const units = new Set<string>();
  // Letters read as a weapon's model where the weapon is named before them, and where each such use
  // ends (and each use its list goes on to).
  const weapons = new Map<string, number[]>();

  // Words set in capitals ("NGỌC THANH", "Ảnh: QUỐC CHIẾN", headings): a capitals token that is a
  // Vietnamese syllable, when it carries marks or stands next to another such token.
  const capsSyllable = raws.map((r) => isCapsWord(r.text) && isVietnameseSyllable(r.text));
  const adjacent = (i: number, j: number): boolean => {
    const a = raws[i];
    const b = raws[j];
    if (!a || !b) return false;
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    return /^[ \t]+$/.test(text.slice(x.start + x.text.length, y.start));
  };
  const isWordInCaps = (i: number): boolean => {
    const r = raws[i];
    if (!r || !capsSyllable[i]) return false;
    const besideCaps = (capsSyllable[i - 1] === true && adjacent(i - 1, i)) || (capsSyllable[i + 1] === true && adjacent(i, i + 1));
    // "Ban Tuyên giáo TƯ", "chỉ đạo của TƯ": alone, TƯ is Trung ương ("TƯ VẤN" is a heading's word).
    if (r.text === 'TƯ') return besideCaps;
    return hasVietnameseMarks(r.text) || besideCaps;
  };

  const ships = shipNames(text, raws.filter((r) => /^\p{Lu}{1,3}$/u.test(r.text)));
  const boats = boatNumbers(text, raws.filter((r) => /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}$/u.test(r.text)));
  const capsShips = shipNamesInCaps(text, raws, adjacent);
  const flightCodes = joinedCodes(text, FLIGHT_WORDS, JOINED_NUMBER);
  const flights = flightUses(text, raws, flightCodes);
  const trainCodes = joinedCodes(text, TRAIN_WORDS, JOINED_TRAIN);
  const out: Occurrence[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    if (!raw) continue;
    // Most words are in lower case, and nothing below reads one (every compound opens with a capital):
    // the rules' tests, run at every word, were most of detection's time.
    if (!CAPITAL_OR_DIGIT.test(raw.text)) continue;
    if (isWordInCaps(i) || inPlateNumber(text, raw) || inBoatNumber(text, raw) || flights.has(raw.start) || inTrainNumber(text, raw, trainCodes) || inShipName(text, raw, ships) || sameBoat(text, raw, boats) || camelName(raws, i, adjacent) || capsShips.has(i)) continue;

    // The same compound wherever it stands, in brackets or not.
    const compound = compounds.find((c) => text.startsWith(c, raw.start) && !/[\p{L}\p{N}]/u.test(text[raw.start + c.length] ?? ''));
    if (compound) {
      const end = raw.start + compound.length;
      out.push({ surface: compound, start: raw.start, end });
      while (i + 1 < raws.length && (raws[i + 1] as Raw).start < end) i++;
      continue;
    }

    // "TP. HCM": join an administrative prefix to the initialism after ". "; "TP HCM" is written
    // with a space alone too ("TT HĐND" is two: the standing body of the council).
    const next = raws[i + 1];
    const gap = next ? text.slice(raw.start + raw.text.length, next.start) : '';
    const joined = (SPACED_PREFIXES.has(raw.text) && gap === '. ') || (raw.text === 'TP' && gap === ' ');
    // "PM2,5": fine dust with the decimal comma Vietnamese writes, which ends a raw token.
    if (raw.text === 'PM2' && /^,5(?!\d|[.,]\d)/.test(text.slice(raw.start + 3, raw.start + 7))) {
      out.push({ surface: 'PM2,5', start: raw.start, end: raw.start + 5 });
      if (next?.start === raw.start + 4) i++;
      continue;
    }
    // "khí thải (CO 2)", "khí SO 2 tăng": a gas's formula with its count spaced off, as "CO2" is one,
    // where no word follows the count or a gas's word comes before it; "các NH 2 tháng", "cấp CO 2
    // lần" count what follows.
    if (next && gap === ' ' && GASES.has(`${raw.text}${next.text}`) && spacedFormula(text, raw.start, raw.text, next.start + next.text.length)) {
      i++;
      continue;
    }
    // "G 20", "MI 6", as some papers space them; not a helicopter's or a phone's model ("trực thăng
    // MI 6", "Xiaomi MI 5").
    const mi = gap === ' ' && raw.text === 'MI' && /^\d+$/.test(next?.text ?? '');
    if (mi && /(?:thăng|xiaomi|thoại)\s+$/iu.test(text.slice(Math.max(0, raw.start - 12), raw.start))) {
      i++;
      continue;
    }
    const group = gap === ' ' && ((raw.text === 'G' && /^(?:7|8|20|77)$/.test(next?.text ?? '')) || (mi && /^[56]$/.test(next?.text ?? '')));
    // "Nghị quyết 36 - NQ / TW": a document's kind and its issuer across a spaced slash are one short
    // form ("ĐH / CĐ", "HS / SV", "USD / VND" pair two); single letters only alone in brackets ("(L /
    // C)"; "F / A -18" is a model).
    const issued = /^(?:TW|TƯ)$/u.test(next?.text ?? '') || /\d\s*[-–]\s*$/u.test(text.slice(Math.max(0, raw.start - 6), raw.start));
    // "Kết luận thanh tra số 195 KL / TTCP": after a document's number its kind may name a longer
    // issuer; "số" says it is a number, not a size ("2 TB / SSD", "150 CV / PS").
    const issuerAfterNumber = gap === ' / ' && Object.hasOwn(DOCUMENT_TYPES, raw.text) && /^\p{Lu}{2,6}$/u.test(next?.text ?? '') && /(?:^|\s)số\s+\d[\d/]*\s*(?:[-–]\s*)?$/u.test(text.slice(Math.max(0, raw.start - 20), raw.start));
    const slashed = gap === ' / ' && next !== undefined && (issuerAfterNumber || [raw, next].every((r) => /^\p{Lu}{1,2}$/u.test(r.text))
      && ((raw.text.length === 2 && next.text.length === 2 && issued) || (text[raw.start - 1] === '(' && text[next.start + next.text.length] === ')' && !bylineLine(text, raw.start))))
      && !/\/\s*$/.test(text.slice(Math.max(0, raw.start - 3), raw.start)) && !/^\s*\//.test(text.slice(next.start + next.text.length, next.start + next.text.length + 3));
    // "M & A", "R & D", "AT & T": a single capital joined by a spaced "&" is one initialism with its
    // partner, as "M&A" is; longer parts on both sides are left to the chain below ("NN & PTNT").
    // Not the letters of a class ("nhóm A & B", "vitamin C & E") nor links of a longer chain.
    const ampersand = gap === ' & ' && next !== undefined && [raw, next].every((r) => /^\p{Lu}{1,3}$/u.test(r.text)) && Math.min(raw.text.length, next.text.length) === 1
      && !labelPair(raw.text, next.text) && !CLASS_BEFORE.test(text.slice(Math.max(0, raw.start - 12), raw.start)) && !/^\s*[&\-]/.test(text.slice(next.start + next.text.length, next.start + next.text.length + 3));
    if (next && ((joined && isCapsWord(next.text) && !isWordInCaps(i + 1)) || group || slashed || ampersand)) {
      const end = next.start + next.text.length;
      out.push({ surface: text.slice(raw.start, end), start: raw.start, end });
      i++;
      continue;
    }

    // "86/2015/NĐ - CP": a document's kind after its number, then its issuer across a spaced dash, are
    // one short form, as "NĐ-CP" is.
    const numberedKind = /^\d[\d/]*\/(\p{Lu}{1,6})$/u.exec(raw.text)?.[1];
    if (numberedKind && next && /^[ \u00a0][-–][ \u00a0]$/u.test(gap) && (isCapsWord(next.text) || isMixedAcronym(next.text)) && next.text.length <= 6 && !/^ [-&] /u.test(text.slice(next.start + next.text.length, next.start + next.text.length + 3))) {
      const start = raw.start + raw.text.length - numberedKind.length;
      const end = next.start + next.text.length;
      out.push({ surface: text.slice(start, end), start, end });
      i++;
      continue;
    }

    // "NN & PTNT", "LĐ - TB & XH": "&" joins initialisms into one name even with spaces around it,
    // and a spaced dash then belongs to the same name.
    const last = Math.max(spacedChainEnd(text, raws, i, isWordInCaps), dashedPairEnd(text, raws, i, isWordInCaps));
    if (last > i) {
      const end = (raws[last] as Raw).start + (raws[last] as Raw).text.length;
      out.push({ surface: text.slice(raw.start, end), start: raw.start, end });
      i = last;
      continue;
    }

    // "Raytheon Co.", "Maxar Technologies Inc": an English firm's legal form after its name, written
    // like a word ("Co giãn" opens a sentence; "Saigon Co. op" is a shop's name).
    if ((raw.text === 'Co' || raw.text === 'Inc') && afterForeignName(text, raw.start, raw.start + raw.text.length) && !/^\.\s?op(?!\p{L})/iu.test(text.slice(raw.start + 2, raw.start + 7))) {
      out.push({ surface: raw.text, start: raw.start, end: raw.start + raw.text.length });
      continue;
    }
    // "Washington D.C.": the District of Columbia, though two dotted letters are initials elsewhere.
    if (raw.text === 'D.C' && /Washington,?\s$/u.test(text.slice(Math.max(0, raw.start - 12), raw.start))) {
      out.push({ surface: raw.text, start: raw.start, end: raw.start + raw.text.length });
      continue;
    }
    // "Ảnh: T.L.": a credit's word dotted as papers print it (tư liệu, credit-words.ts), ending the
    // credit; other dotted letters in a credit are a photographer's initials ("Ảnh: T.T").
    const end = raw.start + raw.text.length;
    if (raw.text.includes('.') && creditWord(raw.text) !== undefined && /[Ảả]nh\s*:\s*$/u.test(text.slice(Math.max(0, raw.start - 8), raw.start)) && /^\.?\s*(?:$|[\n)])/u.test(text.slice(end, end + 3))) {
      out.push({ surface: raw.text, start: raw.start, end });
      continue;
    }
    // "Hội nghị Ngoại trưởng ASEAN lần thứ 52 (AMM-52)": the letters, shaped with the session's
    // number like a model's designation.
    const sessionOf = text[raw.start - 1] === '(' && text[raw.start + raw.text.length] === ')' ? heldSession(text, raw.start - 1, raw.text)?.letters : undefined;
    if (sessionOf) {
      out.push({ surface: sessionOf, start: raw.start, end: raw.start + sessionOf.length });
      continue;
    }
    for (const occ of analyseRaw(raw)) {
      // "OK" is a word in Vietnamese as in English ("OK, cà phê sữa đá Việt Nam!"); "VX" a nerve
      // agent's designation, which stands for nothing.
      // "loài nguy cấp, quý hiếm nhóm IB", "nhóm IIA": a class's roman number and its subgroup's
      // letter; "tên lửa H - IIA": a model's, after its letter and a dash.
      if (/^I{1,3}[AB]$/.test(occ.surface) && /(?:^|[^\p{L}])(?:(?:[Nn]hóm|[Pp]hân nhóm|[Hh]ạng|[Ll]oại|[Ll]ớp|[Mm]ục)\s|\p{Lu} ?[-–] ?)$/u.test(text.slice(Math.max(0, occ.start - 12), occ.start))) continue;
      if (inClassList(text, occ)) continue;
      // "XXXX là 4 ký tự cuối": a run of X stands in for characters to be written, no letters.
      if (ROMAN.test(occ.surface) || /^X{3,}$/.test(occ.surface) || occ.surface === 'OK' || occ.surface === 'VX' || variantOfBlock(text, occ) || militaryDesignation(text, occ) || inSpacedDesignation(text, occ) || formulaOfGas(text, occ)) continue;
      const unit = UNITS.has(occ.surface.toUpperCase()) && (occ.surface.toUpperCase() !== 'CV' || POWER_BEFORE.test(text.slice(Math.max(0, occ.start - 60), occ.start)));
      // "tại KM 1571+300", "đến Km 45": a road's kilometre post, the unit before its number; not a
      // promotion's ("chương trình KM 50%", "được KM 200.000 đồng": khuyến mãi).
      const after = text.slice(occ.end, occ.end + 16);
      const post = occ.surface.toUpperCase() === 'KM' && (/^[ \u00a0]?\d+\+\d/u.test(after) || (/(?:^|[^\p{L}])(?:tại|từ|đến|ở|qua)\s$/iu.test(text.slice(Math.max(0, occ.start - 5), occ.start)) && /^[ \u00a0]?\d+(?![\d.,]*\s*(?:%|đồng|triệu|nghìn|USD|VND))/u.test(after)));
      if (post) continue;
      // "2.134 đồng / KWh", "50 USD/MWh", "15 ha / MW": a price or a ratio per unit names the unit
      // after its slash (a unit's symbol: "350.000 đồng/HP" is per học phần, a course's credit).
      if (unit && UNIT_SYMBOLS.test(occ.surface) && PRICE_PER.test(text.slice(Math.max(0, occ.start - 8), occ.start))) continue;
      if (unit && precededByNumber(text, occ.start)) {
        if (UNIT_SYMBOLS.test(occ.surface) && quantityBefore(text, occ.start)) units.add(occ.surface);
        continue;
      }
      if (isByline(text, occ)) continue;
      // "sà lan HP -4727", "tên lửa DF -41": a registration number or a model set apart by a space,
      // a designation like "HD-1652"; not a figure ("HNX -0,35 điểm", "HOSE -3 điểm", "-2%").
      // An event's edition is no designation: "SPIEF -2018", four letters or more and a year.
      // So is a treaty's number alone in brackets after its name: "(START -3)".
      const numbered = /^\p{Lu}{4,}$/u.test(occ.surface) && text[occ.start - 1] === '(' && /^ -\d\)/.test(text.slice(occ.end, occ.end + 4));
      const edition = numbered || (/^\p{Lu}{4,}$/u.test(occ.surface) && /^ -(?:19[5-9]\d|20[0-4]\d)(?!\d)/.test(text.slice(occ.end, occ.end + 8)));
      // "… lần thứ 52 (AMM -52)": the session the name before gives.
      const session = text[occ.start - 1] === '(' && heldSession(text, occ.start - 1, occ.surface + (/^[^)]*/u.exec(text.slice(occ.end, occ.end + 8))?.[0] ?? '')) !== null;
      // A broadcaster's channel by its number: "kênh CCTV -7", "NBC -4 đưa tin".
      const channel = BROADCASTER_LETTERS.test(occ.surface) && /^ -\d{1,2}(?!\d)/.test(after) && (CHANNEL_BEFORE.test(text.slice(Math.max(0, occ.start - 20), occ.start)) || REPORTED_AFTER.test(text.slice(occ.end, occ.end + 30)));
      if (!edition && !session && !channel && /^ -\d+(?![\d.,]*\d*%|,\d|\s*điểm)/.test(text.slice(occ.end, occ.end + 16))) continue;
      // "súng phóng lựu XM 25", "tên lửa SM - 3": a weapon's model, its number set apart by a space.
      const armed = text.slice(Math.max(0, occ.start - 40), occ.start);
      if (WEAPON_NUMBER.test(after) && WEAPON_BEFORE.test(armed) && !(occ.surface === 'HQ' && SHIP_BEFORE_WEAPON.test(armed))) {
        const ends = weapons.get(occ.surface) ?? [];
        weapons.set(occ.surface, ends);
        ends.push(occ.end);
        continue;
      }
      if (inWorksCode(text, occ)) continue;
      // "sổ đỏ AG 947993 và AD 733692": a land title's series before its six digits, where the title
      // is named before it (a contract's "HĐ 123456" is still a contract).
      if (/^\p{Lu}{2}$/u.test(occ.surface) && /^ \d{6}(?![\p{L}\p{N}]|[.,]\d)/u.test(after) && TITLE_BEFORE.test(text.slice(Math.max(0, occ.start - 40), occ.start))) continue;
      out.push(occ);
    }
  }
  // "10.000 megawatt (MW) … 2.725 MW": a unit's symbol the text writes after a quantity is that unit
  // wherever it stands, its name in brackets included. Not a unit made of initials: "khung hình /
  // giây (hay còn gọi là FPS)" defines one. Nor a name's short form in brackets after a capital:
  // "Ngân hàng TMCP Quân đội (MB)" is the bank, whatever "500 MB" says.
  for (const unit of units) if (new RegExp(`\\p{Lu}[\\p{L}\\p{M}]*(?:\\s[\\p{L}\\p{M}]+)?\\s*\\(${unit}\\)`, 'u').test(text)) units.delete(unit);
  // "Su-30 SM", "Mi-28 NM", "Boeing 737 MAX": a variant after a model's designation is part of the
  // model's name. After a maker's model number it names the model wherever else the article writes
  // it ("dòng MAX", "MAX 8"); after a code it is only that use ("lô CN-5 KCN Quang Minh": KCN is
  // still the industrial park elsewhere).
  // A weapon's variant after its name ("Kalibr - NK") is the same variant wherever the name and dash
  // come again, in a sentence that names no arms; the letters alone are not ("súng AK" beside "Osa -
  // AK", NK beside "Kalibr - NK").
  const variantUses = new Set<Occurrence>();
  const models = new Set<string>();
  const namedVariants = new Set<string>();
  for (const o of out) {
    const kind = variantAfterModel(text, o);
    if (kind) variantUses.add(o);
    if (kind === 'model') models.add(o.surface);
    const named = kind ? namedVariant(text, o) : undefined;
    if (named) namedVariants.add(named);
  }
  // "thuỷ lôi MK 57, MK 60": a weapon's letters and a number are its model again where its list
  // goes on without the weapon's word; not elsewhere ("thượng đỉnh NATO 2023").
  const weaponModel = (o: Occurrence): boolean => {
    const ends = weapons.get(o.surface);
    if (ends === undefined) return false;
    const last = Math.max(...ends.filter((end) => end <= o.start));
    if (last < 0 || !WEAPON_NUMBER.test(text.slice(o.end, o.end + 16)) || !LIST_GOES_ON.test(text.slice(last, o.start))) return false;
    ends.push(o.end);
    return true;
  };
  const dropped = (o: Occurrence): boolean => units.has(o.surface) || variantUses.has(o) || models.has(o.surface) || (namedVariants.size > 0 && namedVariants.has(namedVariant(text, o) ?? '')) || weaponModel(o);
  return units.size === 0 && variantUses.size === 0 && weapons.size === 0 ? out : out.filter((o) => !dropped(o));
}

// A designation right before: letters, a dash and a number ("Su-30", "Su -30", "RT-2"; a Soviet
// design bureau's name written whole, "Sukhoi -25 UB"), or a foreign maker's name and a model number
// ("Boeing 737", "Airbus 350"), or the word for an aircraft and one ("máy bay 737 MAX").
const MODEL_BEFORE = /(?:^|[\s(])(?:(\p{Lu}\p{L}{0,3}|Sukhoi|Tupolev|Ilyushin|Mikoyan|Yakovlev|Kamov|Antonov|Beriev) ?- ?(\d{1,5})|(\p{Lu}\p{Ll}+|[Mm]áy bay) (\d{3,4})) $/u;
// After the word for an aircraft and a number, only an airliner's variant: a price or a count is
// written so as often ("thuê máy bay 5000 USD mỗi giờ", "máy bay 1000 UAV").
const AIRLINER_VARIANTS = new Set(['MAX', 'NEO', 'NG', 'ER', 'LR', 'XLR', 'XWB', 'ULR']);
// An airliner's model number, Airbus's or Boeing's, before a variant, maybe across a dash.
const AIRLINER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:A3\d\d|7[1-8]7)(?: ?- ?| )$/u;
// Not a year ("Olympic Paris 2024 IOC", "quý I-2024 DN") nor an age group ("U-23 VN").
const YEAR = /^(?:19|20)\d\d$/;

// Makers of cars and airliners, whose models' names run on in capitals, figures and foreign words:
// "Lamborghini Murcielago SV", "Porsche 911 GT2 RS", "Rolls - Royce Phantom EWB", "Mercedes Benz SL
// 63 AMG", "Airbus A321 NEO", "Jaguar XJ". Not motorbikes' makers: the glossary tells crime news's
// readers what "xe SH" is (Honda SH).
const MAKERS = /(?<![\p{L}\p{N}])(?:Lamborghini|Porsche|Mercedes|Benz|Royce|Bentley|Ferrari|McLaren|Audi|BMW|Maserati|Bugatti|Aston Martin|Jaguar|Lexus|Toyota|Hyundai|Kia|Mazda|Nissan|Ford|Chevrolet|VinFast|Mitsubishi|Peugeot|Volkswagen|Volvo|Land Rover|Range Rover|Cadillac|Tesla|Subaru|Infiniti|Airbus|Boeing|Embraer)(?![\p{L}\p{N}])/gu;
// Models well enough known that news names them without their maker, whose trim follows in capitals:
// "xe Land Cruiser GXR", "Camry XLE". Only a trim's letters: a body's after one is whose the car is
// ("xe Land Cruiser LHQ", "chiếc Innova CA huyện"), and some models are places too ("Tucson UA").
const MODELS = /(?<![\p{L}\p{N}])(?:Land Cruiser|Prado|Camry|Corolla|Fortuner|Innova|Highlander|Santa Fe|Tucson|Elantra|Ranger|Mustang|Escalade|Cayenne|Panamera|Maybach)(?![\p{L}\p{N}])/gu;
const TRIMS = /^(?:GXR|GXL|GX|VX|VXR|VXL|ZX|TXL|TRD|XLE|XSE|LE|SE|LX|EX|EXL|ESV|LTZ|LTD|GLS|GLX|XL|XLT|XLS|GR|GT|GTS|GTI|RS|SR|AMG|HV|AT|MT|CVT|AWD|4WD|2WD)$/u;
// The model's words after its maker: names, figures ("560-4", "3.5"), capitals, a spaced dash.
const MODEL_WORDS = /^(?:[ \u00a0]+-?[ \u00a0]*[\p{Lu}\p{N}](?:[\p{L}\p{N}-]|\.(?=\d))*)*[ \u00a0]$/u;

// A vehicle's word right before its maker: "xe Jaguar XJ", "chiếc Mercedes GLC 300".
const VEHICLE_BEFORE = /(?:^|[^\p{L}])(?:xe|ô tô|ôtô|siêu xe|mẫu|dòng|chiếc|máy bay)[ \u00a0]$/iu;

/**
 * Whether a use stands in a model's name after its maker (see MAKERS): model words between them (no
 * Vietnamese word: "Toyota Việt Nam"), or none where the maker follows a vehicle's word or a model
 * number follows the use ("Tesla CEO", "Ford EU", "Toyota TMV" are no model's). After a model named
 * alone (MODELS), model words or a trim's letters. Not a place's, a plate's ("xe Toyota Vios BS
 * 29A") nor a firm's legal form ("BMW AG": legal-forms.ts).
 */
function inModelName(text: string, o: Occurrence): boolean {
  if (PLACE_SHORT.test(o.surface) || /^B[SK][SKX]?$/u.test(o.surface) || foreignLegalForm(o.surface) !== undefined) return false;
  const before = text.slice(Math.max(0, o.start - 40), o.start);
  const maker = [...before.matchAll(MAKERS)].pop();
  const named = [...before.matchAll(MODELS)].pop();
  const last = [maker, named].filter((m) => m !== undefined).sort((a, b) => (b.index ?? 0) - (a.index ?? 0))[0];
  if (last === undefined) return false;
  const model = before.slice((last.index ?? 0) + last[0].length);
  const words = model.split(/[\s-]+/u).filter((w) => w !== '');
  if (!MODEL_WORDS.test(model) || words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isVietnameseSyllable(w))) return false;
  if (last === named) return words.length > 0 || TRIMS.test(o.surface);
  return words.length > 0 || VEHICLE_BEFORE.test(before.slice(0, last.index ?? 0)) || /^[ \u00a0]\d/u.test(text.slice(o.end, o.end + 2));
}

/** "Kalibr - NK", "Osa - AK": a foreign name, a dash and a designer's variant letters, as one key. */
function namedVariant(text: string, o: Occurrence): string | undefined {
  const named = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) ?[-–] ?$/u.exec(text.slice(Math.max(0, o.start - 20), o.start))?.[1];
  return named !== undefined && VARIANT_SUFFIXES.has(o.surface) && !isVietnameseSyllable(named) ? `${named} ${o.surface}` : undefined;
}

// Words for arms: a variant's letters after a foreign name mean a model only in such a sentence.
const ARMS_WORDS = /(?:tên lửa|tiêm kích|máy bay|trực thăng|xe tăng|pháo|súng|tàu ngầm|tàu chiến|chiến hạm|radar|vũ khí|(?:tổ hợp|hệ thống|lực lượng) phòng không)/iu;

/** A model's variant: two or three capitals after a designation, not defined in brackets after it
 * (brackets that open on another short form say something else: "Su -30 MKI (NATO định danh: …)";
 * on its own letters they define it: "Su-30 SM (SM - Super Maneuverable)");
 * 'model' after a maker's model number or in a maker's model name, 'code' after letters, a dash and
 * a number, else null. */
function variantAfterModel(text: string, o: Occurrence): 'model' | 'code' | null {
  const bracket = /^\s*\((?:(\p{Lu}{2,})[\s:,)])?/u.exec(text.slice(o.end, o.end + 12));
  if (!/^\p{Lu}{2,3}$/u.test(o.surface) || (bracket && (bracket[1] === undefined || bracket[1] === o.surface))) return null;
  if (inModelName(text, o)) return 'model';
  // "tên lửa hành trình … Kalibr - NK": a designer's variant letters after a weapon's foreign name
  // and a dash, where the sentence speaks of arms.
  if (namedVariant(text, o) !== undefined && ARMS_WORDS.test(sentenceBefore(text, o.start, 120))) return 'code';
  // "MiG-29K/KUB", tokenized "MiG -29 K / KUB": a second variant after the first and a slash, in a
  // sentence on arms ("HIV - 1 AB / AG" is no model).
  if (/(?:^|[\s(])\p{Lu}\p{L}{0,3} ?- ?\d{1,5} ?\p{Lu}{1,3} ?\/ ?$/u.test(text.slice(Math.max(0, o.start - 20), o.start)) && ARMS_WORDS.test(sentenceBefore(text, o.start, 120))) return 'code';
  const m = MODEL_BEFORE.exec(text.slice(Math.max(0, o.start - 20), o.start));
  // "máy bay A321 NEO", "so với 737 NG": an airliner's variant after its model number alone; that
  // use only, as the article may define the letters in brackets elsewhere ("Next Generation (NG)").
  if (!m && AIRLINER_VARIANTS.has(o.surface) && AIRLINER_BEFORE.test(text.slice(Math.max(0, o.start - 8), o.start))) return 'code';
  if (!m || YEAR.test(m[2] ?? m[4] ?? '')) return null;
  if (m[3] === undefined) return m[1] !== 'U' ? 'code' : null;
  if (/^[Mm]áy bay$/u.test(m[3])) return AIRLINER_VARIANTS.has(o.surface) ? 'model' : null;
  // A Vietnamese word before a number names no maker.
  return isVietnameseSyllable(m[3]) ? null : 'model';
}

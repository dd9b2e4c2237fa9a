/**
 * The built-in glossary (public/glossary/glossary.json, made by scripts/build-glossary.ts).
 *
 * Sense choice. Some initialisms have several senses (CP: cổ phiếu, cổ phần, Chính phủ). Each sense
 * gets a bag of weighted syllables: its own (weight 2) and those of the other glossary expansions
 * that contain it, weighted by the share of those expansions they occur in ("công ty cổ phần …"
 * in most expansions with "cổ phần" ties it to "công ty"; a syllable of one company name among
 * hundreds weighs almost nothing). The context's syllables (lower-cased, NFC, tones kept, function
 * and time words dropped) are scored against each bag, each distinct syllable once. The first sense is
 * the usual one in news (see scripts/build-glossary.ts), so another wins only with SENSE_MARGIN more.
 */
import { HONORIFICS, RANKS, ROLE_HEADS } from '../quotes/lexicon';
import { fold, nfc } from '../text/normalize';
import { countUpper, writtenInVietnamese } from './letters';
import { shortLetters, singularShort, spells, wordsIn } from './match';
import { placeUnit } from './place-units';
import { foreignLegalForm } from './legal-forms';
import { creditWord } from './credit-words';
import { cueKey, cuedWhereNeeded, readOnlyInText, senseCues } from './sense-cues';
import { roadKind, roadName } from './roads';
import { DOCUMENT_TYPES } from './document-kinds';
import { COUNTRIES } from './define/lexicon';
import { choiceName } from './admission-choices';
import { bylineWord, editorsMarkWord } from './editors-marks';
import { loadTranslations, syllableKey, type Translations } from './translations';

/**
 * JSON shape: senses of one acronym joined by SENSE_SEPARATOR, keyed by the usual casing; and the
 * English words Vietnamese words translate in names, joined the same way (see translations.ts).
 */
export interface GlossaryData {
  version: 1;
  entries: Record<string, string>;
  translations?: Record<string, string>;
  /** What an English sense is called in Vietnamese ("Artificial Intelligence": "trí tuệ nhân tạo"). */
  names?: Record<string, string>;
  /** Per written form, per sense: words written right before a use that say it is that sense, in
   * lower case ("PET": { "Polyethylene Terephthalate": ["nhựa", "chai nhựa"…] }). */
  kinds?: Record<string, Record<string, string[]>>;
}

export const SENSE_SEPARATOR = '|';

export interface GlossaryHit {
  /** The usual written form of the key ("UBND", "TP.HCM"). */
  short: string;
  long: string;
  senses: string[];
}

/** Where the short form stands in the text, as far as the sense depends on it. */
export interface Placement {
  /** Before a person's name in most of its uses ("TT Putin"); 'foreign' when the name is a foreign
   * one, which no Vietnamese town or school is named after. */
  beforeName?: boolean | 'foreign';
  /** In a document's number ("15/2018/NĐ-CP", "1234/BTC-TCT"). */
  numbered?: boolean;
  /** The kind of document written out before the number ("Quy định số 263 - QĐ/TW"). */
  kindWritten?: string;
  /** Listed beside foreign names ("Dell, HP, Lenovo"): a foreign sense fits better than a
   * Vietnamese common noun. */
  amongNames?: boolean;
  /** Listed among tickers in a sentence about the market ("HPG, HSG, NKG"). */
  amongTickers?: boolean;
  /** After the word for a firm ("Công ty CP Chứng khoán …"): the firm's legal form. */
  afterFirmNoun?: boolean;
  /** Most uses are a firm's own name ("Công ty TNHH một thành viên DHA"): a term is no reading. */
  namedAsFirm?: boolean;
  /** Some use closes a firm's own name ("Công ty CP Truyền thông DS đã …"): the firm's brand. */
  endsFirmName?: boolean;
  /** The words of the first firm's name such a use closes, from its noun on ("Công ty Cổ phần thương
   * mại và đầu tư toàn cầu"). */
  firmName?: string;
  /** Some use stands in a firm's name ("Công ty TNHH MTV"): without one, a legal form is no reading. */
  inFirmName?: boolean;
  /** Some use names where the news comes from ("Theo PLO,", a dateline "TT - "): a newspaper's sense. */
  cited?: boolean;
  /** The only citation is a paper told something after a bare comma ("Ông A, Giám đốc Sở, trao đổi
   * với PLO chiều 5/3 rằng"), which may be a subject speaking to whom the letters usually name
   * ("…, nói với NĐT ngày 20/4 rằng": investors): a paper only where that usual sense is a name. */
  toldAfterComma?: boolean;
  /** Some use is the article's source line ("(Theo GT)", "Theo ĐV" closing a line): the paper,
   * however much the article's words speak of what its letters spell elsewhere. */
  sourceLine?: boolean;
  /** Every use is a credit on its own ("Ảnh: TL", "(Nguồn: EPA)"): what credits write short, and
   * who took the photo. */
  credited?: boolean;
  /** Every use signs a note in brackets after a dash ("(… - PV)", "(… - TS)"), or closes the article's
   * byline ("Kiều Hương (TH)"): who wrote the note, how the piece was made. */
  signed?: boolean;
  /** Before a firm's English word ("PV Oil", "NK News"): the first word of a brand's name. */
  beforeBrandWord?: boolean;
  /** Before "Bank" ("PG Bank", "VP Bank"): the first word of a bank's name. */
  beforeBankWord?: boolean;
  /** After the word for a party ("đảng AKP"): a party's name, among the senses that are. */
  afterPartyWord?: boolean;
  /** Before a contractor's trade initials ("GS E&C"): no scholar's or artist's title. */
  beforeTradeInitials?: boolean;
  /** After the word for a firm and before a foreign word ("Công ty GMO Runsystem"): a brand's. */
  brandAfterFirmWord?: boolean;
  /** Naming a road by its number written apart in most of its uses ("đường ĐT 743"): the road's kind. */
  beforeRoadNumber?: boolean;
  /** Naming the unit of a place in an address in most of its uses ("trú tại TT. Đăk Tô"). */
  beforePlaceName?: boolean;
  /** Right after a foreign name in most of its uses ("Total SA"): a firm's legal form. */
  afterForeignName?: boolean;
  /** Between two foreign words in every use ("Blue HK Investments", "Street Photo BD Magazine"):
   * a part of a foreign name. */
  insideForeignName?: boolean;
  /** Right before a country's name in most of its uses ("ĐT Pháp"): its national team. */
  beforeCountry?: boolean;
  /** Before an edition in roman figures in most of its uses ("ĐH Đoàn toàn quốc lần thứ XI"): a
   * congress. */
  beforeEdition?: boolean;
  /** The words written right beside each use, up to five before and four after with nothing but spaces
   * between: "UBKT Trung ương" is the Inspection Committee, for the glossary knows "Ủy ban Kiểm tra
   * Trung ương", and no economic committee by that name. */
  beside?: readonly WordsBeside[];
}

export interface WordsBeside {
  before: readonly string[];
  after: readonly string[];
  /** The words of an aside right after the use, in brackets or set off by commas ("SBS, đài truyền
   * hình …,", "ABC (Úc)"). */
  aside?: readonly string[];
  /** The words after "của" right after the use ("ABC của Australia"). */
  owner?: readonly string[];
}

export interface Glossary {
  readonly size: number;
  lookup(short: string, context?: string, placement?: Placement): GlossaryHit | null;
  /** Whether the glossary has an entry for this short form itself (no reading of its parts). */
  has(short: string): boolean;
  /** Whether the glossary writes this short form with its cases as given ("TT-Huế", not "VNBA" for
   * "VN - Ba"): what a form read across a space needs to be a name. */
  writesAsGiven(short: string): boolean;
  /** The form a brand styles in mixed case that a word in another case writes ("Horea" and "UpCom"
   * for "HoREA" and "UPCoM"), or undefined. */
  styledAs(word: string): string | undefined;
  /** How much the context's words speak for one sense (what `lookup` weighs senses by). */
  evidence(sense: string, context: string): number;
  /** Which English words Vietnamese words translate; read on first use. */
  readonly translations: Translations;
  /** What an English sense is called in Vietnamese, where the glossary says. */
  vietnameseName(sense: string): string | undefined;
}

// Function words, and the time words every news paragraph has ("Ngày 25/2", "12 năm tù"): they
// tell nothing about the topic, yet "ngày" alone would pick "sinh ngày" for SN.
const CONTEXT_STOPWORDS = new Set(['và', 'của', 'các', 'những', 'là', 'có', 'được', 'cho', 'với', 'trong', 'tại', 'ở', 'đã', 'sẽ', 'đang', 'này', 'đó', 'một', 'không', 'người', 'về', 'từ', 'theo', 'khi', 'cũng', 'như', 'thì', 'mà', 'để', 'ra', 'vào', 'lên', 'nhiều', 'ngày', 'tháng', 'năm', 'giờ', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'nay', 'qua', 'sau', 'trước']);
const STOPWORD_KEYS = new Set([...CONTEXT_STOPWORDS].map(syllableKey));

// A word written with its capital, as a proper name's are.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

// Senses that are a title written before a person's name: "TT Putin" is "Tổng thống", "BS Tiên" "bác sĩ".
const TITLE_SENSES = new Set([...HONORIFICS, ...RANKS, ...ROLE_HEADS]);
// Of those, the ones that also name what is done, not only who does it: a firm's name may hold them
// ("Công ty QL bay": quản lý, management; "đại diện", representation).
const ALSO_ACTIVITIES = new Set(['quản lý', 'đại diện']);
// Scholars' and artists' titles, which no firm's name takes (a director's or a lawyer's may stand
// before one: "TGĐ Air France", "Văn phòng LS C&T").
const HONOURS = new Set(['giáo sư', 'phó giáo sư', 'tiến sĩ', 'tiến sỹ', 'thạc sĩ', 'thạc sỹ', 'nghệ sĩ', 'nghệ sỹ', 'nhạc sĩ', 'nhạc sỹ']);

// A foreign public body's head word: no firm's name. Not a Vietnamese ministry's, whose letters its
// firms carry ("Công ty BQP thuộc Bộ Quốc phòng"), nor "Agency" or "Authority", which firms' and
// state companies' names hold ("Online Travel Agency", "Port of Singapore Authority").
// An organisation of states is none either ("Công ty OAS" is Brazil's builder).
const PUBLIC_BODY = /\b(?:Commission|Committee|Ministry|Department|Council|Bureau|Administration)\b|\bOrgani[sz]ation of\b/u;

/** A sense that is a person's title or rank ("Tổng thống", "Tiến sĩ"). */
export function isTitleSense(sense: string): boolean {
  return TITLE_SENSES.has(sense.toLowerCase());
}

/** Weights in a sense's bag: one of its own words (a syllable pair) in the context, one of its
 * syllables alone, and at most 1 in all for the words of longer expansions that contain it. */
const OWN_WORD = 2;
const OWN_SYLLABLE = 0.5;
/** Evidence a later sense needs over the first (the usual one): one of its own words, net. */
export const SENSE_MARGIN = OWN_WORD;

const GROUP_WORD = ['tập', 'đoàn'].map(syllableKey).join(' ');
/** Most uses stand right after "tập đoàn" (a group of firms, whose word the legal forms do not follow:
 * "Tập đoàn CP" is C.P. Group). */
function mostAfterGroupWord(beside: readonly WordsBeside[] | undefined): boolean {
  const after = (beside ?? []).filter(({ before }) => before.slice(-2).map((w) => syllableKey(w.toLowerCase())).join(' ') === GROUP_WORD);
  return after.length * 2 > (beside?.length ?? 0);
}

/** The first letters of a phrase's syllables, in capitals ("Quy định": QĐ). */
function initials(phrase: string): string {
  return phrase.split(/\s+/).map((w) => (w[0] ?? '').toUpperCase()).join('');
}

/** The kind of document a part of a number names ("QĐ": Quyết định), if it names one. */
function kindOf(part: string): string | undefined {
  return DOCUMENT_TYPES[glossaryKey(nfc(part))];
}

const DASHES = /\s*[-–]\s*/;
// A dash between parts, or a space between capitals that stands for the dash the tokenized press
// dropped ("ĐH CĐ").
const DASHED_PARTS = new RegExp(`${DASHES.source}|(?<=\\p{Lu}) (?=\\p{Lu})`, 'u');

/** "TT" of "TT-BYT", "NQ" of "NQ/TW" (the Party's documents part their kind by a slash). */
function firstPart(short: string): string {
  return nfc(short).split(/\s*[-–/]\s*/)[0] ?? '';
}

/** Authorities that issue documents: ministries, the government, committees, the central bank… */
const ISSUER = /^(bộ|chính phủ|thủ tướng|ủy ban|uỷ ban|ubnd|hội đồng|quốc hội|ngân hàng nhà nước|tổng cục|cục|sở|văn phòng|tòa án|toà án|viện kiểm sát|kiểm toán nhà nước|thanh tra)(?![\p{L}\p{M}])/iu;

const ASCII = /^[\x20-\x7e]+$/;

/**
 * The office of a people's committee or a ministry that drafted a document, written after the
 * issuer in its number ("số 235/UBND-NV": Nội vụ; "UBND-KT": Kinh tế), as Decree 30/2020/NĐ-CP has
 * units abbreviate themselves. Elsewhere the letters mean what they usually do (NV: nhân viên).
 */
const DRAFTING_OFFICES: Record<string, string> = {
  NV: 'Nội vụ', TH: 'Tổng hợp', KT: 'Kinh tế', VX: 'Văn xã', NC: 'Nội chính', CN: 'Công nghiệp',
  NN: 'Nông nghiệp', XD: 'Xây dựng', ĐT: 'Đô thị', KTTH: 'Kinh tế tổng hợp', KGVX: 'Khoa giáo - Văn xã',
  HC: 'Hành chính', TCCB: 'Tổ chức cán bộ', QLĐT: 'Quản lý đô thị', TNMT: 'Tài nguyên và Môi trường',
  CNN: 'Công nghiệp nhẹ',
};

/**
 * The senses the context may choose among. Where the first is a foreign name that spells the
 * letters, a Vietnamese sense that does not ("NHK": Nippon Hōsō Kyōkai, and "Đài truyền hình quốc
 * gia Nhật Bản") describes what the first names, and would win only for sharing the article's words.
 */
function spelledFirst(short: string, senses: string[]): string[] {
  const letters = shortLetters(short);
  const first = senses[0] ?? '';
  if (writtenInVietnamese(first) || !spells(letters, wordsIn(first, 0, first.length))) return senses;
  return senses.filter((s) => !writtenInVietnamese(s) || spells(letters, wordsIn(s, 0, s.length)));
}

/** "P&G", "E & C": a short form written with "&" joins two names' initials, so a sense that joins
 * two comes first ("Procter & Gamble" before "phiếu gửi"), and a foreign name that joins none is
 * another short form's (European Commission is no E & C). A Vietnamese reading of longer parts may
 * leave its "và" out ("khoa học xã hội nhân văn" for KHXH & NV); of two single letters it is a word
 * of two syllables ("báo cáo" is no B & C). */
function joiningSenses(short: string, senses: string[]): string[] {
  if (!short.includes('&')) return senses;
  const joins = (s: string): boolean => /&|\band\b|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])/iu.test(s);
  const letters = /^\p{Lu}\s*&\s*\p{Lu}$/u.test(short);
  return [...senses.filter(joins), ...senses.filter((s) => !joins(s) && !letters && writtenInVietnamese(s))];
}

/** "Đài PT-TH": a short form written in dashed parts puts first a sense in as many dashed parts, each
 * spelling its part ("Phát thanh - Truyền hình" before "Phổ thông Trung học"): the dash is the name's. */
function dashedFirst(short: string, senses: string[]): string[] {
  const parts = nfc(short).split(DASHED_PARTS);
  if (parts.length < 2 || senses.length < 2) return senses;
  const initials = (name: string): string => fold(name).toUpperCase().split(/[^\p{L}]+/u).filter((w) => w !== '').map((w) => w[0]).join('');
  const partFor = (sense: string): boolean => {
    const named = sense.split(/\s+[-–]\s+/);
    return named.length === parts.length && named.every((n, i) => initials(n) === fold(parts[i] ?? '').toUpperCase());
  };
  return [...senses.filter(partFor), ...senses.filter((x) => !partFor(x))];
}

const LOWER_CASE = /^\p{Ll}/u;
// Congresses, which are numbered by edition (a conference's "lần thứ" counts its sessions).
const MEETING_SENSE = /^Đại hội(?![\p{L}])/iu;
// A political party's name, in Vietnamese, English or the party's own language ("Partei", "Partisi",
// "Partido", "Parti").
const PARTY_SENSE = /^Đảng(?![\p{L}])|\b(?:Party|Partei|Partisi|Partido|Parti|Partij|Partia)\b/u;

// A city's name or word right after the letters: the cities run from Hà Nội and any "thành phố".
const CITY_AFTER = new Set(['TP', 'Tp', 'TPHCM', 'HN', 'thành phố', 'Thành phố', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);
// The provinces, before and after the 2025 merger, by their first two syllables: "BTTU Đồng Nai"
// is the province's secretary though no "tỉnh" is written.
const PROVINCES = new Set([
  'An Giang', 'Bà Rịa', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắc Lắc', 'Đăk Lăk', 'Đắk Nông', 'Đăk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang',
  'Hoà Bình', 'Hưng Yên', 'Khánh Hoà', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam',
  'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên',
  'Thanh Hoá', 'Thừa Thiên', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
].map((name) => name.split(' ').map(syllableKey).join(' ')));

/**
 * "TU TP HCM", "Thường vụ TU Hà Nội", "BTTU TP HCM": before a city, the city's committee (Thành ủy);
 * "TU tỉnh Bình Dương", "BTTU Đồng Nai" the province's (Tỉnh ủy). Where the senses hold both, alike but for that
 * word, and every use followed by a place says the same one; else undefined.
 */
function committeeOfPlace(senses: readonly string[], beside: readonly WordsBeside[]): string | undefined {
  const [town, provinceWord] = [syllableKey('thành'), syllableKey('tỉnh')];
  const key = (x: string): string => ` ${x.toLowerCase().split(' ').map(syllableKey).join(' ')} `;
  const asProvince = (x: string): string => key(x).replace(` ${town} `, ` ${provinceWord} `);
  const city = senses.find((x) => asProvince(x) !== key(x));
  const province = city && senses.find((x) => x !== city && key(x) === asProvince(city));
  if (!city || !province) return undefined;
  const said = new Set<string>();
  for (const { after } of beside) {
    if (CITY_AFTER.has(after[0] ?? '') || CITY_AFTER.has(after.slice(0, 2).join(' '))) said.add(city);
    else if (after[0] === 'tỉnh' || after[0] === 'Tỉnh' || PROVINCES.has(after.slice(0, 2).map(syllableKey).join(' '))) said.add(province);
  }
  return said.size === 1 ? [...said][0] : undefined;
}

/** The senses that may name a brand: no sense in lower case, marks or none ("doanh thu" for DT
 * Group), foreign names first ("HP Inc" is Hewlett-Packard before Hải Phòng), then Vietnamese ones
 * ("Việt Nam Thịnh Vượng" for VP Bank). Not a term nor a system ("HS Aviation" is no Harmonized
 * System); a term TERM_WORD misses is not told from a name ("HD Bank" stays High Definition). Systems
 * are left out here only: a firm's name may end in one ("General Dynamics Land Systems"). */
function brandNames(senses: string[]): string[] {
  const named = senses.filter((x) => !LOWER_CASE.test(x) && !englishTerm(x) && !/\bSystems?\b/u.test(x));
  return [...named.filter((x) => !writtenInVietnamese(x)), ...named.filter((x) => writtenInVietnamese(x))];
}

/**
 * Lookup key: NFC, separators dropped ("TP. HCM", "TP.HCM", "TPHCM" meet), upper case unless the form
 * mixes cases on purpose: "ThS" (Thạc sĩ) and "THS" (tín hiệu số) are different initialisms.
 */
export function glossaryKey(short: string): string {
  // Dashes as pages set them: "TT–Huế" (en dash), "GD‑ĐT" (no-break hyphen) are the same forms.
  // "PM2,5" is "PM2.5" as Vietnamese writes decimals.
  const joined = nfc(short).replace(/(?<=\d),(?=\d)/g, '').replace(/[\s.\-\u2010-\u2013/]+/g, '');
  // "KH&CN" is "KHCN"; but a letter alone beside "&" is written only so: "L&T", "M&A", "AT&T" are
  // not the "LT" of "(LT 07)", the "MA", the Arms Trade Treaty's ATT.
  const bare = joined.split('&').some((part) => part.length === 1) ? joined : joined.replace(/&/g, '');
  const mixed = bare !== bare.toUpperCase() && bare !== bare.toLowerCase();
  return mixed ? bare : bare.toUpperCase();
}

/** Every syllable in order, by its lookup key (lower case, one tone placement; not a readable word:
 * "của" is "cuả"): what word pairs are read from. */
function syllableRun(text: string): string[] {
  // One tone placement ("uỷ" and "ủy" alike), as the lookup keys write it: an article writes
  // "Thành uỷ" where the glossary writes "Thành ủy".
  return nfc(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((s) => s.length > 0)
    .map(syllableKey);
}

/** Topic syllables: function and time words dropped. */
function syllables(text: string): string[] {
  return syllableRun(text).filter((s) => !STOPWORD_KEYS.has(s));
}

/** Adjacent syllable pairs ("tư vấn"): most Vietnamese words are two syllables. */
function pairs(run: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < run.length; i++) out.push(`${run[i - 1]} ${run[i]}`);
  return out;
}

// Words of an English term, not of a firm's name: "Docosahexaenoic Acid", "Transmission Control
// Protocol" ("Standard & Poor’s" is a firm). Foreign firms keep theirs after a Vietnamese legal form
// ("Công ty TNHH MTV DHL", "Công ty cổ phần BMW"): a list of terms is safer than a list of what firms
// are called.
const TERM_WORD = /\b(?:Acids?|Protocols?|Virus|Syndrome|Format|Index|Rate|Ratio|Tests?|Therapy|Disease|Proteins?|Hormone|Deficiency|Tomography|Resonance|Imaging|Interface|Language|Standards?(?!\s*&)|Missiles?|Enzyme|Molecule|Compound|Oxide|Chloride|Polymer|Algorithm|Encryption|Certificate|Coefficient|Theory|Equation|Temperature|Pressure|Frequency|Spectrum|Radiation|Vehicle|Engine|Sensor|Battery|Display|Memory|Processor|Vaccines?|Vessels?|Organisms?|Quotient|Activity|Threats?)\b/;

// An English name of a bank or of the group that owns one ("Internationale Nederlanden Groep").
const BANKING = /\b(?:Bank|Banking|Bankers|Banco|Banque|Group|Groep)\b/u;
const VIETNAMESE_BANK = /^Ngân hàng(?![\p{L}])/u;
// A public body or a firm of another kind, named in capitals ("Bộ Công Thương" for BCT).
const OTHER_BODY = /^(?:Bộ|Sở|Cục|Tổng [Cc]ục|[UỦ][ỷy] [Bb]an|Viện|Trường|Đại [Hh]ọc|Bệnh [Vv]iện|Tập [Đđ]oàn|Tổng [Cc]ông [Tt]y|Công [Tt]y|Hội|Trung [Tt]âm|Ban|Quỹ)(?![\p{L}])/u;

/** A sense that may be a bank's name: in English one that says so (not Promotion Girl, High
 * Definition, the Australian Broadcasting Corporation); in Vietnamese a bank's name or a proper name
 * ("Việt Nam Thịnh Vượng" for VP Bank), not a common noun ("Cựu chiến binh") nor another kind of
 * body ("Bộ Công Thương"). */
function mayNameABank(sense: string): boolean {
  if (!writtenInVietnamese(sense)) return BANKING.test(sense);
  return VIETNAMESE_BANK.test(sense) || (sense.split(/\s+/u).every((w) => CAPITALISED.test(w)) && !OTHER_BODY.test(sense));
}

/** An English sense that is a term of a science or a trade, no firm's name. */
function englishTerm(sense: string): boolean {
  return !writtenInVietnamese(sense) && TERM_WORD.test(sense);
}

// A Vietnamese paper's name ("báo Đất Việt"), not a report ("báo cáo tài chính").
const VIETNAMESE_PAPER = /^báo \p{Lu}/u;

// A firm's name, as tickers stand for: "Công ty Cổ phần …", "Tổng công ty …", "Ngân hàng TMCP …".
const LISTED_FIRM = /^(?:(?:Tổng )?[Cc]ông ty|CTCP|Ngân hàng|Tập đoàn)(?![\p{L}])/u;

// The legal forms of Vietnamese firms.
const LEGAL_FORM_SENSE = /^(?:cổ phần|trách nhiệm hữu hạn|một thành viên)$/iu;
// Newspapers and news agencies, as the glossary names them ("báo Tuổi Trẻ", "Thông tấn xã Việt Nam",
// "Press Trust of India"). Not broadcasters ("Canadian Television Network", "Seoul Broadcasting
// System"), whose letters are more often a Vietnamese word's ("Theo CTV," is a contributor).
const PRESS = /^(?:báo|tạp chí|thông tấn xã|hãng tin)\s|^Tuổi Trẻ (?:Online|Cuối Tuần)$|\b(?:Press|Presse|Herald|Times|Post|Journal|Tribune|Gazette|Guardian|Telegraph|Zeitung|Giornalistica|Next Web)\b|\bNews|^Microsoft Network$/iu;

// Who a photo's credit names: a paper, an agency, a photo agency ("Ảnh: EPA" is the European
// Pressphoto Agency, though "Theo EPA," cites America's environment agency).
const PHOTO_SOURCE = /\b(?:Pressphoto|Agencia)\b|^Visual China\b/u;

/** The one sense a photo's credit names among `senses`, if one is a paper's or an agency's. */
function creditedSense(senses: readonly string[]): string | undefined {
  const named = senses.filter(isPhotoSource);
  return named.length === 1 ? named[0] : undefined;
}

/** A newspaper's or a news agency's name, as the glossary gives it ("báo Tuổi Trẻ"). */
export function isPressName(sense: string): boolean {
  return PRESS.test(sense);
}

/** Who a photo's credit may name: a paper, a news or a photo agency. */
export function isPhotoSource(sense: string): boolean {
  return PRESS.test(sense) || PHOTO_SOURCE.test(sense);
}

// Those that are nothing else ("cổ phần" is also the shares themselves: "981 triệu CP").
const FIRM_ONLY_SENSE = /^(?:trách nhiệm hữu hạn|một thành viên)$/iu;

// A firm's name in full, as the glossary writes Vietnamese firms.
const FIRM_SENSE = /^(?:Công ty|Tổng công ty|Tập đoàn)\s/iu;
// The words every firm's name holds, which say nothing of which firm it is.
const FIRM_NAME_WORDS = new Set(['công', 'ty', 'cty', 'ctcp', 'tổng', 'tập', 'đoàn', 'tnhh', 'mtv', 'cổ', 'phần', 'cp', 'trách', 'nhiệm', 'hữu', 'hạn', 'một', 'thành', 'viên', 'việt', 'nam', 'và'].map(syllableKey));

/** Whether the firm's name written before the letters (`firmName`) is another firm than the
 * glossary's `sense`: its own words, legal form aside, are two or more and the sense holds fewer than
 * half of them ("Công ty Cổ phần thương mại và đầu tư toàn cầu DATC" is no debt-trading firm; "Công
 * ty CP SSI", "CTCP HAG" name nothing more and keep the glossary's firm). */
function namesAnotherFirm(sense: string, firmName: string | undefined): boolean {
  const own = syllableRun(firmName ?? '').filter((s) => !FIRM_NAME_WORDS.has(s));
  if (own.length < 2) return false;
  const held = new Set(syllableRun(sense));
  return own.filter((s) => held.has(s)).length * 2 < own.length;
}

// Words of a count between a kind and its use: "lắp thêm hàng trăm BTS", "các", "gần 200".
const COUNTING = new Set(['hơn', 'gần', 'khoảng', 'trên', 'dưới', 'chừng', 'thêm', 'các', 'những', 'mọi', 'nhiều', 'vài', 'mấy', 'hàng', 'chục', 'trăm', 'nghìn', 'ngàn', 'triệu']);

// Words a figure after them dates or numbers, no amount: "năm 2019 PLN …", "số 5 …", "lúc 10 …".
const DATED = new Set(['năm', 'tháng', 'ngày', 'hôm', 'quý', 'số', 'lần', 'thứ', 'khóa', 'khoá', 'lúc', 'từ', 'đến', 'tới', 'cuối', 'đầu', 'giữa']);

const SCALE = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ']);

/** An amount right before a use ("trợ cấp 500 PLN", "3.500 PLN", "2 triệu PLN"): a figure, no year ("đến 2025
 * PLN"), no date or time ("hôm 5/8 PLN", "quý 3/2019 PLN", "lúc 10h30 PLN"), after no word that dates it. */
function amountBefore(written: readonly string[]): boolean {
  // A figure's scale between it and the use: "5,4 triệu SGD" is an amount as "500 SGD" is.
  const scaled = written.length > 1 && SCALE.has(nfc(written[written.length - 1]!).toLowerCase());
  const before = scaled ? written.slice(0, -1) : written;
  const figure = before[before.length - 1] ?? '';
  const previous = before[before.length - 2] ?? '';
  // A word before the figure, which stops at a slash or a colon ("5/8" gives "8" alone); not a
  // letter that makes a grade of it ("xăng E 5 RON 92": petrol's ethanol grade, no amount).
  // "lên đến 5.000 SGD", "lên tới 2 triệu USD": a sum reached, no date's end.
  const reached = /^(?:đến|tới)$/u.test(nfc(previous).toLowerCase()) && nfc(before[before.length - 3] ?? '').toLowerCase() === 'lên';
  return previous !== '' && /^\d[\d.,]*$/.test(figure) && !/^(?:19|20)\d\d$/.test(figure) && !/^\d/.test(previous) && !/^\p{Lu}$/u.test(previous) && (reached || !DATED.has(nfc(previous).toLowerCase()));
}

export function loadGlossary(data: GlossaryData): Glossary {
  const byKey = new Map<string, { short: string; senses: string[] }>();
  for (const [short, joined] of Object.entries(data.entries)) {
    // An empty entry holds letters only a kind word reads (kinds.tsv: "dầu DO").
    const senses = joined === '' ? [] : joined.split(SENSE_SEPARATOR).map(nfc);
    byKey.set(glossaryKey(short), { short: nfc(short), senses });
  }
  // Forms a brand styles in mixed case ("UPCoM", "HoREA"), by their capitals: articles write them
  // "UPCOM", "UpCoM", "Upcom" as often. Only where one such form has those letters and no form in
  // capitals does; five letters and four capitals at least: shorter or fewer, the letters in
  // capitals are words and names too ("DOS", "LAWS", "GLOBE", "Prep", "Fama").
  const styled = new Map<string, string | null>();
  for (const key of byKey.keys()) {
    const upper = key.toUpperCase();
    if (key === upper || key.length < 5 || countUpper(key) < 4 || byKey.has(upper)) continue;
    styled.set(upper, styled.has(upper) ? null : key);
  }
  const styledKey = (key: string): string | undefined => styled.get(key.toUpperCase()) ?? undefined;
  // Kinds by their words' lookup keys, as the words before a use are read: "hoá chất" meets "hóa chất".
  const keyedKind = (written: string): string => written.split(' ').map((w) => (w === '#' ? w : syllableKey(w))).join(' ');
  const kindsByKey = new Map(
    Object.entries(data.kinds ?? {}).map(([short, kinds]) => [glossaryKey(short), Object.fromEntries(Object.entries(kinds).map(([sense, written]) => [sense, written.map(keyedKind)]))]),
  );

  /** `senses` and the senses only a kind reads ("tàu cá BĐ 96789 TS": thủy sản), which no topic
   * chooses, with those a filter set aside ("Công ty CMC" is the firm, though Central Military
   * Commission spells the letters and the firm's name does not). */
  const withKindSenses = (entry: { short: string }, senses: string[]): string[] => [
    ...senses,
    ...Object.keys(kindsByKey.get(glossaryKey(entry.short)) ?? {}).filter((x) => !senses.includes(x)),
  ];

  /**
   * The sense the word or words right before its uses name as its kind ("vật liệu PET" is the
   * plastic, "chụp PET" the scan, "xe khách BS 38N" a plate, "500 PLN" a currency's amount): where every use written after such a
   * word says the same sense, and none stands before a name, whose title it may be ("xe BS Hùng" is a
   * doctor's car; "BS Nguyễn Văn An … xe ô tô BS 51A … BS An" the doctor). Uses after no such word say
   * nothing.
   */
  const kindBefore = (entry: { short: string; senses: string[] }, senses: string[], beside: readonly WordsBeside[]): string | undefined => {
    const kinds = kindsByKey.get(glossaryKey(entry.short));
    if (!kinds) return undefined;
    const candidates = withKindSenses(entry, senses);
    // A name after a use makes it a title only where a sense is one: "Trường ĐH Đồng Nai" is a university.
    const titled = candidates.some((sense) => TITLE_SENSES.has(sense.toLowerCase()));
    if (titled && beside.some(({ after }) => CAPITALISED.test(after[0] ?? ''))) return undefined;
    const said = new Set<string>();
    for (const { before, after, aside = [] } of beside) {
      // "nộp 2 CV", "lắp đặt hơn 1.000 BTS": the kind before a count; "tàu cá BĐ 96789 TS": before a
      // boat's province code and number.
      const all = before.map((w) => nfc(w).toLowerCase());
      const words = [...all];
      const numbered = /^\d/.test(words[words.length - 1] ?? '');
      while (words.length > 0 && (/^\d/.test(words[words.length - 1]!) || COUNTING.has(words[words.length - 1]!))) words.pop();
      if (numbered && words.length > 1 && /^\p{Lu}[\p{Lu}\p{Ll}]{0,2}$/u.test(before[words.length - 1] ?? '')) words.pop();
      const numberAfter = /^\d/.test(after[0] ?? '');
      // "hãng tin Anh PA", "tờ báo Mỹ WSJ": a country between the kind and the use says whose it is.
      const country = countryAtEnd(before);
      const ownerless = country > 0 && country < all.length ? all.slice(0, -country) : null;
      // "SBS, một trong ba đài truyền hình …", "SBS, đài truyền hình Hàn Quốc": the aside names the kind.
      const appositive = aside.map((w) => syllableKey(nfc(w).toLowerCase()));
      if (appositive[0] === syllableKey('một') && appositive[1] === syllableKey('trong')) appositive.splice(0, /^(?:\d+|những|các|số|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)$/u.test(nfc(aside[2] ?? '').toLowerCase()) ? 3 : 2);
      for (const sense of candidates) {
        // "tàu #": the kind before the use and a number after it ("tàu HQ 604" is a navy's hull).
        const named = (kinds[sense] ?? []).some((written) => {
          // "#": a figure right before the use ("trợ cấp 500 PLN" is an amount of złoty).
          if (written === '#') return amountBefore(before);
          // "> 2": the word right after the use ("bụi siêu nhỏ PM 2.5" is fine dust by its size).
          if (written.startsWith('> ')) return syllableKey(nfc(after[0] ?? '').toLowerCase()) === written.slice(2);
          const kind = written.replace(/ #$/, '');
          if (kind !== written && !numberAfter) return false;
          const n = kind.split(' ').length;
          // A kind may end in a counting word itself: "ngân hàng CB" ("hàng nghìn"). A machine is no
          // factory: "nhà máy CT" is no scanner (but "nhà trường TH" is a school).
          // One word alone may open a compound of its own ("TH, trường hợp nặng, …" is no school).
          if (kind === written && n > 1 && appositive.slice(0, n).join(' ') === kind) return true;
          return [words, all, ...(ownerless ? [ownerless] : [])].some((list) => n <= list.length && list.slice(-n).map(syllableKey).join(' ') === kind && !(n === 1 && list.at(-1) === 'máy' && list.at(-2) === 'nhà'));
        });
        if (named) said.add(sense);
      }
    }
    return said.size === 1 ? [...said][0] : undefined;
  };

  /** "Theo Đài ABC (Úc)", "Đài ABC của Australia": the one sense whose words that country renders
   * (Australian Broadcasting Corporation, not America's), where the uses that name a country agree. */
  const countryAside = (senses: string[], beside: readonly WordsBeside[]): string | undefined => {
    const named = new Set<string>();
    for (const { aside = [], owner = [] } of beside) {
      for (const words of [aside, owner]) {
        const n = countryAtStart(words);
        if (n > 0) named.add(words.slice(0, n).flatMap(syllableRun).join(' '));
      }
    }
    // Vietnam's news says "của Việt Nam" of anything ("ống nhựa PVC của Việt Nam"): no owner.
    named.delete(syllableRun('Việt Nam').join(' '));
    if (named.size !== 1) return undefined;
    const [country = ''] = named;
    const run = country.split(' ');
    const keys = run.length === 1 ? run : pairs(run);
    const owners = senses.filter((sense) => keys.every((k) => (bagOf(sense).get(k) ?? 0) >= OWN_WORD));
    return owners.length === 1 ? owners[0] : undefined;
  };

  // English word (lower case) → the Vietnamese words the table gives for it alone (not inside a
  // phrase: "security" is not "bảo hiểm xã hội"), built on first need.
  let vietnameseByEnglish: Map<string, string[]> | null = null;
  const vietnameseOf = (): Map<string, string[]> => {
    if (vietnameseByEnglish) return vietnameseByEnglish;
    const map = new Map<string, string[]>();
    for (const [vietnamese, joined] of Object.entries(data.translations ?? {})) {
      for (const unit of joined.split(SENSE_SEPARATOR)) {
        const word = unit.trim().toLowerCase();
        if (!/^[a-z]{4,}$/.test(word)) continue;
        map.set(word, [...(map.get(word) ?? []), vietnamese]);
      }
    }
    vietnameseByEnglish = map;
    return map;
  };

  // Sense bags are built on first need: only a few keys have several senses.
  let allSenses: string[] | null = null;
  const bags = new Map<string, Map<string, number>>();
  const bagOf = (sense: string): Map<string, number> => {
    const cached = bags.get(sense);
    if (cached) return cached;
    allSenses ??= [...byKey.values()].flatMap((e) => e.senses.map((s) => s.toLowerCase()));
    const bag = new Map<string, number>();
    const low = sense.toLowerCase();
    const related = allSenses.filter((other) => other !== low && other.includes(low));
    for (const other of related) for (const s of new Set(syllables(other))) bag.set(s, (bag.get(s) ?? 0) + 1 / related.length);
    // An English sense meets a Vietnamese article through the words that translate its own:
    // "International Mathematical Olympiad" through "toán học" and "Olympic". Each English word
    // weighs one word in all, however many ways the table translates it; but a rendering written
    // with a capital, a place's name mostly ("Mỹ" for American, "Trung Quốc" for China), weighs a
    // word each: it tells ABC's network from Australia's, CCTV's broadcaster from a camera.
    if (ASCII.test(sense)) {
      for (const word of low.split(/[^a-z]+/)) {
        const renderings = vietnameseOf().get(word) ?? [];
        for (const vietnamese of renderings) {
          const run = syllableRun(vietnamese);
          const place = /^\p{Lu}/u.test(vietnamese);
          const weight = place ? OWN_WORD : (run.length === 1 ? OWN_SYLLABLE : OWN_WORD) / renderings.length;
          for (const key of run.length === 1 ? run : pairs(run)) bag.set(key, Math.max(bag.get(key) ?? 0, weight));
        }
      }
    }
    // The sense's own words count as words, not syllables: "tư" of "đầu tư" is no evidence for
    // "hội đồng tư vấn", the pair "tư vấn" is.
    const own = syllableRun(low);
    if (own.length === 1) bag.set(own[0]!, OWN_WORD);
    for (const s of syllables(low)) bag.set(s, Math.max(bag.get(s) ?? 0, OWN_SYLLABLE));
    for (const pair of pairs(own)) bag.set(pair, OWN_WORD);
    for (const cue of senseCues(low)) bag.set(cueKey(cue), OWN_WORD);
    bags.set(sense, bag);
    return bag;
  };

  // Every name the glossary spells out, as words (lower case, one tone placement): what a sense and
  // the words beside a use may make together.
  let names: Set<string> | null = null;
  const nameKey = (words: readonly string[]): string => words.flatMap(syllableRun).join(' ');
  // An article asks about the same few words around hundreds of uses.
  const asked = new Map<string, boolean>();
  const isName = (words: readonly string[]): boolean => {
    const question = words.join(' ');
    const known = asked.get(question);
    if (known !== undefined) return known;
    names ??= new Set([...byKey.values()].flatMap((e) => e.senses.map((x) => nameKey([x]))));
    const answer = names.has(nameKey(words));
    if (asked.size > 10_000) asked.clear();
    asked.set(question, answer);
    return answer;
  };
  // The one sense that, with the words beside some use, makes a longer name the glossary knows; none
  // when another sense does so beside another use (or the same one). Not a firm's legal form: "Công
  // ty CP" names a joint-stock company, yet the article's other uses of CP may be its shares (where
  // most uses follow "Công ty", afterFirmNoun decides).
  // A sense that is itself the words before the use and the short form ("Honda SH" where the text
  // writes "Honda SH Mode") is named there too.
  const namedBeside = (short: string, senses: string[], beside: readonly WordsBeside[]): string | undefined => {
    const made = new Set<string>();
    for (const { before, after } of beside) {
      for (const sense of senses) {
        if (LEGAL_FORM_SENSE.test(sense)) continue;
        const written = (k: number): boolean => nameKey([...before.slice(-k), short]) === nameKey([sense]);
        // Not with half of a proper name after it: "ĐH Đồng Nai" makes no "Đại hội đồng"; a name of
        // three words is cut so too where a fourth follows it ("ĐH Bách khoa Hà Nội").
        const halfName = (k: number): boolean => CAPITALISED.test(after[k - 1] ?? '') && CAPITALISED.test(after[k] ?? '');
        const named = [1, 2, 3, 4].some((k) => (after.length >= k && !halfName(k) && isName([sense, ...after.slice(0, k)])) || (before.length >= k && (isName([...before.slice(-k), sense]) || written(k))));
        if (named) made.add(sense);
      }
      if (made.size > 1) return undefined;
    }
    return made.size === 1 ? [...made][0] : undefined;
  };

  const choose = (senses: string[], context: string | undefined, beforeName: Placement['beforeName'] = false): string => {
    const first = senses[0] ?? '';
    if (senses.length < 2) return first;
    // Before people's names, a title sense wins over the usual one, and the usual title is not lost
    // to the context: "TS Nguyễn Quốc Chính" in an article on exams is a doctor, though "thí sinh"
    // fills it; "TT Trần Văn Thời" in an article on the town stays the town.
    const titles = beforeName ? senses.filter((x) => TITLE_SENSES.has(x.toLowerCase())) : [];
    // Of two titles the article's words choose, weighed alike (neither is the usual one of the other):
    // "TBT Nguyễn Phú Trọng" at the Party's conference is its general secretary, "TBT Lê Văn A của
    // báo Tuổi Trẻ" the editor-in-chief.
    const title = titles.length > 1 && context ? mostSaid(titles, context) : titles[0];
    // "TT Trump" in an article on the media is the President all the same.
    if (title === first || (title !== undefined && beforeName === 'foreign')) return title;
    const best = context ? byContext(senses, context) : first;
    return title !== undefined && best === first ? title : best;
  };

  // The last context's words: one use is weighed several times over (most-uses.ts).
  let last: { context: string; words: Set<string> } | null = null;
  const wordsOf = (context: string): Set<string> => {
    if (last?.context !== context) last = { context, words: new Set([...syllables(context), ...pairs(syllableRun(context))]) };
    return last.words;
  };
  const scoreIn = (sense: string, words: Set<string>): number => {
    const bag = bagOf(sense);
    let score = 0;
    for (const w of words) score += bag.get(w) ?? 0;
    return score;
  };

  /** The sense the context's words speak most for; the first listed of equals. */
  const mostSaid = (senses: string[], context: string): string => {
    const words = wordsOf(context);
    return senses.reduce((best, sense) => (scoreIn(sense, words) > scoreIn(best, words) ? sense : best));
  };

  const byContext = (senses: string[], context: string): string => {
    const first = senses[0] ?? '';
    const words = wordsOf(context);
    const scoreOf = (sense: string): number => scoreIn(sense, words);
    // The first sense falls to one SENSE_MARGIN ahead of it; among the others, the first listed of
    // equals stays.
    let best = first;
    let bestScore = scoreOf(first) + SENSE_MARGIN;
    for (const sense of senses.slice(1)) {
      const score = scoreOf(sense);
      if (score > bestScore || (best === first && score === bestScore)) {
        best = sense;
        bestScore = score;
      }
    }
    return best;
  };

  /**
   * A newspaper's sense for a use that cites where the news comes from ("Theo PLO,"), among all the
   * senses (a foreign first sense leaves out "báo Pháp Luật TP.HCM", which spells no PLO). Not where
   * the usual sense is a newspaper already, nor where the article's words choose a sense ("ban hành
   * thông tư … Theo TT," is the circular), unless the use is the article's source line.
   */
  const citedPress = (short: string, all: string[], senses: string[], context: string | undefined, sourceLine: boolean): string | undefined => {
    const first = senses[0] ?? '';
    const press = joiningSenses(short, all).filter((x) => PRESS.test(x));
    if (press.length === 0 || PRESS.test(first)) return undefined;
    const chosen = choose(senses, context);
    if (!sourceLine && context && scoreIn(chosen, wordsOf(context)) >= SENSE_MARGIN) return undefined;
    return choose(press, context);
  };

  /**
   * The sense of a glossary entry where its uses stand, each way of standing in the order that
   * decides (the first that applies wins): a bank's name before "Bank"; a firm's legal form after
   * the word for a firm; a newspaper where a use cites the news's source; a city's or a province's
   * committee before its place; a sense the words beside a use name; foreign senses among foreign
   * names; a brand's name before a firm's English word; else the article's words choose (a title
   * before a person's name; none after the word for a firm nor, for a scholar's or an artist's
   * title, before a firm's English word or trade initials).
   */
  const senseOf = (entry: { short: string; senses: string[] }, short: string, context: string | undefined, placement: Placement): GlossaryHit | null => {
    const possible = dashedFirst(short, joiningSenses(short, spelledFirst(entry.short, entry.senses)));
    // "MTV EMA" is Music Television: "một thành viên" is a firm's legal form, read in a firm's name.
    const outsideFirms = placement.inFirmName ? possible : possible.filter((x) => !FIRM_ONLY_SENSE.test(x));
    const fitting = outsideFirms.length > 0 ? outsideFirms : possible;
    // Some senses show only beside their own cues (sense-cues.ts); a credit or a citation names its
    // source whatever the words around it.
    const cited = placement.cited === true && !(placement.toldAfterComma === true && LOWER_CASE.test(possible[0] ?? ''));
    const judged = context !== undefined && !placement.credited && !cited;
    // A Vietnamese paper ("báo Đất Việt" for ĐV) only where a use cites or credits it: an article
    // that names the paper in full speaks of its own units all the same ("Báo Đất Việt phỏng vấn
    // đại tá …; ĐV của ông …").
    const senses = judged ? fitting.filter((x) => cuedWhereNeeded(x.toLowerCase(), wordsOf(context)) && !VIETNAMESE_PAPER.test(x)) : fitting.filter((x) => !readOnlyInText(x.toLowerCase()));
    // A sense only its kind reads ("tàu cá … TS": thủy sản) is listed with the others, for the
    // correction form to offer it and the rest.
    const found = (long: string): GlossaryHit => ({ short: entry.short, long, senses: entry.senses.includes(long) ? entry.senses : [long, ...entry.senses] });
    // "PG Bank", "HD Bank": a bank's name, "Bank" its cue (MB Bank is the Military Bank).
    if (placement.beforeBankWord) {
      const banks = fitting.filter(mayNameABank);
      return banks.length > 0 ? found(choose(banks, context)) : null;
    }
    // "nghị sĩ thuộc đảng AKP cầm quyền ở Thổ Nhĩ Kỳ" is the party, not Cambodia's news agency.
    const parties = placement.afterPartyWord ? fitting.filter((x) => PARTY_SENSE.test(x)) : [];
    if (parties.length > 0) return found(choose(parties, context));
    // No sense the article's words allow, but one its kind reads: "cao su SBR" where the reactor
    // wants wastewater around it.
    if (senses.length === 0) {
      const kind = placement.beside ? kindBefore(entry, senses, placement.beside) : undefined;
      return kind ? found(kind) : null;
    }
    const first = senses[0] ?? '';
    // "Công ty CP Chứng khoán VNDirect": after the word for a firm, CP is its legal form, however
    // much the article says about shares (cổ phiếu).
    const legal = placement.afterFirmNoun ? senses.find((x) => LEGAL_FORM_SENSE.test(x)) : undefined;
    if (legal) return found(legal);
    // A firm's own name ("Công ty cổ phần đầu tư TCP"): better unknown than an English term
    // (Transmission Control Protocol, Docosahexaenoic Acid). Vietnamese senses stay (a line of
    // business is written short inside firms' names: "Công ty TNHH TM DV …"), and firms' names.
    if (placement.namedAsFirm && senses.every(englishTerm)) return null;
    // Where it closes the firm's name, the brand: no common noun either ("DS" is no "dân số" there).
    // Nor a paper or an agency ("Công ty TNHH vàng bạc đá quý AP" is no Associated Press).
    // Nor another firm the glossary knows by those letters, where the name writes words of its own
    // that firm's lacks ("Công ty Cổ phần thương mại và đầu tư toàn cầu DATC đang thi công" is no
    // debt-trading firm).
    if (placement.endsFirmName && senses.every((x) => englishTerm(x) || LOWER_CASE.test(x) || PRESS.test(x) || (FIRM_SENSE.test(x) && namesAnotherFirm(x, placement.firmName)))) return null;
    // "Ảnh: EPA": a photo's credit names who took it, among the senses a kind reads too ("Ảnh: PA"
    // is the Press Association, elsewhere only after "hãng tin").
    const creditable = withKindSenses(entry, senses);
    const credited = placement.credited && creditable.length > 1 ? creditedSense(creditable) : undefined;
    if (credited) return found(credited);
    const press = cited && !placement.inFirmName ? citedPress(short, entry.senses, senses, context, placement.sourceLine === true) : undefined;
    if (press) return found(press);
    const committee = placement.beside ? committeeOfPlace(senses, placement.beside) : undefined;
    if (committee) return found(committee);
    // "chiến thắng của ĐT Pháp": a team before its country (no phone, no training).
    // Not where the article speaks of phones ("hãng ĐT Hàn Quốc như Samsung … điện thoại").
    const team = placement.beforeCountry && !(context ?? '').toLowerCase().includes('điện thoại') ? senses.find((x) => x === 'đội tuyển') : undefined;
    if (team) return found(team);
    // "ĐH Đoàn toàn quốc lần thứ XI" in an article on students is the Youth Union's congress.
    const meeting = placement.beforeEdition ? senses.find((x) => MEETING_SENSE.test(x)) : undefined;
    if (meeting) return found(meeting);
    // "TBT Báo Quân đội nhân dân", "TBT tạp chí …", "TBT tờ báo …", "PV báo Người Đưa Tin": the paper
    // after a title says whose editor or reporter ("TBT báo cáo", "biện pháp TBT báo hiệu" are verbs).
    const paperAfter = ({ after }: WordsBeside): boolean => after[0] === 'Báo' || (after[0] === 'báo' && CAPITALISED.test(after[1] ?? '')) || (/^(?:tạp|Tạp)$/u.test(after[0] ?? '') && after[1] === 'chí') || (after[0] === 'tờ' && after[1] === 'báo');
    const paper = placement.beside?.some(paperAfter) ? senses.find((x) => x === 'tổng biên tập' || x === 'phóng viên') : undefined;
    if (paper) return found(paper);
    const named = senses.length > 1 && placement.beside ? namedBeside(short, senses, placement.beside) : undefined;
    if (named) return found(named);
    const kind = placement.beside ? kindBefore(entry, senses, placement.beside) : undefined;
    if (kind) return found(kind);
    // The country named beside a use says whose it is, whatever cues a sense waits for elsewhere
    // ("EXIM của Trung Quốc"); never a sense read only where the article defines it.
    const shown = fitting.filter((x) => !readOnlyInText(x.toLowerCase()));
    const owned = shown.length > 1 && placement.beside ? countryAside(shown, placement.beside) : undefined;
    if (owned) return found(owned);
    // "Blue HK Investments": inside a foreign name, no Vietnamese common noun (học kỳ); a place's
    // name may be its own ("Sheraton HN Hotel", "Oracle VN Pte. Ltd"), and so may a foreign sense
    // ("Tekla BIM Awards").
    if (placement.insideForeignName && senses.some((x) => writtenInVietnamese(x) && LOWER_CASE.test(x))) {
      const foreign = senses.filter((x) => !(writtenInVietnamese(x) && LOWER_CASE.test(x)));
      return foreign.length > 0 ? found(choose(foreign, context)) : null;
    }
    // "tàu VTB 26": between a boat's word and its number, the letters of a ship's name or its
    // owner's, which no kind above has read; no foreign bank's. A Vietnamese sense may be the
    // ship's ("tàu BP 07-12-01" is the border guard's).
    if (placement.beside?.length && placement.beside.every(shipCode) && !senses.some(writtenInVietnamese)) return null;
    // Among tickers, a listed firm, whatever else the letters spell first (POW is no prisoner of war
    // in "GAS, PVT, POW, DPM").
    // Of all the senses, not only those `fitting` keeps (a listed firm's name may end in its legal
    // form: "… Dầu khí Việt Nam – CTCP"), those whose cues the article has.
    const listed = (x: string): boolean => LISTED_FIRM.test(x) && (!judged || cuedWhereNeeded(x.toLowerCase(), wordsOf(context)));
    const firms = placement.amongTickers ? entry.senses.filter(listed) : [];
    if (firms.length > 0) return found(choose(firms, context));
    // Listed beside foreign names ("Dell, HP, Lenovo"), a usual sense that is a Vietnamese common
    // noun (HP: học phần) gives way to the foreign ones (Hewlett-Packard), the words around
    // choosing among them. A usual sense that is a name stays ("Ngân hàng TMCP Á Châu" for ACB
    // beside Vietcombank).
    const commonNoun = (x: string): boolean => writtenInVietnamese(x) && /^\p{Ll}/u.test(x);
    const foreign = placement.amongNames && commonNoun(first) ? senses.filter((x) => !writtenInVietnamese(x)) : [];
    // In a brand's name ("PV Oil", "VP Bank"), with no name among the senses, better unknown than
    // "phóng viên".
    const names = placement.beforeBrandWord && (LOWER_CASE.test(first) || englishTerm(first)) ? brandNames(senses) : null;
    // "Công ty GMO Runsystem": after the word for a firm and before the rest of its name, no term.
    if (placement.brandAfterFirmWord && senses.every(englishTerm)) return null;
    if (names?.length === 0) return null;
    const chosen = names ? choose(names, context) : foreign.length > 0 ? choose(foreign, context) : choose(senses, context, placement.beforeName);
    // "Công ty GS E&C", "tập đoàn GS (Engineering Construction - Hàn Quốc)": right after the word
    // for a firm or a group, the firm's own name, no person's title; but before a person's name the
    // title ("công ty TS Nguyễn Văn A").
    const person = TITLE_SENSES.has(chosen.toLowerCase()) && !ALSO_ACTIVITIES.has(chosen.toLowerCase());
    if ((placement.afterFirmNoun || mostAfterGroupWord(placement.beside)) && !placement.beforeName && person) return null;
    // "GS Group", "nhà thầu GS E&C": before a firm's English word or a contractor's trade initials,
    // no scholar's or artist's title.
    if ((placement.beforeBrandWord || placement.beforeTradeInitials) && !placement.beforeName && HONOURS.has(chosen.toLowerCase())) return null;
    // "Công ty SSC của Nhật": a firm is no public body (a commission, a ministry, a council).
    if (placement.afterFirmNoun && PUBLIC_BODY.test(chosen)) return null;
    return found(chosen);
  };

  /** "số 92/CV": a kind of document alone in a number is the kind (công văn, not chuyên viên). */
  const kindInNumber = (short: string, placement: Placement): GlossaryHit | undefined => {
    const kind = placement.numbered ? kindOf(short) : undefined;
    return kind ? { short: nfc(short), long: kind, senses: find(short)?.senses ?? [kind] } : undefined;
  };

  /**
   * Document numbers pair two initialisms with a hyphen ("NĐ-CP": Nghị định - Chính phủ); the first
   * names the kind of document, whatever else its letters can mean ("TT" is "thông tin" in running
   * text, "Thông tư" in "12/2013/TT-BTC"). In a number they are read so before any entry their
   * letters run together into ("18/2015/TT-BYT" is Thông tư - Bộ Y tế, not TTBYT, trang thiết bị y tế).
   */
  const documentCode = (short: string, context: string | undefined, placement: Placement): GlossaryHit | null => {
    // "1851 - CV / TU": a Party body's numbers part the kind and the issuer by a slash.
    const slashed = nfc(short).split(/\s*\/\s*/);
    const bySlash = slashed.length === 2 && kindOf(slashed[0] ?? '') !== undefined;
    const parts = bySlash ? slashed : nfc(short).split(DASHES);
    if (parts.length < 2) return null;
    // The kind usually comes first; in a document's number the issuer may come first ("12/CP-NĐ"),
    // while elsewhere a later part is no kind ("máy chụp PET-CT").
    const kindAt = kindOf(parts[0] ?? '') ? 0 : placement.numbered ? parts.findIndex((p) => kindOf(p) !== undefined) : -1;
    const longs: string[] = [];
    for (const [i, part] of parts.entries()) {
      // "Quy định số 263 - QĐ/TW": the kind the text writes out, where its initials are the part's
      // (the Party's regulations are numbered so, though QĐ is more often a decision).
      const written = placement.kindWritten && initials(placement.kindWritten) === part.toUpperCase() ? placement.kindWritten : undefined;
      const kind = i === kindAt ? (written ?? kindOf(part)) : undefined;
      if (kind) {
        longs.push(kind);
        continue;
      }
      // After its issuer in a number, the office that drafted it ("235/UBND-NV").
      const office = placement.numbered && i > 0 && ISSUER.test(longs[i - 1] ?? '') && Object.hasOwn(DRAFTING_OFFICES, part) ? DRAFTING_OFFICES[part] : undefined;
      if (office) {
        longs.push(office);
        continue;
      }
      const e = find(part);
      if (!e) return null;
      // An office the list lacks, after its issuer, is no paper the letters also spell ("số
      // 6427/BCT-CNN" before CNN was listed): the letters stay as the number writes them. A body's or
      // a programme's name may be the office's ("1021/BYT-AIDS", "3456/BNN-SPS").
      if (placement.numbered && i > 0 && ISSUER.test(longs[i - 1] ?? '') && e.senses.every((x) => PRESS.test(x))) {
        longs.push(part);
        continue;
      }
      // Beside the kind, or after the first part of a number without one ("1234/BTC-TCT"), stands
      // who issued it: prefer the senses that name an authority. Not in other pairs ("ETH-BTC").
      const issuers = kindAt >= 0 || (placement.numbered && i > 0) ? e.senses.filter((x) => ISSUER.test(x)) : [];
      // "Ảnh: EPA - EFE": in a credit, two agencies (EPA is also America's environment agency).
      const credited = placement.credited && kindAt < 0 ? creditedSense(e.senses) : undefined;
      const chosen = credited ?? choose(issuers.length ? issuers : e.senses, context);
      // Outside a document's number a pair is one name only where each part's sense is clear: the
      // part has one, or the article's words choose it. "CMA - CMG" (a shipping line misspelt) is no
      // weather agency and an IT firm, "PET-CT" no scanner and politics.
      const plain = kindAt < 0 && !placement.numbered;
      if (plain && !credited && e.senses.length > 1 && scoreIn(chosen, wordsOf(context ?? '')) < SENSE_MARGIN) return null;
      longs.push(chosen);
    }
    const long = longs.join(bySlash ? ' / ' : ' - ');
    return { short: nfc(short), long, senses: [long] };
  };

  const exact = (short: string): { short: string; senses: string[] } | undefined => {
    const key = glossaryKey(short);
    // "E&Y" says what "EY" does, though "LT" does not say "L&T".
    const keys = key.includes('&') ? [key, key.replace(/&/g, '')] : [key];
    for (const k of keys) {
      const entry = byKey.get(k) ?? byKey.get(k.toUpperCase()) ?? byKey.get(styledKey(k) ?? '');
      if (entry) return entry;
    }
    return undefined;
  };
  // "SMEs", "NGOs": a short form in the plural is its singular's, before any key its capitals make
  // ("MPs" are members of parliament, not MPS).
  const find = (short: string): { short: string; senses: string[] } | undefined => {
    const singular = singularShort(short);
    return (singular === null ? undefined : exact(singular)) ?? exact(short);
  };

  /** `sense` for `short`, as the glossary writes it if it has it ("Thị xã"), its other senses after. */
  const ownSense = (short: string, sense: string): GlossaryHit => {
    const senses = find(short)?.senses ?? [];
    const long = senses.find((x) => x.toLowerCase() === sense.toLowerCase()) ?? sense;
    return { short: nfc(short), long, senses: [long, ...senses.filter((x) => x !== long)] };
  };

  let translations: Translations | undefined;
  return {
    size: byKey.size,
    get translations() {
      translations ??= loadTranslations(data.translations ?? {});
      return translations;
    },
    evidence: (sense, context) => scoreIn(nfc(sense), wordsOf(context)),
    has: (short) => find(nfc(short)) !== undefined,
    writesAsGiven: (short) => byKey.has(glossaryKey(short)),
    styledAs(word) {
      const key = styledKey(glossaryKey(word));
      return key === undefined ? undefined : byKey.get(key)?.short;
    },
    vietnameseName: (sense) => data.names?.[sense],
    lookup(short, context, placement = {}) {
      const kind = kindInNumber(short, placement);
      if (kind) return kind;
      // Where the uses stand decides, whatever else the letters are: before a road's number, its
      // kind ("đường ĐT 743", not điện thoại); before a place in an address, its unit ("trú tại TT.
      // Đăk Tô": thị trấn, not thông tin); in a photo's credit, what credits write short ("Ảnh:
      // TL": tư liệu); signing a note, who wrote it ("(… - TS)": tòa soạn); after a foreign firm's
      // name, its legal form ("Total SA").
      const written = nfc(short);
      const placed =
        (placement.beforeRoadNumber && roadKind(written)) ||
        (placement.beforePlaceName && placeUnit(written)) ||
        (placement.credited && creditWord(written)) ||
        (placement.signed && (editorsMarkWord(written) ?? bylineWord(written))) ||
        (placement.afterForeignName && foreignLegalForm(written));
      if (placed) return ownSense(short, placed);
      // "NV1": an applicant's choice, its rank as a figure as articles write it, whatever the rank
      // (the glossary lists the first three); like a road and its number, below.
      const choice = choiceName(written);
      if (choice) return { short: written, long: choice, senses: [choice] };
      // "26-NQ/TW": a kind parted from its issuer by a slash is a document's code wherever it stands.
      const code = (placement.numbered || short.includes('/')) && kindOf(firstPart(short)) !== undefined;
      const entry = code ? undefined : find(short);
      if (entry) return senseOf(entry, short, context, placement);
      // "QL1A": a road and its number (quốc lộ 1A).
      const numbered = roadName(nfc(short));
      if (numbered) return { short: nfc(short), long: numbered, senses: [numbered] };
      return documentCode(short, context, placement);
    },
  };
}

// Words for a boat: right before letters and a number, they make the letters the boat's name.
const BOAT_WORDS = new Set(['tàu', 'thuyền', 'sà lan', 'xà lan', 'ca nô', 'xuồng']);

/** A use between a boat's word and a number: "tàu VTB 26", "sà lan HP 2345". */
function shipCode({ before, after }: WordsBeside): boolean {
  const words = before.map((w) => nfc(w).toLowerCase());
  return /^\d/.test(after[0] ?? '') && (BOAT_WORDS.has(words.at(-1) ?? '') || BOAT_WORDS.has(words.slice(-2).join(' ')));
}

/** How many of the first words name a country, written capitalised ("Úc", "Hàn Quốc"), or 0. */
function countryAtStart(words: readonly string[]): number {
  return countryWords(words, (n) => words.slice(0, n));
}

/** How many of the last words name a country, written capitalised ("Anh", "Hàn Quốc"; "anh" is a
 * brother), or 0. */
function countryAtEnd(words: readonly string[]): number {
  return countryWords(words, (n) => words.slice(-n));
}

/** The most words, three to one, whose `take(n)` is a country's name, or 0. */
function countryWords(words: readonly string[], take: (n: number) => readonly string[]): number {
  for (const n of [3, 2, 1]) {
    const part = take(n);
    if (words.length >= n && part.every((w) => /^\p{Lu}/u.test(w)) && COUNTRIES.has(nfc(part.join(' ')).toLowerCase())) return n;
  }
  return 0;
}

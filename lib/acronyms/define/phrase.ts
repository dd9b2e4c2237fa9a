/**
 * The noun phrase that names an acronym its letters do not spell: where it starts (a head noun, a
 * stop word, a verb), and which of the names in it the brackets abbreviate.
 */
import { isVietnameseSyllable } from '../letters';
import { FUNCTION_WORDS, spells, type LongWord } from '../match';
import { ADDRESSED, AIRPORTS, DELEGATION_LEADERS, CLASSIFIERS, COUNTRIES, DEEDS, DOCUMENT_HEADS, FIRMS, FIRM_ORGANS, GENERIC_HEADS, HEADS, HEAD_LETTERS, KIND_NOUNS, headLetterIn, LEFT_STOPS, LEGAL_FORM, NOT_VERBS, NOUNS_OF_SUCCESS, PERSONAL_TITLES, PERSON_WORDS, PARENT_HEADS, PLACE_UNIT, PRESIDING, QUANTITIES, ROLES, SIDES, TERM_KINDS, TREATY_HEADS, UNIT_WORD, VERBS } from './lexicon';
import { capitalised, clauseStart, commaBetween, endsCompound, endsInFirmNumber, firmOrBank, headLengthAt, inCompound, isTitle, longestAt, lower, startsWithFirm, startsWithHead, titleLength, wordsAt, writtenAt } from './words';

/**
 * Where the phrase's closing place starts (an administrative unit, then only capitalised words or a
 * number: "tỉnh Quảng Nam", "Quận 7"), or -1.
 */
export function placeAtEnd(words: LongWord[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    const next = words[i + 1] as LongWord;
    if (!capitalised(next) && !/^\d/.test(next.text)) return -1;
    if (PLACE_UNIT.test((words[i] as LongWord).text)) return i;
    if (!capitalised(words[i])) return -1;
  }
  return -1;
}

/** A firm head followed only by its legal form, with no name in it. */
function legalFormOnly(words: LongWord[]): boolean {
  const head = FIRMS.find((h) => wordsAt(words, 0, h));
  return head !== undefined && words.slice(head.length).every((w) => LEGAL_FORM.has(lower(w)));
}

function firstHead(words: LongWord[]): number {
  return nextHead(words, 0);
}

/**
 * Index of the first head from `from` on that opens a name, or -1. "cán bộ ngân hàng Đầu tư…": the
 * head is "ngân hàng", not the end of "cán bộ"; "Cục trưởng", "Tổng cục phó": a head before
 * "trưởng" or "phó" is a title, not a name.
 */
function nextHead(words: LongWord[], from: number): number {
  for (let j = from; j < words.length; j++) {
    // "Nhà máy ô tô Gorky (GAZ)": a factory's name; in lower case the factory is what a clause is about.
    const factory = capitalised(words[j]) && wordsAt(words, j, ['nhà', 'máy']);
    if ((startsWithHead(words, j) || factory) && !inCompound(words, j) && !isTitle(words, j) && !verbAfterHead(words, j)) return j;
  }
  return -1;
}

/**
 * "Công ty dự kiến phát hành …": a head followed by a word of plan or time is the sentence's
 * subject, not a name (names go on with verbs: "Cơ quan phát triển đô thị Manila").
 */
function verbAfterHead(words: LongWord[], at: number): boolean {
  const after = at + headLengthAt(words, at);
  return SUBJECT_VERBS.some((v) => wordsAt(words, after, v));
}

// Also verbs of launching and of saying, which no name goes on with ("Hãng ra mắt phiên bản chống ồn
// chủ động (ANC)": the firm is who launched it).
const SUBJECT_VERBS = [
  'dự kiến', 'dự định', 'đã', 'đang', 'sẽ', 'vừa', 'cho biết', 'ra mắt', 'trình làng', 'khẳng định', 'cho hay', 'nhấn mạnh',
  'cho rằng', 'thừa nhận', 'phủ nhận', 'cáo buộc',
].map((v) => v.split(' '));

/** The acronym has a letter for the classifying head that opens `phrase` (or it is no such head). */
function headInLetters(phrase: LongWord[], letters: string[], head = classifyingHead(phrase)): boolean {
  if (!head) return true;
  return letters[0] === (phrase[0] as LongWord).folded[0] || headLetterIn(head.join(' '), letters);
}

/** The classifying head (one of HEAD_LETTERS) that opens `phrase`, if any. */
function classifyingHead(phrase: LongWord[]): string[] | undefined {
  return HEADS.find((h) => wordsAt(phrase, 0, h) && HEAD_LETTERS[h.join(' ')] !== undefined);
}

// Heads of an office, which the police and the army name by a code ("C01", "PC02").
const OFFICE_HEADS = new Set(['văn phòng', 'cục', 'sở', 'bộ']);

/** The name after a lower-case classifying head whose letter the acronym lacks, or null. */
export function headNotInLetters(phrase: LongWord[], letters: string[]): LongWord[] | null {
  const head = classifyingHead(phrase);
  if (!head || headInLetters(phrase, letters, head)) return null;
  // "Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an (C01)": a unit's code names the office as the
  // text writes it; its letters are no initials to check the office's head against.
  if (OFFICE_HEADS.has(head.join(' ')) && letters.some((c) => /\d/.test(c))) return null;
  const name = phrase.findIndex((w, i) => i >= head.length && capitalised(w));
  // "… tuần tra phía Bắc đường ranh giới quân sự (MDL)": a side's capital opens no name.
  const side = name > 0 && SIDES.some((s) => wordsAt(phrase, name - 1, s));
  const from = name < 0 ? head.length : side ? name + 1 : name;
  return phrase.length - from >= 2 ? phrase.slice(from) : null;
}

/**
 * Whether the English name has a word for the head that opens a phrase (its first `head` words),
 * where something (the glossary) can say; see english-edges.ts's `headInEnglishName`.
 */
export type EnglishHead = (phrase: LongWord[], head: number) => boolean | null;

/** The name after a head whose word the English name lacks (see `EnglishHead`), or null. */
export function headNotInEnglishName(phrase: LongWord[], english: EnglishHead): LongWord[] | null {
  const head = HEADS.find((h) => wordsAt(phrase, 0, h));
  if (!head || english(phrase, head.length) !== false) return null;
  // "cơ quan phụ trách Hải quan …": the name starts at its first capital.
  const name = phrase.findIndex((w, i) => i >= head.length && capitalised(w));
  const from = name < 0 ? head.length : name;
  return phrase.length - from >= 2 ? phrase.slice(from) : null;
}

/**
 * Between a capitalised name and the head at `later` (itself followed by a capitalised name), lower-
 * case words that are no head: a clause ("… Campuchia quyết định giải thể đảng Cứu nguy …"), of two
 * words or more, or one word addressed to the body after it.
 */
function acted(phrase: LongWord[], later: number): boolean {
  const next = phrase[later + headLengthAt(phrase, later)];
  if (!capitalised(next)) return false;
  let i = later;
  while (i > 0 && !capitalised(phrase[i - 1])) i--;
  // "Chính phủ giao …": a capitalised head alone is the body before the clause.
  const head = headLengthAt(phrase, 0);
  if (i < head && capitalised(phrase[0])) i = head;
  const clause = phrase.slice(i, later);
  const has = (verbs: string[][]): boolean => clause.some((_, k) => verbs.some((d) => wordsAt(clause, k, d)));
  // "Chính phủ giao Tổng công ty Thép Việt Nam (VNS) tổ chức thẩm định": a task given to the body
  // right after it; elsewhere "giao" opens "giao thông", "giao dịch".
  const addressed = has(ADDRESSED) || (clause.length > 0 && lower(clause[clause.length - 1] as LongWord) === 'giao');
  // "Cơ quan Cảnh sát điều tra Bộ Công an": a ministry after a unit's name is whose it is, unless
  // something is addressed to it.
  if (!addressed && PARENT_HEADS.some((h) => wordsAt(phrase, later, h))) return false;
  const plain = !clause.some((w, k) => startsWithHead(clause, k) || FUNCTION_WORDS.has(lower(w)));
  // The name before ends in a capital, or is a head alone: "Chính phủ giao …".
  const named = capitalised(phrase[i - 1]) || (i === head && capitalised(phrase[0]));
  return i > 1 && named && (clause.length >= 2 || addressed) && plain && (addressed || has(DEEDS));
}

const PREMISES = ['văn phòng', 'trụ sở', 'nhà máy', 'kho'].map((p) => p.split(' '));

/** Where the last body or thing a verb acts on opens: a capitalised head right after a lower-case
 * verb of ADDRESSED, or any head right after one of PRESIDING; 0 when there is none. */
function lastAddressee(phrase: LongWord[]): number {
  for (let at = phrase.length - 2; at >= 2; at--) {
    if (!startsWithHead(phrase, at)) continue;
    const endsAt = (v: string[]): boolean => v.length < at && writtenAt(phrase, at - v.length, v);
    if ((capitalised(phrase[at]) && ADDRESSED.some(endsAt)) || PRESIDING.some(endsAt)) return at;
  }
  return 0;
}

/**
 * Within a head-led phrase, the name the brackets abbreviate: the second of two bodies joined by
 * "và" ("Cục Hàng không và Tổ chức HK dân dụng thế giới (ICAO)"), the body after a generic head,
 * the name after a head the letters leave out (`headNotInLetters`), or the body named after a
 * lower-case head and its description ("ban pháp chế Phòng Thương mại và công nghiệp Việt Nam (VCCI)").
 */
function innerName(phrase: LongWord[], letters: string[]): LongWord[] {
  // "Cục hàng không đề nghị Bộ Giao thông chỉ đạo Tổng công ty cảng hàng không (ACV)": what one
  // body asks of another, in lower case before the other's capitalised head, ends the first.
  // Not where the letters open with the initials of the words cut off: "Ban chỉ đạo Dự án cao tốc
  // Bắc Nam (BCĐDA)" is the board, "Đảng bộ Tập đoàn Dầu khí (ĐBTĐ)" the Party's committee.
  const opensLetters = (n: number): boolean => phrase.slice(0, n).every((w, k) => w.folded[0] === letters[k]);
  // "thỏa thuận hiệp ước Ngăn chặn … (PAROS)": an agreement's head before a treaty's says only
  // that it is agreed; the treaty's head opens the name.
  const agreement = TREATY_HEADS.find((h) => wordsAt(phrase, 0, h));
  if (agreement && !capitalised(phrase[0]) && startsWithHead(phrase, agreement.length)) return innerName(phrase.slice(agreement.length), letters);
  const addressee = lastAddressee(phrase);
  if (addressee > 0 && !opensLetters(addressee) && !spells(letters, phrase.slice(0, addressee))) return innerName(phrase.slice(addressee), letters);
  // "Hội đồng quản trị Tổng công ty Thép Việt Nam (VNS)": a firm's board or management before it.
  // Not when the letters spell the organ itself ("Hội đồng quản trị Công ty … (HĐQT)").
  const organ = longestAt(phrase, 0, FIRM_ORGANS);
  if (organ > 0 && organ < phrase.length && firmOrBank(phrase.slice(organ)) && !opensLetters(organ) && !spells(letters, phrase.slice(0, organ))) return innerName(phrase.slice(organ), letters);
  // "khu vực văn phòng Công ty TNHH Xử lý chất thải rắn Việt Nam (VWS)": a firm's premises, in lower
  // case ("Văn phòng Ngân sách Quốc hội (CBO)" is a body).
  const premises = PREMISES.find((p) => phrase[0]?.text === p[0] && wordsAt(phrase, 0, p));
  if (premises && startsWithFirm(phrase.slice(premises.length))) return innerName(phrase.slice(premises.length), letters);
  // After the first head's own words: "ban" in "Ủy ban" is no second head.
  const later = nextHead(phrase, Math.max(1, headLengthAt(phrase, 0)));
  // "… tập đoàn kiêm Tổng giám đốc công ty Cổ phần Nhiên liệu bay Petrolimex (PA)": a post before a
  // firm is held in that firm, whatever came before it.
  if (later > 0 && firmOrBank(phrase.slice(later)) && !spells(letters, phrase.slice(0, later)) && ROLES.some((r) => r.length <= later && wordsAt(phrase, later - r.length, r))) {
    return innerName(phrase.slice(later), letters);
  }
  // "tập đoàn Hoa Lâm và tập đoàn Bưu chính viễn thông Việt Nam (VNPT)": the second body's name may
  // open after its head in lower case.
  const laterNamed = capitalised(phrase[later]) || capitalised(phrase[later + headLengthAt(phrase, later)]);
  if (later > 0 && laterNamed && lower(phrase[later - 1] as LongWord) === 'và') return innerName(phrase.slice(later), letters);
  // "Toà án tối cao Campuchia quyết định giải thể đảng Cứu nguy Dân tộc Campuchia (CNRP)": a body's
  // capitalised name, then what it did in lower case, then the body it did it to.
  if (later > 0 && acted(phrase, later)) return innerName(phrase.slice(later), letters);
  // Capitalised, the generic head is the name itself ("Hội nghị Thương mại và Phát triển Liên hợp
  // quốc (UNCTAD)"), unless it is a summit of the body after it ("Hội nghị Thượng đỉnh Tổ chức Hợp
  // tác …") or the acronym has no letter for it ("Lực lượng Quân đội Arab Syria (SAA)").
  const opensName = later > 0 && (capitalised(phrase[later]) || capitalised(phrase[later + headLengthAt(phrase, later)]));
  const summit = wordsAt(phrase, 2, ['thượng', 'đỉnh']) || wordsAt(phrase, 2, ['cấp', 'cao']);
  const named = !capitalised(phrase[0]) || summit || !headInLetters(phrase, letters);
  if (opensName && named && GENERIC_HEADS.some((h) => wordsAt(phrase, 0, h))) {
    return innerName(phrase.slice(later), letters);
  }
  // "nhà máy Gasoline Systems sản xuất dây đai truyền lực biến đổi liên tục (CVT)": a body, its
  // capitalised name of two words at least, then what it does to a thing in lower case: the thing is
  // what is named ("Tập đoàn Hòa Phát sản xuất thép cán nóng (HRC)").
  // Also a head and a country or a foreign name: "Quân đội Nga đưa ra thông báo hàng không (NOTAM)"
  // (not "Văn phòng Công nhận chất lượng (BoA)", whose "Công" is a word's first syllable).
  const head = headLengthAt(phrase, 0);
  const nameWord = (w: LongWord): boolean => COUNTRIES.has(lower(w)) || !isVietnameseSyllable(w.text);
  // "Một tập đoàn vũ khí Nga phát triển … (UAV)": a lower-case head and its description, ending in
  // a country, before a verb.
  const country = (i: number): boolean => [1, 2].some((n) => i - n > head && capitalised(phrase[i - n]) && COUNTRIES.has(phrase.slice(i - n, i).map(lower).join(' ')));
  // Or ending in a foreign name: "tập đoàn quốc phòng LTV nghiên cứu tên lửa siêu tốc (HVM)" (not a
  // legal form: "công ty CP phát triển đầu tư đô thị dầu khí" is a firm's whole name).
  const foreign = (i: number): boolean => i - 1 >= head && !isVietnameseSyllable((phrase[i - 1] as LongWord).text) && !LEGAL_FORM.has(lower(phrase[i - 1] as LongWord));
  const body = (i: number): boolean =>
    capitalised(phrase[i - 1]) && ((i > 2 && capitalised(phrase[i - 2])) || (head > 0 && i === head + 1 && capitalised(phrase[0]) && nameWord(phrase[i - 1] as LongWord)) || (head > 0 && !capitalised(phrase[0]) && (country(i) || foreign(i))));
  const verbAt = (i: number): boolean => i > 1 && verbLengthAt(phrase, i) > 0;
  let deed = phrase.findIndex((_w, i) => verbAt(i) && body(i));
  // "Bộ Quốc phòng Mỹ công bố Đánh giá Cấu trúc Lực lượng (FSA)": a capitalised body ending in a
  // country, where no other body acts later ("Bộ Ngoại giao Mỹ phê chuẩn Ba Lan mua … (JASSM)" is
  // what Poland buys, found above), and neither a verb nor a country after it ("… đề xuất Quốc hội
  // Mỹ gia hạn …"), nor "và", where the term rules would cut it ("… theo dõi tên lửa siêu vượt âm và
  // đạn đạo (HBTSS)" read "siêu vượt âm và đạn đạo"); what it does may be named in capitals.
  const ministry = deed < 0 && head > 0 && capitalised(phrase[0]) ? phrase.findIndex((_w, i) => verbAt(i) && capitalised(phrase[i - 1]) && country(i)) : -1;
  const done = ministry > 0 ? phrase.slice(ministry + verbLengthAt(phrase, ministry)) : [];
  const cut = (words: LongWord[]): boolean => words.some((w, k) => verbLengthAt(words, k) > 0 || countryLengthAt(words, k) > 0 || lower(w) === 'và');
  const byMinistry = ministry > 0 && !cut(done);
  if (byMinistry) deed = ministry;
  const thing = deed > 0 ? phrase.slice(deed + verbLengthAt(phrase, deed)) : [];
  // "Tập đoàn Raytheon ra mắt dự án Tên lửa chống tăng tốc độ cao (HATM)": a project's name in
  // capitals after its lower-case head.
  const headed = !capitalised(thing[0]) && classifyingHead(thing) !== undefined && thing.slice(headLengthAt(thing, 0)).every((w, k) => k > 0 || capitalised(w));
  const lowerOrNamed = thing.every((w) => !capitalised(w)) || (byMinistry && capitalised(thing[0])) || headed;
  // "Bộ Quốc phòng Mỹ thúc đẩy chương trình tiêm kích thế hệ sáu (NGAD)": the programme has no letter.
  if (thing.length >= 2 && lowerOrNamed && !spells(letters, phrase.slice(0, deed))) return byMinistry || headed ? (headNotInLetters(thing, letters) ?? thing) : thing;
  if (startsWithFirm(phrase)) return phrase;
  // "đảng cầm quyền Luật pháp và Công lý (PiS)", "đảng đối lập Cộng hoà Nhân dân (CHP)": a party
  // described in lower case before its name is named by the name.
  // Not where too little is left to be a name ("đảng cực hữu Tự do (FPO)", "đảng cầm quyền Likud").
  const described = phrase[0]?.text === 'đảng' ? phrase.findIndex((w) => capitalised(w)) : -1;
  const partyName = phrase.slice(described);
  const nameLeft = partyName.length >= 3 || (partyName.length === 2 && partyName.some((w) => !isVietnameseSyllable(w.text)));
  if (described >= 2 && described <= 4 && nameLeft && !spells(letters, phrase.slice(0, described))) return partyName;
  // Capitalised, "Tổ chức" translates whatever word heads the English name (Group, Corporation,
  // Watch), so only the heads whose English word is fixed are read this way.
  const unnamed = capitalised(phrase[0]) && wordsAt(phrase, 0, ['tổ', 'chức']) ? null : headNotInLetters(phrase, letters);
  if (unnamed) return unnamed;
  if (capitalised(phrase[0])) return phrase;
  // A lower-case head, its description, then a body's capitalised name: "cơ quan thông tấn Nhà nước
  // Triều Tiên (KCNA)" is the agency itself, but "ban pháp chế Phòng Thương mại … (VCCI)" a part of it.
  const headLength = headLengthAt(phrase, 0);
  const name = phrase.findIndex((w, i) => i >= headLength && capitalised(w));
  // "cơ quan điều tra Bộ Quốc phòng (CQĐT)": the letters spell the head and its description.
  if (name <= headLength || !startsWithHead(phrase, name) || spells(letters, phrase.slice(0, name))) return phrase;
  return phrase.slice(name);
}

/** Words in the country named at `at` ("Hàn Quốc", "Mỹ"), or 0. */
function countryLengthAt(words: LongWord[], at: number): number {
  return [2, 1].find((n) => at + n <= words.length && COUNTRIES.has(words.slice(at, at + n).map(lower).join(' '))) ?? 0;
}

/** 1 where `words` open with "cựu" or "nguyên" (former), else 0. */
function formerAt(words: LongWord[]): number {
  return ['cựu', 'nguyên'].includes(words[0]?.lower ?? '') ? 1 : 0;
}

/** Words in the longest verb of VERBS written at `at` (in lower case, so not a name's, unless
 * `anyCase`: a sentence's first word), or 0. */
export function verbLengthAt(words: LongWord[], at: number, anyCase = false): number {
  let longest = 0;
  const written = (w: LongWord | undefined): string | undefined => (anyCase && w ? lower(w) : w?.text);
  for (const v of VERBS) {
    if (v.length > longest && v.every((part, k) => written(words[at + k]) === part) && !inWordWith(words, at, v.length) && !inTerm(words, at, v)) longest = v.length;
  }
  return longest;
}

/** The verb `v` at `at` is a word of a term: "yếu tố thành công then chốt (KSF)", "kế hoạch tiếp tục
 * kinh doanh (BCP)". "tiếp tục" is a verb only before a name ("tiếp tục Đường sắt bờ biển phía đông"). */
function inTerm(words: LongWord[], at: number, v: string[]): boolean {
  const verb = v.join(' ');
  if (verb === 'tiếp tục') return !capitalised(words[at + 2]);
  const before = `${words[at - 2]?.lower ?? ''} ${words[at - 1]?.lower ?? ''}`;
  // "gửi thông điệp hành động khẩn cấp (EAM)" sends it; "tiền gửi thanh toán (CASA)", "dịch vụ gửi
  // tin nhắn đa phương tiện (MMS)" are terms.
  if (verb === 'gửi') return SENT_BY.has(words[at - 1]?.lower ?? '') || before === 'dịch vụ';
  // "Tỷ lệ tận dụng công suất (CUR)", "Hệ số tận dụng công suất lắp đặt (CF)": what is measured.
  if (verb === 'tận dụng') return RATES.has(before);
  // "tỷ lệ đảm bảo nợ vay (DSCR)": what a rate measures; elsewhere what a rule ensures ("là đảm bảo
  // tỉ lệ an toàn vốn tối thiểu (CAR)").
  if (verb === 'đảm bảo') return RATES.has(before) || RATES.has(words[at - 1]?.lower ?? '') || words[at - 1]?.lower === 'mức';
  // So is a defeat a campaign names: "Chiến dịch đánh bại bệnh sốt rét (RBM)".
  if (verb === 'đánh bại') return ['chiến dịch', 'chương trình', 'sáng kiến', 'liên minh', 'quỹ'].some((head) => before.endsWith(head));
  // "đặt mục tiêu loại trừ bệnh sốt rét", "loại bỏ …": what is removed, unless a head or "về" opens
  // the removal as a thing ("Hệ thống loại bỏ nitơ sinh học (BNR)", "Công ước về loại trừ mọi hình
  // thức phân biệt đối xử với phụ nữ (CEDAW)").
  if (verb === 'loại bỏ' || verb === 'loại trừ') return words[at - 1]?.lower === 'về' || HEADS.some((h) => h.length <= at && wordsAt(words, at - h.length, h));
  // "Nga thiết kế đầu dò radar chủ động (ARH)": designed by whom a capital names; elsewhere a
  // design ("nhà thiết kế sản phẩm gốc (ODM)", "Phương pháp thiết kế hướng đối tượng (OOD)"), and
  // likewise a study ("Viện nghiên cứu …", "chương trình nghiên cứu …").
  if (verb === 'thiết kế' || verb === 'nghiên cứu') return !capitalised(words[at - 1]);
  // "kế hoạch thực hiện chung toàn diện (JCPOA)", "Khung thực hiện chung (CIF)", "Quy trình thực hiện
  // tốt nông nghiệp (GAP)": a plan's or a procedure's action.
  if (verb === 'thực hiện') return ACTION_NOUNS.has(before) || ACTION_NOUNS.has(words[at - 1]?.lower ?? '');
  return verb === 'thành công' && NOUNS_OF_SUCCESS.has(before);
}

const RATES = new Set(['tỷ lệ', 'tỉ lệ', 'hệ số', 'mức độ']);
// What is carried out, as a term's word ("kế hoạch thực hiện", "quy trình thực hiện").
const ACTION_NOUNS = new Set(['kế hoạch', 'khung', 'cơ chế', 'quy trình', 'chương trình', 'phương án', 'lộ trình', 'hướng dẫn', 'cơ quan', 'đơn vị', 'quy tắc']);
// "tiền gửi" (a deposit), "người gửi" (a sender), "ký gửi" (consignment).
const SENT_BY = new Set(['tiền', 'người', 'ký']);

/** The one-syllable verb at `at` is a syllable of a word with its neighbour ("tiêu dùng", "lập trình"). */
function inWordWith(words: LongWord[], at: number, length: number): boolean {
  if (length !== 1) return false;
  const pair = (i: number): string => `${words[i]?.lower ?? ''} ${words[i + 1]?.lower ?? ''}`;
  return NOT_VERBS.has(pair(at - 1)) || NOT_VERBS.has(pair(at));
}

// Classifiers that are never a syllable of another word ("hiệu quả", "lôi cuốn", "Cuộc thám hiểm").
const PURE_CLASSIFIERS = new Set(['chiếc', 'quyển']);

// Words that count what follows them, before a classifier.
const COUNTS = new Set(['mỗi', 'từng', 'một', 'hai', 'ba', 'các', 'những', 'nhiều', 'vài']);

// Verbs of support a subject may have before a body's name, beside DEEDS.
const SUPPORTS = ['hỗ trợ', 'giúp đỡ', 'huấn luyện', 'trang bị', 'viện trợ'].map((v) => v.split(' '));

/**
 * A term without a head noun: a lower-case verb, "và" or a word such as "cán bộ" before it ends it
 * ("đưa trí tuệ nhân tạo (AI)", "đồng peso và đồng peso chuyển đổi (CUC)"), and so do a quantity, a
 * classifier, a role and descriptions before a capitalised name. `namedAcrossAnd`: the words named
 * a capitalised head the letters left out, and run across "và" ("Chương trình vũ khí và chi tiêu
 * quân sự (AMEX)").
 */
function headlessTerm(words: LongWord[], atSentenceStart = false, firstLetter = '', namedAcrossAnd = false): LongWord[] {
  let phrase = words;
  let cut = 0;
  for (let i = 0; i < phrase.length; i++) {
    // "gấp 250% tổng sản phẩm quốc nội (GDP)", "Hàng trăm chiến binh …", "120 mm giáp thép … (RHA)":
    // a quantity (and its unit) before the term is not part of it.
    const w = phrase[i] as LongWord;
    // "cán bộ Công an …" ends in a head's syllable; "Quốc hội Triều Tiên (SPA)" is a name.
    const commonWord = endsCompound(phrase, i) && !capitalised(phrase[i - 1]);
    // "thực hiện tốt hơn Quy tắc … (CUES)": a comparison says how, and ends what comes before a
    // capitalised name ("Dự luật Chăm sóc Tốt hơn (BCA)", "Ngày Internet an toàn hơn (SID)" end in
    // theirs).
    const comparison = w.text === 'hơn' && !capitalised(phrase[i - 1]) && capitalised(phrase[i + 1]);
    if ((lower(w) === 'và' && !namedAcrossAnd) || comparison || commonWord || /^\d/.test(w.text) || QUANTITIES.has(w.text)) cut = i + 1;
    if (/^\d/.test(w.text) && UNIT_WORD.test(phrase[i + 1]?.text ?? '')) cut = i + 2;
    // "Cục trưởng Cảnh sát … - C 50": what follows a title is the body it heads.
    if (isTitle(phrase, i)) cut = Math.max(cut, i + titleLength(phrase, i));
    const verb = verbLengthAt(phrase, i);
    if (verb > 0 && i + verb < phrase.length) cut = Math.max(cut, i + verb);
    for (const side of SIDES) if (i + side.length < phrase.length && wordsAt(phrase, i, side)) cut = Math.max(cut, i + side.length);
    // "cán bộ, nhân viên bảo đảm hoạt động bay (ANS)", "một thành viên đội đặc nhiệm Mỹ (SWAT)": the
    // staff or a member of a service are no part of its name.
    if (i + 3 < phrase.length && (wordsAt(phrase, i, ['nhân', 'viên']) || wordsAt(phrase, i, ['thành', 'viên']))) cut = Math.max(cut, i + 2);
  }
  phrase = phrase.slice(cut);
  // "mẫu máy bay không người lái (UAV)", "khối chất nổ tự chế (IED)": a classifier counts or sorts
  // the thing; the term starts after it, when it opens the phrase ("Chiếc máy bay …") or follows a
  // count ("Mỗi quả tên lửa …").
  const counted = (i: number): boolean => i === 0 || /^\d/.test((phrase[i - 1] as LongWord).text) || COUNTS.has(lower(phrase[i - 1] as LongWord));
  // "Trung Quốc thu giữ chiếc tàu lặn không người lái (UUV)": a pure classifier counts the thing
  // wherever it stands.
  // "phiên bản" (a version) is a kind of the thing, read below, not the classifier "phiên".
  const sorts = (w: LongWord, i: number): boolean => CLASSIFIERS.has(lower(w)) && (counted(i) || PURE_CLASSIFIERS.has(lower(w))) && longestAt(phrase, i, KIND_NOUNS) === 0;
  const classifier = phrase.findIndex((w, i) => i < phrase.length - 2 && sorts(w, i));
  if (classifier >= 0) phrase = phrase.slice(classifier + 1);
  const kind = longestAt(phrase, 0, KIND_NOUNS);
  if (kind > 0 && phrase.length - kind >= 2) phrase = phrase.slice(kind);
  // "thử nghiệm thành công loại tên lửa hành trình siêu thanh (KXW)": a type of the thing (not the
  // verbs "loại bỏ", "loại trừ": see inTerm).
  if (phrase[0]?.lower === 'loại' && phrase.length >= 3 && !['bỏ', 'trừ'].includes(phrase[1]?.lower ?? '')) phrase = phrase.slice(1);
  // "cựu cố vấn an ninh quốc gia Mỹ (NSA)": that the post was held is the person's, not the post's.
  const former = formerAt(phrase);
  if (former > 0 && longestAt(phrase, former, ROLES) > 0) phrase = phrase.slice(former);
  // "Phát ngôn viên Vệ binh Cách mạng Hồi giáo Iran (IRGC)": a role before a name says who spoke.
  // Not before a description in lower case, which the role may head ("giám đốc phụ trách nhân sự
  // toàn cầu (CHRO)", "quản lý dịch hại tổng hợp (IPM)").
  const role = longestAt(phrase, 0, ROLES);
  // Not when the role and a field are the whole name: "Giám đốc Tài chính (CFO)".
  // A body after the role is its ("cựu giám đốc đơn vị điều tra tai nạn hàng không Pháp (BEA)").
  const body = startsWithHead(phrase, role) || wordsAt(phrase, role, ['đơn', 'vị']);
  if (role > 0 && (capitalised(phrase[role]) || body) && phrase.length - role >= 3) phrase = phrase.slice(role);
  // "Trưởng đoàn quan chức cấp cao (SOM)": who leads a delegation heads no description; what follows
  // names the delegation's meeting or body.
  const leader = longestAt(phrase, 0, DELEGATION_LEADERS);
  if (leader > 0 && phrase.length - leader >= 2) phrase = phrase.slice(leader);
  // "chủ tịch HĐQT NH Quốc tế Việt Nam (VIB)": a board before a bank with no head word the list knows.
  const organ = longestAt(phrase, 0, FIRM_ORGANS);
  if (organ > 0 && firmOrBank(phrase.slice(organ))) phrase = phrase.slice(organ);
  // "hỗn hợp Axit Flohydric (HF)", "Hàng trăm chiến binh Nhà nước Hồi giáo (IS)": lower-case words
  // before a capitalised name say what it is.
  const named = (from: number): boolean => {
    const run = phrase.slice(from);
    return run.length >= 2 && 2 * run.filter((w) => capitalised(w)).length >= run.length;
  };
  let name = phrase.findIndex((w) => capitalised(w));
  // "Hoả hoạn đe doạ căn cứ Allied Land Command (LANDCOM)": the capital a sentence opens with, lower
  // case after it, opens no name; a foreign name that closes the phrase does.
  // Only a body's English name that may give the first letter: a ship's, a telescope's, a league's
  // name is what the Vietnamese words before it describe ("Tàu sân bay USS Carl Vinson (CVN)",
  // "Kính viễn vọng không gian NASA James Webb (JWST)", "Giải ngoại hạng Anh Premier League (NHA)").
  if (name === 0 && atSentenceStart && !capitalised(phrase[1])) {
    let foreign = phrase.length;
    while (foreign > 0 && capitalised(phrase[foreign - 1]) && !isVietnameseSyllable((phrase[foreign - 1] as LongWord).text)) foreign--;
    const run = phrase.slice(foreign);
    const bodyName = ENGLISH_BODIES.has(run[run.length - 1]?.folded ?? '');
    if (run.length >= 2 && bodyName && run.some((w) => w.folded[0] === firstLetter)) name = foreign;
  }
  // "Mỹ tiếp tục hỗ trợ Đơn vị Phòng vệ Nhân dân (YPG)": a capitalised subject, its verb in lower
  // case, then a name. Lower-case words with no verb are the name's own ("Nguyên phụ liệu Giày da",
  // "Tuần lễ thời trang quốc tế Việt Nam").
  if (name >= 0 && !named(name)) {
    let subject = name;
    while (capitalised(phrase[subject + 1])) subject++;
    const next = phrase.findIndex((w, i) => i > subject && capitalised(w));
    const gap = next > 0 ? phrase.slice(subject + 1, next) : [];
    const acts = gap.some((_, k) => verbLengthAt(gap, k) > 0 || [...DEEDS, ...ADDRESSED, ...PRESIDING, ...SUPPORTS].some((v) => writtenAt(gap, k, v)));
    if (acts && named(next)) name = next;
  }
  const place = name > 0 && PLACE_UNIT.test((phrase[name - 1] as LongWord).text);
  // "sân bay quốc tế Los Angeles (LAX)": an airport's code, which opens with its place's letter,
  // stands for the airport, named by its word and its place ("sân bay Long Thành (ACV)" names the
  // airport's operator, "sân bay Nội Bài (VNA)" an airline).
  const airport = name > 0 ? AIRPORTS.find((a) => a.length <= name && wordsAt(phrase, name - a.length, a)) : undefined;
  if (airport && named(name) && phrase[name]?.folded[0] === firstLetter) return phrase.slice(name - airport.length);
  // "tỷ giá của đồng Việt Nam (VND)": a currency is named by its word and its country.
  const currency = name > 0 && lower(phrase[name - 1] as LongWord) === 'đồng' && countryLengthAt(phrase, name) === phrase.length - name;
  if (currency) phrase = phrase.slice(name - 1);
  else if (name > 0 && !place && named(name)) phrase = phrase.slice(name);
  // "tàu USS Antietam của Mỹ tuần tra tự do hàng hải (FONOP)": a country before a term in lower case
  // is who does it; written with its capital, since "pháp", "ý" and "anh" open common words ("pháp nhân").
  const country = capitalised(phrase[0]) ? countryLengthAt(phrase, 0) : 0;
  if (country > 0 && phrase.length - country >= 2 && phrase.slice(country).every((w) => !capitalised(w))) phrase = phrase.slice(country);
  return phrase;
}

// Words that open a sentence's time or source before its comma.
const ADVERBIAL_OPENERS = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'ngày', 'tuần', 'tháng', 'năm', 'sau', 'trước', 'theo', 'khi', 'trong', 'tại', 'hiện', 'đến']);
// A sentence's link to the one before, whole, before its comma ("Ngoài ra, hidro xyanua (HCN)"); its
// first word alone is often a preposition before a name ("Ngoài Ban Chỉ đạo phòng, chống …").
const CONNECTIVES = ['ngoài ra', 'tuy nhiên', 'vì vậy', 'do đó', 'do vậy', 'đặc biệt', 'cụ thể', 'bên cạnh đó', 'trong khi đó', 'mặt khác'].map((c) => c.split(' '));

// Prepositions that may end a term with where or how it is done: "chụp ảnh đội hình từ trên không
// (PHOTOEX)", "bài kiểm tra viết trên máy tính (UTBK)", "đường truyền dữ liệu trong khi bay (IFDL)".
const TERM_PREPOSITIONS = new Set(['từ', 'trên', 'trong', 'qua', 'dưới']);

// The words before such a preposition that may be the start of the term: a few after a stop word
// ("gồm chụp ảnh đội hình"), or what follows a verb the term is the object of ("sử dụng tấm đổi
// hướng luồng khí xả"). More, or a clause from the sentence's start, hold a subject and its verb
// ("Lợi nhuận ngân hàng tăng mạnh trong quý").
const MAX_LEAD_AFTER_STOP = 4;
const MAX_LEAD_AFTER_VERB = 6;

/** Lower-case words after such a preposition too few for the letters (fewer than three for four)
 * are no term alone: the term runs back across it to the start found before it. */
function acrossPlacePreposition(text: string, words: LongWord[], phrase: LongWord[], letters: string[]): LongWord[] {
  const at = words.length - phrase.length - 1;
  const prep = words[at];
  if (!prep || !TERM_PREPOSITIONS.has(lower(prep)) || phrase.length === 0 || 4 * phrase.length >= 3 * letters.length || phrase.some((w) => capitalised(w))) return phrase;
  if (commaBetween(text, prep, phrase[0] as LongWord) || (at > 0 && commaBetween(text, words[at - 1] as LongWord, prep))) return phrase;
  const before = words.slice(0, at);
  const from = clauseStart(text, before, false);
  const lead = before.slice(from);
  let verbEnd = -1;
  for (let i = 0; i < lead.length; i++) {
    const verb = verbLengthAt(lead, i);
    if (verb > 0) verbEnd = Math.max(verbEnd, i + verb);
  }
  const afterVerb = verbEnd >= 0 ? lead.slice(verbEnd) : [];
  const start =
    afterVerb.length >= 2 && afterVerb.length <= MAX_LEAD_AFTER_VERB ? afterVerb
    : verbEnd < 0 && from > 0 && lead.length >= 2 && lead.length <= MAX_LEAD_AFTER_STOP ? lead
    : null;
  return start && !start.some((w) => capitalised(w)) ? words.slice(at - start.length) : phrase;
}

// Words before a body that make it the source or the place of what follows its comma: "Theo Ngân
// hàng Nhà nước, Vietcombank (VCB) …" names two bodies.
const SOURCE_WORDS = new Set(['theo', 'tại', 'ở', 'từ', 'với', 'của']);

/**
 * "Cơ quan Khí tượng, Khí hậu và Địa lý (BMKG)", "tổng công ty Thăm dò, Khai thác dầu khí (PVEP)": a
 * body's fields listed with a comma after its head. The phrase after the comma opens with a capital,
 * heads no body of its own and is Vietnamese words (not another body's name: "Vietcombank"); one to
 * three words, the first capitalised, sit between a head and the comma; the name runs back to that
 * head, unless a word of source or place comes before it.
 */
function listedFieldsBefore(text: string, words: LongWord[], phrase: LongWord[]): LongWord[] {
  const at = words.length - phrase.length;
  const first = phrase[0];
  // "Bộ Ngoại giao, Trưởng đoàn …": a role after the comma is someone of the body before it.
  const role = longestAt(phrase, 0, ROLES) > 0 || PERSON_WORDS.some((p) => wordsAt(phrase, 0, p));
  const vietnamese = phrase.every((w) => isVietnameseSyllable(w.text));
  if (at < 2 || !first || !capitalised(first) || role || !vietnamese || startsWithHead(phrase, 0) || !commaBetween(text, words[at - 1] as LongWord, first)) return phrase;
  for (let h = at - 2; h >= Math.max(0, at - 8); h--) {
    if (headLengthAt(words, h) === 0 || inCompound(words, h) || isTitle(words, h)) continue;
    // The longest head ending there: "tổng công ty", not its "công ty".
    while (h > 0 && headLengthAt(words, h - 1) > headLengthAt(words, h)) h--;
    if (h > 0 && SOURCE_WORDS.has(lower(words[h - 1] as LongWord))) return phrase;
    const fields = words.slice(h + headLengthAt(words, h), at);
    const listed = fields.length > 0 && fields.length <= 6 && capitalised(fields[0]) && fields.every((w, k) => capitalised(w) || (k > 0 && !LEFT_STOPS.has(lower(w))));
    if (listed && !fields.some((w, k) => k > 0 && commaBetween(text, fields[k - 1] as LongWord, w))) return words.slice(h);
    // "Cục Bảo tồn Công viên tự nhiên, Động thực vật …": a head inside a field ("Công viên") is no
    // body's; the name's may stand before it.
  }
  return phrase;
}

/**
 * The noun phrase that names the acronym on its left when its letters do not spell it: from the
 * first organisation head of the clause, else from after the last verb or "và".
 */
export function namedPhrase(text: string, words: LongWord[], letters: string[]): LongWord[] | null {
  let phrase = words.slice(clauseStart(text, words, false));
  phrase = acrossPlacePreposition(text, words, phrase, letters);
  phrase = listedFieldsBefore(text, words, phrase);
  let head = firstHead(phrase);
  if (head < 0) {
    // A clause cut by a comma inside a capitalised name ("về Giải pháp quản lý, điều hành đô thị…"):
    // cross the comma once when the earlier part opens with a capital right after a stop word.
    const wider = words.slice(clauseStart(text, words, true));
    const opensName = wider.length > phrase.length && capitalised(wider[0]);
    const before = words[words.length - wider.length - 1];
    // "ông Nguyễn Văn Cường, cán bộ …": after a personal title the capitals are a person's name.
    const stopped = !before || (LEFT_STOPS.has(lower(before)) && !PERSONAL_TITLES.has(lower(before)));
    // "Sáng nay, phiên đấu giá …", "Theo Sputnik, biên đội …": a sentence opening with when or
    // whose word, not a name with a comma in it.
    const connective = CONNECTIVES.some((c) => wordsAt(wider, 0, c) && wider[c.length] !== undefined && commaBetween(text, wider[c.length - 1] as LongWord, wider[c.length] as LongWord));
    const adverbial = connective || (wider.length > 0 && [wider[0], before].some((w) => w !== undefined && ADVERBIAL_OPENERS.has(lower(w))));
    // "tướng Andrei Koban, chỉ huy Binh chủng …", "…, cựu giám đốc …": a person, then the post they
    // hold, or held.
    if (opensName && stopped && !adverbial && longestAt(phrase, formerAt(phrase), ROLES) === 0) {
      phrase = wider;
      head = firstHead(phrase);
    }
  }
  const unopened = withoutOpeningVerb(text, phrase, letters);
  if (unopened !== phrase) {
    phrase = unopened;
    head = firstHead(phrase);
  }
  // "Quốc Dân đảng (KMT)": a head after the capitalised words of the name closes it.
  // "Quốc dân đảng (KMT)": title case capitalises only a word's first syllable; one word, not a
  // place and a verb ("Syria khiến liên minh", "Trung Quốc thăm tổ chức").
  const titleCased = head > 1 && capitalised(phrase[head - 2]) && !capitalised(phrase[head - 3]) && !COUNTRIES.has(lower(phrase[head - 2] as LongWord)) && verbLengthAt(phrase, head - 1) === 0;
  const closing = head > 0 && head + headLengthAt(phrase, head) === phrase.length && (capitalised(phrase[head - 1]) || titleCased);
  if (closing) {
    let from = head - (capitalised(phrase[head - 1]) ? 0 : 1);
    while (from > 0 && capitalised(phrase[from - 1])) from--;
    phrase = phrase.slice(from);
  } else if (head >= 0) {
    const headed = phrase.slice(head);
    phrase = innerName(headed, letters);
    // "các hệ thống không gian mạng và máy bay không người lái (UAV)": past a head the letters leave
    // out, a lower-case remainder is a term like any other; but after a capitalised head the letters
    // leave out, the name runs across "và" to the brackets ("Chương trình vũ khí và chi tiêu quân sự
    // (AMEX)" is Arms and Military Expenditure). Not a head capitalised only as the sentence's first
    // word, nor a phrase that does something ("Chương trình hỗ trợ nông dân và doanh nghiệp nhỏ và
    // vừa (SME)": the term is after "và").
    const left = headed.slice(0, headed.indexOf(phrase[0] as LongWord));
    const acts = phrase.some((_, k) => verbLengthAt(phrase, k) > 0 || [...DEEDS, ...SUPPORTS].some((v) => wordsAt(phrase, k, v)));
    const namedHeadLeft = left.length > 0 && capitalised(left[0]) && !opensSentence(text, left[0] as LongWord) && headLengthAt(left, 0) === left.length && !acts;
    if (!startsWithHead(phrase, 0) && !capitalised(phrase[0])) phrase = headlessTerm(phrase, false, '', namedHeadLeft);
    if (legalFormOnly(phrase)) {
      // "Tổng công ty Xây dựng Sài Gòn, công ty TNHH MTV (SGC)": the part after the comma only says
      // what kind of company; the name is before it.
      const wider = words.slice(clauseStart(text, words, true));
      const from = firstHead(wider);
      if (from >= 0 && wider.length - from > phrase.length) phrase = wider.slice(from);
      else return null;
    }
  } else {
    phrase = headlessTerm(phrase, opensSentence(text, phrase[0]), letters[0]);
  }
  phrase = withoutTermKind(phrase, letters);
  // A firm's registered name may run long ("Công ty TNHH một thành viên Xuất nhập khẩu và đầu tư xây
  // dựng phát triển Hà Nội (HAIC)"); another phrase that long is a clause, not a name.
  if (phrase.length < 2 || (phrase.length > 16 && !startsWithFirm(phrase))) return null;
  // A number names no body, but a ward or district may be numbered ("Ủy ban nhân dân Quận 7"), and
  // a firm's name may end in one ("công ty cổ phần Dược phẩm Trung ương 2 (mã chứng khoán: DP 2)").
  const firmNumber = (i: number): boolean => i === phrase.length - 1 && endsInFirmNumber(phrase);
  if (phrase.some((w, i) => /^\d/.test(w.text) && !PLACE_UNIT.test(phrase[i - 1]?.text ?? '') && !firmNumber(i))) return null;
  return phrase;
}

// The last word of a body's English name.
const ENGLISH_BODIES = new Set([
  'command', 'agency', 'organization', 'organisation', 'council', 'committee', 'commission', 'institute', 'center', 'centre', 'office',
  'force', 'forces', 'bureau', 'service', 'association', 'union', 'authority', 'department', 'ministry', 'foundation', 'fund', 'administration',
  'board', 'regiment', 'division', 'corps', 'brigade', 'fleet', 'group', 'corporation', 'company', 'inc', 'exchange', 'bank',
]);

/** Whether `w` is the first word of a sentence or a line. */
export function opensSentence(text: string, w: LongWord | undefined): boolean {
  return w !== undefined && /(?:^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, w.start - 3), w.start));
}

/** "Tham gia Sáng kiến … (MIST)": a verb that opens the sentence, written with its capital, before a
 * capitalised head ("Phát triển Đô thị Kinh Bắc (KBC)" is a firm's name, whose letters may take it). */
function withoutOpeningVerb(text: string, phrase: LongWord[], letters: string[]): LongWord[] {
  const first = phrase[0];
  if (!first || !capitalised(first) || !opensSentence(text, first)) return phrase;
  const verb = verbLengthAt(phrase, 0, true);
  const headed = capitalised(phrase[verb]) && (startsWithHead(phrase, verb) || DOCUMENT_HEADS.some((d) => wordsAt(phrase, verb, d)));
  return verb > 0 && headed && letters[0] !== first.folded[0] && phrase.length - verb >= 2 ? phrase.slice(verb) : phrase;
}

/** A lower-case term after what kind of thing it is (`TERM_KINDS`), when no letter stands for the kind. */
function withoutTermKind(phrase: LongWord[], letters: string[]): LongWord[] {
  const first = phrase[0];
  if (first === undefined || capitalised(first) || phrase.length < 4) return phrase;
  const kind = Object.keys(TERM_KINDS).find((k) => wordsAt(phrase, 0, k.split(' ')));
  if (!kind) return phrase;
  // A phrase the letters spell in Vietnamese ("công nghệ thông tin (CNTT)") was read before this.
  // English puts the kind's word last (Information Technology, Initial Operational Capability): the
  // C of "quản lý chuỗi cung ứng (SCM)" is the Chain's, no capability's.
  const last = letters[letters.length - 1] ?? '';
  return (TERM_KINDS[kind] ?? '').includes(last) ? phrase : phrase.slice(kind.split(' ').length);
}

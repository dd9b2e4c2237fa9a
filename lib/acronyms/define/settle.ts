/**
 * What a definition a way of defining found becomes before it is kept: dropped when it cannot be
 * the name (a translation much shorter than the letters, a reading holding its own short form, a
 * brand whose capitals are the ticker), and cut or widened at its edges where the name's own
 * conventions say (the United Nations it belongs to, its own short name after a dash, a title or a
 * firm's organ before it, a city after "TP.", the plural or the English name's word before it).
 */
import { isVietnameseSyllable } from '../letters';
import { shortLetters, singularShort, spells, wordsIn, type LongWord } from '../match';
import type { Definition } from './types';
import { PLACE_SHORT, PLURAL_NAME_HEADS } from './lexicon';
import { alikeButSpaces, capitalised, firmNameStart, leftWords, startsWithHead, textOf, withCityAfterPrefix, withCityPrefixBefore, withoutFirmOrgan, withoutTitleHead, wordsAt } from './words';
import { withEnglishWordBefore, withHeadForInnerLetter } from './english-edges';
import { pluralEnglishName, type KnownWords } from './translated';
import { isRoadCode } from '../roads';

/**
 * The plural before a plural name is the name's: "Các lực lượng dân chủ Syria (SDF)", "các nước xuất
 * khẩu dầu mỏ (OPEC)", when the English name is plural too (Forces, Countries) or unknown. Before a
 * thing it only counts ("các máy bay không người lái (UAV)"), and so it does before a singular name
 * (Quick Reaction Force) or one spelled by its initials, where no letter stands for it ("các đơn vị
 * sự nghiệp công lập (ĐVSNCL)"). A capital "Các" inside a sentence is the name's official form
 * ("hãng Emirates của Các Tiểu vương quốc Ả Rập Thống nhất (UAE)").
 */
function withPlural(text: string, d: Definition, known: KnownWords | undefined): Definition {
  const before = text.slice(Math.max(0, d.start - 6), d.start);
  const m = /(?:^|[\s"“(])([Cc]ác) $/u.exec(before);
  if (!m || d.how === 'spelled') return d;
  const capitalInside = m[1] === 'Các' && /[\p{Ll},] Các $/u.test(before);
  const words = wordsIn(d.long, 0, d.long.length);
  const pluralName = PLURAL_NAME_HEADS.some((h) => wordsAt(words, 0, h)) && pluralEnglishName(d.short, known) !== false;
  // "các doanh nghiệp vừa và nhỏ (SMEs)": a short form written in the plural names a plural.
  const pluralShort = singularShort(d.short) !== null;
  if (!capitalInside && !pluralName && !pluralShort) return d;
  return { ...d, long: text.slice(d.start - 4, d.start + d.long.length), start: d.start - 4 };
}

/** A named long form with the word before it that the English name needs, a spelled one with the
 * head its inner letter stands for (see english-edges.ts). */
function englishWordBefore(text: string, d: Definition, known: KnownWords | undefined): Definition {
  const name = wordsIn(text, d.start, d.start + d.long.length);
  // The words right before the name, with only spaces between them and it ("quân Chính phủ Syria").
  const left = leftWords(text, d.start, 3);
  let from = left.length;
  while (from > 0 && /^\s+$/u.test(text.slice((left[from - 1] as LongWord).end, (left[from] ?? name[0] as LongWord).start))) from--;
  const edged = (d.how === 'spelled' ? withHeadForInnerLetter : withEnglishWordBefore)(name, left.slice(from), d.short, known);
  return edged === name ? d : { ...d, ...textOf(text, edged) };
}

/**
 * "Công ty Cổ phần Hoàng Anh Gia Lai - HAGL (mã chứng khoán HAG)": the firm's own short name after a
 * dash, spelled by its name's initials, is another short form, not part of the name. A legal form
 * after the dash is ("Tổng công ty Khí Việt Nam - CTCP"), and so is a party to it ("Việt Nam - EU").
 */
function withoutOwnShortName(text: string, d: Definition): Definition {
  const m = /\s[-–]\s(\p{Lu}[\p{Lu}\p{N}]+)$/u.exec(d.long);
  const other = m?.[1];
  if (!m || other === undefined || other === d.short) return d;
  // Spelled by the words after the firm's head and legal form: "Hoàng Anh Gia Lai".
  const name = wordsIn(text, d.start, d.start + m.index);
  const letters = shortLetters(other);
  const spelled = name.some((_, i) => name.length - i <= 2 * letters.length && spells(letters, name.slice(i), 0));
  return spelled ? { ...d, long: d.long.slice(0, m.index) } : d;
}

/**
 * Bodies a name may end with as its owner, which the short form's letters leave out unless they have
 * letters for them:
 * - the United Nations: "Tổ chức Nông lương Liên Hợp Quốc (FAO)", "Toà án Trọng tài Thường trực của
 *   Liên Hợp Quốc (PCA)"; UNICEF's and "HĐBA LHQ"'s names keep it;
 * - a national university, after a centre's or a park's name: "Khu Công nghệ Phần mềm Đại học Quốc
 *   gia TP. HCM (ITP)"; "… Thư viện Đại học Quốc gia Hà Nội (VNU-LIC)" keeps it, and so does a
 *   school's name ("Trường … Đại học Quốc gia").
 */
const OWNERS_AFTER: readonly { at: RegExp; lettered: RegExp; body: (rest: LongWord[]) => boolean }[] = [
  // The United Nations' letters are its UN, first or last ("UNICEF", "UNSC", "UN-Habitat"), not any U
  // ("UPR": the Universal Periodic Review).
  { at: /,?\s+(?:của\s+)?(?:Liên (?:Hợp|hợp|Hiệp|hiệp) (?:Quốc|quốc)|LHQ)$/u, lettered: /^UN|UN$|LHQ/u, body: (rest) => rest.length >= 2 },
  {
    at: /\s(?:Đại học|ĐH) Quốc [Gg]ia(?: (?:TP\.? ?HCM|TP\.? ?Hồ Chí Minh|Hà Nội))?$/u,
    lettered: /Q|U|ĐH|DH/u,
    body: (rest) => rest.length >= 2 && startsWithHead(rest, 0) && !wordsAt(rest, 0, ['trường']),
  },
];

/** `d` without the owner its name ends with (see OWNERS_AFTER). */
function withoutOwnerAfter(d: Definition): Definition {
  for (const owner of OWNERS_AFTER) {
    const m = owner.at.exec(d.long);
    if (m && !owner.lettered.test(d.short.toUpperCase()) && owner.body(wordsIn(d.long, 0, m.index))) return { ...d, long: d.long.slice(0, m.index) };
  }
  return d;
}

/** "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 (BCĐ)": a number the text joins by a hyphen to
 * the long form's last word is that word's ("Sông Đà-10"); the readings drop numbers at the end. */
function withNumberAfterHyphen(text: string, d: Definition): Definition {
  const number = /^-\d+(?![\p{L}\p{N}])/u.exec(text.slice(d.start + d.long.length, d.start + d.long.length + 8))?.[0];
  return number ? { ...d, long: d.long + number } : d;
}

/**
 * "tạp chất N - nitrosodimethylamine (NDMA)": a chemical's one-letter prefix, joined by a hyphen
 * ("N-", "L-", "D-"), is the name's first letter where the short form opens with it; a spelled reading
 * finds the letter in the next word too and leaves it out.
 */
function withLetterPrefix(text: string, d: Definition): Definition {
  const from = Math.max(0, d.start - 5);
  const prefix = /(?:^|[\s(“"])(\p{Lu}) ?[-–] ?$/u.exec(text.slice(from, d.start));
  const first = shortLetters(d.short)[0];
  // Not a person's initial before a dash ("Nguyễn Văn C - cảnh sát giao thông (CSGT)"): a
  // chemical's name after it is no Vietnamese syllable.
  const opening = wordsIn(d.long, 0, d.long.length)[0];
  if (d.how !== 'spelled' || !prefix?.[1] || first === undefined || shortLetters(prefix[1])[0] !== first || opening?.folded[0] !== first || isVietnameseSyllable(opening.text)) return d;
  const start = from + prefix.index + prefix[0].indexOf(prefix[1]);
  return { ...d, start, long: text.slice(start, d.start + d.long.length) };
}

/**
 * "thừa Phó Chủ tịch UBND (PCT)": a spelling may pass over a word that gives no letter, but another
 * short form closing the reading says whose the post is; it is no part of the name (a city's, "…
 * TP.HCM", says where the body is and stays). Only where the word left last gives the last letter:
 * "Ban Quản lý các KCN (BQL)" would end on "các".
 */
function withoutShortFormAfter(d: Definition): Definition {
  if (d.how !== 'spelled') return d;
  const words = wordsIn(d.long, 0, d.long.length);
  const last = words[words.length - 1];
  if (words.length < 3 || !last || !/^\p{Lu}{2,}$/u.test(last.text) || PLACE_SHORT.test(last.text)) return d;
  const rest = words.slice(0, -1);
  const letters = shortLetters(d.short);
  if (!spells(letters, rest, 0) || rest[rest.length - 1]?.folded[0] !== letters[letters.length - 1]) return d;
  return { ...d, long: d.long.slice(0, (rest[rest.length - 1] as LongWord).end) };
}

/**
 * "thiết bị phòng thủ khu vực đầu cuối tầm cao High Altitude Area Defence (THAAD)": lower-case
 * Vietnamese words spelling the first letters of an English name are the article's gloss of it ("tầm
 * cao" is High Altitude), not the name's. Only where three capitalised English words or more end the
 * reading, after one or two Vietnamese words that give the letters the name's initials leave out.
 */
function withoutGlossBeforeEnglish(d: Definition): Definition {
  if (d.how !== 'spelled') return d;
  const words = wordsIn(d.long, 0, d.long.length);
  const english = words.findIndex((w) => capitalised(w));
  const lead = words.slice(0, english);
  const name = words.slice(english);
  if (english < 1 || english > 2 || name.length < 3) return d;
  // Vietnamese by its syllables, one of them marked ("tầm"): not an English word in lower case.
  if (!lead.every((w) => isVietnameseSyllable(w.text)) || !lead.some((w) => /[^\p{ASCII}]/u.test(w.text))) return d;
  if (!name.every((w) => /^[A-Z][a-z]+$/u.test(w.text))) return d;
  // The gloss stands for the letters the name leaves out; a head before a name that spells them all
  // ("công ty Astro Live Experiences (ALE)") is another matter.
  const letters = shortLetters(d.short).join('');
  const left = letters.length - name.length;
  if (left < 1 || left > lead.length || letters.slice(left) !== name.map((w) => w.folded[0] ?? '').join('') || lead[0]?.folded[0] !== letters[0]) return d;
  const start = (name[0] as LongWord).start;
  return { ...d, start: d.start + start, long: d.long.slice(start) };
}

// A web or mail address: its scheme, "www.", an "@" between names, or a domain's ending.
const ADDRESS = /:\/\/|(?:^|[^\p{L}])www\.|[\p{L}\p{N}]@[\p{L}\p{N}]|[\p{L}\p{N}]\.(?:com|vn|org|net|gov|edu|info)(?![\p{L}\p{N}])/u;

// A currency's name as the glossary gives it, by its last word (English; the dong as "Vietnamese
// đồng"): not "hợp đồng", "hội đồng", "compounds".
const CURRENCY_NAME = /(?:^|[^\p{L}])(?:dollar|euro|yen|yuan|renminbi|won|pound|sterling|peso|rupee|ruble|rouble|franc|krona|krone|lira|real|rand|baht|ringgit|rupiah|kip|riel|naira|dinar|dirham|riyal|shekel|zloty|złoty|forint|hryvnia)s?$|^(?:Vietnamese|Việt Nam) đồng$/iu;
// How a Vietnamese text names a currency: by its word first ("đô la Mỹ", "Yên Nhật", "Đồng Việt Nam",
// "Bảng Anh") or as a "tệ" ("nhân dân tệ"); not "ngoại tệ", any foreign currency ("thanh toán bằng
// đồng ngoại tệ (USD)" says which one is paid in, no name).
const CURRENCY_WORD = /^(?!.*(?:^|\s)ngoại tệ$)(?:(?:đồng|đô|đôla|yên|won|bảng anh|euro|rúp|rupee|peso|baht|bạt|ringgit|rupiah|kíp|riel|franc|dollar|dinar|riyal|lira)(?![\p{L}])|.*(?:^|\s)tệ$)/iu;

/** `part` stands in `text` as whole words. */
function wholeIn(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + part.length] ?? '');
}

/** Whether every sense the glossary gives `short` is a currency. */
function currencyCode(short: string, known: KnownWords | undefined): boolean {
  const senses = known?.expansions(short) ?? [];
  return senses.length > 0 && senses.every((s) => CURRENCY_NAME.test(s.trim()));
}

// Terms listed each with its short form: "(ESC), chức năng " before one, "(TCS), chống lật (ROM)" around
// it. A term after two such, or between one and the next: one alone before it may be a body's short
// form opening a sentence ("Theo Bộ Công Thương (BCT), tín dụng (TDNH) …").
const LISTED_SHORT = String.raw`\(\s?\p{Lu}[\p{Lu}\p{N}&-]{1,9}\s?\)`;
const ONE_TERM_BEFORE = new RegExp(String.raw`${LISTED_SHORT} ?, (?:\p{Ll}+ ){0,3}$`, 'u');
const TWO_TERMS_BEFORE = new RegExp(String.raw`${LISTED_SHORT} ?, (?:\p{Ll}+ ){1,6}${LISTED_SHORT} ?, (?:\p{Ll}+ ){0,3}$`, 'u');
const TERM_AFTER = new RegExp(String.raw`^ ?${LISTED_SHORT} ?(?:,| và) (?:\p{Ll}+ ){1,6}${LISTED_SHORT}`, 'u');

/** `d` as it is kept, or null when it is no definition. `brand`: a firm's brand or owner named for
 * its ticker, which the length test leaves alone. */
export function settle(text: string, d: Definition, brand: boolean, known: KnownWords | undefined): Definition | null {
  // "Trạm CSGT QL1A (Phòng CSGT Công an tỉnh Thanh Hoá)": a road's number is named only by its own
  // letters; a name beside it is whose post stands on it.
  if (isRoadCode(d.short) && d.how !== 'spelled') return null;
  // "trang web của EVN HANOI (http://cskh.evnhanoi.com.vn/)": an address says where, never what.
  if (ADDRESS.test(d.long)) return null;
  // A term translated into Vietnamese syllables is not much shorter than its letters: "y học (MRI)"
  // says where, not what; "tự do hàng hải (FONOP)" may be the term, but a capitalised one shorter
  // than its letters is a place ("Thái Bình Dương (APEC)"). Names ("Bộ Ngoại giao (MOFA)"), foreign
  // compounds ("Axit Clohydric (HCL)") and a ticker's brand ("HPG (Hòa Phát)") may be shorter.
  const named = d.how === 'named' && !brand ? wordsIn(d.long, 0, d.long.length) : [];
  const letters = shortLetters(d.short).length;
  const lowerCase = named.every((w) => !capitalised(w));
  // A party's name after "đảng", which its letters leave out, may be two capitalised words ("đảng
  // Quốc đại (INC)", Indian National Congress); "đảng cầm quyền (ANC)" names no party.
  const party = capitalised(named[0]) && /(?:^|\s)đảng\s+$/iu.test(text.slice(Math.max(0, d.start - 6), d.start));
  // In a list of terms each followed by its short form ("cân bằng điện tử (ESC), chức năng chống
  // trượt (TCS), chống lật (ROM), …"), the list's commas say where each term starts: half the letters'
  // words are enough.
  const end = d.start + d.long.length;
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  const listed = TWO_TERMS_BEFORE.test(before) || (ONE_TERM_BEFORE.test(before) && TERM_AFTER.test(text.slice(end, end + 60)));
  const fewest = listed ? 2 * named.length < letters : lowerCase ? 4 * named.length < 3 * letters : named.length < letters;
  const tooShort = named.length > 0 && fewest && !startsWithHead(named, 0) && !party;
  if (tooShort && named.every((w) => isVietnameseSyllable(w.text))) return null;
  // "kiếm được lương sáu con số (USD)": a currency's code in brackets says what an amount is counted
  // in; only words that name a currency define it ("nhân dân tệ (CNY)", "Đồng Việt Nam (VND)").
  if (named.length > 0 && currencyCode(d.short, known) && !CURRENCY_WORD.test(d.long)) return null;
  // "Cổ phiếu VCB (Vietcombank, HoSE: VCB)": a long form holding its own short form defines nothing,
  // but a firm's name may end in it ("công ty CP Đầu tư BVG (BVG)").
  const longWords = wordsIn(d.long, 0, d.long.length);
  // ("… Giống cây trồng BM (Công ty BM)" too.)
  const firmWords = firmNameStart(longWords);
  // "Công ty cổ phần SAM Holdings (mã chứng khoán: SAM)": or its brand, the firm's first name after
  // its noun and legal form.
  const at = longWords.findIndex((w) => w.text === d.short);
  const firmNamedSo = firmWords > 0 && firmWords < longWords.length - 1 && (at === longWords.length - 1 || at === firmWords) && longWords.filter((w) => w.text === d.short).length === 1;
  // Nor one holding a short form of several words as written: "chặng TP. HCM - Vinh - TP. HCM" is a
  // route between the city and another (a firm's name ending in its letters is read above).
  const holdsShort = longWords.some((w) => w.text === d.short) || (d.short.includes(' ') && wholeIn(d.long, d.short) && !d.long.endsWith(d.short));
  if (holdsShort && !firmNamedSo) return null;
  // "… thương mại B & B (B & B)": the brackets after the name's own short form repeat it.
  if (alikeButSpaces(d.long, d.short)) return null;
  // "cổ phiếu HDBank (mã HDB)": a brand whose capitals are the ticker, then a word, names the firm
  // without expanding the letters ("Traphaco (mã TRA)" is a brand the letters abbreviate).
  const capitals = /^\p{Lu}+/u.exec(d.long)?.[0] ?? '';
  if (longWords.length === 1 && d.long.length > d.short.length && capitals.length >= d.short.length && capitals.startsWith(d.short)) return null;
  const edged = withLetterPrefix(text, withNumberAfterHyphen(text, withCityPrefixBefore(text, withCityAfterPrefix(text, withoutFirmOrgan(text, withoutTitleHead(text, withoutOwnShortName(text, withoutOwnerAfter(withoutShortFormAfter(withoutGlossBeforeEnglish(d))))))))));
  return withPlural(text, (edged.how === 'named' || edged.how === 'spelled') && !brand ? englishWordBefore(text, edged, known) : edged, known);
}

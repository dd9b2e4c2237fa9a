/**
 * Definitions an article gives for its own acronyms:
 *   "long form (ABBR)", "long form (viết tắt là ABBR)", "long form, gọi tắt là ABBR"
 *   "ABBR (long form)", "ABBR (viết tắt của long form)", "ABBR, viết tắt của long form"
 * The long form is found first by spelling (see ../match.ts). Vietnamese news also defines foreign
 * initialisms by their Vietnamese name, which cannot spell them ("Quỹ Tiền tệ Quốc tế (IMF)"); for
 * those the long form is the noun phrase before the parenthesis, cut where the phrase starts.
 *
 * This module reads the context of each occurrence and keeps the definitions. The parts live beside
 * it: lexicon.ts (word lists and patterns), words.ts (tests on a run of words), phrase.ts (the named
 * phrase), long-before.ts (the long form on the left of the short form), translated.ts (names that
 * translate an English initialism), tickers.ts (tickers and their firms in market reports),
 * unit-codes.ts (police and army unit codes), members.ts (a group's members listed after it), types.ts
 * (`Definition`).
 */
import type { Occurrence } from '../detect';
import { hasVietnameseMarks, isVietnameseSyllable } from '../letters';
import { shortLetters, singularShort, spells, wordsIn, type LongWord } from '../match';
import { syllableKey, translationKey } from '../translations';
import type { Definition } from './types';
import { AFTER_SHORT_LONG, BEFORE_SHORT, CLASSIFIERS, DETERMINERS, EDITORS_MARKS, EXCHANGES, FIRM_SUFFIX, HISTORY_ASIDE, INSIDE_BEFORE_LONG, INSIDE_BEFORE_SHORT, LEGAL_FORM, LISTED_AFTER, LISTED_BEFORE, NAME_END, PLACE_ASIDE, PLURAL_NAME_HEADS, WORDS_FOR_THE_NAME } from './lexicon';
import { capitalised, dashBefore, firmNameStart, firmOrBank, headLengthAt, inCompound, leftWords, lower, startsWithFirm, startsWithHead, stopsAt, textOf, withCityAfterPrefix, withoutFirmOrgan, withoutTitleHead, wordsAt } from './words';
import { withEnglishWordBefore } from './english-edges';
import { foreignSpells, longBefore } from './long-before';
import { headNotInLetters } from './phrase';
import { englishNames, pluralEnglishName, translatedName, type KnownWords } from './translated';
import { glossaryNameBefore } from './glossary-name-beside';
import { partlyTranslatedName } from './partly-translated';
import { memberList } from './members';
import { brandBefore, firmBeforeTicker, ownerInBrackets, tickerBrand, tickerOwner } from './tickers';

// The name in quotes, maybe after the word for it ("cụm từ \" Make America Great Again \"").
const QUOTED_NAME = new RegExp(String.raw`^(?:${WORDS_FOR_THE_NAME}|(?:chữ|từ|câu)(?:\s+tiếng\s+\p{L}+)?)?\s*["“]\s*([^"”\n]{3,120}?)\s*["”]`, 'u');
// The word for the name before it, unquoted ("viết tắt của cụm từ tên lửa đạn đạo xuyên lục địa").
const CALLED = new RegExp(String.raw`^${WORDS_FOR_THE_NAME}\s+(?=\S)`, 'iu');

export type { Definition } from './types';
export type { KnownWords } from './translated';
export { findUnitCodes } from './unit-codes';

/** "công ty Cổ phần X (sau đây viết tắt công ty GTS)": GTS stands for what follows the firm noun. */
function withoutFirmNoun(text: string, def: Omit<Definition, 'short'>, firmNoun: string | undefined): Omit<Definition, 'short'> {
  if (!firmNoun) return def;
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const noun = firmNoun.toLowerCase().split(' ');
  if (words.length <= noun.length || !wordsAt(words, 0, noun)) return def;
  return { ...def, ...textOf(text, words.slice(noun.length)) };
}

/**
 * "thuộc trung tâm Nghiên cứu Chiến lược và Quốc tế CSIS (Mỹ)", "giám đốc điều hành CEO": the name
 * right before the short form, without brackets, when its words translate the English name the
 * glossary knows, every word of it.
 */
function translatedRightBefore(text: string, occ: Occurrence, known: KnownWords | undefined): Omit<Definition, 'short'> | null {
  if (!known || englishNames(occ.surface, known).length === 0) return null;
  if (!/[\p{L}\p{M}] $/u.test(text.slice(Math.max(0, occ.start - 2), occ.start))) return null;
  // "hãng thông tấn nhà nước Nga RIA Novosti": the short form opens a longer name of one more word,
  // described before it. Two capitalised words after it are a person ("Quỹ Tiền tệ Quốc tế IMF
  // Kristalina Georgieva"), whose body the name before still defines.
  if (/^ \p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}]| \p{Lu})/u.test(text.slice(occ.end, occ.end + 40))) return null;
  // Most short forms follow a word no name ends with ("của NATO", "theo IMF"): the name rules, slow
  // beside this test, run only after a word of the table or a capital.
  // "… nhà nước Hồi giáo tự xưng IS": the writer's qualifier after the name.
  const qualified = /\stự xưng $/u.exec(text.slice(Math.max(0, occ.start - 9), occ.start));
  const before = qualified ? occ.start - qualified[0].length : occ.start - 1;
  const last = wordsIn(text, Math.max(0, before - 40), before).slice(-2);
  const end = last[last.length - 1];
  const runs = last.length === 2 ? [last.slice(1), last] : [last];
  const tableWord = runs.some((run) => known.translations.english(translationKey(run.map((w) => w.text)), true) !== undefined);
  if (!end || !(tableWord || capitalised(end))) return null;
  const def = longBefore(text, occ.surface, occ.start - 1, known);
  return def?.how === 'translated' ? def : null;
}

/** A Vietnamese initialism the glossary knows, spelled by its Vietnamese name (BV: bệnh viện). */
function knownVietnamese(short: string, known: KnownWords | undefined): boolean {
  const letters = shortLetters(short);
  return known?.expansions(short).some((e) => {
    const sense = wordsIn(e, 0, e.length);
    return sense.every((w) => isVietnameseSyllable(w.text)) && hasVietnameseMarks(e) && spells(letters, sense);
  }) ?? false;
}

/** Letters of the English alphabet that the glossary does not read as Vietnamese initials ("BV" is
 * "bệnh viện"): a foreign body's short form. */
function foreignLetters(short: string, known: KnownWords | undefined): boolean {
  return /^[A-Z]+$/.test(short) && !knownVietnamese(short, known);
}

/** The words before "của"/"thuộc" and a body's name, when they translate the whole English name. */
function ownerInside(text: string, words: LongWord[], short: string, known: KnownWords | undefined): LongWord[] | null {
  const at = words.findIndex((w, i) => i >= 2 && (lower(w) === 'của' || lower(w) === 'thuộc') && capitalised(words[i + 1]) && startsWithHead(words, i + 1));
  if (at < 0) return null;
  const body = words.slice(0, at);
  return translatedName(text, body, short, known)?.length === body.length ? body : null;
}

/** Long form written inside parentheses (or after "viết tắt của") for `short`. */
function longInside(text: string, short: string, from: number, to: number, known?: KnownWords): Omit<Definition, 'short'> | null {
  const words = wordsIn(text, from, to);
  // "OFAC (Văn phòng Kiểm soát Tài sản nước ngoài của Bộ Tài chính Mỹ)": the body, translated
  // whole, then the body it belongs to.
  const owned = ownerInside(text, words, short, known);
  if (owned) return { ...textOf(text, owned), how: 'translated' };
  if (words.length < 2 || words.length > 12) return null;
  if (words.some((w) => /^\d/.test(w.text))) return null;
  const letters = shortLetters(short);
  if (spells(letters, words) || foreignSpells(letters, words)) return { ...textOf(text, words), how: 'spelled' };
  // "tạp chí FHM (Đài Loan)", "(Hội An)": two words after a head-like syllable are a place as often
  // as a name; an organisation's name in brackets runs longer ("(Đài truyền hình Việt Nam)"). But a
  // Vietnamese initialism the glossary knows is spelled by its name: "Cục CSGT (Bộ Công an)" says
  // whose it is.
  const vietnamese = knownVietnamese(short, known);
  // "EURO 2024 (tổ chức tại Đức)": a head noun followed by a preposition is a verb ("held in").
  const head = headLengthAt(words, 0);
  const verb = head > 0 && head < words.length && stopsAt(words, head);
  // "MERS (trường hợp nhiễm từ lạc đà)": "trường hợp" (a case) is a word, not the head "trường";
  // "khu vực" (a region) and "bộ phận" (a department) do head names ("MENA (khu vực Trung Đông …)").
  const commonWord = inCompound(words, 0) && !wordsAt(words, 0, ['khu', 'vực']) && !wordsAt(words, 0, ['bộ', 'phận']);
  if (words.length >= 3 && startsWithHead(words, 0) && !commonWord && !vietnamese && !verb) {
    // "THAAD (Hệ thống phòng thủ tên lửa …)": a classifying head the letters have none for is left
    // out, as before the brackets; "Tổ chức" capitalised stands for whatever heads the English name.
    // Only the head: what follows it in the brackets is the name ("KAMD (Hệ thống phòng thủ tên lửa
    // Hàn Quốc)" is no "Hàn Quốc").
    // Of a short form in lower case after its capital ("Fed", "Cty") only the capital is sure to be
    // an initial: Fed clips one word (Federal), and its "d" stands for no "Cục".
    const initials = /^\p{Lu}\p{Ll}+$/u.test(short) ? letters.slice(0, 1) : letters;
    const unnamed = !(capitalised(words[0]) && wordsAt(words, 0, ['tổ', 'chức'])) && headNotInLetters(words, initials) !== null;
    const rest = words.slice(head);
    return { ...textOf(text, unnamed && rest.length >= 2 ? rest : words), how: 'named' };
  }
  // "MRI (chụp cộng hưởng từ)": a Vietnamese name whose words translate the letters, but for one
  // word before them that says what is done with it.
  // "(loại tên lửa đạn đạo …)": a classifier is not that word.
  const translated = translatedName(text, words, short, known);
  const extra = words.length - (translated?.length ?? 0);
  if (translated && (extra === 0 || (extra === 1 && !CLASSIFIERS.has(lower(words[0] as LongWord)) && lower(words[0] as LongWord) !== 'loại'))) {
    return { ...textOf(text, words), how: 'translated' };
  }
  return null;
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

/**
 * "ESG, viết tắt của Environmental, Social and Governance, là …": a name whose parts are listed
 * with commas, spelled by the letters. Where it ends, or null.
 */
function listSpelledEnd(text: string, from: number, short: string): number | null {
  const letters = shortLetters(short);
  const sentence = /^[^.;:()\n]*/u.exec(text.slice(from, from + 200))?.[0] ?? '';
  let at = 0;
  for (let commas = 0; commas < letters.length; commas++) {
    const comma = sentence.indexOf(',', at);
    const end = comma < 0 ? sentence.length : comma;
    const words = wordsIn(text, from, from + end);
    // Every part gives its initial: "Meetings, Incentives" spells no MICE, however loosely read.
    if (commas > 0 && spells(letters, words, 0)) return from + end;
    if (comma < 0) return null;
    at = comma + 1;
  }
  return null;
}

function isEditorsMark(text: string, occ: Occurrence): boolean {
  return EDITORS_MARKS.has(occ.surface) && dashBefore(text, occ.start) !== null
    && text[occ.end] === ')';
}

/** "Tình Nguyên (TH)" closing an article: the writer's name and how the piece was made (tổng hợp),
 * its last line; the name is no long form, unless the letters spell it ("Tổng Cục Thống Kê (TCTK)"). */
function isByline(text: string, occ: Occurrence): boolean {
  // The article's last line: a heading of the same shape opens a list ("Liên Hợp Quốc (UN)").
  if (text.length - occ.end > 8 || !/^\)[\s.]*$/u.test(text.slice(occ.end))) return false;
  const from = Math.max(0, occ.start - 60);
  const lineStart = from + text.slice(from, occ.start).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0) return false;
  if (!/^[ \t]*(?:\p{Lu}[\p{L}\p{M}.]*\s+){1,4}\($/u.test(text.slice(lineStart, occ.start))) return false;
  return !spells(shortLetters(occ.surface), wordsIn(text, lineStart, occ.start));
}

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

/** A named long form with the word before it that the English name needs (see english-edges.ts). */
function englishWordBefore(text: string, d: Definition, known: KnownWords | undefined): Definition {
  const name = wordsIn(text, d.start, d.start + d.long.length);
  // The words right before the name, with only spaces between them and it ("quân Chính phủ Syria").
  const left = leftWords(text, d.start, 3);
  let from = left.length;
  while (from > 0 && /^\s+$/u.test(text.slice((left[from - 1] as LongWord).end, (left[from] ?? name[0] as LongWord).start))) from--;
  const edged = withEnglishWordBefore(name, left.slice(from), d.short, known);
  return edged === name ? d : { ...d, ...textOf(text, edged) };
}

/** The last run of words before `end`, in its clause, whose every word gives a letter of `short`. */
function spelledInside(text: string, short: string, end: number): LongWord[] | null {
  const letters = shortLetters(short);
  const words = leftWords(text, end, 20);
  for (let from = words.length - letters.length; from >= 0; from--) {
    const run = words.slice(from, from + letters.length);
    if (spells(letters, run, 0)) return run;
  }
  return null;
}

/** "(NTU, Singapore)", "(CNRS - Pháp)", "(VNM, TP.HCM)": after the short form, a capitalised name
 * the word table knows (its capitalised entries are places, mostly countries and cities) says where
 * the body is. */
function namedPlaceAside(after: string, known: KnownWords | undefined): boolean {
  const m = /^\s*[,–-]\s*((?:\p{Lu}[\p{L}\p{M}.]*\s?){1,3})$/u.exec(after);
  if (!m || !known) return false;
  const words = (m[1] ?? '').trim().split(/\s+/);
  return /^TP\.?\s?HCM$/u.test((m[1] ?? '').trim()) || known.translations.english(translationKey(words), true) !== undefined;
}

/** A spelled or translated long form, or one that opens with a head noun (a body's name). */
function spelledOrNamedBody(text: string, def: Omit<Definition, 'short'>): boolean {
  return def.how !== 'named' || startsWithHead(wordsIn(text, def.start, def.start + def.long.length), 0);
}

/**
 * "Trường y Duke - NUS": a body named before a dash whose name ends in a foreign word the table does
 * not know, and none of whose words the short form's letters open, is joined to another body
 * (Duke-NUS), not named by it. A Vietnamese name ("Viện Dầu mỏ Mỹ - API") or a firm's (whose short
 * name may be a brand: "tổng công ty Bảo dưỡng sửa chữa công trình dầu khí - PVMR") is named by it.
 */
function joinedToAnotherBody(text: string, def: Omit<Definition, 'short'>, short: string, known: KnownWords | undefined): boolean {
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const last = words[words.length - 1];
  if (def.how !== 'named' || !last || startsWithFirm(words) || isVietnameseSyllable(last.text)) return false;
  if (known?.translations.english(syllableKey(last.text), true)) return false;
  const letters = shortLetters(short);
  return !words.some((w) => letters.includes(w.folded[0] ?? ''));
}

// A firm's head and legal form, which names write in full or in short ("CTCP", "Công ty Cổ phần").
const FIRM_FORM_WORDS = new Set([...LEGAL_FORM, 'ctcp', 'công', 'ty', 'tổng']);

/**
 * "đối tác tư vấn là CTCP Chứng khoán Hồ Chí Minh – HSC đã khuyến nghị …": the glossary's Vietnamese
 * name for the short form holds every word of the name before it, but its legal form: the same firm,
 * however the sentence goes on.
 */
function glossaryNamesIt(long: string, short: string, known: KnownWords | undefined): boolean {
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '').map(syllableKey);
  const own = words(long).filter((w) => !FIRM_FORM_WORDS.has(w));
  if (own.length < 2 || !known) return false;
  return known.expansions(short).some((e) => {
    const sense = new Set(words(e));
    return own.every((w) => sense.has(w));
  });
}

// Which of two definitions of one short form wins.
const STRENGTH: Record<Definition['how'], number> = { named: 0, translated: 1, spelled: 2 };

// How far from an acronym its brackets may open or close ("(sau đây gọi tắt là ABBR, …)").
const BRACKET_REACH = 300;

/** The "(" at most BRACKET_REACH characters before `at`, or -1. */
function bracketBefore(text: string, at: number): number {
  const from = Math.max(0, at - BRACKET_REACH);
  const i = text.slice(from, at).lastIndexOf('(');
  return i < 0 ? -1 : from + i;
}

/** The ")" at most BRACKET_REACH characters after `at`, or -1. */
function bracketAfter(text: string, at: number): number {
  const i = text.slice(at, at + BRACKET_REACH + 1).indexOf(')');
  return i < 0 ? -1 : at + i;
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

// "… của Liên Hợp Quốc", "… LHQ" closing a body's name.
const UNITED_NATIONS_AFTER = /,?\s+(?:của\s+)?(?:Liên (?:Hợp|hợp|Hiệp|hiệp) (?:Quốc|quốc)|LHQ)$/u;

/**
 * "Tổ chức Nông lương Liên Hợp Quốc (FAO)", "Toà án Trọng tài Thường trực của Liên Hợp Quốc (PCA)":
 * the body's name without the United Nations it belongs to, when its letters have no U (nor, for a
 * Vietnamese short form, LHQ) for them. UNICEF's and "HĐBA LHQ"'s names keep it.
 */
function withoutUnitedNations(d: Definition): Definition {
  const m = UNITED_NATIONS_AFTER.exec(d.long);
  if (!m || /U|LHQ/u.test(d.short.toUpperCase()) || wordsIn(d.long, 0, m.index).length < 2) return d;
  return { ...d, long: d.long.slice(0, m.index) };
}

/** Every definition in NFC `text` for the detected occurrences, first per surface form (spelled wins). */
export function findDefinitions(text: string, occurrences: Occurrence[], known?: KnownWords): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const keep = (d: Definition, brand = false): void => {
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
    const tooShort = named.length > 0 && (lowerCase ? 4 * named.length < 3 * letters : named.length < letters) && !startsWithHead(named, 0) && !party;
    if (tooShort && named.every((w) => isVietnameseSyllable(w.text))) return;
    // "Cổ phiếu VCB (Vietcombank, HoSE: VCB)": a long form holding its own short form defines nothing,
    // but a firm's name may end in it ("công ty CP Đầu tư BVG (BVG)").
    const longWords = wordsIn(d.long, 0, d.long.length);
    // ("Công ty BM" in "… Giống cây trồng BM (Công ty BM)" only says it is a firm.)
    const firmWords = firmNameStart(longWords);
    const firmNamedSo = firmWords > 0 && firmWords < longWords.length - 1 && longWords[longWords.length - 1]?.text === d.short && longWords.filter((w) => w.text === d.short).length === 1;
    if (longWords.some((w) => w.text === d.short) && !firmNamedSo) return;
    // "cổ phiếu HDBank (mã HDB)": a brand whose capitals are the ticker, then a word, names the firm
    // without expanding the letters ("Traphaco (mã TRA)" is a brand the letters abbreviate).
    const capitals = /^\p{Lu}+/u.exec(d.long)?.[0] ?? '';
    if (longWords.length === 1 && d.long.length > d.short.length && capitals.length >= d.short.length && capitals.startsWith(d.short)) return;
    d = withCityAfterPrefix(text, withoutFirmOrgan(text, withoutTitleHead(text, withoutOwnShortName(text, withoutUnitedNations(d)))));
    const had = out.get(d.short);
    if (!had || STRENGTH[d.how] > STRENGTH[had.how]) out.set(d.short, withPlural(text, d.how === 'named' && !brand ? englishWordBefore(text, d, known) : d, known));
  };

  for (const occ of occurrences) {
    if (isEditorsMark(text, occ) || isByline(text, occ)) continue;
    // "nhóm CLMV gồm Campuchia, Lào, Myanmar và Việt Nam": the members, one for each letter.
    const members = memberList(text, occ.surface, occ.end, known);
    if (members) {
      keep({ short: occ.surface, ...members });
      continue;
    }
    // "long (ABBR)" and "long (viết tắt là ABBR)": the acronym first inside parentheses.
    // Only brackets near the acronym: a search through the whole text for each one would be quadratic.
    const open = bracketBefore(text, occ.start);
    const close = bracketAfter(text, occ.end);
    if (open >= 0 && close >= 0) {
      const before = text.slice(open + 1, occ.start).trimStart();
      const intro = before === '' ? null : INSIDE_BEFORE_SHORT.exec(before);
      // "(VNCB, tiền thân là TrustBank)": an aside on the firm's history may follow the short form.
      const after = text.slice(occ.end, close);
      // "Tổ chức Y tế Thế giới (World Health Organization - WHO)": the name beside the short form in
      // its brackets, each word giving its initial ("Vietcombank, HoSE: VCB" is a brand and an exchange).
      const named = /^(.+?)\s*[-–,:]\s*$/u.exec(before);
      if (named && after.trim() === '') {
        const from = occ.start - before.length;
        const words = wordsIn(text, from, from + (named[1]?.length ?? 0));
        if (words.length >= 2 && spells(shortLetters(occ.surface), words, 0)) {
          keep({ short: occ.surface, ...textOf(text, words), how: 'spelled' });
          continue;
        }
      }
      // "(SPIEF -2018)", "(APEC 2017)": the edition's year after the short form; "(SN 1990)" is
      // a birth year ("sinh năm").
      const edition = occ.surface.length >= 3 && /^\s*[-–]?\s*(?:19|20)\d\d\s*$/u.test(after);
      // "(mã BSQ - UpCoM)": the exchange the ticker trades on, after a dash.
      const exchangeAfter = intro !== null && EXCHANGES.test(/^\s*[-–]\s*(?:sàn\s+)?(\S+)\s*$/u.exec(after)?.[1] ?? '');
      // "tỷ suất lợi nhuận trên vốn chủ sở hữu (ROAE -%)": the unit the figure is given in.
      const unit = /^\s*[-–,]?\s*%\s*$/u.test(after);
      if ((before === '' || intro) && (after.trim() === '' || edition || exchangeAfter || unit || HISTORY_ASIDE.test(after)) && open > 0) {
        const read = longBefore(text, occ.surface, open, known);
        // A figure's unit after the short form leaves only a reading the letters or the glossary confirm.
        const def = unit && read?.how === 'named' ? null : read;
        // "(mã VNM)": a ticker names the brand before it, however short, unless its letters spell more.
        // "cổ phiếu của Vinhomes (VHM)": a ticker the glossary knows as a firm's needs no "mã".
        const ticker = /^mã\s/iu.test(before) || (before === '' && /^\p{Lu}{3}$/u.test(occ.surface) && (known?.expansions(occ.surface) ?? []).some((e) => firmOrBank(wordsIn(e, 0, e.length))));
        const brand = ticker && def?.how !== 'spelled' ? brandBefore(text, open) : null;
        // "Hợp đồng chuyển nhượng quyền sử dụng đất … (sau đây gọi tắt là HĐCN)": told it is an
        // abbreviation, the letters may spell the start of the name only.
        // A firm's short name stands for the firm, whatever its letters spell ("công ty … (sau đây
        // viết tắt công ty GTS)").
        const firmName = intro?.[1] !== undefined || (def !== null && startsWithFirm(wordsIn(text, def.start, def.start + def.long.length)));
        const prefix = /tắt/u.test(before) && def?.how !== 'spelled' && !firmName ? spelledInside(text, occ.surface, open) : null;
        if (brand) keep({ short: occ.surface, ...textOf(text, brand), how: 'named' }, true);
        else if (prefix) keep({ short: occ.surface, ...textOf(text, prefix), how: 'spelled' });
        else if (def) keep({ short: occ.surface, ...withoutFirmNoun(text, def, intro?.[1]) });
        continue;
      }
      // A listed firm's names in its brackets: "(BIDV, mã BID)", "(Eximbank - mã EIB)", "(HNX: SHS)",
      // "(mã GMD, sàn HoSE)". Each is the firm's, when the name before is a firm's or a bank's; a list
      // of initialisms is not ("Bộ Văn hóa, Thể thao và Du lịch (VH, TT & DL)").
      // "(Vietcombank, HoSE: VCB)": the exchange's name labels the ticker after it.
      const exchange = after.trimStart().startsWith(':');
      // "(Sabeco, mã CK SAB)": the CK of the ticker word is no short form of the firm.
      if (occ.surface === 'CK' && /(?:^|\s)mã $/u.test(before)) continue;
      const listed = !exchange && (LISTED_BEFORE.test(before) || (before === '' || intro !== null) && LISTED_AFTER.test(after));
      const country = before === '' && namedPlaceAside(after, known);
      if ((before === '' && (FIRM_SUFFIX.test(after) || PLACE_ASIDE.test(after)) || country || listed) && open > 0) {
        const def = longBefore(text, occ.surface, open, known);
        const named = def ? wordsIn(text, def.start, def.start + def.long.length) : [];
        // "Bệnh viện Bạch Mai (BV - Hà Nội)": a Vietnamese initialism names what the body is, not the body.
        const foreign = foreignLetters(occ.surface, known);
        const fits = def !== null && (listed ? firmOrBank(named) : spelledOrNamedBody(text, def) && (!country || def.how !== 'named' || foreign));
        if (fits) keep({ short: occ.surface, ...def });
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
      // "Toà án Luật Biển quốc tế (ITLOS - được thành lập năm 1996)": not the name but a remark, in
      // lower case; the name before still defines the short form when it spells or translates it,
      // or names a body the letters are foreign to ("Hiệp hội Truyền hình đa kênh Châu Á (AVIA - trước
      // đây là …)"; "Bệnh viện Bạch Mai (BV - bệnh viện hạng đặc biệt)" says what the body is).
      if (spelledAfter && /^\s*[-–]\s+\p{Ll}/u.test(after) && open > 0) {
        const def = longBefore(text, occ.surface, open, known);
        const foreign = foreignLetters(occ.surface, known);
        if (def && (def.how !== 'named' || (foreign && spelledOrNamedBody(text, def)))) {
          keep({ short: occ.surface, ...def });
          continue;
        }
      }
    }

    // "long, gọi tắt là ABBR".
    const lead = text.slice(Math.max(0, occ.start - 40), occ.start);
    const called = BEFORE_SHORT.exec(lead);
    if (called) {
      const def = longBefore(text, occ.surface, occ.start - called[0].length, known);
      if (def) keep({ short: occ.surface, ...def });
      continue;
    }

    // "Ngân hàng TMCP Đông Á - DAB", "(… công ty Đầu tư phát triển công nghệ cao - CNC)": a name, a
    // dash, its short form, then the phrase ends (or a bracket opens: "… Dầu khí - PVTEX (tập đoàn …)"
    // says whose it is). Only a spelled form or an organisation's name. Not when the sentence goes
    // on: "Tập đoàn Vạn Thịnh Phát - SCB gây thiệt hại …" joins two parties.
    // "Cục Hàng không Liên bang - FAA cho biết": a name spelled or translated word for word may be
    // followed by the sentence.
    const dash = dashBefore(text, occ.start);
    // "Quy định số 181 - QĐ/TW": a document's number and its issuer, not a name. "Tổng công ty Khí
    // Việt Nam - CTCP": the firm's legal form, not its short name. "công ty TNHH MTV SX - TM - DV":
    // initialisms in a row, each its own.
    const beforeDash = dash ? text.slice(Math.max(0, occ.start - dash[0].length - 8), occ.start - dash[0].length) : '';
    const inRow = /(?:^|\s)\p{Lu}{2,4}$/u.test(beforeDash) && !/(?:HCM|HN|VN|SG)$/u.test(beforeDash);
    if (dash && !/\d$/u.test(beforeDash) && !inRow && !/^(?:CTCP|TNHH|MTV|JSC|CP)$/u.test(occ.surface)) {
      // "… Công ty Đầu tư Phát triển Long Đức - ILD và Công ty …": a list of firms goes on after it;
      // "Lễ hội pháo hoa quốc tế Đà Nẵng - DIFF 2018.": the year of an edition may close it.
      const ends = /^(?: (?:19|20)\d\d)?(?:[ \t]*[),.;:(\n]|\s*$| và (?:[Cc]ông ty|[Tt]ổng công ty|[Tt]ập đoàn|[Nn]gân hàng) )/u.test(text.slice(occ.end, occ.end + 23))
        // "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)", "Tổng công ty … - CTCP (ACV)": the
        // short form is a part of a name whose own short form follows; only a spelled or translated
        // name before it is its long form.
        && !/^\s*\((?:[^()]*:\s*)?[\p{Lu}\d][\p{Lu}\d .&-]*[\p{Lu}\d]\)/u.test(text.slice(occ.end, occ.end + 24));
      const def = longBefore(text, occ.surface, occ.start - dash[0].length, known);
      if (def && (ends ? spelledOrNamedBody(text, def) && !joinedToAnotherBody(text, def, occ.surface, known) : def.how !== 'named' || glossaryNamesIt(def.long, occ.surface, known))) {
        keep({ short: occ.surface, ...def });
        continue;
      }
    }

    // "UEFA - Liên đoàn Bóng đá châu Âu - đã …", "CCS - thu giữ và lưu trữ carbon - được …": the name
    // set off by two dashes, when the letters spell it, its words translate them or it is a body's.
    const rest = text.slice(occ.end, occ.end + 200);
    // The sentence goes on in lower case after the second dash ("HAGL - Bộ Quốc phòng - Viettel" lists).
    const apposition = /^ [-–] ([^-–()\n.;:]{3,120}?) [-–] (?=\p{Ll})/u.exec(rest);
    if (apposition) {
      const from = occ.end + 3;
      const def = longInside(text, occ.surface, from, from + (apposition[1]?.length ?? 0), known);
      // A description between the dashes ("ASEAN - khu vực có tốc độ tăng trưởng nhanh - …") is no
      // name: only a spelled or translated one, or a body's capitalised name.
      if (def && (def.how !== 'named' || capitalised(wordsIn(text, def.start, def.start + 1)[0]))) {
        keep({ short: occ.surface, ...def });
        continue;
      }
    }

    // "ABBR (long)", "ABBR (viết tắt của long)", "WWDC 2025 (Hội nghị …)".
    const paren = /^(?: \d{4})? ?\(([^()]*)\)/u.exec(rest);
    if (paren) {
      const body = paren[1] ?? '';
      const intro = INSIDE_BEFORE_LONG.exec(body);
      const from = occ.end + rest.indexOf('(') + 1 + (intro ? intro[0].length : 0);
      // "MOAB (Massive Ordnance Air Blast - còn có biệt danh …)", "(Đài truyền hình Việt Nam - PV)": a
      // remark or a reporter's mark after a dash is not the name, unless the whole spells the letters
      // ("GD-ĐT (giáo dục - đào tạo)").
      const open = occ.end + rest.indexOf('(') + 1;
      const whole = longInside(text, occ.surface, from, open + body.length, known);
      const remark = /\s[-–]\s+(?:\p{Ll}|(?:PV|BT|BTV)\s*$)/u.exec(body);
      const cut = remark && open + remark.index > from ? longInside(text, occ.surface, from, open + remark.index, known) : null;
      // A name whose every word translates the letters holds its dashes ("BOT (xây dựng - kinh
      // doanh - chuyển giao)").
      const strong = whole?.how === 'spelled' || whole?.how === 'translated';
      // "SAT (Scholastic Assessment Test, Hoa Kỳ)", "NUS (Đại học Quốc gia Singapore, Singapore)": a
      // place after a comma says where the body is, not what the letters stand for.
      const placed = !strong && !remark ? /,[^,]*$/u.exec(body) : null;
      const local = placed && namedPlaceAside(placed[0], known) ? longInside(text, occ.surface, from, open + placed.index, known) : null;
      const def = strong ? whole : cut ?? (remark ? null : local ?? whole);
      const found = def ?? translatedRightBefore(text, occ, known);
      const owner = found ? null : ownerInBrackets(text, occ, body, open, known);
      if (found) keep({ short: occ.surface, ...found });
      else if (owner) keep({ short: occ.surface, long: text.slice(owner.start, owner.end), start: owner.start, how: 'named' }, true);
      else if (tickerBrand(text, occ, body, open + body.length, known)) keep({ short: occ.surface, long: body.trim(), start: open + body.indexOf(body.trim()), how: 'named' }, true);
      continue;
    }

    // "… của Ngân hàng Tiên Phong (TPBank), mã chứng khoán là TPB": the listed firm before it.
    const firmEnd = firmBeforeTicker(text, occ);
    const firm = firmEnd > 0 ? longBefore(text, occ.surface, firmEnd, known) : null;
    if (firm && firmOrBank(wordsIn(text, firm.start, firm.start + firm.long.length))) {
      keep({ short: occ.surface, ...firm });
      continue;
    }

    // "mã VCB của ngân hàng Ngoại thương Việt Nam tăng …": a ticker and the listed firm it is of.
    const owner = tickerOwner(text, occ, known);
    if (owner) {
      keep({ short: occ.surface, ...textOf(text, owner), how: 'named' });
      continue;
    }

    // "(*) MTT: Mã tiền tệ, ví dụ …": a note's term at a line's start and its name, when the name
    // spells it and the glossary knows the term by that name or not at all ("TS: Thực sự, tôi …" is
    // who speaks).
    const noted = /^:\s+([^,.;:()\n]{3,80})/u.exec(rest);
    const lineStart = /(?:^|\n)[ \t]*(?:\(\*+\)|\*+|[-–•])?[ \t]*$/u.test(text.slice(Math.max(0, occ.start - 8), occ.start));
    if (noted && lineStart) {
      const from = occ.end + (noted[0].length - (noted[1]?.length ?? 0));
      const words = wordsIn(text, from, from + (noted[1]?.length ?? 0));
      const senses = known?.expansions(occ.surface) ?? [];
      const named = textOf(text, words).long.toLowerCase();
      if (words.length >= 2 && spells(shortLetters(occ.surface), words, 0) && (senses.length === 0 || senses.some((e) => e.toLowerCase() === named))) {
        keep({ short: occ.surface, ...textOf(text, words), how: 'spelled' });
        continue;
      }
    }

    // "ABBR, viết tắt của long": up to the next punctuation.
    const said = AFTER_SHORT_LONG.exec(rest);
    if (said) {
      const after = occ.end + said[0].length;
      // "MAGA là viết tắt của cụm từ \" Make America Great Again \"": the quoted words are the name.
      const quoted = QUOTED_NAME.exec(text.slice(after, after + 140));
      if (quoted) {
        const inner = quoted[1] ?? '';
        const start = after + quoted[0].indexOf(inner);
        keep({ short: occ.surface, long: inner, start, how: spells(shortLetters(occ.surface), wordsIn(inner, 0, inner.length)) ? 'spelled' : 'named' });
        continue;
      }
      const from = after + (CALLED.exec(text.slice(after, after + 40))?.[0].length ?? 0);
      const glossed = glossedPartsEnd(text, from, occ.surface);
      const stop = NAME_END.exec(text.slice(from, from + 300));
      // "TT là viết tắt của Tula - Tokarev": a spaced dash inside a name the letters spell across it.
      const across = stop && /^\s[-–]\s$/u.test(stop[0]) ? /[,.;:()\n]/u.exec(text.slice(from, from + 300)) : null;
      const spelledAcross = across && spells(shortLetters(occ.surface), wordsIn(text, from, from + across.index)) && !spells(shortLetters(occ.surface), wordsIn(text, from, from + (stop?.index ?? 0)));
      const to = glossed ?? listSpelledEnd(text, from, occ.surface) ?? (spelledAcross && across ? from + across.index : stop ? from + stop.index : text.length);
      const words = wordsIn(text, from, to);
      while (words.length > 2 && DETERMINERS.has(lower(words[0] as LongWord))) words.shift();
      const start = words[0]?.start ?? from;
      if (glossed) keep({ short: occ.surface, long: text.slice(start, glossed), start, how: 'named' });
      else if (words.length >= 2 && words.length <= 12) keep({ short: occ.surface, ...textOf(text, words), how: 'named' });
      continue;
    }

    const apposed = translatedRightBefore(text, occ, known);
    if (apposed) keep({ short: occ.surface, ...apposed });
  }
  // Last, where nothing else defines it: the glossary's Vietnamese name written right before the
  // short form ("Tiêu chuẩn Việt Nam TCVN 5729"), or an English initialism alone in brackets after a
  // Vietnamese name the table translates only in part ("tàu đổ bộ đệm khí (LCAC)"). A name in
  // brackets the "(ABBR)" rules above have read already.
  if (known) {
    for (const occ of occurrences) {
      if (out.has(occ.surface)) continue;
      if (/[\p{L}\p{M}] $/u.test(text.slice(Math.max(0, occ.start - 2), occ.start))) {
        const named = glossaryNameBefore(text, occ.start, occ.surface, known);
        // Read as a translation: beside it the popup may show the glossary's English name of the
        // same short form (find.ts), as it does for a name whose words translate that English one.
        if (named) keep({ short: occ.surface, ...named, how: 'translated' });
      } else if (/\(\s*$/u.test(text.slice(Math.max(0, occ.start - 3), occ.start)) && /^\s*\)/u.test(text.slice(occ.end, occ.end + 3))) {
        const words = partlyTranslatedName(text, text.lastIndexOf('(', occ.start), occ.surface, known);
        if (words) keep({ short: occ.surface, ...textOf(text, words), how: 'translated', guessed: true });
      }
    }
  }
  return out;
}

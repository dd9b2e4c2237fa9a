/**
 * Short forms after their long form without brackets: "long, gọi tắt là ABBR", "long - ABBR" (a
 * name, a dash, its short form), and a name right before the short form, or set off by commas before
 * it, that translates the glossary's English name word for word ("trung tâm Nghiên cứu Chiến lược và
 * Quốc tế CSIS", "Cơ quan Phát triển Quốc tế Hoa Kỳ, USAID,").
 */
import type { Occurrence } from '../detect';
import { hasVietnameseMarks, isVietnameseSyllable } from '../letters';
import { shortLetters, wordsIn } from '../match';
import { syllableKey, translationKey } from '../translations';
import type { Definition, Reading } from './types';
import { ALSO_CALLED, BEFORE_SHORT, LEGAL_FORM, PLACE_UNIT } from './lexicon';
import { capitalised, dashBefore, leftWords, startsWithFirm, startsWithHead, textOf } from './words';
import { longBefore } from './long-before';
import { longInside, spelledOrNamedBody } from './long-inside';
import { englishNames, englishWords, headlessName, type KnownWords } from './translated';

// A name in brackets, then the words for another name ("(Bus rapid transit) hay còn gọi là ").
const CALLED_AFTER_BRACKETS = /\(([^()]{3,80})\)\s+(?:(?:hay|hoặc)\s+)?(?:còn\s+)?(?:được\s+)?gọi\s+là\s*$/iu;

// A navy's prefix to its ships' names: its country's or its monarch's ship.
const HULL_PREFIX = /^(?:(?:Her|His)\b.*Majesty['’]s|United States|Indian|Japan|Pakistan|Republic of)\b.* Ship$/u;

/**
 * "thuộc trung tâm Nghiên cứu Chiến lược và Quốc tế CSIS (Mỹ)", "giám đốc điều hành CEO": the name
 * right before the short form, without brackets (or before a comma, the short form then closed by
 * one), when its words translate the English name the glossary knows, every word of it.
 */
export function translatedRightBefore(text: string, occ: Occurrence, known: KnownWords | undefined): Omit<Definition, 'short'> | null {
  const names = known ? englishNames(occ.surface, known) : [];
  if (!known || names.length === 0) return null;
  const def = translatedRightBeforeInner(text, occ, known);
  // "Tín dụng ngân hàng cho xây dựng CB": a name of two English words (Construction Bank) meets its
  // two words across a preposition in any sentence; no name of so few words holds one.
  const across = def !== null && names.every((n) => englishWords(n).length <= 2) && wordsIn(def.long, 0, def.long.length).some((w) => PREPOSITIONS.has(w.lower));
  return across ? null : def;
}

// Words that join a phrase to another, which a short name's translation has no room for.
// Not "từ", "ở": "xung điện từ (EMP)", "virus u nhú ở người (HPV)" hold them.
const PREPOSITIONS = new Set(['cho', 'của', 'với']);

function translatedRightBeforeInner(text: string, occ: Occurrence, known: KnownWords): Omit<Definition, 'short'> | null {
  // "do Cơ quan Phát triển Quốc tế Hoa Kỳ, USAID, tài trợ": or set off by commas, an apposition.
  const apposition = /[\p{L}\p{M}], $/u.test(text.slice(Math.max(0, occ.start - 3), occ.start)) && text[occ.end] === ',';
  if (!apposition && !/[\p{L}\p{M}] $/u.test(text.slice(Math.max(0, occ.start - 2), occ.start))) return null;
  // "hãng thông tấn nhà nước Nga RIA Novosti": the short form opens a longer name of one more word,
  // described before it. Two capitalised words after it are a person ("Quỹ Tiền tệ Quốc tế IMF
  // Kristalina Georgieva"), whose body the name before still defines.
  if (/^ \p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}]| \p{Lu})/u.test(text.slice(occ.end, occ.end + 40))) return null;
  // "tàu Mỹ USS Carl Vinson": a navy's prefix before a ship's name; the words before say what the
  // ship is. Not a class of ship ("tàu chiến đấu ven biển LCS Gabrielle Giffords").
  if (/^ \p{Lu}/u.test(text.slice(occ.end, occ.end + 3)) && englishNames(occ.surface, known).some((n) => HULL_PREFIX.test(n))) return null;
  // Most short forms follow a word no name ends with ("của NATO", "theo IMF"): the name rules, slow
  // beside this test, run only after a word of the table or a capital.
  // "… nhà nước Hồi giáo tự xưng IS": the writer's qualifier after the name.
  const qualified = /\stự xưng $/u.exec(text.slice(Math.max(0, occ.start - 9), occ.start));
  const before = qualified ? occ.start - qualified[0].length : occ.start - (apposition ? 2 : 1);
  const last = wordsIn(text, Math.max(0, before - 40), before).slice(-2);
  const end = last[last.length - 1];
  // "hiệp ước Cắt giảm vũ khí hạt nhân chiến lược New START": a foreign word right before the short
  // form that its English name lacks opens a longer name, which the words before describe.
  if (end && !isVietnameseSyllable(end.text) && capitalised(end) && !englishNames(occ.surface, known).some((n) => englishWords(n).includes(end.lower))) return null;
  const runs = last.length === 2 ? [last.slice(1), last] : [last];
  const tableWord = runs.some((run) => known.translations.english(translationKey(run.map((w) => w.text)), true) !== undefined);
  if (!end || !(tableWord || capitalised(end))) return null;
  const read = longBefore(text, occ.surface, before, known);
  // "chức năng định vị toàn cầu GPS": or the name but for its head noun (System), left out.
  const headless = read?.how === 'translated' ? null : headlessName(text, leftWords(text, before, 12), occ.surface, known);
  const def = headless ? { ...textOf(text, headless), how: 'translated' as const } : read;
  // "đối với người nhiễm virus HIV": people infected, no name, though "người" is Human and "virus"
  // Virus: where "người" alone renders the English name's Human or People, it counts the people the
  // sentence is about ("người dùng hoạt động hằng ngày DAU" is a term).
  const people = def !== null && /^người\s/u.test(def.long) && englishNames(occ.surface, known).some((n) => /\b(?:Human|People)\b/u.test(n));
  return def?.how === 'translated' && !people ? def : null;
}

/**
 * "Trường y Duke - NUS": a body named before a dash whose name ends in a foreign word the table does
 * not know, and none of whose words the short form's letters open, is joined to another body
 * (Duke-NUS), not named by it. A Vietnamese name ("Viện Dầu mỏ Mỹ - API") or a firm's (whose short
 * name may be a brand: "tổng công ty Bảo dưỡng sửa chữa công trình dầu khí - PVMR") is named by it,
 * unless, for a firm, its words open none of the letters and the glossary knows them as another body.
 */
function joinedToAnotherBody(text: string, def: Omit<Definition, 'short'>, short: string, known: KnownWords | undefined): boolean {
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const last = words[words.length - 1];
  if (def.how !== 'named' || !last) return false;
  const letters = shortLetters(short);
  // "công ty Cổ phần Đầu tư Xây dựng Lilama – SHB" is the two partners' joint name (SHB the bank);
  // "Công ty cổ phần Alumin Nhân Cơ - TKV" a subsidiary's, after its parent's short name.
  // (The words of its head and legal form spell nothing: the T of "Công ty" is no TKV's.)
  const own = words.filter((w) => !FIRM_FORM_WORDS.has(syllableKey(w.text.toLowerCase())));
  if (startsWithFirm(words)) return !own.some((w) => letters.includes(w.folded[0] ?? '')) && (known?.expansions(short).length ?? 0) > 0 && !glossaryNamesIt(def.long, short, known);
  if (isVietnameseSyllable(last.text)) return false;
  if (known?.translations.english(syllableKey(last.text), true)) return false;
  // Only the foreign words speak: "Hãng hàng không Air France - KLM" is joined to KLM, whatever
  // "không" shares with it.
  return !words.some((w) => !isVietnameseSyllable(w.text) && letters.includes(w.folded[0] ?? ''));
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

/** "long, gọi tắt là ABBR"; "long, hay còn gọi là ABBR" where the long form spells or translates it. */
export function readCalled(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
  const lead = text.slice(Math.max(0, occ.start - 40), occ.start);
  const called = BEFORE_SHORT.exec(lead);
  if (called) {
    const def = longBefore(text, occ.surface, occ.start - called[0].length, known);
    return def ? { def } : 'none';
  }
  // "Xe bus chuyên chở nhanh (Bus rapid transit) hay còn gọi là BRT": the name in the brackets
  // right before, where it spells or translates the letters.
  const from = Math.max(0, occ.start - 120);
  const bracketed = CALLED_AFTER_BRACKETS.exec(text.slice(from, occ.start));
  if (bracketed) {
    const inside = from + bracketed.index + 1;
    const def = longInside(text, occ.surface, inside, inside + (bracketed[1] ?? '').length, known);
    if (def && def.how !== 'named') return { def };
  }
  // "kháng nguyên tuyến tiền liệt, hay còn gọi là PSA": another name, which only a long form that
  // spells the letters or translates the English name shows to be the short form's.
  const named = ALSO_CALLED.exec(lead);
  const def = named ? longBefore(text, occ.surface, occ.start - named[0].length, known) : null;
  return def && def.how !== 'named' ? { def } : null;
}

/** "long - ABBR". */
export function readDashed(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
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
  // "tuyến cao tốc Bắc Giang - TP. Lạng Sơn": a city's prefix, whose dot is no end.
  if (/^(?:TP|TX|TT)$/u.test(occ.surface) && /^\.\s?\p{Lu}/u.test(text.slice(occ.end, occ.end + 3))) return null;
  if (dash && !/\d$/u.test(beforeDash) && !inRow && !/^(?:CTCP|TNHH|MTV|JSC|CP)$/u.test(occ.surface)) {
    // "… Công ty Đầu tư Phát triển Long Đức - ILD và Công ty …": a list of firms goes on after it;
    // "Lễ hội pháo hoa quốc tế Đà Nẵng - DIFF 2018.": the year of an edition may close it.
    const ends = /^(?: (?:19|20)\d\d)?(?:[ \t]*[),.;:(\n]|\s*$| và (?:[Cc]ông ty|[Tt]ổng công ty|[Tt]ập đoàn|[Nn]gân hàng) )/u.test(text.slice(occ.end, occ.end + 23))
      // "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)", "Tổng công ty … - CTCP (ACV)": the
      // short form is a part of a name whose own short form follows; only a spelled or translated
      // name before it is its long form.
      && !/^\s*\((?:[^()]*:\s*)?[\p{Lu}\d][\p{Lu}\d .&-]*[\p{Lu}\d]\)/u.test(text.slice(occ.end, occ.end + 24));
    const def = longBefore(text, occ.surface, occ.start - dash[0].length, known);
    // "trưởng ban đại học - ĐH Quốc gia TP. HCM": the short form opens a name that goes on in
    // capitalised Vietnamese words, a body, where the words before the dash are a common noun (a
    // name before it may be an event's, the place its edition: "VnExpress Marathon - VM Quy Nhơn").
    // A place after the short form is where the body is ("trung tâm y tế - TTYT Quận 1").
    // (A unit of one word, or the second syllable of "Thành phố", "Thị xã", "Thị trấn".)
    const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{M}])(?: (\p{Ll}+))?/u.exec(text.slice(occ.end, occ.end + 16));
    const place = next !== null && (PLACE_UNIT.test(next[1]!) || PLACE_UNIT.test(next[2] ?? ''));
    // So too after a name its letters spell only part of: "Trường Đại học Luật - ĐH Huế" is the law
    // school of the university of Huế ("VnExpress Marathon - VM Quy Nhơn" is spelled whole).
    const common = def !== null && !/\p{Lu}/u.test(def.long);
    const partly = def !== null && wordsIn(def.long, 0, def.long.length).length > shortLetters(occ.surface).length;
    if (!ends && (common || partly) && next !== null && isVietnameseSyllable(next[1]!) && !place) return null;
    // "phòng Lao động - Tiền lương - BHXH": the short form is the last of a body's fields joined by
    // dashes, not the name of the fields before it.
    if (def?.how === 'named' && fieldsInRow(text, def)) return null;
    if (def && (ends ? spelledOrNamedBody(text, def) && !joinedToAnotherBody(text, def, occ.surface, known) : def.how !== 'named' || glossaryNamesIt(def.long, occ.surface, known))) return { def };
  }
  return null;
}

/** A named reading whose last part after a spaced dash is a field, not a body's name or a brand: a
 * few Vietnamese words no head opens ("Tiền lương"; not "Hanoimilk", "Petrovietnam"). */
function fieldsInRow(text: string, def: Omit<Definition, 'short'>): boolean {
  const dash = /\s[-–]\s(?!.*\s[-–]\s)/u.exec(def.long);
  if (!dash) return false;
  const from = def.start + dash.index + dash[0].length;
  const field = wordsIn(text, from, def.start + def.long.length);
  return field.length <= 3 && field.every((w) => isVietnameseSyllable(w.text)) && !startsWithHead(field, 0);
}

/** The name right before the short form, translating the English one (see translatedRightBefore). */
export function readNameRightBefore(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
  const def = translatedRightBefore(text, occ, known) ?? foreignNameRightBefore(text, occ);
  return def ? { def } : null;
}

// Words an English name holds that give no letter of its initials.
const UNSPELLED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&']);

/**
 * "hợp tác với Make Love Not Scars MLNS": a foreign name in title case written right before its
 * initials, with no brackets, whose words give every letter in order. The whole run of capitalised
 * words back to a Vietnamese one ("Hãng"), so that no part of a longer name is taken; not a
 * Vietnamese name, written so in running text ("Thành phố thông minh TPTM" may be two things
 * named side by side).
 */
export function foreignNameRightBefore(text: string, occ: Occurrence): Omit<Definition, 'short'> | null {
  if (!/^\p{Lu}{2,6}$/u.test(occ.surface) || !/\p{L} $/u.test(text.slice(Math.max(0, occ.start - 2), occ.start))) return null;
  const words = leftWords(text, occ.start, 8);
  let from = words.length;
  while (from > 0 && (capitalised(words[from - 1]) || UNSPELLED.has(words[from - 1]!.text)) && !hasVietnameseMarks(words[from - 1]!.text)) from--;
  while (from < words.length && UNSPELLED.has(words[from]!.text)) from++;
  const name = words.slice(from);
  if (name.length < 2 || name.every((w) => isVietnameseSyllable(w.text)) || text.slice(name[0]!.start, occ.start).includes(',')) return null;
  const initials = name.filter((w) => !UNSPELLED.has(w.text)).map((w) => w.text[0]).join('');
  return initials === occ.surface ? { ...textOf(text, name), how: 'spelled' } : null;
}

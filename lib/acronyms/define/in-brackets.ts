/**
 * Short forms inside brackets after their long form: "long (ABBR)", "long (viết tắt là ABBR)",
 * "(sau đây gọi tắt là ABBR)", a ticker "(mã VNM)", a firm's names listed "(BIDV, mã BID)", a place
 * or the source-language name beside the short form "(NTU, Singapore)", "(AMR - Antimicrobial
 * Resistance)". The long form is read before the brackets (long-before.ts) or beside the short form.
 */
import type { Occurrence } from '../detect';
import { shortLetters, spells, wordsIn, type LongWord } from '../match';
import type { Definition, Reading } from './types';
import { AFTER_SHORT_LONG, COUNTRIES, EXCHANGES, FIRMS, FIRM_SUFFIX, HEADS, HISTORY_ASIDE, INSIDE_BEFORE_SHORT, LISTED_AFTER, LISTED_BEFORE, LOCATIVE_ASIDE, PARENT_ASIDE, PARENT_NAMED, PLACE_ASIDE, ROLE_ASIDE, SHORTENED_BY } from './lexicon';
import { clauseStart, firmOrBank, headLengthAt, leftWords, startsWithFirm, textOf, wordsAt } from './words';
import { longBefore } from './long-before';
import { heldSession } from '../session-number';
import { foreignLetters, longInside, namedPlaceAside, spelledOrNamedBody } from './long-inside';
import { brandBefore } from './tickers';
import { givesLetters } from './letters-given';
import type { KnownWords } from './translated';

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

/** "công ty Cổ phần X (sau đây viết tắt công ty GTS)": GTS stands for what follows the firm noun. */
function withoutFirmNoun(text: string, def: Omit<Definition, 'short'>, firmNoun: string | undefined): Omit<Definition, 'short'> {
  if (!firmNoun) return def;
  const words = wordsIn(text, def.start, def.start + def.long.length);
  const noun = firmNoun.toLowerCase().split(' ');
  if (words.length <= noun.length || !wordsAt(words, 0, noun)) return def;
  return { ...def, ...textOf(text, words.slice(noun.length)) };
}

// "viết tắt sân bay ", "gọi tắt là cuộc thi ": told it is short, then one or two lower-case words.
const TOLD_SHORT_WITH_KIND = /^(?:(?:sau đây|dưới đây|còn) )?(?:được )?(?:tên )?(?:viết|gọi) tắt(?: là)?:? \p{Ll}+(?: \p{Ll}+)? $/u;

/** The last run of words before `end`, in its clause, whose every word gives a letter of `short`;
 * with `adjacent`, only the run that ends at `end`. */
function spelledInside(text: string, short: string, end: number, adjacent = false): LongWord[] | null {
  const letters = shortLetters(short);
  const words = leftWords(text, end, 20);
  const last = Math.max(0, words.length - letters.length);
  for (let from = words.length - letters.length; from >= (adjacent ? last : 0); from--) {
    const run = words.slice(from, from + letters.length);
    if (spells(letters, run, 0)) return run;
  }
  return null;
}


// Kinds of firm written short, which a firm's noun in brackets classes the firm by ("Công ty Pouyuen
// Việt Nam (công ty FDI)", "(tổng công ty EPC)", "(công ty TNHH)", "(công ty BĐS)"), not names it. A
// ticker is the firm's, whatever else the glossary knows its letters as ("Công ty Cổ phần Gemadept
// (công ty GMD)", "… Thành Thành Công - Biên Hòa (công ty SBT)").
const FIRM_KINDS = new Set([
  'FDI', 'OEM', 'ODM', 'EPC', 'TNHH', 'MTV', 'CP', 'CTCP', 'TMCP', 'SPV', 'JSC', 'LLC', 'SME', 'SMEs', 'DNNN', 'DNNVV', 'NN',
  'BOT', 'BT', 'BOO', 'PPP', 'IPP', 'AMC', 'BĐS', 'BDS', 'CNTT', 'FMCG', 'TMĐT', 'KCN',
]);

/** The firm's whole name a reading ends, where the firm's noun, its legal form and what it makes open
 * it in the same clause, eight words at most ("Công ty cổ phần xi măng | Hà Tiên 1", "Công ty CP Đầu
 * tư | Năm Bảy Bảy"; not "công ty cho biết cổ phiếu | Hà Tiên 1"); or null. */
function firmOpening(text: string, def: Omit<Definition, 'short'>): Omit<Definition, 'short'> | null {
  const words = [...leftWords(text, def.start, 8), ...wordsIn(text, def.start, def.start + def.long.length)];
  const clause = words.slice(clauseStart(text, words, false));
  const at = clause.findLastIndex((w, i) => w.start < def.start && FIRMS.some((h) => wordsAt(clause, i, h)));
  return at < 0 ? null : { ...def, ...textOf(text, clause.slice(at)) };
}

/** The words after the `head` words `words` open with, when they spell `short` one word a letter:
 * "Bộ | Kế hoạch và Đầu tư" for KHĐT. */
function spelledAfterHead(words: LongWord[], head: number, short: string): LongWord[] | null {
  const rest = words.slice(head);
  return head > 0 && rest.length >= 2 && spells(shortLetters(short), rest, 0) ? rest : null;
}

/** The reading of an occurrence inside brackets, when the brackets hold one of these forms. */
export function readInBrackets(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
  // "long (ABBR)" and "long (viết tắt là ABBR)": the acronym first inside parentheses.
  // Only brackets near the acronym: a search through the whole text for each one would be quadratic.
  const open = bracketBefore(text, occ.start);
  const close = bracketAfter(text, occ.end);
  if (open < 0 || close < 0) return null;
  // '(“S & P”)': the short form quoted alone in its brackets is as bare.
  const quoted = /^\s*["“]\s*$/u.test(text.slice(open + 1, occ.start)) && /^\s*["”]\s*$/u.test(text.slice(occ.end, close));
  const before = quoted ? '' : text.slice(open + 1, occ.start).trimStart();
  const intro = before === '' ? null : INSIDE_BEFORE_SHORT.exec(before) ?? SHORTENED_BY.exec(before);
  // "Công ty TNHH MTV Giống cây trồng BM (Công ty BM)", "Công ty Cổ phần Gemadept (công ty GMD)": the
  // firm's noun and its short name, after the firm's whole name (checked below: only a firm's name is
  // read so, and no kind of firm).
  const firmNoun = FIRMS.some((h) => h.join(' ') === before.trimEnd().toLowerCase());
  // "Bộ Thông tin và truyền thông (Bộ TTTT)", "Sở Giao thông vận tải (Sở GTVT)": the head of the
  // name before, repeated with the short form, which the rest of the name spells.
  const head = HEADS.find((h) => h.join(' ') === before.trimEnd().toLowerCase());
  if (!firmNoun && head && open > 0) {
    const words = leftWords(text, open, 16);
    const at = words.findLastIndex((_, i) => wordsAt(words, i, head));
    const rest = at < 0 ? null : spelledAfterHead(words.slice(at), head.length, occ.surface);
    if (rest) return { def: { ...textOf(text, rest), how: 'spelled' } };
    // "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (Hiệp định CPTPP)": or whose
    // words translate the English name the letters spell, from the head on.
    const translated = at < 0 ? null : longBefore(text, occ.surface, open, known);
    if (translated?.how === 'translated' && translated.start >= (words[at]?.start ?? open)) return { def: translated };
  }
  // "(VNCB, tiền thân là TrustBank)": an aside on the firm's history may follow the short form.
  const after = quoted ? '' : text.slice(occ.end, close);
  // "Tổ chức Y tế Thế giới (World Health Organization - WHO)": the name beside the short form in
  // its brackets, each word giving its initial ("Vietcombank, HoSE: VCB" is a brand and an exchange).
  const named = /^(.+?)\s*[-–,:]\s*$/u.exec(before);
  if (named && after.trim() === '') {
    const from = occ.start - before.length;
    const words = wordsIn(text, from, from + (named[1]?.length ?? 0));
    if (words.length >= 2 && spells(shortLetters(occ.surface), words, 0)) return { def: { ...textOf(text, words), how: 'spelled' } };
    // "(Bộ Kế hoạch và Đầu tư, KHĐT)": a head the letters have none for is left out, as before
    // brackets.
    const rest = spelledAfterHead(words, headLengthAt(words, 0), occ.surface);
    if (rest) return { def: { ...textOf(text, rest), how: 'spelled' } };
  }
  // "Ngân hàng Xây dựng (VNCB, nay là CB)": the name the body goes by now, after its old short form,
  // is the same body's where the new letters are the old ones shortened; "Bộ Thương mại (BTM, nay là
  // BCT)" merged into another body, whose letters are its own.
  const renamed = /^(\p{Lu}[\p{Lu}\p{N}&.-]*)\s*,\s*(?:nay là|hiện là|nay đổi tên thành|sau đổi tên thành)\s+$/u.exec(before);
  if (renamed && after.trim() === '' && open > 0 && (renamed[1] ?? '').toUpperCase().includes(occ.surface.toUpperCase())) {
    const def = longBefore(text, occ.surface, open, known);
    if (def && spelledOrNamedBody(text, def)) return { def };
  }
  // "cảng hàng không Quốc tế Tân Sơn Nhất (viết tắt sân bay TSN)": told it is short, with the kind of
  // thing before it; the letters stand for the words right before the brackets that spell them.
  if (TOLD_SHORT_WITH_KIND.test(before) && after.trim() === '') {
    const run = spelledInside(text, occ.surface, open, true);
    if (run) return { def: { ...textOf(text, run), how: 'spelled' } };
  }
  // "(SPIEF -2018)", "(APEC 2017)": the edition's year after the short form; "(SN 1990)" is
  // a birth year ("sinh năm").
  const edition = occ.surface.length >= 3 && /^\s*[-–]?\s*(?:19|20)\d\d\s*$/u.test(after);
  // "(mã BSQ - UpCoM)": the exchange the ticker trades on, after a dash.
  const exchangeAfter = intro !== null && EXCHANGES.test(/^\s*[-–]\s*(?:sàn\s+)?(\S+)\s*$/u.exec(after)?.[1] ?? '');
  // "tỷ suất lợi nhuận trên vốn chủ sở hữu (ROAE -%)": the unit the figure is given in.
  const unit = /^\s*[-–,]?\s*%\s*$/u.test(after);
  // "Hội nghị Ngoại trưởng ASEAN lần thứ 52 (AMM-52)": the session's number after the short form
  // repeats the one after the name, which ends before it.
  const held = before === '' ? heldSession(text, open, occ.surface + after) : null;
  const session = held?.letters === occ.surface ? held : null;
  // "… các nước ASEAN mở rộng (ADMM +)": the letters name the meeting, the plus its widening; the
  // name is read before "mở rộng", not guessed ("hợp tác mở rộng (ADMM +)" names nothing), and
  // holds it.
  const widening = after.trim() === '+' ? /\smở rộng\s*$/u.exec(text.slice(Math.max(0, open - 12), open)) : null;
  const cut = widening ? open - widening[0].length : -1;
  const narrow = cut > 0 ? longBefore(text, occ.surface, cut, known) : null;
  const widened = narrow && !narrow.guessed && narrow.start + narrow.long.length === cut ? { ...narrow, long: text.slice(narrow.start, open).trimEnd() } : null;
  if ((before === '' || intro || firmNoun) && (after.trim() === '' || edition || widened || exchangeAfter || unit || session || HISTORY_ASIDE.test(after)) && open > 0) {
    const read = widened ?? longBefore(text, occ.surface, session ? session.start : open, known);
    if (firmNoun && (FIRM_KINDS.has(occ.surface) || !(read && startsWithFirm(wordsIn(text, read.start, read.start + read.long.length))))) return 'none';
    // "Đài Loan (TQ)", "Ma Cao (TQ)", "đặc khu Hồng Kông (TQ)": a place and the country it belongs
    // to, which the glossary gives the letters; a reading nothing confirms that ends in the place's
    // capitalised name is no reading of them ("Trung Quốc (TQ)" spells them).
    const countryNote = read?.how === 'named' && /(?:^|\s)\p{Lu}[\p{L}\p{M}]*$/u.test(read.long) && (known?.expansions(occ.surface) ?? []).some((e) => COUNTRIES.has(e.toLowerCase()));
    if (countryNote) return 'none';
    // A figure's unit after the short form leaves only a reading the letters or the glossary confirm.
    const def = unit && read?.how === 'named' ? null : read;
    // "(mã VNM)": a ticker names the brand before it, however short, unless its letters spell more.
    // "cổ phiếu của Vinhomes (VHM)": a ticker the glossary knows as a firm's needs no "mã".
    const ticker = /^mã\s/iu.test(before) || (before === '' && /^\p{Lu}{3}$/u.test(occ.surface) && (known?.expansions(occ.surface) ?? []).some((e) => firmOrBank(wordsIn(e, 0, e.length))));
    const brand = ticker && def?.how !== 'spelled' ? brandBefore(text, open) : null;
    // "Công ty cổ phần xi măng Hà Tiên 1 (Mã chứng khoán: HT 1)": a ticker the end of the name
    // spells is still the whole firm's.
    const firm = /^mã\s/iu.test(before) && def?.how === 'spelled' ? firmOpening(text, def) : null;
    if (firm) return { def: firm };
    // "Hợp đồng chuyển nhượng quyền sử dụng đất … (sau đây gọi tắt là HĐCN)": told it is an
    // abbreviation, the letters may spell the start of the name only.
    // A firm's short name stands for the firm, whatever its letters spell ("công ty … (sau đây
    // viết tắt công ty GTS)").
    const firmName = intro?.[1] !== undefined || (def !== null && startsWithFirm(wordsIn(text, def.start, def.start + def.long.length)));
    const prefix = /tắt/u.test(before) && def?.how !== 'spelled' && !firmName ? spelledInside(text, occ.surface, open) : null;
    if (brand) return { def: { ...textOf(text, brand), how: 'named' }, brand: true };
    if (prefix) return { def: { ...textOf(text, prefix), how: 'spelled' } };
    return def ? { def: withoutFirmNoun(text, def, intro?.[1]) } : 'none';
  }
  // A listed firm's names in its brackets: "(BIDV, mã BID)", "(Eximbank - mã EIB)", "(HNX: SHS)",
  // "(mã GMD, sàn HoSE)". Each is the firm's, when the name before is a firm's or a bank's; a list
  // of initialisms is not ("Bộ Văn hóa, Thể thao và Du lịch (VH, TT & DL)").
  // "(Vietcombank, HoSE: VCB)": the exchange's name labels the ticker after it.
  const exchange = after.trimStart().startsWith(':');
  // "(Sabeco, mã CK SAB)": the CK of the ticker word is no short form of the firm.
  if (occ.surface === 'CK' && /(?:^|\s)mã $/u.test(before)) return 'none';
  const listed = !exchange && (LISTED_BEFORE.test(before) || (before === '' || intro !== null) && LISTED_AFTER.test(after));
  const country = before === '' && namedPlaceAside(after, known);
  // "… hạ tầng giao thông Cửu Long (CIMP Cửu Long)": the short form and the place the name ends with.
  const place = before === '' ? /^\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,2})\s*$/u.exec(after.normalize('NFC'))?.[1] : undefined;
  const samePlace = place !== undefined && new RegExp(`(?:^|\\s)${place}\\s*$`, 'u').test(text.slice(Math.max(0, open - 40), open));
  const located = before === '' && LOCATIVE_ASIDE.test(after);
  // "(BQP - Bộ Quốc phòng)" would spell its own letters: a definition after it, read below.
  const parent = before === '' && PARENT_NAMED.test(after) && !spells(shortLetters(occ.surface), wordsIn(text, occ.end, close));
  if ((before === '' && (FIRM_SUFFIX.test(after) || PLACE_ASIDE.test(after) || PARENT_ASIDE.test(after) || parent || ROLE_ASIDE.test(after) || samePlace) || located || country || listed) && open > 0) {
    const read = longBefore(text, occ.surface, open, known);
    if (located && read?.how === 'named' && (!known || known.expansions(occ.surface).length > 0 || !givesLetters(read.long, occ.surface, known))) return 'none';
    // "Công ty con của Tập đoàn Sơn Hà (SHA, tại TP.HCM)": the parent's name, whatever it spells.
    if (located && read && /(?:^|\s)(?:của|thuộc)\s$/u.test(text.slice(Math.max(0, read.start - 6), read.start))) return 'none';
    // "Công ty CP Đầu tư Năm Bảy Bảy (công ty 577, mã CK: NBB)": listed, the whole firm's.
    const def = listed && read?.how === 'spelled' ? (firmOpening(text, read) ?? read) : read;
    const named = def ? wordsIn(text, def.start, def.start + def.long.length) : [];
    // "Bệnh viện Bạch Mai (BV - Hà Nội)": a Vietnamese initialism names what the body is, not the body.
    const foreign = foreignLetters(occ.surface, known);
    const fits = def !== null && (listed ? firmOrBank(named) : spelledOrNamedBody(text, def) && (!country || def.how !== 'named' || foreign));
    if (!fits || !def) return 'none';
    if (!samePlace) return { def };
    // The place is the brackets' as much as the name's: "ban quản lý dự án Thăng Long (PMU Thăng Long)"
    // makes PMU the board; but its letters may spell the place ("Hiệp hội Du lịch Việt Nam (VITA Việt
    // Nam)", "… Cửu Long (CIPM Cửu Long)"), and a short form the glossary knows as something else is a
    // body's branch ("Tổng công ty Điện lực Hà Nội (EVN Hà Nội)"): the glossary reads those.
    const placeWords = (place ?? '').split(/\s+/);
    const spellsPlace = placeWords.some((w) => shortLetters(occ.surface).includes(shortLetters(w)[0] ?? ''));
    const kept = spellsPlace ? named : named.slice(0, Math.max(1, named.length - placeWords.length));
    const reading = { ...def, ...textOf(text, kept) };
    const senses = known?.expansions(occ.surface) ?? [];
    if (senses.length === 0 || senses.some((x) => x.toLowerCase() === reading.long.toLowerCase())) return { def: reading };
    // "Chi cục Thi hành án dân sự TP Tuy Hoà (THA Tuy Hoà)": the words right after a head of the name,
    // before its place, that spell the letters one a word are what they stand for, whatever else the
    // glossary knows them as.
    const body = named.slice(0, named.length - placeWords.length);
    const letters = shortLetters(occ.surface).length;
    const inner = body.map((_, i) => spelledAfterHead(body.slice(i, i + headLengthAt(body, i) + letters), headLengthAt(body, i), occ.surface)).find((run) => run !== null);
    return inner ? { def: { ...textOf(text, inner), how: 'spelled' } } : null;
  }
  // "nhiễm khuẩn kháng thuốc (AMR - Antimicrobial Resistance)": the source-language name after it.
  const spelledAfter = before === '' ? /^\s*[-–:]\s*/u.exec(after) : null;
  if (spelledAfter) {
    const def = longInside(text, occ.surface, occ.end + spelledAfter[0].length, close);
    if (def?.how === 'spelled') return { def };
  }
  // "Toà án Luật Biển quốc tế (ITLOS - được thành lập năm 1996)", "đối tác công tư (PPP, tương tự
  // như …)": not the name but a remark, in lower case after a dash or a comma; the name before still
  // defines the short form when it spells or translates it, or names a body the letters are foreign
  // to ("Hiệp hội Truyền hình đa kênh Châu Á (AVIA - trước đây là …)"; "Bệnh viện Bạch Mai (BV -
  // bệnh viện hạng đặc biệt)" says what the body is).
  // Not one that says what the letters stand for ("(NHCSXH, viết tắt của Ngân hàng …)").
  const remark = before === '' && /^\s*(?:[-–]|,)\s+\p{Ll}/u.test(after) && !AFTER_SHORT_LONG.test(after);
  if (remark && open > 0) {
    const def = longBefore(text, occ.surface, open, known);
    const foreign = foreignLetters(occ.surface, known);
    if (def && (def.how !== 'named' || (foreign && spelledOrNamedBody(text, def)))) return { def };
  }
  return null;
}

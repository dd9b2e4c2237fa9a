/**
 * Short forms before their long form: "ABBR (long)", "ABBR (viết tắt của long)", "ABBR - long -"
 * set off by two dashes, "ABBR, viết tắt của long", and a note's term at a line's start "MTT: Mã
 * tiền tệ". The long form is read inside the brackets or after the words that introduce it.
 */
import type { Occurrence } from '../detect';
import { shortLetters, spells, spellsByWords, wordsIn, type LongWord } from '../match';
import type { Definition, Reading } from './types';
import { ADDRESSED, AFTER_SHORT_LONG, COUNTRIES, DEEDS, DETERMINERS, INSIDE_BEFORE_LONG, KIN_OF, NAME_END, PARENT_HEADS, PRESIDING, WORDS_FOR_THE_NAME } from './lexicon';
import { capitalised, isTitle, leftWords, lower, startsWithFirm, startsWithHead, textOf, wordsAt, writtenAt } from './words';
import { verbLengthAt } from './phrase';
import { longInside, namedPlaceAside } from './long-inside';
import { foreignNameRightBefore, translatedRightBefore } from './before-short';
import { ownerInBrackets, tickerBrand } from './tickers';
import type { KnownWords } from './translated';
import { readsAsBrandName } from '../word-like';
import { writtenInVietnamese } from '../letters';
import { givesLetters } from './letters-given';
import { translatedShare } from '../translated-share';

// The name in quotes, maybe after the word for it ("cụm từ \" Make America Great Again \"").
const QUOTED_NAME = new RegExp(String.raw`^(?:${WORDS_FOR_THE_NAME}|(?:chữ|từ|câu)(?:\s+tiếng\s+\p{L}+)?)?\s*["“]\s*([^"”\n]{3,120}?)\s*["”]`, 'u');
// The word for the name before it, unquoted ("viết tắt của cụm từ tên lửa đạn đạo xuyên lục địa").
const CALLED = new RegExp(String.raw`^${WORDS_FOR_THE_NAME}\s+(?=\S)`, 'iu');

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

/** "ABBR - long - …". */
export function readBetweenDashes(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
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
    if (def && (def.how !== 'named' || capitalised(wordsIn(text, def.start, def.start + 1)[0]))) return { def };
  }
  return null;
}

/** Brackets that name a body others belong to (a ministry, a department, a province's committee). */
function parentBody(body: string): boolean {
  const words = wordsIn(body, 0, body.length);
  return capitalised(words[0]) && (PARENT_HEADS.some((h) => wordsAt(words, 0, h)) || words[0]?.text === 'UBND');
}

// Words of a clause, which no body's name holds before its short form.
const CLAUSE_WORDS = new Set(['đã', 'đang', 'sẽ', 'vừa', 'với', 'cho', 'và', 'của', 'là', 'được', 'bị', 'khi', 'để', 'về', 'từ', 'tại', 'ở', 'theo']);

/** "Cục Phòng chống HIV / AIDS (Bộ Y tế)": the short form is the last word of a body's name that a
 * capitalised head opens in the same clause, with no verb between ("Sở Y tế đã báo cáo BYT (Bộ Y
 * tế)" names two bodies); brackets after it say whose body that is. */
function closesBodyName(text: string, occ: Occurrence): boolean {
  const words = leftWords(text, occ.start, 8);
  const head = words.findLastIndex((w, i) => capitalised(w) && startsWithHead(words, i) && !isTitle(words, i));
  if (head < 0) return false;
  const name = words.slice(head);
  const verb = (k: number): boolean => verbLengthAt(name, k) > 0 || [...DEEDS, ...ADDRESSED, ...PRESIDING].some((v) => writtenAt(name, k, v));
  return !name.some((w, k) => CLAUSE_WORDS.has(w.text) || verb(k));
}

// A head word or two and a short form in capitals, dashes and all ("Đài ABS - CBN").
const OWNED_BY = /^\p{L}+(?: \p{L}+)? \p{Lu}{2,}(?:\s*[-–&]\s*\p{Lu}{2,})*$/u;

/** Every item of a list ("Nga, Ấn Độ và Brazil") is a country. */
function countriesListed(list: string): boolean {
  const items = list.split(/\s*,\s*|\s+và\s+/u).map((x) => x.trim().toLowerCase());
  return items.length >= 2 && items.every((x) => COUNTRIES.has(x));
}

/** Whether `word` stands in `long` as a word of its own. */
function holdsWord(long: string, word: string): boolean {
  return long.split(/[^\p{L}\p{M}\p{N}&.]+/u).includes(word);
}

/** The part of the brackets' `body` (opening at `open`) before a dash, a slash or a colon whose words spell
 * `short` from `from`, where a translation or a gloss follows it; null when no part does. */
function spelledBeforeGloss(text: string, short: string, from: number, open: number, body: string, known: KnownWords | undefined): Omit<Definition, 'short'> | null {
  for (const m of body.matchAll(/\s[-–\/]\s|:\s/gu)) {
    if (open + m.index <= from) continue;
    const part = longInside(text, short, from, open + m.index, known);
    if (part?.how === 'spelled') return part;
  }
  return null;
}

// Words that join the short form to what comes before it as another thing: "phối hợp với WTO (…)",
// "các ngân hàng như VCB (…)", "bán cho MWG (…)".
const JOINS_ANOTHER = new Set(['với', 'như', 'cho', 'cùng', 'và', 'hoặc', 'hay', 'gồm', 'là']);

/**
 * "phê chuẩn thoả thuận về các điều kiện rời khỏi EU (thoả thuận Brexit)": brackets that open with the
 * head of a phrase the short form ends, its words apart from the short form, name that phrase. The
 * phrase runs unbroken to the short form: no punctuation, no verb and no word joining another thing
 * ("Tổ chức Y tế Thế giới phối hợp với WTO (Tổ chức Thương mại Thế giới)" names WTO). Not a head right
 * before the short form, whose brackets name it ("Hiệp định EVFTA (Hiệp định …)").
 */
function glossesPhraseBefore(text: string, occ: Occurrence, read: Omit<Definition, 'short'>): boolean {
  const head = wordsIn(read.long, 0, read.long.length).slice(0, 2);
  if (head.length < 2) return false;
  const before = leftWords(text, occ.start, 12);
  const at = before.findIndex((_, i) => i + 1 < before.length && before[i]?.folded === head[0]?.folded && before[i + 1]?.folded === head[1]?.folded);
  if (at < 0 || before.length - (at + 2) < 2) return false;
  const phrase = before.slice(at);
  const unbroken = !/[,.;:!?()\n]/u.test(text.slice((phrase[0] as LongWord).start, occ.start));
  return unbroken && phrase.every((w, k) => !JOINS_ANOTHER.has(w.lower) && verbLengthAt(phrase, k) === 0);
}

/** "ABBR (long)". */
export function readBracketsAfter(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
  // "ABBR (long)", "ABBR (viết tắt của long)", "WWDC 2025 (Hội nghị …)".
  const rest = text.slice(occ.end, occ.end + 200);
  const paren = /^(?: \d{4})? ?\(([^()]*)\)/u.exec(rest);
  if (!paren) return null;
  const body = paren[1] ?? '';
  if (parentBody(body) && closesBodyName(text, occ)) return 'none';
  // "kênh ANC (Đài ABS - CBN)": a head and another short form name whose it is, not what it stands for.
  if (OWNED_BY.test(body.trim())) return 'none';
  // What the body is to another describes it, and leaves the name before it to the readers after.
  if (KIN_OF.test(body.trim())) return null;
  const intro = INSIDE_BEFORE_LONG.exec(body);
  // "(gồm Nga, Ấn Độ, …)": a group's members are countries; "(gồm Sở Tài chính, Sở Xây dựng)" says who
  // a team holds, not what its letters stand for.
  if (intro && /^gồm/iu.test(intro[0]) && !countriesListed(body.slice(intro[0].length))) return 'none';
  // "POTUS (viết tắt của cụm từ President of the United States)": what the writer calls the words.
  const called = intro ? (CALLED.exec(body.slice(intro[0].length))?.[0].length ?? 0) : 0;
  const from = occ.end + rest.indexOf('(') + 1 + (intro ? intro[0].length + called : 0);
  // "MOAB (Massive Ordnance Air Blast - còn có biệt danh …)", "(Đài truyền hình Việt Nam - PV)": a
  // remark or a reporter's mark after a dash is not the name, unless the whole spells the letters
  // ("GD-ĐT (giáo dục - đào tạo)").
  const open = occ.end + rest.indexOf('(') + 1;
  const whole = longInside(text, occ.surface, from, open + body.length, known);
  // So is one after a comma that says it in other words ("BT (xây dựng - chuyển giao, hay còn gọi là
  // đổi đất lấy hạ tầng)"); a comma before a lower-case word may also list the name's parts.
  const remark = /,\s+(?:hay|còn|tức|nghĩa là|vốn|nay|trước đây)\s/u.exec(body) ?? /\s[-–]\s+(?:\p{Ll}|(?:PV|BT|BTV)\s*$)/u.exec(body);
  const cut = remark && open + remark.index > from ? longInside(text, occ.surface, from, open + remark.index, known) : null;
  // A name whose every word translates the letters holds its dashes ("BOT (xây dựng - kinh
  // doanh - chuyển giao)").
  const strong = whole?.how === 'spelled' || whole?.how === 'translated';
  // "SAT (Scholastic Assessment Test, Hoa Kỳ)", "NUS (Đại học Quốc gia Singapore, Singapore)": a
  // place after a comma says where the body is, not what the letters stand for.
  const placed = !strong && !remark ? /,[^,]*$/u.exec(body) : null;
  const local = placed && namedPlaceAside(placed[0], known) ? longInside(text, occ.surface, from, open + placed.index, known) : null;
  // "ISI (Institute for Scientific Information - Viện Thông tin khoa học Mỹ)", "COD (Cash - on -
  // deliver: thanh toán tiền khi nhận hàng)": the name its letters spell, then its translation.
  const glossed = strong ? null : spelledBeforeGloss(text, occ.surface, from, open, body, known);
  const read = strong ? whole : glossed ?? cut ?? (remark ? null : local ?? whole);
  // "Secathon VNPT (tập đoàn VNPT tổ chức)": words that hold the short form itself say who it is
  // or what it does, not what its letters stand for.
  // "OCEAN (Đại học Ngoại thương), ACTION (Đại học Ngân hàng)": a word in capitals, read as a
  // word (a team's, a brand's name), before a name it does not spell is who it belongs to.
  const worded = read?.how === 'named' && readsAsBrandName(occ.surface) && known !== undefined && known.expansions(occ.surface).length === 0;
  // "STD (Công ty cổ phần đầu tư và xây dựng STD)": a firm's name ending in its letters is its name.
  // Not a firm another owns, nor one a note says more of ("công ty con của Tập đoàn HPG", "…, đối
  // tác của SCS"), nor a name written whole before its letters again ("… Hoàng Anh Gia Lai HAG", "…
  // Kinh Bắc - KBC"): the letters follow a lower-case word of the firm's trade.
  const readWords = read ? wordsIn(read.long, 0, read.long.length) : [];
  const beforeLetters = readWords[readWords.length - 2];
  const firmByLetters = read !== null && startsWithFirm(readWords) && read.long.endsWith(` ${occ.surface}`) && !/,|(?:^|\s)của\s|[-–]\s*\S+$/u.test(read.long) && beforeLetters !== undefined && !capitalised(beforeLetters);
  const def = read && (!holdsWord(read.long, occ.surface) || firmByLetters) && !worded && !(read.how === 'named' && (glossesPhraseBefore(text, occ, read) || sponsorOfProject(text, occ, read.long, known))) && !(read.how === 'named' && anotherBody(read.long, occ.surface, known)) ? read : null;
  const found = def ?? translatedRightBefore(text, occ, known) ?? foreignNameRightBefore(text, occ);
  const owner = found ? null : ownerInBrackets(text, occ, body, open, known);
  if (found) return { def: found };
  if (owner) return { def: { long: text.slice(owner.start, owner.end), start: owner.start, how: 'named' }, brand: true };
  if (tickerBrand(text, occ, body, open + body.length, known)) return { def: { long: body.trim(), start: open + body.indexOf(body.trim()), how: 'named' }, brand: true };
  return 'none';
}

// A project or a programme, by the word before its letters.
const PROJECT_BEFORE = /(?:^|[^\p{L}])(?:dự án|chương trình|đề án)\s+$/iu;
// A body that funds or runs one: an agency, a ministry, a bank, a fund, an organisation.
const SPONSOR = /^(?:Cơ quan|Tổ chức|Bộ|Quỹ|Ngân hàng|Chính phủ)(?![\p{L}])/iu;

/**
 * "ban Quản lý dự án RALG (Cơ quan phát triển Bỉ)": a body in brackets after a project's letters it
 * does not spell says who funds or runs the project, not what the letters stand for (Reinforcing
 * Administration and Local Governance). Only for a name read by its place, not its letters.
 */
function sponsorOfProject(text: string, occ: Occurrence, long: string, known: KnownWords | undefined): boolean {
  return PROJECT_BEFORE.test(text.slice(Math.max(0, occ.start - 20), occ.start)) && SPONSOR.test(long) && !(known && givesLetters(long, occ.surface, known, true));
}

/**
 * "TSR (Đại học London, Anh)", "TSR (Đại học London)": a university or an institute named in the
 * brackets, whose words give not the letters, translate no word of any English name the glossary
 * knows them by (Tropical Storm Risk) nor share one with a Vietnamese one, is where the letters' group
 * works, not what they stand for. "API (Viện Dầu mỏ Mỹ)" gives A, P and I, and so does "IOM (Viện Y
 * học Hoa Kỳ)" (Institute of Medicine), whatever else the glossary knows. (A writer's own gloss of a
 * pact or a party stands, however loose: "JCPOA (thoả thuận hạt nhân với Iran)".)
 */
function anotherBody(long: string, short: string, known: KnownWords | undefined): boolean {
  const senses = known?.expansions(short) ?? [];
  if (!known || senses.length === 0 || !/^(?:[Tt]rường )?(?:Đại học|ĐH|Học viện|Viện)(?![\p{L}])/u.test(long) || givesLetters(long, short, known, true)) return false;
  const lowered = new Set(wordsIn(long, 0, long.length).map((w) => w.lower));
  return senses.every((sense) => (writtenInVietnamese(sense) ? !wordsIn(sense, 0, sense.length).some((w) => lowered.has(w.lower)) : translatedShare(long, sense, known).translated === 0));
}

/** "ABBR: long" opening a line. */
export function readNote(text: string, occ: Occurrence, known: KnownWords | undefined): Reading {
  const rest = text.slice(occ.end, occ.end + 200);
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
    if (words.length >= 2 && spells(shortLetters(occ.surface), words, 0) && (senses.length === 0 || senses.some((e) => e.toLowerCase() === named))) return { def: { ...textOf(text, words), how: 'spelled' } };
  }
  return null;
}

// "mã SCM với ý nghĩa là …": what those who chose the letters meant them to say. Not "STB có nghĩa
// là …", which reads a pun into them ("người ta nói STB có nghĩa là " Sao Thái Bạch "").
const MEANING = /^\s*,?\s*(?:với|mang)\s+ý\s+nghĩa(?:\s+là)?\s*/u;

/** '… mã SCM với ý nghĩa là " Sacombank - Công khai - Minh bạch "': quoted words the letters spell;
 * unquoted or not spelled, what follows explains, not expands. */
function meantByQuote(text: string, occ: Occurrence, rest: string): Reading {
  const meant = MEANING.exec(rest);
  if (!meant) return null;
  const after = occ.end + meant[0].length;
  const quoted = /^["“]\s*([^"”\n]{3,120}?)\s*["”]/u.exec(text.slice(after, after + 140));
  const inner = quoted?.[1];
  const words = inner === undefined ? [] : wordsIn(inner, 0, inner.length);
  if (inner === undefined || !(spells(shortLetters(occ.surface), words) || spellsByWords(shortLetters(occ.surface), words))) return null;
  return { def: { long: inner, start: after + (quoted?.[0].indexOf(inner) ?? 0), how: 'spelled' } };
}

/** "ABBR, viết tắt của long". */
export function readSaid(text: string, occ: Occurrence): Reading {
  // "ABBR, viết tắt của long": up to the next punctuation.
  const rest = text.slice(occ.end, occ.end + 200);
  const said = AFTER_SHORT_LONG.exec(rest);
  if (!said) return meantByQuote(text, occ, rest);
  const after = occ.end + said[0].length;
  // "MAGA là viết tắt của cụm từ \" Make America Great Again \"": the quoted words are the name.
  const quoted = QUOTED_NAME.exec(text.slice(after, after + 140));
  if (quoted) {
    const inner = quoted[1] ?? '';
    const start = after + quoted[0].indexOf(inner);
    return { def: { long: inner, start, how: spells(shortLetters(occ.surface), wordsIn(inner, 0, inner.length)) ? 'spelled' : 'named' } };
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
  if (glossed) return { def: { long: text.slice(start, glossed), start, how: 'named' } };
  if (words.length >= 2 && words.length <= 12) return { def: { ...textOf(text, words), how: 'named' } };
  return 'none';
}

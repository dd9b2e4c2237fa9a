/**
 * Definitions an article gives for its own acronyms:
 *   "long form (ABBR)", "long form (viết tắt là ABBR)", "long form, gọi tắt là ABBR"
 *   "ABBR (long form)", "ABBR (viết tắt của long form)", "ABBR, viết tắt của long form"
 * The long form is found first by spelling (see match.ts). Vietnamese news also defines foreign
 * initialisms by their Vietnamese name, which cannot spell them ("Quỹ Tiền tệ Quốc tế (IMF)"); for
 * those the long form is the noun phrase before the parenthesis, cut where the phrase starts.
 */
import type { Occurrence } from './detect';
import { isVietnameseSyllable, letterFold } from './letters';
import { shortLetters, shortestSpelling, spells, wordsIn, type LongWord } from './match';

export interface Definition {
  short: string;
  long: string;
  /** Offset of the long form in the NFC text. */
  start: number;
  /** Spelled letter by letter (stronger) or taken as a translated name. */
  how: 'spelled' | 'named';
}

// Where a noun phrase before "(ABBR)" cannot start from further back.
const HARD_STOP = /[!?;:()[\]“”"«»\n–—]|\.(?=\s)|\s-\s/g;

// Words that end a noun phrase on its left: prepositions, conjunctions, determiners, verbs of saying,
// personal titles. "và" is handled apart because names contain it ("Đầu tư và Phát triển").
const LEFT_STOPS = new Set(['các', 'những', 'của', 'về', 'do', 'bởi', 'cho', 'với', 'tại', 'ở', 'trong', 'là', 'rằng', 'như', 'theo', 'từ', 'đến', 'vào', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'được', 'bị', 'đã', 'đang', 'sẽ', 'khi', 'nếu', 'giữa', 'qua', 'sang', 'thay', 'cùng', 'gồm', 'thuộc', 'một', 'hai', 'ba', 'mọi', 'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'có', 'này', 'đó', 'nhằm', 'để', 'bằng', 'trên', 'dưới', 'sau', 'trước', 'vừa', 'cũng']);

// Nouns that open the name of an organisation, programme or thing ("Trưởng Trung tâm X (ABC)" names
// "Trung tâm X"). Two-word heads are listed as two words.
const HEADS = [
  'cơ quan', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'quỹ', 'đài', 'hãng', 'đảng', 'bộ', 'sở', 'viện',
  'học viện', 'trường', 'đại học', 'hội', 'hiệp hội', 'tổ chức', 'liên minh', 'liên đoàn', 'ủy ban', 'uỷ ban', 'ban',
  'cục', 'tổng cục', 'bệnh viện', 'trung tâm', 'văn phòng', 'hội đồng', 'lực lượng', 'chương trình', 'dự án',
  'hệ thống', 'giải thưởng', 'diễn đàn', 'mạng lưới', 'hiệp định', 'hiệp ước', 'công ước', 'hãng tin', 'thông tấn xã',
  'tạp chí', 'nhóm', 'câu lạc bộ', 'phong trào', 'mặt trận', 'tòa án', 'toà án', 'viện kiểm sát', 'liên hợp quốc',
  'cộng đồng', 'khu', 'phòng', 'quân đội', 'chính phủ', 'hội nghị', 'sàn', 'chỉ số', 'cơ chế', 'quỹ đầu tư',
].map((h) => h.split(' '));

// Common lower-case verbs that take the defined term as object ("đưa trí tuệ nhân tạo (AI) vào…").
const VERBS = [
  'đưa', 'dùng', 'ký', 'có', 'gồm', 'mua', 'bán', 'nhận', 'lập', 'gọi', 'coi', 'xem', 'chọn', 'sử dụng', 'áp dụng',
  'ứng dụng', 'xây dựng', 'triển khai', 'thúc đẩy', 'đẩy mạnh', 'tăng cường', 'phát triển', 'tham gia', 'ban hành',
  'thông qua', 'kêu gọi', 'thành lập', 'hướng tới',
].map((v) => v.split(' '));

const INSIDE_BEFORE_SHORT = /^(?:(?:sau đây )?(?:viết|gọi) tắt là|tiếng anh(?: là|:)|tên tiếng anh(?: là|:))\s+/iu;
const INSIDE_BEFORE_LONG = /^(?:(?:tên )?viết tắt (?:của|từ)|tiếng anh(?: là|:)|tức(?: là)?|nghĩa là)\s+/iu;
const AFTER_SHORT_LONG = /^\s*(?:,|-|–|là)?\s*(?:là\s+)?(?:tên\s+)?viết tắt (?:của|từ)\s+/iu;
const BEFORE_SHORT = /(?:,|-|–)?\s*(?:(?:sau đây|còn)\s+)?(?:được\s+)?(?:gọi|viết) tắt là\s*$/iu;

function lower(w: LongWord): string {
  return w.text.toLowerCase();
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

function startsWithHead(words: LongWord[], at: number): boolean {
  return HEADS.some((h) => h.every((part, k) => words[at + k] !== undefined && lower(words[at + k] as LongWord) === part));
}

/** Administrative units that open a place name ("huyện Bình Chánh", "xã Đức Dũng"). */
const PLACE_UNIT = /^(?:huyện|quận|xã|phường|thị xã|thị trấn|tỉnh|thôn|ấp|khu phố|đường|phố)$/iu;

const FIRMS = ['công ty', 'tổng công ty', 'tập đoàn'].map((h) => h.split(' '));

function startsWithFirm(words: LongWord[]): boolean {
  return FIRMS.some((h) => h.every((part, k) => words[k] !== undefined && lower(words[k] as LongWord) === part));
}

function capitalised(w: LongWord | undefined): boolean {
  return w !== undefined && /^\p{Lu}/u.test(w.text);
}

/** True when there is a comma between two words. */
function commaBetween(text: string, a: LongWord, b: LongWord): boolean {
  return text.slice(a.end, b.start).includes(',');
}

/** "Phòng Cảnh sát điều tra tội phạm về kinh tế": police units' names go on past "tội phạm về". */
function inCrimeUnitName(words: LongWord[], at: number): boolean {
  return lower(words[at] as LongWord) === 'về' && at >= 2 && lower(words[at - 1] as LongWord) === 'phạm' && lower(words[at - 2] as LongWord) === 'tội';
}

/** Index from which `words` reach back to the nearest stop word (or comma, unless `crossComma`). */
function clauseStart(text: string, words: LongWord[], crossComma: boolean): number {
  let from = words.length;
  let commas = 0;
  while (from > 0) {
    const w = words[from - 1] as LongWord;
    // A stop word with a capital inside the sentence belongs to a name ("TNHH Một thành viên").
    if (LEFT_STOPS.has(lower(w)) && !(from > 1 && capitalised(w)) && !inCrimeUnitName(words, from - 1)) break;
    const after = words[from];
    if (after && commaBetween(text, w, after)) {
      if (!crossComma || commas > 0 || capitalised(after)) break;
      commas++;
    }
    from--;
  }
  return from;
}

function firstHead(words: LongWord[]): number {
  return words.findIndex((_, i) => startsWithHead(words, i));
}

/**
 * The noun phrase that names the acronym on its left when its letters do not spell it: from the
 * first organisation head of the clause, else from after the last verb or "và".
 */
function namedPhrase(text: string, words: LongWord[]): LongWord[] | null {
  let phrase = words.slice(clauseStart(text, words, false));
  let head = firstHead(phrase);
  if (head < 0) {
    // A clause cut by a comma inside a capitalised name ("về Giải pháp quản lý, điều hành đô thị…"):
    // cross the comma once when the earlier part opens with a capital right after a stop word.
    const wider = words.slice(clauseStart(text, words, true));
    const opensName = wider.length > phrase.length && capitalised(wider[0]);
    const stopped = words.length === wider.length || LEFT_STOPS.has(lower(words[words.length - wider.length - 1] as LongWord));
    if (opensName && stopped) {
      phrase = wider;
      head = firstHead(phrase);
    }
  }
  if (head >= 0) phrase = phrase.slice(head);
  else {
    // Without a head, a lower-case verb or "và" before the phrase ends it ("đưa trí tuệ nhân tạo (AI)",
    // "đồng peso và đồng peso chuyển đổi (CUC)").
    let cut = 0;
    for (let i = 0; i < phrase.length; i++) {
      if (lower(phrase[i] as LongWord) === 'và') cut = i + 1;
      for (const v of VERBS) {
        const end = i + v.length;
        if (end < phrase.length && v.every((part, k) => phrase[i + k]?.text === part)) cut = Math.max(cut, end);
      }
    }
    phrase = phrase.slice(cut);
  }
  if (phrase.length < 2 || phrase.length > 16) return null;
  if (phrase.some((w) => /^\d/.test(w.text))) return null;
  return phrase;
}

/**
 * "hãng Airbus (EU)", "đối tác Atlantic (USA)": past its head noun and any lower-case words, the
 * phrase is only a foreign proper name. A translated name is made of Vietnamese words, and a name
 * that the letters do not spell is the thing itself; the brackets then say where it is from.
 */
function onlyForeignName(words: LongWord[]): boolean {
  const head = HEADS.find((h) => h.every((part, k) => words[k] !== undefined && lower(words[k] as LongWord) === part));
  let from = head ? head.length : 0;
  while (from < words.length && !capitalised(words[from])) from++;
  const name = words.slice(from);
  return name.length > 0 && name.every((w) => !isVietnameseSyllable(w.text));
}

function textOf(text: string, words: LongWord[]): { long: string; start: number } {
  const first = words[0] as LongWord;
  const last = words[words.length - 1] as LongWord;
  return { long: text.slice(first.start, last.end), start: first.start };
}

/** Long form on the left of `end` for `short`. */
function longBefore(text: string, short: string, end: number): Omit<Definition, 'short'> | null {
  const letters = shortLetters(short);
  const words = leftWords(text, end, 20);
  if (words.length === 0) return null;
  const spelled = shortestSpelling(letters, words);
  const named = namedPhrase(text, words);
  // "huyện Bình Chánh (TP. HCM)": a place, then where it lies; the brackets gloss, not define.
  if (!spelled && named && PLACE_UNIT.test(named[0]?.text ?? '')) return null;
  // "công ty Đầu tư phát triển an ninh công nghệ cao (CNC)": the letters spell the end of a
  // company's name, and the acronym is the company's short name.
  if (spelled && named && named.length > spelled.length && startsWithFirm(named) && named[named.length - 1] === spelled[spelled.length - 1]) {
    return { ...textOf(text, named), how: 'spelled' };
  }
  if (spelled) return { ...textOf(text, spelled), how: 'spelled' };
  if (!named || (!startsWithFirm(named) && onlyForeignName(named))) return null;
  return { ...textOf(text, named), how: 'named' };
}

/** Long form written inside parentheses (or after "viết tắt của") for `short`. */
function longInside(text: string, short: string, from: number, to: number): Omit<Definition, 'short'> | null {
  const words = wordsIn(text, from, to);
  if (words.length < 2 || words.length > 12) return null;
  if (words.some((w) => /^\d/.test(w.text))) return null;
  const letters = shortLetters(short);
  if (spells(letters, words) || startsWithHead(words, 0)) return { ...textOf(text, words), how: spells(letters, words) ? 'spelled' : 'named' };
  return null;
}

// "Phòng Cảnh sát kinh tế (PC46)", "(PC 03 - TP. HCM)": units named by letters and a number. Alone,
// such a token reads as a model designation (A321, FA-50); named like this, it is an initialism.
const UNIT_CODE = /\((\p{Lu}{2,3})( ?)(\d{1,3})(?=\s*\)|\s[-–,]\s|,\s)/gu;

/**
 * Unit codes that the text defines in brackets right after their name, which opens with an
 * organisation noun (or spells the code's letters) and starts with the code's first letter.
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
    if (def.how === 'named' && !startsWithHead(words, 0)) continue;
    out.push({ short: `${letters}${m[2] ?? ''}${m[3] ?? ''}`, ...def });
  }
  return out;
}

/** Every definition in NFC `text` for the detected occurrences, first per surface form (spelled wins). */
export function findDefinitions(text: string, occurrences: Occurrence[]): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const keep = (d: Definition): void => {
    const had = out.get(d.short);
    if (!had || (had.how === 'named' && d.how === 'spelled')) out.set(d.short, d);
  };

  for (const occ of occurrences) {
    // "long (ABBR)" and "long (viết tắt là ABBR)": the acronym alone inside parentheses.
    const open = text.lastIndexOf('(', occ.start);
    const close = text.indexOf(')', occ.end);
    if (open >= 0 && close >= 0) {
      const before = text.slice(open + 1, occ.start);
      const inside = before.trim() === '' || INSIDE_BEFORE_SHORT.test(before.trimStart()) && INSIDE_BEFORE_SHORT.exec(before.trimStart())?.[0].length === before.trimStart().length;
      if (inside && text.slice(occ.end, close).trim() === '' && open > 0) {
        const def = longBefore(text, occ.surface, open);
        if (def) keep({ short: occ.surface, ...def });
        continue;
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
    // dash, its short form, then the phrase ends. Only a spelled form or an organisation's name.
    const dash = /\s[-–]\s$/u.exec(text.slice(Math.max(0, occ.start - 3), occ.start));
    if (dash && /^\s*(?:[),.;:]|$)/u.test(text.slice(occ.end, occ.end + 2))) {
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
      const def = longInside(text, occ.surface, from, occ.end + rest.indexOf(')'));
      if (def) keep({ short: occ.surface, ...def });
      continue;
    }

    // "ABBR, viết tắt của long": up to the next punctuation.
    const said = AFTER_SHORT_LONG.exec(rest);
    if (said) {
      const from = occ.end + said[0].length;
      const stop = /[,.;:()\n]|\s[-–]\s/.exec(text.slice(from));
      const to = stop ? from + stop.index : text.length;
      const words = wordsIn(text, from, to);
      if (words.length >= 2 && words.length <= 12) keep({ short: occ.surface, ...textOf(text, words), how: 'named' });
    }
  }
  return out;
}


/**
 * The glossary's own Vietnamese name written right before the short form, without brackets:
 * "theo quy định tại Tiêu chuẩn Việt Nam TCVN 5729", "của công ty tập đoàn vàng bạc đá quý Sài Gòn
 * SJC" (the glossary has "Công ty TNHH MTV Vàng bạc Đá quý Sài Gòn"). The article gives the expansion
 * beside the short form; only its letters do not spell it, so no other rule sees it.
 */
import { wordsIn, type LongWord } from '../match';
import { syllableKey } from '../translations';
import { isEnglishSense, type KnownWords } from './translated';
import { COUNTRIES, FIRMS, LEGAL_FORM } from './lexicon';
import { capitalised, headLengthAt, leftWords, lower, textOf, wordKey, wordsAt } from './words';

// The fewest words of the glossary's name the text must write before the short form: three ("Khách
// sạn KS Mường Thanh" is a label, not a definition), and half the name where the text writes its
// opening another way ("công ty tập đoàn …" for "Công ty TNHH MTV …").
const MIN_TAIL = 3;

// How many words may stand between the name's opening words and the tail the text shares.
const MAX_GAP = 3;

// The keys of each glossary sense's words, made once: the test runs for most occurrences.
const keysOfSense = new Map<string, Set<string>>();
function senseKeys(sense: string): Set<string> {
  let keys = keysOfSense.get(sense);
  if (!keys) keysOfSense.set(sense, (keys = new Set(wordsIn(sense, 0, sense.length).map(wordKey))));
  return keys;
}

/** Lookup key of the last word of `s`, or '' when it ends in none. */
function lastWordKey(s: string): string {
  const last = /([\p{L}\p{M}\p{N}]+)\s*$/u.exec(s)?.[1];
  return last === undefined ? '' : syllableKey(last);
}

/** Words the text and the glossary's name share at their ends. */
function sharedTail(words: LongWord[], sense: LongWord[]): number {
  let k = 0;
  while (k < words.length && k < sense.length && wordKey(words[words.length - 1 - k] as LongWord) === wordKey(sense[sense.length - 1 - k] as LongWord)) k++;
  return k;
}

// "chỉ số năng lực cạnh tranh PCI" (the glossary: "Chỉ số năng lực cạnh tranh cấp tỉnh"): the name
// without its last words (a qualifier), when the text writes five words of it at least, and two thirds.
const MIN_OPENING = 5;

/** How many words the text writes before the short form that open the glossary's name (and do not
 * end it), or 0 when fewer than MIN_OPENING or two thirds of it. */
function sharedOpening(words: LongWord[], name: LongWord[]): number {
  for (let k = name.length - 1; k >= MIN_OPENING && 3 * k >= 2 * name.length; k--) {
    const run = words.slice(words.length - k);
    // Without the country it ends in, the name describes ("Đài truyền hình quốc gia NHK", "mô hình
    // trường học mới VNEN": the glossary adds Nhật Bản, Việt Nam).
    const place = COUNTRIES.has(name.slice(k).map((w) => w.lower).join(' '));
    // Not inside a capitalised name: "bảo vệ thực vật Sài" is no opening of "… Sài Gòn".
    const splits = capitalised(name[k - 1]) && capitalised(name[k]);
    if (!place && !splits && run.length === k && run.every((w, i) => wordKey(w) === wordKey(name[i] as LongWord))) return k;
  }
  return 0;
}

/** A firm's name without its legal form after the firm's noun ("Tổng Công ty Cổ phần Xây lắp Dầu
 * khí Việt Nam" → "Tổng Công ty Xây lắp Dầu khí Việt Nam"), which an article often leaves out; null
 * where the name has none. */
function withoutLegalForm(name: LongWord[]): LongWord[] | null {
  const firm = FIRMS.find((f) => wordsAt(name, 0, f));
  if (!firm) return null;
  let end = firm.length;
  while (end < name.length && LEGAL_FORM.has(lower(name[end] as LongWord))) end++;
  return end > firm.length && end < name.length ? [...name.slice(0, firm.length), ...name.slice(end)] : null;
}

/** Words between the name's opening and its tail that can be part of a name ("tập đoàn", "TNHH",
 * capitalised words), not a clause ("Công ty cho biết giá vàng bạc đá quý Sài Gòn SJC"). */
function nameLike(gap: LongWord[]): boolean {
  for (let k = 0; k < gap.length; k++) {
    const head = headLengthAt(gap, k);
    if (head > 0) k += head - 1;
    else if (!capitalised(gap[k]) && !LEGAL_FORM.has(lower(gap[k] as LongWord))) return false;
  }
  return true;
}

/**
 * The glossary's Vietnamese name of `short` written right before `end` (where the short form
 * starts), as the text writes it; null when the text does not write it there.
 */
export function glossaryNameBefore(text: string, end: number, short: string, known: KnownWords): { long: string; start: number } | null {
  // Most short forms follow a word no name of theirs ends with: only then are the words read. Only
  // Vietnamese names: an English one before its short form is spelled by its initials, which the
  // other rules read.
  const lastKey = lastWordKey(text.slice(Math.max(0, end - 40), end));
  // Not a firm's name that ends with the short form itself ("Công ty Cổ phần Đầu tư và Thương mại
  // TNG"), where the glossary has no other sense: the words before it are the name's opening, which
  // explain nothing, and the glossary's whole name shows. Beside other senses the opening read here
  // is what tells the firm from them ("Công ty Cổ phần Tập đoàn Công nghệ CMC", no military body).
  const all = known.expansions(short);
  const ownName = (sense: string): boolean => all.length === 1 && sense.trim().split(/\s+/).pop() === short;
  const senses = all.filter((sense) => !isEnglishSense(sense) && !ownName(sense) && senseKeys(sense).has(lastKey));
  if (senses.length === 0) return null;
  const words = leftWords(text, end, 20);
  for (const name of senses.map((sense) => wordsIn(sense, 0, sense.length))) {
    const tail = sharedTail(words, name);
    if (tail === name.length && tail >= MIN_TAIL) return textOf(text, words.slice(words.length - tail));
    const bare = withoutLegalForm(name);
    if (bare && bare.length >= MIN_TAIL && sharedTail(words, bare) === bare.length) return textOf(text, words.slice(words.length - bare.length));
    const written = sharedOpening(words, name);
    if (written > 0) return textOf(text, words.slice(words.length - written));
    if (tail < MIN_TAIL || 2 * tail < name.length) continue;
    // The text writes the name's end as the glossary does; its opening words ("công ty") start it.
    const opening = name.slice(0, 2).map(wordKey);
    const from = words.length - tail;
    for (let at = from - opening.length; at >= Math.max(0, from - opening.length - MAX_GAP); at--) {
      if (opening.every((o, k) => wordKey(words[at + k] as LongWord) === o) && nameLike(words.slice(at + opening.length, from))) return textOf(text, words.slice(at));
    }
  }
  return null;
}

/**
 * "trường hợp của Vinamilk (VNM)": a name in brackets' stead, the brand the glossary gives the short
 * form written whole right before its brackets (`open`), in capitals, three words at most. The text
 * says what the letters stand for, though it spells nothing; null when it writes no such sense there.
 */
export function glossaryBrandBeforeBrackets(text: string, open: number, short: string, known: KnownWords): { long: string; start: number } | null {
  const words = leftWords(text, open, 3);
  const last = words[words.length - 1];
  if (!last || !/^\s*$/u.test(text.slice(last.end, open))) return null;
  for (const sense of known.expansions(short)) {
    const name = wordsIn(sense, 0, sense.length);
    const run = words.slice(words.length - name.length);
    if (name.length > 0 && name.length <= 3 && sharedTail(words, name) === name.length && run.every((w) => capitalised(w))) return textOf(text, run);
  }
  return null;
}

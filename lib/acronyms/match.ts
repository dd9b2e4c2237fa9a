/**
 * Does a long form spell a short form? Schwartz & Hearst (PSB 2003) match the short form's letters,
 * right to left, against characters of the long form, the first letter at a word start. Vietnamese
 * initialisms are built from syllables, so this variant matches letters to syllable starts only: each
 * syllable gives the next one or more letters when they begin it ("Thạc sĩ" → ThS, "trung ương" → TƯ),
 * function words may give none, and at most one content word may be left out. Letters are compared
 * through `letterFold` (marks dropped, Đ kept distinct).
 */
import { hasVietnameseMarks, isVietnameseSyllable, letterFold } from './letters';

export interface LongWord {
  text: string;
  /** `text` lower-cased once: the name rules compare it against word lists many times. */
  lower: string;
  /** `text` through `letterFold`, dots dropped ("V.V" → "vv"): what letters are matched against. */
  folded: string;
  start: number;
  end: number;
}

// Words an initialism usually skips ("Khoa học và Công nghệ" → KH&CN, "Hayat Tahrir al - Sham" →
// HTS; "Internet of Things" → IoT is the exception that uses one, which the matcher also allows).
export const FUNCTION_WORDS = new Set([
  'và', 'của', 'các', 'những', 'cho', 'về', 'với', 'ở', 'tại', 'trong', 'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to',
  'de', 'du', 'des', 'la', 'le', 'al', 'el', 'wal', 'bin', 'ibn', 'von', 'van', 'der',
]);

// "BS.CK2" is read "bác sĩ chuyên khoa hai": a digit may stand for its number word.
const NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** An initialism in the plural: capitals and a lower-case s (SMEs, NGOs). */
const PLURAL_SHORT = /^\p{Lu}{2,}s$/u;

/** The singular of a short form in the plural ("SMEs" → "SME"), or null. */
export function singularShort(short: string): string | null {
  return PLURAL_SHORT.test(short) ? short.slice(0, -1) : null;
}

/** Letters and digits of a short form, folded: "TP.HCM" → t p h c m; "GD-ĐT" → g d đ t. */
export function shortLetters(short: string): string[] {
  return [...letterFold(short)].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

/** Words of a stretch of text (split on spaces and hyphens), with offsets into `text`. */
export function wordsIn(text: string, from: number, to: number): LongWord[] {
  const out: LongWord[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const word = text.slice(m.index, end).replace(/[.]+$/, '');
    out.push({ text: word, lower: word.toLowerCase(), folded: letterFold(word).replace(/\./g, ''), start: m.index, end });
  }
  return out;
}

/**
 * True when `words` (all of them, in order) spell `letters`: the first word gives the first letter,
 * every letter is used, words per letter stay within Schwartz & Hearst's bound min(n + 5, 2n), and at
 * most `maxSkips` content words give no letter. A word may give the first two or three letters it
 * opens with; with `syllableInitials`, a Vietnamese syllable in a name written in Vietnamese gives
 * only its initial, as Vietnamese initialisms are made (codes and tickers take more: "Thái Lan (THA)").
 */
export function spells(letters: string[], words: LongWord[], maxSkips = 1, syllableInitials = false): boolean {
  const n = letters.length;
  if (n < 2 || words.length === 0 || words.length > Math.min(n + 5, 2 * n)) return false;
  if (!(words[0]?.folded ?? '').startsWith(letters[0] ?? '\u0000')) return false;
  // Folded without dots, a word that is itself abbreviated gives all its letters: "Sint - Truidense
  // V.V (STVV)".
  const folded = words.map((w) => w.folded);
  const oneLetter = syllableInitials && words.some((w) => hasVietnameseMarks(w.text)) ? words.map((w) => isVietnameseSyllable(w.text)) : null;

  // reach[i][s]: after some prefix of words, i letters used and s content words skipped.
  let reach = new Set<string>(['0:0']);
  for (let j = 0; j < folded.length; j++) {
    const w = folded[j] ?? '';
    // The list keeps its marks ("và", "của"); folded words have lost them.
    const skippable = FUNCTION_WORDS.has(words[j]?.lower ?? '');
    const next = new Set<string>();
    for (const state of reach) {
      const [iStr, sStr] = state.split(':');
      const i = Number(iStr);
      const s = Number(sStr);
      if (j > 0) {
        if (skippable) next.add(`${i}:${s}`);
        else if (s < maxSkips) next.add(`${i}:${s + 1}`);
      }
      const letter = letters[i] ?? '';
      if (/\d/.test(letter) && NUMBER_WORDS[Number(letter)] === words[j]?.lower) next.add(`${i + 1}:${s}`);
      for (let k = 1; k <= (oneLetter?.[j] ? 1 : 3) && i + k <= n; k++) {
        if (w.startsWith(letters.slice(i, i + k).join(''))) next.add(`${i + k}:${s}`);
        else break;
      }
    }
    reach = next;
    if (reach.size === 0) return false;
  }
  for (const state of reach) if (state.startsWith(`${n}:`)) return true;
  return false;
}

/**
 * True when `words` are words of one or two syllables each giving its first syllable's letter, as
 * many initialisms are made: "đánh giá tác động môi trường" → ĐTM. The first word gives the first
 * letter, every letter is used, and function words between words give none.
 */
export function spellsByWords(letters: string[], words: LongWord[]): boolean {
  const n = letters.length;
  const m = words.length;
  if (n < 2 || n > 30 || m > 2 * n + 2 || !(words[0]?.folded ?? '').startsWith(letters[0] ?? '\u0000')) return false;
  // ok[j]: the counts of letters used when a word ends right before words[j], as a bit set.
  const ok: number[] = new Array<number>(m + 1).fill(0);
  ok[0] = 1;
  for (let j = 0; j < m; j++) {
    const used = ok[j] ?? 0;
    if (used === 0) continue;
    const skippable = j > 0 && FUNCTION_WORDS.has(words[j]?.lower ?? '');
    for (let i = 0; i <= n; i++) {
      if ((used & (1 << i)) === 0) continue;
      if (skippable) ok[j + 1] = (ok[j + 1] ?? 0) | (1 << i);
      if (i < n && (words[j]?.folded ?? '').startsWith(letters[i] ?? '\u0000')) {
        ok[j + 1] = (ok[j + 1] ?? 0) | (1 << (i + 1));
        if (j + 2 <= m) ok[j + 2] = (ok[j + 2] ?? 0) | (1 << (i + 1));
      }
    }
  }
  return ((ok[m] ?? 0) & (1 << n)) !== 0;
}

/**
 * The shortest run of `words` ending at the last word that spells `letters`, as in Schwartz & Hearst
 * (the nearest start wins, so "MTV Europe Music Awards (EMA)" gives "Europe Music Awards"); failing
 * that, the shortest run of words that spells it by their first syllables.
 */
export function shortestSpelling(letters: string[], words: LongWord[]): LongWord[] | null {
  const max = Math.min(letters.length + 5, 2 * letters.length);
  for (let from = words.length - 1; from >= 0 && words.length - from <= max; from--) {
    const run = words.slice(from);
    if (spells(letters, run)) return run;
  }
  for (let from = words.length - 1; from >= 0 && words.length - from <= 2 * letters.length + 2; from--) {
    const run = words.slice(from);
    if (spellsByWords(letters, run)) return run;
  }
  return null;
}

/** The shortest run of words ending `words` that spells `short` one syllable a letter, function
 * words aside ("Hội đồng bảo an Liên Hợp Quốc" for HĐBA LHQ), or null. */
export function spelledEnd(words: LongWord[], short: string): LongWord[] | null {
  const letters = shortLetters(short);
  for (let n = 2; n <= Math.min(words.length, letters.length + 3); n++) {
    const run = words.slice(-n);
    if (spells(letters, run, 0, true)) return run;
  }
  return null;
}

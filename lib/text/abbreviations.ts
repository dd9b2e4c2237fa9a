/**
 * What a word before a full stop tells the sentence splitter. Three kinds of abbreviation behave differently
 * in Vietnamese news:
 * - titles and administrative prefixes always precede a name or a number ("TP. Hà Nội", "PGS.TS. Nguyễn",
 *   "Q. 1"), so the dot after them never ends a sentence;
 * - list closers ("v.v.", "etc.") often end one, so a capitalised word after them starts a new sentence;
 * - anything else Punkt learned is ambiguous: it ends a sentence only before a typical sentence starter.
 */
import { PUNKT_ABBREVIATIONS_JOINED, PUNKT_STARTERS_JOINED } from './abbreviations-data';

/** Lower-case, without the final dot. Hand-kept: these are the ones news prose uses before names. */
const TITLES = new Set([
  // places and administrative units: thành phố, thị xã, thị trấn, khu phố. Single letters (Q., P., H., X.)
  // are left to the initials rule, since a one-letter word also ends sentences ("bảng A.").
  'tp', 'tx', 'tt', 'kp',
  // academic and professional titles
  'gs', 'pgs', 'ts', 'tskh', 'ths', 'th.s', 'bs', 'bsck', 'ckii', 'cki', 'ck', 'ks', 'cn', 'ls', 'ncs', 'ds',
  'nsnd', 'nsưt', 'đ/c', 'lm', 'tgm', 'hlv',
  // foreign titles that reach Vietnamese news untranslated
  'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sgt', 'jr', 'sr', 'no', 'tr', 'vol',
]);

const LIST_CLOSERS = new Set(['v.v', 'vv', 'etc', 'v.v..']);

const PUNKT = new Set(PUNKT_ABBREVIATIONS_JOINED.split('|'));

/** Sentence starters beyond Punkt's: frequent first words of news sentences. */
const STARTERS = new Set([
  ...PUNKT_STARTERS_JOINED.split('|'),
  'theo', 'tại', 'hiện', 'để', 'với', 'đó', 'đến', 'cũng', 'người', 'chính', 'thế', 'vào', 'qua', 'hôm',
  'tuy', 'trên', 'bên', 'dự', 'cơ', 'ngoài', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'chiều', 'thêm', 'đồng',
]);

export type AbbreviationKind = 'title' | 'list-closer' | 'ambiguous' | 'none';

/** `word` is the text before the dot, without it ("TP", "PGS.TS", "v.v", "Th"). */
export function abbreviationKind(word: string): AbbreviationKind {
  const lower = word.toLowerCase();
  if (LIST_CLOSERS.has(lower)) return 'list-closer';
  const last = lower.slice(lower.lastIndexOf('.') + 1);
  if (TITLES.has(lower) || TITLES.has(last)) return 'title';
  if (PUNKT.has(lower)) return 'ambiguous';
  return 'none';
}

/**
 * A name's initial: "A", "Th", "Ng", "Đ", or dotted initials as news writes anonymised names ("N.T",
 * "H.V" in "anh N.T. X.H").
 */
const INITIAL = /^(?:(?:\p{Lu}\.)*\p{Lu}|Ch|Gh|Gi|Kh|Ngh|Ng|Nh|Ph|Qu|Th|Tr)$/u;

export function isInitial(word: string): boolean {
  return INITIAL.test(word);
}

export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

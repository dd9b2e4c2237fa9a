/**
 * Other readings of an article's own definition, a word or two longer or shorter at either edge,
 * for the reader who corrects Sổ Tay's: where its reading is wrong it is most often only that far
 * off (an office's head noun left in or out, a qualifier after the name), and picking the right
 * reading beats retyping it.
 */
import { FUNCTION_WORDS, wordsIn, type LongWord } from './match';
import { LEFT_STOPS } from './define/lexicon';
import { capitalised, leftWords, lower } from './define/words';

// Words that open no name: prepositions and conjunctions ("Theo Tổ chức …", "và Hải quan Mỹ").
// Not "các", which opens a plural name ("các Đơn vị Bảo vệ Nhân dân"), nor "tên" (tên lửa).
const OPENS_NO_NAME = new Set([...LEFT_STOPS, ...FUNCTION_WORDS].filter((w) => w !== 'các' && w !== 'tên'));

export interface Span {
  start: number;
  end: number;
}

/**
 * Readings of `span` in `text` with one or two syllables more or fewer at its start, or fewer at its
 * end, nearest first; never the reading itself, nor one reaching past the sentence or a comma before
 * it ("Tại Nhật Bản, Lực lượng Phòng vệ": the name starts after the comma).
 *
 * At the end a single word goes only when it is in capitals (a legal form: "Tổng công ty … - CTCP"):
 * a qualifier is most often a word of two syllables ("người Kurd", "quốc tế", "Việt Nam"), and
 * cutting one of them leaves half a word ("đô thị thông").
 */
export function nearbyReadings(text: string, span: Span): string[] {
  const inner = wordsIn(text, span.start, span.end);
  const last = inner[inner.length - 1];
  if (!last) return [];
  const lastComma = text.lastIndexOf(',', span.start - 1);
  const before = leftWords(text, span.start, 2).filter((w) => w.start > lastComma);
  const stop = before.findLastIndex((w) => OPENS_NO_NAME.has(lower(w)));
  const outer = before.slice(stop + 1);
  // "Tổ chức", "Nhân quyền": in a capitalised name a lower-case syllable after a capital is the
  // rest of its word, and no reading starts or ends inside that word.
  const splits = (left: LongWord | undefined, right: LongWord | undefined): boolean => capitalised(left) && right !== undefined && !capitalised(right);
  const own = text.slice(span.start, span.end).trim();
  const out: string[] = [];
  const add = (from: number, to: number): void => {
    const reading = text.slice(from, to).trim();
    // One syllable is never a name the letters stand for ("khu" of "khu công nghiệp").
    if (wordsIn(text, from, to).length >= 2 && reading !== own && !out.includes(reading)) out.push(reading);
  };
  for (const k of [1, 2]) {
    const longer = outer[outer.length - k];
    // "phát triển Thành phố thông minh": one lower-case syllable after another is most often the
    // second half of a word ("triển"); the reading takes both or neither.
    const halfWord = k === 1 && longer !== undefined && !capitalised(longer) && outer.length >= 2 && !capitalised(outer[outer.length - 2]);
    if (longer && !halfWord) add(longer.start, span.end);
    const shorter = inner[k];
    if (shorter && !splits(inner[k - 1], shorter) && !OPENS_NO_NAME.has(lower(shorter))) add(shorter.start, span.end);
    const cut = inner[inner.length - 1 - k];
    if (cut && (k === 2 || /^\p{Lu}{2,}$/u.test(last.text)) && !splits(cut, inner[inner.length - k])) add(span.start, cut.end);
  }
  return out;
}

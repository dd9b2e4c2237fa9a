/**
 * Other readings of an article's own definition, a word or two longer or shorter at either edge,
 * for the reader who corrects Sổ Tay's: where its reading is wrong it is most often only that far
 * off (an office's head noun left in or out, a qualifier after the name), and picking the right
 * reading beats retyping it.
 */
import { FUNCTION_WORDS, wordsIn, type LongWord } from './match';
import { translationKey, type Translations } from './translations';
import { DETERMINERS, HEADS, LEFT_STOPS, LEGAL_FORM, ROLES, SEATS, STOP_COMPOUNDS } from './define/lexicon';
import { capitalised, inCompound, leftWords, longestAt, lower, startsWithHead, wordsAt } from './define/words';

// Words no name opens or ends with: prepositions and conjunctions ("Theo Tổ chức …", "… Tài nguyên
// và"). Not "các", which opens a plural name ("các Đơn vị Bảo vệ Nhân dân"), nor "tên" (tên lửa).
const NO_EDGE = new Set([...LEFT_STOPS, ...FUNCTION_WORDS].filter((w) => w !== 'các' && w !== 'tên'));

export interface Span {
  start: number;
  end: number;
}

/**
 * Readings of `span` in `text` with one or two syllables more or fewer at its start, or fewer at its
 * end, nearest first; then without a place at the end or the body the name ends with; then with the
 * first part before "và" or the United Nations after it; never the reading itself, nor one reaching
 * past the sentence or a comma before it ("Tại Nhật Bản, Lực lượng Phòng vệ": the name starts after
 * the comma), nor one that starts or ends inside a word. Syllables are one word where a capital runs
 * into lower case in a name ("Tổ chức", "Giám đốc") or where `translations` knows them as one ("nông
 * thôn", "thông minh"). A single syllable is cut at the end only from a legal form in capitals ("… -
 * CTCP"): a qualifier is most often a word of two ("người Kurd", "quốc tế") that the table does not
 * know.
 */
export function nearbyReadings(text: string, span: Span, translations: Translations): string[] {
  const inner = wordsIn(text, span.start, span.end);
  if (inner.length === 0) return [];
  const lastComma = text.lastIndexOf(',', span.start - 1);
  const before = leftWords(text, span.start, 3).filter((w) => w.start > lastComma);
  const stop = before.findLastIndex((w) => NO_EDGE.has(lower(w)));
  const outer = before.slice(stop + 1);
  const all = [...outer, ...inner];
  const at = outer.length;
  const runsAcross = inWordOf(translations);
  /** Whether a word runs across the boundary before all[j]; never before "ở", "tại" ("Phòng Thương
   * mại Mỹ tại Việt Nam"). */
  const inWord = (j: number): boolean => {
    const w = all[j];
    return !(w && SEATS.has(lower(w))) && runsAcross(all, j);
  };
  const own = text.slice(span.start, span.end).trim();
  const out: string[] = [];
  const add = (from: number, to: number): void => {
    const words = all.slice(from, to);
    const first = words[0];
    const last = words[words.length - 1];
    // One syllable is never a name the letters stand for ("khu" of "khu công nghiệp").
    if (!first || !last || words.length < 2 || NO_EDGE.has(lower(first)) || NO_EDGE.has(lower(last)) || inWord(from) || inWord(to)) return;
    if (from < at) {
      // "Giám đốc Sở …": a person's title before a body is whose, not the name.
      if (ROLES.some((r) => wordsAt(words, 0, r))) return;
      // "thúc đẩy đổi mới sáng tạo": one lower-case syllable after another is as often the second
      // half of a word ("đẩy") as a word: the reading takes both or neither.
      const left = all[from - 1];
      if (from === at - 1 && left && !capitalised(left) && !capitalised(first)) return;
    }
    const reading = text.slice(first.start, last.end);
    if (reading !== own && !out.includes(reading)) out.push(reading);
  };
  const end = all.length;
  const capitalsOnly = /^\p{Lu}{2,}$/u.test(inner[inner.length - 1]?.text ?? '');
  for (const k of [1, 2]) {
    if (k <= outer.length) add(at - k, end);
    add(at + k, end);
    if (k === 2 || capitalsOnly) add(at, end - k);
  }
  // "Tổ chức Nông nghiệp Liên Hợp Quốc": the owner at the end, a name of three capitalised syllables.
  if (all.slice(end - 3).every((w) => capitalised(w)) && !capitalised(all[end - 4])) add(at, end - 3);
  // "Bộ Quy tắc ứng xử ở Biển Đông (COC)": where it is, named at the end, left out.
  const seat = inner.findIndex((w, i) => i > 1 && i < inner.length - 1 && SEATS.has(lower(w)) && inner.slice(i + 1).every((x) => capitalised(x)));
  if (seat > 0) add(at, at + seat);
  // "Trung tâm Khởi nghiệp đổi mới sáng tạo Đại học Quốc gia TP. HCM (IEC)", "Cơ quan Cảnh sát điều
  // tra Bộ Công an (C 03)": the body a name ends with, most often its owner, left out. Not where only
  // a head and a legal form or a word would stay ("Tổ chức" of "Tổ chức Hiệp ước …", "Công ty Cổ
  // phần" of "Công ty Cổ phần Tập đoàn Hòa Phát"), nor after a plural ("Ban Quản lý các").
  for (let i = inner.length - 2; i > 3; i--) {
    const length = longestAt(inner, i, HEADS);
    const name = inner.slice(i + length);
    if (length === 0 || inCompound(inner, i) || name.length === 0 || !name.every((w, k) => capitalised(w) || capitalised(name[k - 1]))) continue;
    const kept = inner.slice(0, i);
    let named = longestAt(kept, 0, HEADS);
    while (named < kept.length && LEGAL_FORM.has(lower(kept[named] as LongWord))) named++;
    if (kept.length - named >= 3 && !DETERMINERS.has(lower(kept[kept.length - 1] as LongWord))) add(at, at + i);
    break;
  }
  for (const reading of acrossAnd(text, span.start, inner, runsAcross, translations)) if (reading !== own && !out.includes(reading)) out.push(reading);
  // And the other way: the United Nations a body belongs to, written before the brackets, is left out
  // of a name whose letters have no U for it ("Tổ chức Lương nông Liên hợp Quốc (FAO)"); some readers
  // and writers keep it.
  const owner = UNITED_NATIONS_NEXT.exec(text.slice(span.end, span.end + 32));
  const opening = inner[0];
  if (owner && opening) {
    const reading = text.slice(opening.start, span.end + owner[0].length);
    if (!out.includes(reading)) out.push(reading);
  }
  return out;
}

// Prepositions a term's first part may hold: "trên đường băng ngắn", "của", "về".
const INSIDE_TERMS = new Set(['trên', 'của', 'về', 'cho', 'từ']);

// How many words before "và" the first part of a name may take.
const AND_REACH = 6;

/** Whether a word runs across the boundary before words[j]: a capital running into lower case in a
 * name, or syllables the table knows as one word. */
function inWordOf(translations: Translations): (words: LongWord[], j: number) => boolean {
  return (words, j) => {
    const left = words[j - 1];
    const right = words[j];
    if (!left || !right) return false;
    if (capitalised(left) && !capitalised(right)) return true;
    for (let n = 2; n <= 3; n++) {
      for (let s = Math.max(0, j - n + 1); s <= j - 1 && s + n <= words.length; s++) {
        const run = words.slice(s, s + n);
        // "Đài Truyền hình", "Viện nghiên cứu": the table's unit of a capitalised head and its name is
        // still two choices, with the head or without it ("phòng thủ" is one word).
        if (capitalised(run[0]) && HEADS.some((h) => h.length === j - s && wordsAt(run, 0, h))) continue;
        if (translations.english(translationKey(run.map((w) => w.text)), capitalised(run[0]))) return true;
      }
    }
    return false;
  };
}

/**
 * "Tình báo tài chính và hoạt động khủng bố (TFI)", "đánh giá dự án và thẩm định ngân sách (CAPE)":
 * a reading that opens right after "và" has most often dropped the first part of a name joined by
 * it; the readings that take it back, from the word before "và" to a stop word or a comma, nearest
 * first, at most three.
 */
function acrossAnd(text: string, start: number, inner: LongWord[], inWord: (words: LongWord[], j: number) => boolean, translations: Translations): string[] {
  const lastComma = text.lastIndexOf(',', start - 1);
  const before = leftWords(text, start, AND_REACH + 1).filter((w) => w.start > lastComma);
  const and = before[before.length - 1];
  // Not a body's name opening with its head: "Bộ Tài chính và Ngân hàng Nhà nước" are two.
  if (!and || and.text !== 'và' || inner.length === 0 || startsWithHead(inner, 0)) return [];
  const first = before.slice(0, -1);
  const all = [...first, and, ...inner];
  const last = inner[inner.length - 1] as LongWord;
  const out: string[] = [];
  // "phận Tình báo …": a lower-case syllable after another is as often the second half of a word
  // ("bộ phận"): it opens a reading only where the table knows it opens a word ("đánh giá dự án").
  const opensWord = (from: number): boolean => [2, 3].some((n) => from + n <= all.length && translations.english(translationKey(all.slice(from, from + n).map((w) => w.text)), false) !== undefined);
  // Through a preposition inside the first part ("cất cánh trên đường băng ngắn và hạ cánh thẳng
  // đứng (STOVL)"), never from one; nor from one lower-case syllable alone. Other stop words end it
  // ("HCV tại Olympic Toán và …").
  for (let from = first.length - 1; from >= 0 && out.length < 3; from--) {
    const w = first[from] as LongWord;
    const previous = first[from - 1];
    // "chữa cháy tại chỗ": a stop word inside a word is none.
    const pair = (a: LongWord | undefined, b: LongWord | undefined): boolean => a !== undefined && b !== undefined && STOP_COMPOUNDS.has(`${lower(a)} ${lower(b)}`);
    const inWordPair = pair(w, all[from + 1]) || pair(previous, w);
    if (NO_EDGE.has(lower(w)) && !INSIDE_TERMS.has(lower(w)) && !inWordPair) break;
    if (NO_EDGE.has(lower(w)) || (from === first.length - 1 && !capitalised(w))) continue;
    // The first word read may follow more words (the reach ended there, not a stop).
    const afterSyllable = previous ? !capitalised(previous) && !NO_EDGE.has(lower(previous)) : first.length === AND_REACH;
    if (!capitalised(w) && afterSyllable && !opensWord(from)) continue;
    if (!inWord(all, from)) out.push(text.slice(w.start, last.end));
  }
  return out;
}

// The United Nations right after a name, before the brackets holding its short form.
const UNITED_NATIONS_NEXT = /^,?\s+(?:của\s+)?(?:liên\s+(?:hợp|hiệp)\s+quốc|LHQ)(?=\s*\()/iu;

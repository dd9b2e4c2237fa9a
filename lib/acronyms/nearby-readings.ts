/**
 * Other readings of an article's own definition, a word or two longer or shorter at either edge,
 * for the reader who corrects Sổ Tay's: where its reading is wrong it is most often only that far
 * off (an office's head noun left in or out, a qualifier after the name), and picking the right
 * reading beats retyping it.
 */
import { FUNCTION_WORDS, wordsIn } from './match';
import { translationKey, type Translations } from './translations';
import { HEADS, LEFT_STOPS, ROLES } from './define/lexicon';
import { capitalised, leftWords, lower, wordsAt } from './define/words';

// Words no name opens or ends with: prepositions and conjunctions ("Theo Tổ chức …", "… Tài nguyên
// và"). Not "các", which opens a plural name ("các Đơn vị Bảo vệ Nhân dân"), nor "tên" (tên lửa).
const NO_EDGE = new Set([...LEFT_STOPS, ...FUNCTION_WORDS].filter((w) => w !== 'các' && w !== 'tên'));

export interface Span {
  start: number;
  end: number;
}

/**
 * Readings of `span` in `text` with one or two syllables more or fewer at its start, or fewer at its
 * end, nearest first, then with the United Nations after it; never the reading itself, nor one reaching past the sentence or a comma before
 * it ("Tại Nhật Bản, Lực lượng Phòng vệ": the name starts after the comma), nor one that starts or
 * ends inside a word. Syllables are one word where a capital runs into lower case in a name ("Tổ
 * chức", "Giám đốc") or where `translations` knows them as one ("nông thôn", "thông minh"). A single
 * syllable is cut at the end only from a legal form in capitals ("… - CTCP"): a qualifier is most
 * often a word of two ("người Kurd", "quốc tế") that the table does not know.
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
  /** Whether a word runs across the boundary before all[j]. */
  const inWord = (j: number): boolean => {
    const left = all[j - 1];
    const right = all[j];
    if (!left || !right) return false;
    if (capitalised(left) && !capitalised(right)) return true;
    for (let n = 2; n <= 3; n++) {
      for (let s = Math.max(0, j - n + 1); s <= j - 1 && s + n <= all.length; s++) {
        const run = all.slice(s, s + n);
        // "Đài Truyền hình", "Viện nghiên cứu": the table's unit of a capitalised head and its name is
        // still two choices, with the head or without it ("phòng thủ" is one word).
        if (capitalised(run[0]) && HEADS.some((h) => h.length === j - s && wordsAt(run, 0, h))) continue;
        if (translations.english(translationKey(run.map((w) => w.text)), capitalised(run[0]))) return true;
      }
    }
    return false;
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

// The United Nations right after a name, before the brackets holding its short form.
const UNITED_NATIONS_NEXT = /^,?\s+(?:của\s+)?(?:liên\s+(?:hợp|hiệp)\s+quốc|LHQ)(?=\s*\()/iu;

/**
 * The Vietnamese name of an English initialism whose words the table translates only in part: "tàu
 * đổ bộ đệm khí (LCAC)" (Landing Craft Air Cushion: "tàu đổ bộ" is in the table, "đệm khí" is not),
 * "hải quân vũ trang nhân dân Trung Quốc (PLAN)". The whole-name alignment (translated.ts) needs
 * every word; where it finds no name, the run before the brackets that translates the most words of
 * the glossary's English name, opening on one of them, is taken as the name: a guess, shown as one.
 * On the seen gold sets 1–35 it defines 18 short forms nothing else did, 13 of them exactly as the
 * annotators did and 16 within two words.
 */
import { type LongWord } from '../match';
import { syllableKey } from '../translations';
import { verbLengthAt } from './phrase';
import { englishNames, englishWords, stem, type KnownWords } from './translated';
import { capitalised, leftWords, lower } from './words';

// Words that open a clause: a name never runs back across them.
const CLAUSE_WORDS = new Set(['là', 'rằng', 'như', 'mà', 'thì', 'nhưng', 'nếu', 'khi', 'để', 'nhằm']);

// How far back a name may start, in words.
const REACH = 16;

/** Per word of `words`: the longest table entry opening there, its length in syllables and the
 * English words of `name` it translates (length 0 when it translates none). */
export function translatedAt(words: LongWord[], name: string, known: KnownWords): { english: Set<string>; length: number }[] {
  const target = new Set(englishWords(name).map(stem));
  const keys = words.map((w) => syllableKey(w.text));
  const t = known.translations;
  return words.map((w, j) => {
    // Only the longest entry opening here: "Tàu sân bay" is an Aircraft Carrier, not a Ship ("tàu").
    let senses: readonly string[] = [];
    let length = 0;
    for (let k = 1; k <= t.longest && j + k <= words.length; k++) {
      const found = t.english(keys.slice(j, j + k).join(' '), capitalised(w));
      if (found) [senses, length] = [found, k];
    }
    const english = new Set(senses.flatMap((sense) => englishWords(sense).map(stem)).filter((word) => target.has(word)));
    return { english, length: english.size > 0 ? length : 0 };
  });
}

/** The run of words ending at `end` that names `short` in part-translation, or null. */
export function partlyTranslatedName(text: string, end: number, short: string, known: KnownWords): LongWord[] | null {
  const words = leftWords(text, end, REACH);
  let best: { from: number; covered: number; at: { english: Set<string>; length: number }[] } | null = null;
  const list = words.map((w, i) => i > 0 && text.slice((words[i - 1] as LongWord).end, w.start).includes(','));
  // After the comma at `i`, short items (four syllables at most) up to a "và": a list.
  const listAfter = (i: number): boolean => {
    let item = 0;
    for (let k = i; k < words.length; k++) {
      if (k > i && list[k]) item = 0;
      if (lower(words[k] as LongWord) === 'và') return item > 0;
      if (++item > 4) return false;
    }
    return false;
  };
  for (const name of englishNames(short, known)) {
    const wanted = new Set(englishWords(name).map(stem)).size;
    const at = translatedAt(words, name, known);
    const covered = new Set<string>();
    // Entries giving words: one alone ("Mỹ", United States) says little of where a name starts.
    let entries = 0;
    // A syllable of a table entry ("phóng" of "phóng từ tàu ngầm (SLBM)": Launched) is the name's; a
    // verb or a clause word outside one ends the search ("sử dụng cơ cấu phóng thẳng đứng (VLS)").
    const inEntry = (i: number): boolean => at.some((a, j) => j <= i && a.length > i - j);
    for (let i = words.length - 1; i >= 0; i--) {
      const here = at[i] as { english: Set<string>; length: number };
      if (!inEntry(i) && (CLAUSE_WORDS.has(lower(words[i] as LongWord)) || verbLengthAt(words, i) > 0)) break;
      here.english.forEach((e) => covered.add(e));
      if (here.length > 0) entries++;
      // The longest entry opening the name: "Hiệp hội" (Association), not its "hội"; but a
      // capitalised name does not open inside a lower-case word ("Diễn tập Huấn luyện": "tập huấn"
      // is Training too).
      const widens = best !== null && covered.size >= best.covered && i + here.length > best.from && (capitalised(words[i]) || !capitalised(words[best.from]));
      // One entry is enough where it is a term of more than half the name's words, in lower case
      // ("lực lượng hải cảnh (CCG)": Coast Guard), not a place's name.
      const term = entries === 1 && here.english.size >= 2 && 2 * here.english.size > wanted && !capitalised(words[i]);
      if (here.length > 0 && (!best || covered.size > best.covered || widens) && (entries >= 2 || term) && 2 * covered.size >= wanted) best = { from: i, covered: covered.size, at };
      // "Tại Nhật Bản, Lực lượng …": a comma ends the name, unless it lists the name's parts
      // ("tình báo, do thám và trinh sát (ISR)"): a translated word before it, short items after.
      if (list[i] && !(listAfter(i) && inEntry(i - 1))) break;
    }
  }
  // "mã xác thực giao dịch một lần (OTP)": a run opening on a counting word is a modifier (One-Time)
  // whose head noun stands before it untranslated; where that head starts is not known.
  if (!best || COUNTING.has(lower(words[best.from] as LongWord))) return null;
  // What follows the last translated word and gives no letter: a model's designation ("tên lửa tấn
  // công mặt đất 3M-14E (LACM)") is no part of the name, a place is ("cơ quan quản lý xuất nhập cảnh
  // Singapore (ICA)"); after an owner ("Giá trị tài sản ròng của các quỹ đó (NAV)") the brackets may
  // be the owner's, and nothing is guessed.
  const last = best.at.reduce((to, a, j) => (j >= (best?.from ?? 0) && a.length > 0 ? Math.max(to, j + a.length - 1) : to), -1);
  const tail = words.slice(last + 1);
  if (tail.length > 0 && OWNER_WORDS.has(lower(tail[0] as LongWord))) return null;
  const aside = tail.findIndex((w) => AFTER_NAME.has(lower(w)));
  // Also what it is for or with ("tàu đổ bộ đệm khí cho hạm đội 7 (LCAC)"), and its class or type
  // ("… lớp Zubr", "… Type 726"), wherever they open in the tail.
  const cut = aside >= 0 ? last + 1 + aside : tail.length > 0 && tail.every((w) => /\d|^\p{Lu}$/u.test(w.text)) ? last + 1 : words.length;
  // "Ấn Độ Dương - Thái Bình Dương tự do và rộng mở (FOIP)": a name joined by a dash to the one
  // before it holds both.
  const name = words.slice(best.from, cut);
  const first = name[0] as LongWord;
  const dash = /\s[-–]\s$/u.exec(text.slice(Math.max(0, first.start - 3), first.start));
  if (!dash || !capitalised(first)) return name;
  const before = leftWords(text, first.start - dash[0].length, 6);
  let k = before.length;
  while (k > 0 && capitalised(before[k - 1])) k--;
  return k < before.length ? [...before.slice(k), ...name] : name;
}

const COUNTING = new Set(['một', 'hai', 'mỗi']);

// Words that say whose or where a body is, after its name.
const OWNER_WORDS = new Set(['của', 'thuộc', 'ở', 'tại']);

// Words that open what a thing is for or with, or its class or type, after its name. Not where it
// works ("… tích hợp trên chiến trường (IBCS)"): a term may end in that.
const AFTER_NAME = new Set(['cho', 'với', 'lớp', 'kiểu', 'loại', 'type']);

/**
 * The Vietnamese name of an English initialism, found by what its words translate: "khả năng bám
 * bắt tên lửa đạn đạo xuyên lục địa (ICBM)" aligns Missile with "tên lửa", Ballistic with "đạn
 * đạo" and Intercontinental with "xuyên lục địa", and "bám bắt" (tracking) stands for no letter, so
 * the name starts at "tên lửa". Schwartz & Hearst align a long form's letters with the short form's;
 * here the letters are those of the English words the Vietnamese ones translate, in any order, the
 * English order read backwards preferred (Vietnamese puts the head first, English last).
 *
 * When the glossary knows the English expansion, the words must translate its words (but for those
 * after its last letter); otherwise any English word whose initial the acronym has will do. Where no
 * run translates them all, a second pass lets a word the table does not know, or one the name does
 * not need, stand inside the name.
 */
import { isVietnameseSyllable, letterFold } from '../letters';
import { FUNCTION_WORDS, shortLetters, singularShort, type LongWord } from '../match';
import { syllableKey, type Translations } from '../translations';
import { DETERMINERS, ENGLISH_FUNCTION, HEADS, LEFT_STOPS, QUANTITIES, ROLES, SEATS } from './lexicon';
import { capitalised, inCompound, lower, pluralInName, startsWithHead, stationAt, wordsAt } from './words';

/** What is known about English words beyond the article: the translation table and the glossary. */
export interface KnownWords {
  translations: Translations;
  /** English expansions the built-in glossary gives for a short form. */
  expansions(short: string): readonly string[];
  /** Runs of words already aligned, and where their name starts or -1 (see translatedName). */
  aligned: Map<string, number>;
}

// Words a name holds that translate no word of the English one: function words, prepositions ("nhận
// dạng qua tần số vô tuyến (RFID)": identification by radio frequency; "lợi nhuận trên vốn chủ sở hữu
// (ROE)", "tên lửa đạn đạo từ tàu ngầm (SLBM)") and "gây" ("virus gây suy giảm miễn dịch ở người
// (HIV)": the virus causing the deficiency), and "vì" ("Hội đồng Quốc gia vì Hoà bình và Trật tự
// (NCPO)": for Peace and Order).
// Not "với" (with): "kết nối với Mạng lưới Đại dương Canada (ONC)", "hợp tác với Đại học … (PUST)"
// say what was done with the body, whose name starts after it.
const SKIPPED = new Set([...[...FUNCTION_WORDS].filter((w) => w !== 'với'), 'qua', 'bằng', 'trên', 'gây', 'từ', 'vì']);
// A name does not open inside a phrase that opens with one of these: "trên tàu", "lên tàu" (On
// Board) hold no word "tàu" ("tích hợp tên lửa lên tàu chiến đấu ven biển (LCS)": the Ship is the
// name's). "lên" (onto) says where a thing goes, and is no word inside a name.
const OPENS_PHRASE = new Set([...SKIPPED, 'lên']);

const YEAR = /^(?:19|20)\d\d$/;

// An alignment that has not finished after this many steps gives up: the search branches on every
// sense of every word, and a page is not worth a slow definition.
const MAX_STEPS = 4000;

/** Content words of an English unit, lower case, ASCII, hyphenated ones kept whole ("man-portable"). */
function englishTokens(unit: string): string[] {
  return letterFold(unit)
    .replace(/['’]s\b/g, '')
    // "Co-operation" is one word, and gives one letter.
    .replace(/\bco-/g, 'co')
    .split(/[^a-z0-9-]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0 && !ENGLISH_FUNCTION.has(w));
}

/** Content words with hyphenated ones split ("man-portable" → man, portable). */
export function englishWords(unit: string): string[] {
  return englishTokens(unit).flatMap((w) => w.split('-'));
}

/** Singular and plural, British and American spellings meet: "forces" and "force", "universities"
 * and "university", "organisation"
 * and "organization", "defence" and "defense", "centre" and "center", "programme" and "program". */
export function stem(word: string): string {
  const one = word.length > 4 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  return one.replace(/isation/, 'ization').replace(/ence$/, 'ense').replace(/tre$/, 'ter').replace(/mme$/, 'm').replace(/our$/, 'or');
}

/**
 * What the words still have to account for: the acronym's letters, or the words of its English
 * name. `disorder` counts the pairs taken against the order of the English name: a Vietnamese name
 * puts its head first, so read from its end it follows the English name from its start ("tên lửa
 * đạn đạo xuyên lục địa" read backwards is Intercontinental Ballistic Missile).
 */
interface Need {
  /** Every way to take what an English unit gives; none when it gives nothing still needed. */
  take(english: string): Need[];
  /** A proper name the table does not know ("Mê Công", "Java"), by its initial. */
  takeName(initial: string): Need | null;
  /** Every way to take one English word that the table did not translate (see `alignFromEnd`). */
  guess(): Need[];
  readonly done: boolean;
  readonly disorder: number;
  /** Whether the words were taken in the English order or exactly against it. */
  readonly ordered: boolean;
  /** What is still needed, as a key: two needs with one key reach the same ends. */
  readonly key: string;
}

// Prefixes of compounds whose second part may give a letter too: "Intercontinental" gives the I and
// the C of ICBM.
const COMPOUND_PREFIX = /^(?:inter|trans|counter|multi|super|micro|hyper|ultra|cyber|electro|hydro|thermo|aero|geo|bio|tele|anti|radio|photo|nano|sub|non)(?=[a-z]{4})/;

function secondPartLetter(token: string): string {
  const prefix = COMPOUND_PREFIX.exec(token);
  return prefix ? (token[prefix[0].length] ?? '') : '';
}

/** The letters a word may give besides its initial: those of its later hyphenated parts, or of a
 * compound's second part ("man-portable" may give the P, "intercontinental" the C). */
function optionalLetters(token: string): string[] {
  const parts = token.split('-');
  if (parts.length > 1) return parts.slice(1).map((p) => p[0] ?? '');
  const second = secondPartLetter(token);
  return second ? [second] : [];
}

function keyOf(used: readonly boolean[]): string {
  return used.map((u) => (u ? '1' : '0')).join('');
}

/** Every subset of `items`, the empty one first. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
}

/**
 * Order-tracking multiset of what is still needed: `items` in the English order, `used` marks the
 * ones taken, `taken` their positions in the order they were taken (for `disorder`).
 */
function needOf(items: readonly string[], same: (a: string, b: string) => boolean, used: readonly boolean[], taken: readonly number[], disorder: number, optional: readonly boolean[] = []): {
  takeAll(wanted: string[]): { used: boolean[]; taken: number[]; disorder: number } | null;
  done: boolean;
  ordered: boolean;
} {
  const rising = taken.every((p, i) => i === 0 || p > (taken[i - 1] as number));
  const falling = taken.every((p, i) => i === 0 || p < (taken[i - 1] as number));
  return {
    takeAll(wanted) {
      const now = [...used];
      const order = [...taken];
      let added = disorder;
      for (const w of wanted) {
        const at = items.findIndex((x, i) => !now[i] && same(x, w));
        if (at < 0) return null;
        now[at] = true;
        added += order.filter((p) => p > at).length;
        order.push(at);
      }
      return { used: now, taken: order, disorder: added };
    },
    done: used.every((u, i) => u || optional[i] === true),
    ordered: rising || falling,
  };
}

/** Letter mode: each English word gives its initial, and maybe the letters `optionalLetters` finds. */
function needLetters(letters: readonly string[], used: readonly boolean[] = letters.map(() => false), taken: readonly number[] = [], disorder = 0): Need {
  const base = needOf(letters, (a, b) => a === b, used, taken, disorder);
  const next = (wanted: string[]): Need | null => {
    const r = base.takeAll(wanted);
    return r && needLetters(letters, r.used, r.taken, r.disorder);
  };
  const take = (english: string): Need[] => {
    const tokens = englishTokens(english);
    if (tokens.length === 0) return [];
    const required = tokens.map((w) => w[0] ?? '');
    const options = subsets(tokens.flatMap(optionalLetters));
    return options.map((extra) => next([...required, ...extra])).filter((n): n is Need => n !== null);
  };
  return { take, takeName: (initial) => next([initial]), guess: () => [], done: base.done, ordered: base.ordered, disorder, key: keyOf(used) };
}

/**
 * Word mode: the glossary's English name, each of its content words translated once, whether or not
 * the letters come from it (CPTPP's Agreement is "Hiệp định").
 */
function needWords(words: readonly string[], tail = 0, used: readonly boolean[] = words.map(() => false), taken: readonly number[] = [], disorder = 0): Need {
  // "tên lửa đạn đạo từ tàu ngầm (SLBM)": Vietnamese leaves out how a thing is done to the next one
  // (Submarine-Launched); a participle after the first word need not be translated. Nor need the
  // last `tail` words, which give no letter ("Bộ Quy tắc ứng xử (COC)": Code of Conduct in the
  // South China Sea). Nor "average" inside a ratio: "tỷ suất lợi nhuận trên vốn chủ sở hữu (ROAE)"
  // is Return on Average Equity, the mean left to the figures. An index ending in Average is named
  // by it ("chỉ số công nghiệp Dow Jones (DJIA)": the "chỉ số" stays).
  const optional = words.map((w, i) => (i > 0 && (/^[a-z]{4,}ed$/.test(w) || (w === 'average' && i < words.length - 1))) || i >= words.length - tail);
  const base = needOf(words, (a, b) => stem(a) === stem(b), used, taken, disorder, optional);
  const take = (english: string): Need[] => {
    const r = base.takeAll(englishWords(english));
    return r ? [needWords(words, tail, r.used, r.taken, r.disorder)] : [];
  };
  const takeName = (initial: string): Need | null => {
    const at = words.findIndex((w, i) => !used[i] && w[0] === initial);
    const r = at < 0 ? null : base.takeAll([words[at] as string]);
    return r && needWords(words, tail, r.used, r.taken, r.disorder);
  };
  // A guessed word needs two words of the name translated besides it, not counting the optional tail.
  const guess = (): Need[] => (words.length - tail < 3 ? [] : words).flatMap((w, i) => {
    const r = used[i] ? null : base.takeAll([w]);
    return r ? [needWords(words, tail, r.used, r.taken, r.disorder)] : [];
  });
  return { take, takeName, guess, done: base.done, ordered: base.ordered, disorder, key: keyOf(used) };
}

/**
 * Index of the first word of the run at the end of `words` that translates all of `need`, or -1:
 * of the runs that do, the one that best keeps the English order, then the shortest. One place at
 * the very end may stand for no letter ("quân Giải phóng Nhân dân Trung Quốc (PLA)"): it stays in
 * the name.
 */
function alignFromEnd(words: LongWord[], need: Need, t: Translations, commaBefore: readonly boolean[], guessing = false): number {
  let best = -1;
  let bestDisorder = Infinity;
  let steps = 0;
  // "Tại Nhật Bản, Lực lượng Phòng vệ (JSDF)": a comma ends the name, unless it lists the name's
  // parts ("Tổ chức Giáo dục, Khoa học và Văn hóa …").
  const listGoesOn = words.map((_, i) => words.slice(i).some((w) => lower(w) === 'và'));
  const crosses = (end: number): boolean => !commaBefore[end] || listGoesOn[end] === true;
  // Senses of the k syllables from `from`, looked up once: the search comes back to each often.
  const keys = words.map((w) => syllableKey(w.text));
  const lookedUp = new Map<number, readonly string[] | undefined>();
  const sensesAt = (from: number, k: number): readonly string[] | undefined => {
    const id = from * (t.longest + 1) + k;
    // "Đài Truyền hình Việt Nam (VTV)": a station's "Đài" is no syllable of the table's "đài truyền
    // hình" (see stationAt).
    if (!lookedUp.has(id)) lookedUp.set(id, k > 1 && stationAt(words, from) ? undefined : t.english(keys.slice(from, from + k).join(' '), capitalised(words[from])));
    return lookedUp.get(id);
  };
  // "Nhà nước Hồi giáo": a name does not start at "nước", a syllable of the word "nhà nước".
  const insideWord = (at: number): boolean => {
    for (let k = 2; k <= t.longest; k++) {
      // Not a phrase that opens with a preposition ("trên tàu", On Board, holds no word "tàu").
      for (let j = 1; j < k; j++) if (at - j >= 0 && at - j + k <= words.length && !OPENS_PHRASE.has(keys[at - j] ?? '') && sensesAt(at - j, k)) return true;
    }
    return false;
  };
  // "Cục Quản lý Thực phẩm và Dược phẩm (FDA)", "cơ quan Mật vụ Mỹ (USSS)": the head and the word
  // after it translate one English word together (Administration, Secret Service). Syllables of the
  // head noun right before `at` that translate a word of `sense` too, or 0.
  const sharedHeadBefore = (at: number, sense: string): number => {
    // "văn phòng Cục Điều tra Liên bang Mỹ (FBI)": a head before a head is another body (the office
    // of the Bureau), even where both translate one word.
    if (startsWithHead(words, at)) return 0;
    const own = new Set(englishWords(sense).map(stem));
    const head = HEADS.reduce((n, h) => (h.length > n && h.length <= at && wordsAt(words, at - h.length, h) ? h.length : n), 0);
    const senses = head > 0 ? (sensesAt(at - head, head) ?? []) : [];
    const shared = senses.some((other) => englishWords(other).some((w) => own.has(stem(w))));
    return shared && !insideWord(at - head) ? head : 0;
  };
  // `end`: the run still to align is words[0..end). `state`: at the end of the phrase still, past a
  // place at its end that gives no letter, or inside the name (some word gave a letter).
  type State = 'end' | 'place' | 'inside';
  // The same need at the same place again, no better ordered, ends where it ended before: Title Case
  // names would otherwise branch at every word.
  const seen = new Map<string, number>();
  const record = (from: number, next: Need, sense: string): void => {
    // "Chủ tịch Viện Hàn lâm Hoàng gia Campuchia (RAC)": a person's title before a body's head is
    // whose it is, not a word of its name (the Chairman gave no C).
    if (insideWord(from) || ROLES.some((r) => wordsAt(words, from, r) && startsWithHead(words, from + r.length))) return;
    const start = from - sharedHeadBefore(from, sense);
    if (next.disorder < bestDisorder || (next.disorder === bestDisorder && start > best)) {
      best = start;
      bestDisorder = next.disorder;
    }
  };
  const visit = (end: number, left: Need, state: State, free = guessing): void => {
    // After a guess, only words taken in order (either way) make a name; a run out of order cannot
    // come back into it, so the search stops there.
    const guessed = guessing && !free;
    if (++steps > MAX_STEPS || end === 0 || left.disorder > bestDisorder || !crosses(end) || (guessed && !left.ordered)) return;
    const at = `${end} ${state} ${left.key} ${free}`;
    if ((seen.get(at) ?? Infinity) <= left.disorder) return;
    seen.set(at, left.disorder);
    const last = words[end - 1] as LongWord;
    const found = (from: number, next: Need, sense: string): void => {
      if (!next.done) {
        visit(from, next, 'inside', free);
        return;
      }
      if (!(guessed && !next.ordered)) record(from, next, sense);
    };
    // "Liên minh các quốc gia …": function words inside a name give no letter; "… của Mỹ": the
    // owner named at its end may give none either ("ở Hà Lan" says where it is, not whose).
    // Not "tại", "ở" before a head: "nhà nghiên cứu tại Viện Nghiên cứu Chiến lược Quốc tế (IISS)",
    // "chuyên gia Mỹ tại Viện Hòa bình (USIP)" work at the institute, whose name opens at its head
    // ("Viện Mỹ tại Đài Loan": in Taiwan; "… Mỹ tại Liên Hợp Quốc (USUN)": at the UN, a seat).
    const atBody = SEATS.has(lower(last)) && startsWithHead(words, end) && !inCompound(words, end) && !wordsAt(words, end, ['liên', 'hợp', 'quốc']);
    if ((state === 'inside' && SKIPPED.has(lower(last)) && !atBody) || (state === 'place' && lower(last) === 'của')) visit(end - 1, left, 'inside', free);
    // "Công ước luật biển năm 1982 của Liên Hợp Quốc (UNCLOS)": the year a treaty was signed, inside
    // its name, gives no letter.
    // (A run may open with the year: "2019 của Nga - LJ".)
    if (state === 'inside' && YEAR.test(last.text)) visit(end >= 2 && lower(words[end - 2] as LongWord) === 'năm' ? end - 2 : end - 1, left, 'inside', free);
    // The longest entry that ends here: "phòng chống" is one word, not "phòng" and "chống".
    let inTable = false;
    for (let k = Math.min(t.longest, end); k >= 1; k--) {
      const senses = sensesAt(end - k, k);
      if (!senses) continue;
      inTable = true;
      let took = false;
      for (const sense of senses) {
        for (const next of left.take(sense)) {
          took = true;
          found(end - k, next, sense);
        }
      }
      if (state === 'end' && capitalised(words[end - k])) visit(end - k, left, 'place', free);
      if (took || !guessing) return;
      // Second pass, the English name's words known: a word the table knows but the name does not
      // need may stand inside it ("hãng thông tấn nhà nước trung ương Triều Tiên (KCNA)": nhà nước,
      // State, is the writer's), and a shorter entry may give what the longest does not ("trên tàu"
      // is On Board, "tàu" the Ship of LCS).
      if (free && state === 'inside' && end - k > 0 && !insideWord(end - k)) visit(end - k, left, 'inside', false);
    }
    if (inTable) return;
    if (!capitalised(last)) {
      if (free && state === 'inside') guess(end, left);
      return;
    }
    // "Theo trung tâm Ứng dụng không quân Mỹ (AFTAC)", "Các cảnh quay từ đài truyền hình CCTV": a
    // preposition or a determiner opening the sentence (the first word of the run) is capitalised,
    // and no name's word; inside one it may be a place's ("Khu công nghiệp Từ Liêm (TLIP)").
    const named = end === 1 && (OPENING_PREPOSITIONS.has(lower(last)) || OPENING_DETERMINERS.has(lower(last))) ? null : left.takeName(last.folded[0] ?? '');
    if (named) found(end - 1, named, '');
    // A name of several syllables ("Mê Công") gives one letter: its other syllables give none.
    if (capitalised(words[end - 2]) && state !== 'place') visit(end - 1, left, state, free);
    else if (state === 'end') visit(end - 1, left, 'place', free);
  };
  // One or two lower-case Vietnamese syllables the table does not know, inside the name, between
  // words that translate: they stand for one English word still needed, or for none ("Lãi cơ bản
  // trên cổ phiếu (EPS)": cơ bản, basic, is the writer's). The name never starts with a guess.
  const guess = (end: number, left: Need): void => {
    for (let k = 1; k <= 2 && end - k > 0; k++) {
      const word = words[end - k] as LongWord;
      const w = lower(word);
      if (capitalised(word) || !isVietnameseSyllable(word.text) || SKIPPED.has(w) || LEFT_STOPS.has(w) || QUANTITIES.has(w) || !crosses(end - k + 1)) return;
      // "Anh quốc": a syllable after a capital belongs to the name before it.
      if (k === 1 && capitalised(words[end - 2])) continue;
      visit(end - k, left, 'inside', false);
      for (const next of left.guess()) if (!next.done) visit(end - k, next, 'inside', false);
    }
  };
  visit(words.length, need, 'end');
  // A search cut short may have missed a better run: the name rules decide then.
  return steps > MAX_STEPS ? -1 : best;
}

/**
 * How many content words end `name` after the last one that gives a letter of `short`: the letters
 * read from the start, from content words if they can be, else from any ("of" gives COC's O). Zero
 * when the letters cannot be read from the name's initials.
 */
function unletteredTail(name: string, letters: readonly string[]): number {
  const all = letterFold(name).replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter((w) => w !== '');
  for (const withFunction of [false, true]) {
    let next = 0;
    let last = -1;
    all.forEach((w, i) => {
      if (next < letters.length && (withFunction || !ENGLISH_FUNCTION.has(w)) && w[0] === letters[next]) {
        next++;
        last = i;
      }
    });
    if (next === letters.length) return all.slice(last + 1).filter((w) => !ENGLISH_FUNCTION.has(w)).length;
  }
  return 0;
}

// Heads an English name ends with and its Vietnamese name opens with, which writers drop where the
// rest says what the thing is ("định vị toàn cầu GPS", "năng lực cạnh tranh cấp tỉnh PCI"); not a
// body's head ("Quỹ", "Tổ chức"), without which the words name no body.
const LAST_HEADS = new Set(['system', 'index', 'program', 'programme']);

/** Whether a glossary sense is written in English (plain ASCII and the typographic apostrophe). */
export function isEnglishSense(sense: string): boolean {
  return /^[\x20-\x7e’]+$/.test(sense);
}

/** The English names the glossary gives `short`, of two content words or more. */
export function englishNames(short: string, known: KnownWords): string[] {
  return known.expansions(short).filter((e) => isEnglishSense(e) && englishWords(e).length >= 2);
}

/** Whether an English name the glossary gives `short` has a plural word (Forces, Countries); null
 * when it gives none. */
export function pluralEnglishName(short: string, known: KnownWords | undefined): boolean | null {
  const names = known ? englishNames(short, known) : [];
  return names.length === 0 ? null : names.some((n) => englishWords(n).some((w) => stem(w) !== w));
}

/** An English initialism's letters: plain Latin ones, at least two. */
export function englishLetters(short: string): string[] | null {
  // The plural's s gives no letter ("doanh nghiệp vừa và nhỏ (SMEs)").
  const letters = shortLetters(singularShort(short) ?? short);
  return letters.length >= 2 && letters.every((c) => /[a-z]/.test(c)) ? letters : null;
}

/**
 * The run at the end of `words` (words of `text`) that is the Vietnamese name of `short`, or null.
 * Where the glossary knows the English name, its words decide; otherwise the letters do.
 */
export function translatedName(text: string, words: LongWord[], short: string, known: KnownWords | undefined): LongWord[] | null {
  const letters = englishLetters(short);
  if (!known || !letters || words.length === 0) return null;
  // One acronym is defined the same way in many places of a page: each run of words is aligned
  // once (the answer is an index into the run, so it holds wherever the run stands).
  const commaBefore = words.map((w, i) => i > 0 && text.slice((words[i - 1] as LongWord).end, w.start).includes(','));
  const id = `${short}\u0000${words.map((w, i) => (commaBefore[i] ? ', ' : ' ') + w.text).join('')}`;
  const cached = known.aligned.get(id);
  if (cached !== undefined) return cached < 0 ? null : words.slice(cached);
  // Where the glossary knows the English name, only its words count: "lực lượng an ninh Hồi giáo
  // (IS)" has words for an I and an S, but Security is not in Islamic State.
  const english = englishNames(short, known);
  // "đại học California, Los Angeles (UCLA)": a comma the English name has is no end.
  const noCommas = words.map(() => false);
  // "sáng kiến Vành đai, Con đường (BRI)": nor is one that stands for its "and" (Belt and Road).
  const commasOf = (name: string): readonly boolean[] => (/,|\band\b/u.test(name) ? noCommas : commaBefore);
  const align = (guessing: boolean): number => english.reduce((best, name) => Math.max(best, alignFromEnd(words, needWords(englishWords(name), unletteredTail(name, letters)), known.translations, commasOf(name), guessing)), -1);
  // A name every word of which the table translates comes first; only without one is a word guessed.
  let from = align(false);
  if (from < 0) from = align(true);
  if (english.length === 0) from = alignFromEnd(words, needLetters(letters), known.translations, commaBefore);
  // "Hiệp ước các lực lượng hạt nhân tầm trung (INF)": the plural after a head is the name's.
  let start = from > 0 && pluralInName(words, from - 1) ? from - 1 : from;
  // "Bộ Tư lệnh Các chiến dịch Đặc biệt Mỹ (SOCOM)": aligned from a plural, the name opens at the
  // head before it where that head translates a word of the English name (Command).
  if (start > 0 && start === from && DETERMINERS.has(lower(words[start] as LongWord))) start -= headTranslating(words, start, english, known.translations);
  // "vì" is "for" inside a body's name ("Hội đồng Quốc gia vì Hoà bình …", "Nhóm Công dân vì trách
  // nhiệm và đạo đức tại Washington (CREW)": a head or a capital opens it), and "because" before one
  // ("… quốc tế vì Cơ quan Năng lượng Nguyên tử (IAEA)").
  if (start >= 0 && words.slice(start).some((w) => lower(w) === 'vì') && !startsWithHead(words, start) && !capitalised(words[start])) start = -1;
  // "Nga triển khai nhiều hệ thống phóng rocket (MLRS)": a count before a head is no word of the
  // name, though "nhiều" renders Multiple inside one ("nhiều đầu vào nhiều đầu ra (MIMO)", "phương
  // tiện hồi quyển nhiều mục tiêu độc lập").
  while (start >= 0 && QUANTITIES.has(lower(words[start] as LongWord)) && startsWithHead(words, start + 1)) start++;
  known.aligned.set(id, start);
  return start < 0 ? null : words.slice(start);
}

/**
 * "chức năng định vị toàn cầu GPS": the run at the end of `words` that translates the English name
 * but for the head noun it ends with, which Vietnamese writes first and may leave out ("hệ thống",
 * System; "chỉ số", Index), or null. Every other word of the name is translated.
 */
export function headlessName(text: string, words: LongWord[], short: string, known: KnownWords): LongWord[] | null {
  const commaBefore = words.map((w, i) => i > 0 && text.slice((words[i - 1] as LongWord).end, w.start).includes(','));
  const from = englishNames(short, known).reduce((best, name) => {
    const parts = englishWords(name);
    if (parts.length < 3 || !LAST_HEADS.has(parts[parts.length - 1] ?? '')) return best;
    return Math.max(best, alignFromEnd(words, needWords(parts.slice(0, -1)), known.translations, commaBefore));
  }, -1);
  return from < 0 ? null : words.slice(from);
}

/** Words of the capitalised head that ends right before `at` ("Bộ Tư lệnh"), where it translates
 * a word of one of `english`, else 0. */
function headTranslating(words: LongWord[], at: number, english: readonly string[], t: Translations): number {
  const named = new Set(english.flatMap((e) => englishWords(e).map(stem)));
  for (let k = Math.min(t.longest, at); k >= 1; k--) {
    const head = words.slice(at - k, at);
    if (!startsWithHead(head, 0) || !capitalised(head[0])) continue;
    const senses = t.english(head.map((w) => syllableKey(w.text)).join(' '), true) ?? [];
    if (senses.some((s) => englishWords(s).some((w) => named.has(stem(w))))) return k;
  }
  return 0;
}

// Prepositions and conjunctions a sentence opens with before a body's name ("Theo …", "Tại …").
const OPENING_PREPOSITIONS = new Set(['theo', 'tại', 'trong', 'với', 'về', 'do', 'bởi', 'cho', 'ở', 'là', 'như', 'đến', 'vào', 'khi', 'nếu', 'sau', 'trước', 'qua', 'để', 'bằng', 'trên', 'dưới', 'nhưng', 'và', 'hoặc']);

// Determiners a sentence opens with before a noun ("Các cảnh quay …", "Những người …").
const OPENING_DETERMINERS = new Set(['các', 'những', 'mọi', 'mỗi', 'một', 'nhiều']);

/**
 * A named long form (see phrase.ts) read against the English name the glossary knows: whether its
 * head is the name's (`headInEnglishName`), whether a kind or a person before it is
 * (`kindBeforeEnglishName`), the word before it that the name needs (`withEnglishWordBefore`), and
 * where in a lower-case phrase the name's words start (`englishNameOpensAt`).
 *
 * Where the
 * words of a Vietnamese name do not all translate the English one, the aligner gives up and the name
 * rules cut the phrase at a capital: "quân Chính phủ Syria (SAA)" lost "quân", the Army of the
 * Syrian Arab Army. The word before such a name joins it when it translates a word of the English
 * name that none of the name's words does.
 *
 * The other edge only for lower-case phrases: leaving out any first word that translates none of
 * the English name's words ("Tổ chức" before the Syrian Observatory for Human Rights) lost 45
 * definitions more than it gained on the seen sets: firms keep their "Tập đoàn" (Vietnam
 * Electricity, EVN), parties their "đảng" whatever language their name is in (AKP), and the
 * annotators split on the rest. `englishNameOpensAt` cuts only a phrase with no capital, two words
 * or more before the name's, and only where the name's head is among the words translated.
 */
import { shortLetters, type LongWord } from '../match';
import { syllableKey, translationKey, type Translations } from '../translations';
import { capitalised, lower, startsWithHead, wordsAt } from './words';
import { englishLetters, englishNames, englishWords, stem, type KnownWords } from './translated';

/** English units of the longest entry of the table from `at` in `words` (or ending at `at` when
 * `backwards`), with its length; null when none. */
function entry(words: LongWord[], at: number, t: Translations, backwards = false): { length: number; english: readonly string[] } | null {
  for (let k = Math.min(t.longest, backwards ? at : words.length - at); k >= 1; k--) {
    const from = backwards ? at - k : at;
    const english = t.english(words.slice(from, from + k).map((w) => syllableKey(w.text)).join(' '), capitalised(words[from]));
    if (english) return { length: k, english };
  }
  return null;
}

/**
 * `name` (a named long form of `short`), with the words of `before` (those right before it in its
 * clause) that translate a word of the English name no word of `name` translates. Of the glossary's
 * English names, the one `name` translates most of is read: a word before the name joins it for
 * that name's sake, not for another body's that shares the letters.
 */
export function withEnglishWordBefore(name: LongWord[], before: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  if (!known) return name;
  const t = known.translations;
  // English units of each table entry along the name, longest first.
  const units: (readonly string[])[] = [];
  for (let i = 0; i < name.length; ) {
    const found = entry(name, i, t);
    units.push(found?.english ?? []);
    i += found?.length ?? 1;
  }
  const stems = (us: readonly string[]): string[] => us.flatMap((u) => englishWords(u).map(stem));
  let best: { words: Set<string>; covered: Set<string> } | null = null;
  for (const english of englishNames(short, known)) {
    const words = new Set(englishWords(english).map(stem));
    const covered = new Set(units.flatMap((us) => stems(us).filter((w) => words.has(w))));
    if (!best || covered.size > best.covered.size) best = { words, covered };
  }
  if (!best) return name;
  const { words, covered } = best;
  const prior = entry(before, before.length, t, true);
  return prior && stems(prior.english).some((w) => words.has(w) && !covered.has(w)) ? [...before.slice(before.length - prior.length), ...name] : name;
}

/**
 * "Đại học Fullbright ở Việt Nam (FUV)": a spelled name that finds a letter only inside a word (the
 * u of "Fullbright"), with a head right before it whose English word opens on that letter
 * (University), starts at the head: in the English order the head's word stood there. `name` as is
 * otherwise.
 */
export function withHeadForInnerLetter(name: LongWord[], before: LongWord[], short: string, known: KnownWords | undefined): LongWord[] {
  if (!known || before.length === 0) return name;
  const initials = new Set(name.map((w) => w.folded[0]));
  const inner = shortLetters(short).filter((l) => !initials.has(l));
  const prior = entry(before, before.length, known.translations, true);
  // A body's head ("Đại học", "Viện"), not a kind of thing ("thuốc paracetamol (PCM)": Medicine).
  const head = prior !== null && startsWithHead(before, before.length - prior.length);
  const opens = prior?.english.some((unit) => inner.includes(unit.trim()[0]?.toLowerCase() ?? ''));
  return prior && head && opens ? [...before.slice(before.length - prior.length), ...name] : name;
}

// Heads whose English word is fixed (an office, a force, a system, a journal): a name without it
// has none. Not "tổ chức" nor "cơ quan" (Organization, Group, Unit, Branch…), "bộ" ("Bộ Chỉ huy"
// is Command), "đảng" (a party's name is often in its own language), nor a treaty's or a
// programme's head.
const FIXED_HEADS = new Set(['cục', 'sở', 'văn phòng', 'lực lượng', 'hệ thống', 'tạp chí']);

/**
 * Whether the English name the glossary gives `short` holds a word that the classifying head of
 * `phrase` (its first `head` words) translates: "Cục Hải quan và Biên phòng Mỹ (CBP)" is Customs and
 * Border Protection, with no Bureau, so "Cục" only says what kind of body it is. Only a name that
 * other words of the phrase translate counts ("Hải quan", Customs): the glossary's may be another
 * body's ("Sở Giao thông Đường bộ Bangkok (DLT)" is no Distributed Ledger Technology). Null when
 * nothing can say.
 */
export function headInEnglishName(phrase: readonly LongWord[], head: number, short: string, known: KnownWords): boolean | null {
  const headWords = phrase.slice(0, head).map(lower);
  if (!FIXED_HEADS.has(headWords.join(' ')) || !englishLetters(short)) return null;
  // "Sở Giao dịch chứng khoán TPHCM (HoSE)": with the words after it the head is one unit, Exchange.
  if (compoundAt(phrase, head, known)) return null;
  return wordsInEnglishName(phrase, head, short, known);
}

/** Words at the phrase's start that the table has as one unit, the longest such run, or 0. */
function unitAt(phrase: readonly LongWord[], known: KnownWords): number {
  const t = known.translations;
  for (let n = Math.min(t.longest, phrase.length); n >= 1; n--) if (t.english(translationKey(phrase.slice(0, n).map(lower)), capitalised(phrase[0]))) return n;
  return 0;
}

/** The table has a longer unit than the first `count` words at the phrase's start ("giá trị",
 * "sở giao dịch"): those words are a syllable of it, not a word of their own. */
function compoundAt(phrase: readonly LongWord[], count: number, known: KnownWords): boolean {
  return unitAt(phrase, known) > count;
}

/** The English unit ("Coast Guard") is words of the English name, however inflected. */
function holdsUnit(name: string, unit: string): boolean {
  const words = new Set(englishWords(name).map(stem));
  return englishWords(unit).every((w) => words.has(stem(w)));
}

/**
 * Whether the first `count` words of `phrase` translate a word of the English name the glossary gives
 * `short`, judged only on names that other words of the phrase translate into (this body's, then);
 * null when no such name or no translation of those words is known.
 */
function wordsInEnglishName(phrase: readonly LongWord[], count: number, short: string, known: KnownWords): boolean | null {
  const t = known.translations;
  const units = t.english(translationKey(phrase.slice(0, count).map(lower)), capitalised(phrase[0])) ?? [];
  const rest = phrase.slice(count);
  const translatesRest = (name: string): boolean =>
    rest.some((w, i) => [1, 2, 3].some((n) => i + n <= rest.length && (t.english(translationKey(rest.slice(i, i + n).map(lower)), capitalised(w)) ?? []).some((u) => holdsUnit(name, u))));
  const names = englishNames(short, known).filter(translatesRest);
  if (names.length === 0 || units.length === 0) return null;
  return names.some((name) => units.some((u) => holdsUnit(name, u)));
}

// Nouns that say what kind of thing a term is, written before it: a missile, a radar, a signal,
// capital, a complex, a price.
const KIND_BEFORE_NAME = ['tên lửa', 'radar', 'tín hiệu', 'vốn', 'tổ hợp', 'giá'].map((k) => k.split(' '));
// People who practise what the name names ("Võ sĩ võ tự do (MMA)": a fighter of Mixed Martial Arts),
// capitalised too where a sentence opens with them.
const PERSON_BEFORE_NAME = ['võ sĩ', 'vận động viên', 'cầu thủ', 'ca sĩ', 'tay vợt'].map((k) => k.split(' '));

/**
 * How many words open `phrase` with a noun of KIND_BEFORE_NAME that the glossary's English name of
 * `short` has no word for: "tên lửa phòng thủ tầm cao giai đoạn cuối (THAAD)" is a Terminal High
 * Altitude Area Defense, and the missile is what it is, not a word of its name; "radar mảng pha điện
 * tử chủ động (AESA)", "vốn đầu tư nước ngoài (FDI)", "võ sĩ võ tự do (MMA)". "tên lửa đạn đạo xuyên
 * lục địa (ICBM)" keeps its Missile, "cầu thủ xuất sắc nhất (MVP)" its Player.
 */
export function kindBeforeEnglishName(phrase: readonly LongWord[], short: string, known: KnownWords): number {
  const kind = KIND_BEFORE_NAME.find((k) => !capitalised(phrase[0]) && wordsAt(phrase as LongWord[], 0, k)) ?? PERSON_BEFORE_NAME.find((k) => wordsAt(phrase as LongWord[], 0, k));
  // "100% vốn nước ngoài (FDI)": two words left are too few to be the name without it. "giá trị gia
  // tăng (VAT)": "giá" is a syllable of Value.
  if (!kind || phrase.length - kind.length < 3 || !englishLetters(short) || compoundAt(phrase, kind.length, known)) return 0;
  return wordsInEnglishName(phrase, kind.length, short, known) === false ? kind.length : 0;
}

/** The words that may head an English name: its last, and its last before "of", "for", "on", "in"
 * or "to" where it has one. */
function englishHeads(name: string): string[] {
  const words = name.split(/\s+/u);
  const linked = words.findIndex((w, i) => i > 0 && /^(?:of|for|on|in|to)$/iu.test(w));
  const last = englishWords(name).at(-1);
  const beforeLink = linked > 0 ? englishWords(words.slice(0, linked).join(' ')).at(-1) : undefined;
  return [last, beforeLink].filter((w): w is string => w !== undefined);
}

/**
 * "phương án phóng tên lửa đạn đạo tầm xa (IRBM)": a lower-case phrase whose entries from the first
 * that translates a word of an English name the glossary gives `short` (Intermediate-Range
 * Ballistic Missile) cover all that name's words but one, its head among them, after two words or
 * more that translate none of it: those say what is done with the thing, not what it is called.
 * Where the name's words start, or 0.
 */
export function englishNameOpensAt(phrase: readonly LongWord[], short: string, known: KnownWords): number {
  if (!englishLetters(short) || phrase.some((w) => capitalised(w))) return 0;
  const t = known.translations;
  const entries: { at: number; english: readonly string[] }[] = [];
  for (let i = 0; i < phrase.length; ) {
    const found = entry(phrase as LongWord[], i, t);
    entries.push({ at: i, english: found?.english ?? [] });
    i += found?.length ?? 1;
  }
  for (const name of englishNames(short, known)) {
    const words = new Set(englishWords(name).map(stem));
    const held = (e: { english: readonly string[] }): string[] => e.english.flatMap((u) => englishWords(u).map(stem)).filter((w) => words.has(w));
    const first = entries.findIndex((e) => held(e).length > 0);
    const at = entries[first]?.at ?? 0;
    if (at < 2) continue;
    const covered = new Set(entries.slice(first).flatMap(held));
    // English puts the head last, or before "of", "for", "on", "in", "to" (Programme for
    // International Student Assessment, but Freedom of Navigation Operation): a head the words do not
    // translate is among the words before ("robot ngầm" for Vehicle, "thiết bị" for System, "kỳ khảo
    // sát" for Programme, "tuần tra" for Operation). Both must be translated.
    const heads = englishHeads(name).map(stem);
    if (covered.size >= 2 && covered.size >= words.size - 1 && heads.every((h) => covered.has(h))) return at;
  }
  return 0;
}

/**
 * Which English words a Vietnamese word or fixed phrase translates in the names of English acronyms
 * ("đạn đạo" → Ballistic, "Hoa Kỳ" → United States, "cơ quan" → Agency, Authority…). Vietnamese news
 * defines English initialisms by their Vietnamese names ("tên lửa đạn đạo xuyên lục địa (ICBM)"),
 * whose syllables cannot spell the letters; this table lets those letters be aligned with the words
 * that stand for them (see define/translated.ts).
 *
 * Shipped inside the glossary (glossary.json's `translations`), from scripts/data/translations.tsv.
 */
import { nfc } from '../text/normalize';

export interface Translations {
  /**
   * English units (a word or a fixed phrase: "Intercontinental", "United States") of a key. A name
   * written with a capital ("Pháp", "Nhật") is only itself in capitals: "giải pháp", "cập nhật".
   */
  english(key: string, capitalised: boolean): readonly string[] | undefined;
  /** Syllables in the longest Vietnamese entry. */
  readonly longest: number;
  readonly size: number;
}

// Tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Lookup key of one syllable: lower case, NFC, the tone moved to the syllable's end, so that the old
 * and new placements ("hoá" and "hóa", "uỷ" and "ủy") meet.
 */
export function syllableKey(syllable: string): string {
  const known = KEYS.get(syllable);
  if (known !== undefined) return known;
  const { base, tone } = toneApart(syllable.toLowerCase());
  const key = (base + tone).normalize('NFC');
  // Written Vietnamese has a few thousand syllables: each is normalised once (a page's foreign words
  // could grow the map without end, so it starts over past a bound).
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(syllable, key);
  return key;
}

const KEYS = new Map<string, string>();

/** A syllable's letters, NFC, without its tone, and its tone (NFD marks, or ""): "khoẻ" and "khỏ" share
 * a tone, and the letters of one open the other's. */
export function toneApart(syllable: string): { base: string; tone: string } {
  const d = syllable.normalize('NFD');
  return { base: d.replace(TONE, '').normalize('NFC'), tone: (d.match(TONE) ?? []).join('') };
}

/** Lookup key of a run of syllables. */
export function translationKey(syllables: readonly string[]): string {
  return syllables.map(syllableKey).join(' ');
}

/** `data`: Vietnamese word or phrase → its English units joined by `separator`. */
export function loadTranslations(data: Record<string, string>, separator = '|'): Translations {
  const table = new Map<string, { senses: string[]; name: boolean }>();
  let longest = 0;
  for (const [vietnamese, joined] of Object.entries(data)) {
    // "châu Á - Thái Bình Dương": words of the text are read without their dashes.
    const syllables = nfc(vietnamese).split(/[\s\-–]+/).filter((x) => x !== '');
    const key = translationKey(syllables);
    const name = /^\p{Lu}/u.test(syllables[0] ?? '');
    const entry = table.get(key) ?? { senses: [], name };
    entry.name &&= name;
    for (const english of nfc(joined).split(separator).map((e) => e.trim())) if (english !== '' && !entry.senses.includes(english)) entry.senses.push(english);
    table.set(key, entry);
    longest = Math.max(longest, syllables.length);
  }
  return {
    english: (key, capitalised) => {
      const entry = table.get(key);
      return entry && (capitalised || !entry.name) ? entry.senses : undefined;
    },
    longest,
    size: table.size,
  };
}

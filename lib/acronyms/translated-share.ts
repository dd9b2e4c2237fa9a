/**
 * How much of an English name a Vietnamese phrase translates, word for word through the glossary's
 * table: "Hiệp ước Kiểm soát Công nghệ tên lửa" translates Control, Technology and Missile of
 * "Missile Technology Control Regime", and nothing of "International Olympic Committee". A guessed
 * definition that translates most of the glossary's name is that name's rendering, however loosely
 * worded ("Hiệp ước" for a regime), and the original can stand under it.
 */
import { FUNCTION_WORDS } from './match';
import { translationKey, type Translations } from './translations';

/** The English words of `english` that `vietnamese` translates, and how many it has. */
export function translatedShare(vietnamese: string, english: string, translations: Translations): { translated: number; of: number } {
  const syllables = vietnamese.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u).filter((s) => s !== '');
  const units = new Set<string>();
  for (let i = 0; i < syllables.length; i++) {
    for (let n = 1; n <= translations.longest && i + n <= syllables.length; n++) {
      const run = syllables.slice(i, i + n);
      const found = translations.english(translationKey(run), /^\p{Lu}/u.test(run[0] ?? ''));
      for (const unit of found ?? []) for (const word of unit.toLowerCase().split(/[\s-]+/)) units.add(word);
    }
  }
  const words = english.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '' && !FUNCTION_WORDS.has(w));
  return { translated: words.filter((w) => units.has(w)).length, of: words.length };
}

/** Most of the name's words, two at least. */
export function translatesMostOf(vietnamese: string, english: string, translations: Translations): boolean {
  const { translated, of } = translatedShare(vietnamese, english, translations);
  return translated >= 2 && translated * 2 >= of;
}

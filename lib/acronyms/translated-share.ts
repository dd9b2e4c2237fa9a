/**
 * How much of an English name a Vietnamese phrase translates, word for word through the glossary's
 * table (the part-translation reading's `translatedAt`): "Hiệp ước Kiểm soát Công nghệ tên lửa"
 * translates Control, Technology and Missile of "Missile Technology Control Regime", and nothing of
 * "International Olympic Committee". A guessed definition that translates most of the glossary's
 * name is that name's rendering, however loosely worded ("Hiệp ước" for a regime), and the original
 * can stand under it.
 */
import { wordsIn } from './match';
import { translatedAt } from './define/partly-translated';
import { englishWords, stem, type KnownWords } from './define/translated';

/** The English words of `english` that `vietnamese` translates, and how many it has. */
export function translatedShare(vietnamese: string, english: string, known: KnownWords): { translated: number; of: number } {
  const covered = new Set(translatedAt(wordsIn(vietnamese, 0, vietnamese.length), english, known).flatMap((at) => [...at.english]));
  return { translated: covered.size, of: new Set(englishWords(english).map(stem)).size };
}

/** Most of the name's words, two at least. */
export function translatesMostOf(vietnamese: string, english: string, known: KnownWords): boolean {
  const { translated, of } = translatedShare(vietnamese, english, known);
  return translated >= 2 && translated * 2 >= of;
}

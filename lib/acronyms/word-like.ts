/** Short forms in capitals that read as words: brands and names, not initialisms. */
import { fold } from '../text/normalize';

/**
 * A word set in capitals that reads as a word (BASICO, KOMASU, VIETKIDS): a brand or company
 * name, not an initialism, unless a glossary knows it (NATO, ASEAN and UNESCO are in it), the
 * article defines it or puts it in brackets after a name. Initialisms are runs of consonants (UBND,
 * CSGT, LMFAO); a name of five or more letters alternates vowels and consonants.
 */
export function readsAsBrandName(short: string): boolean {
  const letters = fold(short).toUpperCase();
  if (!/^[A-Z]{5,}$/.test(letters)) return false;
  return vowelsIn(short) * 3 >= letters.length && !/[^AEIOUY]{3}/.test(letters);
}

/** Four capitals whose consonants and vowels take turns (DOJI, MINI) read as a word too, where a
 * glossary can say which such words are initialisms all the same (NATO, HOSE). */
export function fourLettersAsWord(short: string): boolean {
  return short === short.toUpperCase() && /^[^AEIOUY][AEIOUY][^AEIOUY][AEIOUY]$/.test(fold(short).toUpperCase());
}

/** How many of a word's letters are vowels (Y among them), marks aside. */
export function vowelsIn(word: string): number {
  return fold(word).toUpperCase().replace(/[^AEIOUY]/g, '').length;
}

/**
 * Vietnamese stopwords: grammatical words (pronouns, particles, conjunctions, prepositions, modals, vague
 * time and degree words), single syllables and multi-syllable phrases. Content words that the source list
 * also held ("tăng", "hỗ trợ", "nhà") are dropped by scripts/build-stopwords.ts; see STOPWORDS-SOURCES.md.
 */
import { STOPWORDS_JOINED } from './stopwords-data';

let set: Set<string> | undefined;

function stopwords(): Set<string> {
  set ??= new Set(STOPWORDS_JOINED.split('|'));
  return set;
}

/** Any casing, NFC or not; several syllables may be separated by any whitespace ("bởi  vì"). */
export function isStopword(word: string): boolean {
  return stopwords().has(word.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' '));
}

/** The list, lower-case NFC, for modules that need to iterate it (IDF tables, phrase matching). */
export function stopwordList(): readonly string[] {
  return [...stopwords()];
}

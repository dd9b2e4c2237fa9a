/** Word counting for reading time: Vietnamese words are written as space-separated syllables. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,\-/]*/gu;

/** Syllables and other words (numbers, Latin words) in the text. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * Reading speed assumed for Vietnamese news: about 200 syllables a minute for attentive reading
 * (syllables are shorter than English words, but a news reader slows on names and figures).
 */
export const SYLLABLES_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / SYLLABLES_PER_MINUTE));
}

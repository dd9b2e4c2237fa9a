import type { Occurrence } from './detect';

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Where `form` stands in `text` as a whole token: not inside a longer word, number or form ("CP"
 * is not in "TMCP", "Tepco" not in "Tepcos"). */
export function wholeTokenUses(text: string, form: string): number[] {
  const at: number[] = [];
  if (form === '') return at;
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
    if (!WORD.test(text[i - 1] ?? '') && !WORD.test(text[i + form.length] ?? '')) at.push(i);
  }
  return at;
}

/** Those places as occurrences of `surface` (the form as the row names it; `form` as written). */
export function wholeTokenOccurrences(text: string, form: string, surface = form): Occurrence[] {
  return wholeTokenUses(text, form).map((start) => ({ surface, start, end: start + form.length }));
}

/** Where a match of `written` (a global pattern) stands as a whole token, as occurrences of `surface`. */
export function wholeTokenMatches(text: string, written: RegExp, surface: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of text.matchAll(written)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    if (!WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '')) out.push({ surface, start, end });
  }
  return out;
}

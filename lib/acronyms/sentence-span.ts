/**
 * The part of a sentence before or after a point, for rules that look for cue words in the same
 * sentence as a use. A dot between digits ("57.900 đồng") ends no sentence, nor a city's before its
 * name ("chi nhánh TP. HCM trưa 26-3 …", "Tp. Đà Nẵng"); "… ở Công an TP. Số vụ …" does end one.
 */
const CITY_DOT = String.raw`(?<=(?:^|\s)T[Pp])\.(?= ?(?:\p{Lu}{2,}|\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}))`;
const NOT_AN_END = String.raw`(?:[^.!?\n]|\.(?=\d)|${CITY_DOT})*`;
const SENTENCE_BEFORE = new RegExp(`${NOT_AN_END}$`, 'u');
const SENTENCE_AFTER = new RegExp(`^${NOT_AN_END}`, 'u');

/** The sentence up to `at`, within `reach` characters. */
export function sentenceBefore(text: string, at: number, reach: number): string {
  return SENTENCE_BEFORE.exec(text.slice(Math.max(0, at - reach), at))?.[0] ?? '';
}

/** The sentence from `from` on, within `reach` characters. */
export function sentenceAfter(text: string, from: number, reach: number): string {
  return SENTENCE_AFTER.exec(text.slice(from, from + reach))?.[0] ?? '';
}

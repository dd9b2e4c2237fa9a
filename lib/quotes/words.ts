/** Whole-word matching over Vietnamese text, where `\b` does not see letters with diacritics. */

const LETTER = '\\p{L}\\p{M}\\p{N}';
export const BEFORE = `(?<![${LETTER}])`;
export const AFTER = `(?![${LETTER}])`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the entries, longest first so "cho biết thêm" wins over "cho biết". */
export function alternation(list: readonly string[]): string {
  const unique = [...new Set(list)].sort((a, b) => b.length - a.length);
  return unique.map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
}

/** Cache compiled patterns: the lists are constant and findQuotes runs per article. */
const cache = new Map<readonly string[], { re: RegExp; sticky: RegExp; end: RegExp }>();

export function compiled(list: readonly string[]): { re: RegExp; sticky: RegExp; end: RegExp } {
  let c = cache.get(list);
  if (!c) {
    const alt = alternation(list);
    c = {
      re: new RegExp(`${BEFORE}(?:${alt})${AFTER}`, 'giu'),
      sticky: new RegExp(`(?:${alt})${AFTER}`, 'iuy'),
      end: new RegExp(`${BEFORE}(?:${alt})$`, 'iu'),
    };
    cache.set(list, c);
  }
  return c;
}

/** Length of the list entry `text` starts with, or 0. */
export function leading(text: string, list: readonly string[]): number {
  const { sticky } = compiled(list);
  sticky.lastIndex = 0;
  const m = sticky.exec(text);
  return m ? m[0].length : 0;
}

/** Length of the list entry `text` ends with, or 0. */
export function trailing(text: string, list: readonly string[]): number {
  const m = compiled(list).end.exec(text);
  return m ? m[0].length : 0;
}

/** Whether any entry occurs in `text` as whole words. */
export function containsWord(text: string, list: readonly string[]): boolean {
  const { re } = compiled(list);
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * A newspaper's dateline: its short form opening the text ("TT - Sáng nay …"), or in brackets after a
 * headline run into the body ("… nhưng bất thành (NĐT) - Trên đường …"), a dash and a capital after
 * it. Where a short form stands so, it names where the news comes from and defines nothing.
 */
export function atDateline(text: string, start: number, end: number): boolean {
  const bracketed = text[start - 1] === '(';
  // Only a few characters in can it open the text: the text before it is not copied for every use.
  const opening = start <= 8 && /^\s*\(?$/u.test(text.slice(0, start));
  if (!bracketed && !opening) return false;
  return (bracketed ? /^\)\s*[-–—]\s+\p{Lu}/u : /^\)?\s*[-–—]\s+\p{Lu}/u).test(text.slice(end, end + 8));
}

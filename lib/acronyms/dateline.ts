/**
 * A newspaper's dateline: its short form opening the text ("TT - Sáng nay …"), or in brackets after a
 * headline run into the body ("… nhưng bất thành (NĐT) - Trên đường …"), a dash and a capital after
 * it. Where a short form stands so, it names where the news comes from and defines nothing.
 */
export function atDateline(text: string, start: number, end: number): boolean {
  const bracketed = text[start - 1] === '(';
  // Only a few characters in can it open the text: the text before it is not copied for every use.
  // A paper that writes one opens a paragraph so too, after a headline ("…\nTTO - UBND TP. HCM …").
  const opening = (start <= 8 && /^\s*\(?$/u.test(text.slice(0, start))) || (text[start - 1] === '\n' && DATELINE_PAPERS.test(text.slice(start, end)));
  if (!bracketed && !opening) return false;
  return (bracketed ? /^\)\s*[-–—]\s+\p{Lu}/u : /^\)?\s*[-–—]\s+\p{Lu}/u).test(text.slice(end, end + 8));
}

/** Papers whose short name opens their articles' first paragraph before a dash ("TTO - ", "PLO - "). */
export const DATELINE_PAPERS = /^(?:TTO|TT|PLO|NĐT|NLĐO?|SGGP|VOV|VTV|VTC|ANTĐ|TTXVN|VNA|DT|GDVN|VNN|TNO|LĐO|CAND|QĐND|HNM|KTĐT|PNO|SGTT|TBKTSG)$/u;

import { buildTextMap, type TextMap } from './text-map';
import type { Selectors } from './types';

/** Characters of context stored on each side: enough to tell repeated words apart, short enough
 * that an edit a sentence away does not touch it. */
export const CONTEXT_LENGTH = 32;

const SPACE = /\s/u;

/** Selectors for `text[start, end)`, with the span's outer whitespace trimmed off. */
export function describeText(text: string, start: number, end: number): Selectors {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  // A double-click selection often carries a trailing space; stored, it would tie the highlight
  // to whitespace that a re-wrapped page may not have.
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (s === e) throw new RangeError('Nothing to describe: the range holds no text.');
  const prefixStart = avoidSplitPair(text, Math.max(0, s - CONTEXT_LENGTH));
  const suffixEnd = avoidSplitPair(text, Math.min(text.length, e + CONTEXT_LENGTH));
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Moves a cut off the middle of a surrogate pair, so stored context is valid UTF-16. */
function avoidSplitPair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && at > 0 ? at + 1 : at;
}

/** Selectors for a DOM range (a user's selection) over `root`'s text. */
export function describeRange(root: Node, range: Range, map: TextMap = buildTextMap(root)): Selectors {
  const start = map.offsetOf(range.startContainer, range.startOffset);
  const end = map.offsetOf(range.endContainer, range.endOffset);
  return describeText(map.text, start, end);
}

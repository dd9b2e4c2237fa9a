import { anchorInText, MAX_CONTEXT, NEAR_CONTEXT } from './match-quote';
import { buildTextMap, type TextMap } from './text-map';
import type { Selectors } from './types';

/** Context stored on each side by default: enough to tell repeated words apart, short enough
 * that an edit a sentence away does not touch it (the common choice, as in Hypothesis). */
export const CONTEXT_LENGTH = NEAR_CONTEXT;

const SPACE = /\s/u;
/** Shortest quote whose nearby repetition counts as a twin (see `ambiguous`). */
const TWIN_PHRASE = 16;

function build(text: string, s: number, e: number, context: number): Selectors {
  const prefixStart = avoidSplitPair(text, Math.max(0, s - context));
  const suffixEnd = avoidSplitPair(text, Math.min(text.length, e + context));
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(prefixStart, s), suffix: text.slice(e, suffixEnd) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/**
 * Would these selectors anchor somewhere else if their passage (with its context) were gone? Then
 * the page repeats it nearly word for word (news articles restate figures and names), and a
 * deleted passage would silently move onto its twin.
 */
function ambiguous(text: string, sel: Selectors): boolean {
  const { start, end } = sel.position;
  const from = start - sel.quote.prefix.length;
  const to = end + sel.quote.suffix.length;
  // Cut with its context (a removed paragraph), and alone (a removed sentence): a twin right next
  // to the passage keeps its own context only in the second case.
  const withContext = `${text.slice(0, from)} ${text.slice(to)}`;
  const alone = `${text.slice(0, start)}${text.slice(end)}`;
  const cuts = [withContext, alone];
  // A twin close by (a headline printed twice in a row) slides into the passage's place when the
  // block holding the passage is removed: everything from the passage up to its twin goes. Only
  // for phrases: a short word recurs within a few lines anywhere.
  const exact = sel.quote.exact;
  if (exact.length < TWIN_PHRASE) return cuts.some((cut) => anchorInText(cut, sel, { ignoreClosedGap: true }) !== null);
  const next = text.indexOf(exact, start + 1);
  if (next !== -1 && next - end <= MAX_CONTEXT) cuts.push(text.slice(0, start) + text.slice(next));
  const previous = start > 0 ? text.lastIndexOf(exact, start - 1) : -1;
  if (previous !== -1 && start - (previous + exact.length) <= MAX_CONTEXT) cuts.push(text.slice(0, previous + exact.length) + text.slice(end));
  return cuts.some((cut) => anchorInText(cut, sel, { ignoreClosedGap: true }) !== null);
}

/**
 * Selectors for `text[start, end)`, with the span's outer whitespace trimmed off. Context is
 * 32 characters a side, grown in steps while the passage has a near-twin on the page, so that
 * the far context can tell them apart.
 */
export function describeText(text: string, start: number, end: number): Selectors {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  // A double-click selection often carries a trailing space; stored, it would tie the highlight
  // to whitespace that a re-wrapped page may not have.
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (s === e) throw new RangeError('Nothing to describe: the range holds no text.');
  let sel = build(text, s, e, CONTEXT_LENGTH);
  for (let context = 2 * CONTEXT_LENGTH; context <= MAX_CONTEXT && ambiguous(text, sel); context += CONTEXT_LENGTH) {
    sel = build(text, s, e, context);
  }
  return sel;
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

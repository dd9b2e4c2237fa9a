/** Highlight anchoring: describe a selection as W3C selectors, find it again on a later visit. */
export { anchor, anchorAll, type Anchored, type AnchorOptions } from './anchor';
export { describeRange, describeText, CONTEXT_LENGTH } from './describe';
export { anchorInText, errorBudget } from './match-quote';
export { buildTextMap, squeeze, type TextMap } from './text-map';
export { textRange } from './text-range';
export type { AnchorMethod, Selectors, TextAnchor, TextPositionSelector, TextQuoteSelector } from './types';

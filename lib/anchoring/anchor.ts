/**
 * Re-anchoring on a live page: the text-level matcher, mapped back to a DOM range. Build the
 * text map once per page and pass it in (`opts.map` or `anchorAll`) when anchoring many
 * highlights; building it is the expensive part.
 */
import { anchorInText } from './match-quote';
import { buildTextMap, type TextMap } from './text-map';
import { textRange } from './text-range';
import type { AnchorMethod, Selectors } from './types';

export interface AnchorOptions {
  /** The page's text map, when the caller already has one for `root`. */
  map?: TextMap;
}

export interface Anchored {
  range: Range;
  method: AnchorMethod;
  score: number;
}

/** The highlight's range on the page now, or null when it cannot be placed with confidence (an orphan). */
export function anchor(root: Node, selectors: Selectors, opts: AnchorOptions = {}): Anchored | null {
  const map = opts.map ?? buildTextMap(root);
  const hit = anchorInText(map.text, selectors);
  if (!hit) return null;
  return { range: textRange(map, root, hit.start, hit.end), method: hit.method, score: hit.score };
}

/** Anchors several highlights over one text map; orphans are null, in input order. */
export function anchorAll(root: Node, all: readonly Selectors[]): (Anchored | null)[] {
  const map = buildTextMap(root);
  return all.map((s) => anchor(root, s, { map }));
}

import type { TextMap } from './text-map';

/** A DOM range over `map.text[start, end)`. */
export function textRange(map: TextMap, root: Node, start: number, end: number): Range {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  const from = map.position(start);
  const to = map.endPosition(end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

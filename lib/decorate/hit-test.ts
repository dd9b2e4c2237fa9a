/**
 * Which decorated range is under the pointer or the caret. Highlights painted with the Custom
 * Highlight API have no elements to hover, so the point is turned into a text position and looked up.
 */
export interface Target<T> {
  range: Range;
  payload: T;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The target holding the text position, if any; the caret must also be inside a rectangle of it. */
export function targetAt<T>(targets: Target<T>[], node: Node, offset: number, x?: number, y?: number): Target<T> | null {
  for (const t of targets) {
    if (!t.range.isPointInRange(node, offset)) continue;
    // caretPositionFromPoint snaps to the nearest text even in margins: confirm the point is on it.
    if (x !== undefined && y !== undefined) {
      const inside = [...t.range.getClientRects()].some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      );
      if (!inside) continue;
    }
    return t;
  }
  return null;
}

/**
 * The target that comes next in the document after the text position `after` (not one the position
 * stands in), or without a position the first from the top of the window down (`inView` tells);
 * after the last, the first, `wrapped`. Null when there is none.
 */
export function nextTarget<T>(
  targets: readonly Target<T>[],
  after: { node: Node; offset: number } | null,
  inView: (t: Target<T>) => boolean,
): { target: Target<T>; wrapped: boolean } | null {
  const ordered = [...targets].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  const next = after ? ordered.find((t) => t.range.comparePoint(after.node, after.offset) < 0) : ordered.find(inView);
  if (next) return { target: next, wrapped: false };
  return ordered[0] ? { target: ordered[0], wrapped: true } : null;
}

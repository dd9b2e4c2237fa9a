/**
 * The page's visible text as one string with a way back to DOM positions. Whitespace runs are
 * squeezed to one space, because extracted article text (and stored quotes) never carries the
 * page's line-wrapping, and text is NFC so it matches what extraction produced.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'TEXTAREA']);

export interface TextMap {
  text: string;
  /** DOM position where the character at `offset` of `text` starts. */
  position(offset: number): { node: Text; offset: number };
  /** DOM position just after the character at `offset - 1`: the end of a range ending at `offset`. */
  endPosition(offset: number): { node: Text; offset: number };
}

interface Piece {
  node: Text;
  /** Offset in `text` of this node's first kept character. */
  start: number;
  /** For each kept character of this node: where it starts and ends in the node's raw data. */
  raw: number[];
  rawEnd: number[];
}

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase())) return 2; /* FILTER_REJECT */
      }
      return 1; /* FILTER_ACCEPT */
    },
  });
  const pieces: Piece[] = [];
  let text = '';
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const piece: Piece = { node, start: text.length, raw: [], rawEnd: [] };
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      // Normalize one grapheme-ish cluster (base + combining marks) at a time to keep the raw map.
      let j = i + 1;
      while (j < data.length && /\p{M}/u.test(data[j]!)) j++;
      const chunk = data.slice(i, j);
      if (/^\s+$/u.test(chunk)) {
        if (!lastWasSpace) {
          text += ' ';
          piece.raw.push(i);
          piece.rawEnd.push(j);
          lastWasSpace = true;
        }
      } else {
        const normalized = chunk.normalize('NFC');
        for (let k = 0; k < normalized.length; k++) {
          piece.raw.push(i);
          piece.rawEnd.push(j);
        }
        text += normalized;
        lastWasSpace = false;
      }
      i = j;
    }
    if (piece.raw.length) pieces.push(piece);
  }

  const pieceAt = (offset: number): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    if (!piece) throw new RangeError('The page has no text.');
    return piece;
  };

  return {
    text,
    position(offset) {
      const piece = pieceAt(offset);
      const local = offset - piece.start;
      if (local < piece.raw.length) return { node: piece.node, offset: piece.raw[local]! };
      return { node: piece.node, offset: piece.node.data.length };
    },
    endPosition(offset) {
      const piece = pieceAt(Math.max(0, offset - 1));
      const local = offset - 1 - piece.start;
      return { node: piece.node, offset: piece.rawEnd[local] ?? piece.node.data.length };
    },
  };
}

/** Squeezes whitespace the same way `buildTextMap` does, for searching. */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

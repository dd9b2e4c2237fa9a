/**
 * The page's visible text as one string with a way back to DOM positions and forth. Whitespace runs
 * are squeezed to one space, because extracted article text (and stored quotes) never carries the
 * page's line-wrapping, and text is NFC so it matches what extraction produced. Block boundaries
 * (paragraphs, list items, <br>) count as one space even when the HTML has no whitespace between
 * them, so the text does not change when a site minifies its markup.
 */

/** Subtrees whose text is never shown as page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'TEXTAREA', 'HEAD', 'TITLE']);

/** Elements that start a new line when rendered, so their edges separate words. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

export interface TextMap {
  text: string;
  /** DOM position where the character at `offset` of `text` starts. */
  position(offset: number): { node: Text; offset: number };
  /** DOM position just after the character at `offset - 1`: the end of a range ending at `offset`. */
  endPosition(offset: number): { node: Text; offset: number };
  /**
   * Offset in `text` of a DOM boundary point (a Range's start or end): the number of text characters
   * before it. A point inside skipped or squeezed-away content maps to the next kept character.
   */
  offsetOf(node: Node, offset: number): number;
}

interface Piece {
  node: Text;
  /** Offset in `text` of this node's first kept character. */
  start: number;
  /** For each kept character of this node: where it starts and ends in the node's raw data. */
  raw: number[];
  rawEnd: number[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The same set as the regex `\s`, so `squeeze` and the map agree on what whitespace is. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The `hidden` attribute is the one cheap, style-free sign that an element is not rendered. */
function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden');
}

export function buildTextMap(root: Node): TextMap {
  const pieces: Piece[] = [];
  const byNode = new Map<Node, Piece>();
  let text = '';
  let lastWasSpace = true;
  // A block edge was crossed since the last kept character: the next word needs a separator.
  let pendingBreak = false;

  const addText = (node: Text): void => {
    const data = node.data;
    const piece: Piece = { node, start: text.length, raw: [], rawEnd: [] };
    // Most nodes are already NFC: map them one code unit to one code unit. NFD nodes (some CMSs
    // emit decomposed Vietnamese) are normalized one base-plus-marks cluster at a time instead.
    const composed = data.normalize('NFC') === data;
    let out = '';
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        if (!lastWasSpace) {
          out += ' ';
          piece.raw.push(i);
          piece.rawEnd.push(i + 1);
          lastWasSpace = true;
        }
        pendingBreak = false;
        i++;
        continue;
      }
      if (pendingBreak && !lastWasSpace && text.length + out.length > 0) {
        // Zero-width in the DOM: it sits just before this node's first kept character.
        out += ' ';
        piece.raw.push(i);
        piece.rawEnd.push(i);
      }
      pendingBreak = false;
      lastWasSpace = false;
      let j = i + 1;
      if (composed) {
        out += data[i];
      } else {
        while (j < data.length && /\p{M}/u.test(data[j]!)) j++;
        const normalized = data.slice(i, j).normalize('NFC');
        out += normalized;
        for (let k = 1; k < normalized.length; k++) {
          piece.raw.push(i);
          piece.rawEnd.push(j);
        }
      }
      piece.raw.push(i);
      piece.rawEnd.push(j);
      i = j;
    }
    text += out;
    if (piece.raw.length) {
      pieces.push(piece);
      byNode.set(node, piece);
    }
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 /* document */ && node.nodeType !== 11 /* fragment */) return;
    let block = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) return;
      block = BLOCK.has(tag);
    }
    if (block) pendingBreak = true;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };
  visit(root);

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

  /** Offset of the first kept character at or after the DOM point (node, offset), in document order. */
  const offsetOf = (node: Node, offset: number): number => {
    const piece = byNode.get(node);
    if (piece) {
      // Kept characters whose raw start lies before the point are before it.
      let lo = 0;
      let hi = piece.raw.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (piece.raw[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return piece.start + lo;
    }
    // An element point is just before its child at `offset`; a text point in an unmapped node
    // (squeezed away, or inside a skipped subtree) is where that node is.
    let next: Node | null = node.nodeType === TEXT_NODE ? node : (node.childNodes[offset] ?? null);
    if (!next) next = following(node, root);
    for (let n: Node | null = next; n; n = nextInOrder(n, root)) {
      const p = byNode.get(n);
      if (p) return p.start;
    }
    return text.length;
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
    offsetOf,
  };
}

/** The node after `node`'s whole subtree in document order, staying inside `root`. */
function following(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function nextInOrder(node: Node, root: Node): Node | null {
  return node.firstChild ?? following(node, root);
}

/** Squeezes whitespace the same way `buildTextMap` does, for searching. */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

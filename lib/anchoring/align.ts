/**
 * Where exactly a fuzzy match starts and ends. Myers search only knows the quote, so when the
 * quote's first or last word changed its edge is ambiguous; aligning the stored context together
 * with the quote's edge pins it to where the context stops.
 */

export interface Boundary {
  /** Offset in the text where the quote's edge falls. */
  at: number;
  /** Edits on the context side of that edge. */
  contextErrors: number;
  /** Edits on the quote side (the quote's first or last characters). */
  edgeErrors: number;
}

const isSpace = (code: number): boolean => code === 32;

/**
 * Aligns `before + after` inside `window` (free text on both ends) and returns the window column
 * where `after` begins. Among equally cheap alignments it prefers a column that looks like the
 * stored edge (a space before it when `before` ends with one), because highlights start and end
 * on word edges: when "ICF" became "sáng", the match must take the whole new word, not "áng".
 */
export function alignSplit(window: string, before: string, after: string): { at: number; errorsBefore: number; errorsAfter: number } {
  const x = before + after;
  const split = before.length;
  const rows = x.length + 1;
  const cols = window.length + 1;
  // Forward: cost of x[0, i) ending at column j, starting anywhere.
  const fwd = new Int32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    const c = x.charCodeAt(i - 1);
    const row = i * cols;
    const up = row - cols;
    fwd[row] = i;
    for (let j = 1; j < cols; j++) {
      const sub = fwd[up + j - 1]! + (c === window.charCodeAt(j - 1) ? 0 : 1);
      const del = fwd[up + j]! + 1;
      const ins = fwd[row + j - 1]! + 1;
      fwd[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  // Backward: cost of x[i, end) starting at column j, ending anywhere. Only rows split.. are needed.
  const back = new Int32Array((rows - split) * cols);
  const b = (i: number, j: number): number => back[(i - split) * cols + j]!;
  for (let i = rows - 2; i >= split; i--) {
    const c = x.charCodeAt(i);
    const row = (i - split) * cols;
    back[row + cols - 1] = rows - 1 - i;
    for (let j = cols - 2; j >= 0; j--) {
      const sub = b(i + 1, j + 1) + (c === window.charCodeAt(j) ? 0 : 1);
      const del = b(i + 1, j) + 1;
      const ins = back[row + j + 1]! + 1;
      back[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  const wantSpace = split > 0 && isSpace(before.charCodeAt(split - 1));
  let best = -1;
  let bestCost = Infinity;
  let bestLike = false;
  for (let j = 0; j < cols; j++) {
    const cost = fwd[split * cols + j]! + b(split, j);
    const prevSpace = j === 0 || isSpace(window.charCodeAt(j - 1));
    const like = (split === 0 || prevSpace === wantSpace) && (j === cols - 1 || !isSpace(window.charCodeAt(j)));
    const better = cost < bestCost || (cost === bestCost && like && !bestLike) || (cost === bestCost && like === bestLike && b(split, j) < b(split, best));
    if (better) {
      best = j;
      bestCost = cost;
      bestLike = like;
    }
  }
  return { at: best, errorsBefore: fwd[split * cols + best]!, errorsAfter: b(split, best) };
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** The quote's start near `near`: where `prefix` ends and `head` (the quote's first characters) begins. */
export function alignStart(text: string, near: number, prefix: string, head: string, radius: number): Boundary {
  const lo = Math.max(0, near - prefix.length - radius);
  const hi = Math.min(text.length, near + head.length + radius);
  const r = alignSplit(text.slice(lo, hi), prefix, head);
  return { at: lo + r.at, contextErrors: r.errorsBefore, edgeErrors: r.errorsAfter };
}

/** The quote's end near `near`: where `tail` (the quote's last characters) ends and `suffix` begins. */
export function alignEnd(text: string, near: number, tail: string, suffix: string, radius: number): Boundary {
  const lo = Math.max(0, near - tail.length - radius);
  const hi = Math.min(text.length, near + suffix.length + radius);
  // Mirrored: the suffix comes "before" the quote's tail when read backwards.
  const r = alignSplit(reverse(text.slice(lo, hi)), reverse(suffix), reverse(tail));
  return { at: hi - r.at, contextErrors: r.errorsBefore, edgeErrors: r.errorsAfter };
}

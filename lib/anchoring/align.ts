/**
 * Where exactly a fuzzy match starts and ends. Myers search only knows the quote, so when the
 * quote's first or last word changed its boundary is ambiguous; aligning the stored context
 * together with the quote's edge pins it to where the context stops.
 */

export interface Boundary {
  /** Offset in the text where the quote's edge falls. */
  at: number;
  /** Edits needed on the context side of that edge (context similarity's numerator). */
  contextErrors: number;
}

/**
 * Aligns `before + after` inside `window` (free text on both ends) and returns the window column
 * where `after` begins. Text inserted between the two halves is counted against `before`, so a
 * word slipped in just outside a highlight does not become part of it.
 */
export function alignSplit(window: string, before: string, after: string): { at: number; errorsBefore: number } {
  const x = before + after;
  const split = before.length;
  const rows = x.length + 1;
  const cols = window.length + 1;
  const d = new Int32Array(rows * cols);
  for (let i = 1; i < rows; i++) d[i * cols] = i;
  for (let i = 1; i < rows; i++) {
    const c = x.charCodeAt(i - 1);
    const row = i * cols;
    const up = row - cols;
    for (let j = 1; j < cols; j++) {
      const sub = d[up + j - 1]! + (c === window.charCodeAt(j - 1) ? 0 : 1);
      const del = d[up + j]! + 1;
      const ins = d[row + j - 1]! + 1;
      d[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  let j = 0;
  const last = (rows - 1) * cols;
  for (let k = 1; k < cols; k++) if (d[last + k]! < d[last + j]!) j = k;
  let i = rows - 1;
  let at = i === split ? j : -1;
  let errorsBefore = 0;
  while (i > 0) {
    const here = d[i * cols + j]!;
    let ni = i;
    let nj = j;
    if (j > 0 && here === d[(i - 1) * cols + j - 1]! + (x.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1)) {
      ni = i - 1;
      nj = j - 1;
    } else if (here === d[(i - 1) * cols + j]! + 1) {
      ni = i - 1;
    } else {
      nj = j - 1;
    }
    if (i <= split) errorsBefore += here - d[ni * cols + nj]!;
    i = ni;
    j = nj;
    if (i === split && at === -1) at = j;
  }
  return { at: at === -1 ? j : at, errorsBefore };
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
  const { at, errorsBefore } = alignSplit(text.slice(lo, hi), prefix, head);
  return { at: lo + at, contextErrors: errorsBefore };
}

/** The quote's end near `near`: where `tail` (the quote's last characters) ends and `suffix` begins. */
export function alignEnd(text: string, near: number, tail: string, suffix: string, radius: number): Boundary {
  const lo = Math.max(0, near - tail.length - radius);
  const hi = Math.min(text.length, near + suffix.length + radius);
  // Mirrored, so text inserted between quote and suffix stays on the suffix side.
  const window = reverse(text.slice(lo, hi));
  const { at, errorsBefore } = alignSplit(window, reverse(suffix), reverse(tail));
  return { at: hi - at, contextErrors: errorsBefore };
}

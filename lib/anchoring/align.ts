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

/** Scratch rows for `alignSplit` and its fallback, grown as needed: it runs twice per fuzzy candidate. */
let rows: Int32Array[] = [];

function scratchRows(length: number): [Int32Array, Int32Array, Int32Array, Int32Array] {
  if (!rows[0] || rows[0].length < length) rows = [0, 1, 2, 3].map(() => new Int32Array(length));
  return rows as [Int32Array, Int32Array, Int32Array, Int32Array];
}

/**
 * Aligns `before + after` inside `window` (free text on both ends) and returns the window column
 * where `after` begins. Among equally cheap alignments it prefers a column that looks like the
 * stored edge (a space before it when `before` ends with one), because highlights start and end
 * on word edges: when "ICF" became "sáng", the match must take the whole new word, not "áng".
 *
 * Only two rows of the full alignment matter: the cost of `before` ending at each column and the
 * cost of `after` starting there.
 */
export function alignSplit(window: string, before: string, after: string): { at: number; errorsBefore: number; errorsAfter: number } {
  const cols = window.length + 1;
  const [fwd, back, t0, t1] = scratchRows(cols);
  edgeCosts(window, before, false, fwd, t0, t1);
  edgeCosts(window, after, true, back, t0, t1);
  const split = before.length;
  const wantSpace = split > 0 && isSpace(before.charCodeAt(split - 1));
  let best = -1;
  let bestCost = Infinity;
  let bestLike = false;
  for (let j = 0; j < cols; j++) {
    const cost = fwd[j]! + back[j]!;
    const prevSpace = j === 0 || isSpace(window.charCodeAt(j - 1));
    const like = (split === 0 || prevSpace === wantSpace) && (j === cols - 1 || !isSpace(window.charCodeAt(j)));
    const better = cost < bestCost || (cost === bestCost && like && !bestLike) || (cost === bestCost && like === bestLike && back[j]! < back[best]!);
    if (better) {
      best = j;
      bestCost = cost;
      bestLike = like;
    }
  }
  return { at: best, errorsBefore: fwd[best]!, errorsAfter: back[best]! };
}

/**
 * For every column j of `window` (0..length), into `out[j]`: the edit distance of `x` against the
 * best run of window text ending at j (or, when `starting`, beginning at j, read right to left).
 * Context and edges are at most 32 characters, one machine word, so Myers' bit-vector algorithm
 * gives the whole row in one pass over the window; longer strings take the plain DP.
 */
function edgeCosts(window: string, x: string, starting: boolean, out: Int32Array, t0: Int32Array, t1: Int32Array): void {
  if (x.length > 32) return edgeCostsDP(window, x, starting, out, t0, t1);
  const n = window.length;
  const m = x.length;
  // The i-th character read (from 1), from the start or, when `starting`, from the end.
  const charAt = (s: string, length: number, i: number): number => s.charCodeAt(starting ? length - i : i - 1);
  const put = (r: number, cost: number): void => {
    out[starting ? n - r : r] = cost;
  };
  // Myers (1999): a bit per character of x, set where x has the window character.
  const peq = new Map<number, number>();
  for (let i = 1; i <= m; i++) {
    const c = charAt(x, m, i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << (i - 1)));
  }
  const last = m > 0 ? 1 << (m - 1) : 0;
  let pv = -1;
  let mv = 0;
  let cost = m;
  put(0, cost);
  for (let r = 1; r <= n; r++) {
    const eq = peq.get(charAt(window, n, r)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) cost++;
    else if (mh & last) cost--;
    // No carry into the first row: the match may start anywhere.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    put(r, cost);
  }
}

/** `edgeCosts` by the textbook DP, two rolling rows. */
function edgeCostsDP(window: string, x: string, starting: boolean, out: Int32Array, a: Int32Array, b: Int32Array): void {
  const n = window.length;
  const m = x.length;
  let prev = a;
  let cur = b;
  prev.fill(0, 0, n + 1);
  for (let i = 1; i <= m; i++) {
    const c = x.charCodeAt(starting ? m - i : i - 1);
    cur[0] = i;
    for (let r = 1; r <= n; r++) {
      const sub = prev[r - 1]! + (c === window.charCodeAt(starting ? n - r : r - 1) ? 0 : 1);
      const del = prev[r]! + 1;
      const ins = cur[r - 1]! + 1;
      cur[r] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  for (let r = 0; r <= n; r++) out[starting ? n - r : r] = prev[r]!;
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

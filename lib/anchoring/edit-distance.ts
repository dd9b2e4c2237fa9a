/**
 * Edit distances (Levenshtein: insertions, deletions, substitutions of UTF-16 code units) for
 * verifying and scoring candidate matches. Both are bounded so their cost stays proportional to
 * the strings involved, never to the page.
 */

/** Below any reachable row, for diagonals not reached yet. */
const UNREACHED = -(1 << 30);

/** Reused rows, grown as needed: these run for every candidate judged. */
const diagonalRows: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
const contextRows: Int32Array[] = [new Int32Array(0), new Int32Array(0)];

function scratch(length: number, pair: Int32Array[]): [Int32Array, Int32Array] {
  if (pair[0]!.length < length) {
    pair[0] = new Int32Array(length);
    pair[1] = new Int32Array(length);
  }
  return [pair[0]!, pair[1]!];
}

/**
 * Distance between `a` and `b`, or `max + 1` when it is larger than `max`. Computed by diagonal
 * (Ukkonen, Landau–Vishkin): for d = 0, 1, … how far along each diagonal d edits reach, sliding
 * over equal characters for free. A corrected quote is a few edits away from its new text, so a
 * 1,000-character quote costs about 1,000 steps plus d² instead of a band of the DP table.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  // No distance exceeds the longer string's length.
  const limit = Math.min(max, Math.max(n, m));
  // cur[k + offset]: the furthest row i of diagonal k (column i + k) that d edits reach; prev: d - 1.
  const offset = limit + 2;
  let [prev, cur] = scratch(2 * limit + 5, diagonalRows);
  prev.fill(UNREACHED, 0, 2 * limit + 5);
  cur.fill(UNREACHED, 0, 2 * limit + 5);
  for (let d = 0; d <= limit; d++) {
    const lo = Math.max(-d, -n);
    const hi = Math.min(d, m);
    for (let k = lo; k <= hi; k++) {
      let i: number;
      if (d === 0) i = 0;
      else {
        const sub = prev[k + offset]! + 1;
        const del = prev[k + 1 + offset]! + 1;
        const ins = prev[k - 1 + offset]!;
        i = sub > del ? sub : del;
        if (ins > i) i = ins;
        // Past either end the move is impossible, but the cell just before it is reached too.
        if (i > n) i = n;
        if (i + k > m) i = m - k;
      }
      while (i < n && i + k < m && a.charCodeAt(i) === b.charCodeAt(i + k)) i++;
      cur[k + offset] = i;
      if (k === m - n && i === n) return d;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return max + 1;
}

/**
 * How far `context` is from the text on one side of `at`: the distance between `context` and the
 * best-matching run of text that touches `at` (ending there for a prefix, starting there for a
 * suffix). The far end is free, so a word inserted in the middle costs its length once instead of
 * also shifting the whole window.
 *
 * With `max`, any answer above it is reported as `max + 1`: only the diagonal band of width
 * 2·max+1 is computed and the search stops once a whole row exceeds it. Judging a candidate that
 * cannot beat one already found then costs a few cells per context character.
 */
export function contextDistance(context: string, text: string, at: number, side: 'before' | 'after', max = Infinity): number {
  const p = context.length;
  if (p === 0) return 0;
  const avail = side === 'before' ? at : text.length - at;
  const width = Math.min(avail, p + Math.max(8, p >> 1));
  // Read both strings outwards from `at`: backwards for a prefix, forwards for a suffix.
  const step = side === 'before' ? -1 : 1;
  const textFrom = side === 'before' ? at - 1 : at;
  const contextFrom = side === 'before' ? p - 1 : 0;
  // The answer is at most p (no text at all), so a larger bound changes nothing.
  const band = Math.max(0, Math.min(max, p));
  const INF = band + 1;
  let [prev, cur] = scratch(width + 2, contextRows);
  for (let j = 0; j <= width; j++) prev[j] = j <= band ? j : INF;
  for (let i = 1; i <= p; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(width, i + band);
    cur[lo - 1] = lo === 1 ? i : INF;
    let rowMin = cur[lo - 1]!;
    const c = context.charCodeAt(contextFrom + step * (i - 1));
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (c === text.charCodeAt(textFrom + step * (j - 1)) ? 0 : 1);
      const del = (j <= i - 1 + band ? prev[j]! : INF) + 1;
      const ins = cur[j - 1]! + 1;
      let v = sub < del ? sub : del;
      if (ins < v) v = ins;
      if (v > INF) v = INF;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < width) cur[hi + 1] = INF;
    if (rowMin > band) return INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = INF;
  for (let j = Math.max(0, p - band); j <= Math.min(width, p + band); j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

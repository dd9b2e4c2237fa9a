/**
 * Edit distances (Levenshtein: insertions, deletions, substitutions of UTF-16 code units) for
 * verifying and scoring candidate matches. Both are bounded so their cost stays proportional to
 * the strings involved, never to the page.
 */

/**
 * Distance between `a` and `b`, or `max + 1` when it is larger than `max`. Only the diagonal band
 * of width 2·max+1 is computed (Ukkonen), so a 1,500-character quote with max 64 costs ~200k cells.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  // A true match is usually a few edits away: try a narrow band first, widen only if needed.
  for (let band = Math.abs(a.length - b.length) + 8; band < max; band *= 4) {
    const d = bandedDistance(a, b, band);
    if (d <= band) return d;
  }
  return bandedDistance(a, b, max);
}

function bandedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const INF = max + 1;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : INF;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[lo - 1] = lo - 1 === 0 ? i : INF;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (j <= i - 1 + max ? prev[j]! : INF) + 1;
      const ins = cur[j - 1]! + 1;
      let v = sub < del ? sub : del;
      if (ins < v) v = ins;
      if (v > INF) v = INF;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = INF;
    if (rowMin > max) return INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m]!, INF);
}

/**
 * How far `context` is from the text on one side of `at`: the distance between `context` and the
 * best-matching run of text that touches `at` (ending there for a prefix, starting there for a
 * suffix). The far end is free, so a word inserted in the middle costs its length once instead of
 * also shifting the whole window.
 */
export function contextDistance(context: string, text: string, at: number, side: 'before' | 'after'): number {
  const p = context.length;
  if (p === 0) return 0;
  const avail = side === 'before' ? at : text.length - at;
  const width = Math.min(avail, p + Math.max(8, p >> 1));
  const charOfText = side === 'before' ? (j: number) => text.charCodeAt(at - 1 - j) : (j: number) => text.charCodeAt(at + j);
  const charOfContext = side === 'before' ? (i: number) => context.charCodeAt(p - 1 - i) : (i: number) => context.charCodeAt(i);
  let prev = new Int32Array(width + 1);
  let cur = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) prev[j] = j;
  for (let i = 1; i <= p; i++) {
    cur[0] = i;
    const c = charOfContext(i - 1);
    for (let j = 1; j <= width; j++) {
      const sub = prev[j - 1]! + (c === charOfText(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = prev[0]!;
  for (let j = 1; j <= width; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

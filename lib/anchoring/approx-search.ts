/**
 * Approximate search over a window of the page text, and a pigeonhole filter that answers "is it
 * anywhere in this range?" without reading the whole range.
 *
 * The search is Myers' bit-vector algorithm, G. Myers, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming", J. ACM 46(3):395–415, 1999, in its block form for
 * patterns longer than a machine word (section 4: 32-bit blocks, Ukkonen's cut-off on the last
 * active block), with the per-block step as H. Hyyrö writes it ("Explaining and extending the
 * bit-parallel approximate string matching algorithm of Myers", 2001). It was written for this
 * project from the paper, in place of the approx-string-match package, which computes the same
 * answer but is slow on Vietnamese text: it looks every text character up in a per-call Map
 * (Vietnamese letters are outside any small table), and finds match starts by slicing and
 * reversing strings. Here a reusable 65,536-slot table maps code units to rows of the pattern's
 * bit masks, and starts are found by running the algorithm backwards over the text in place.
 */
import { findAll } from './text-index';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Bits per block: JavaScript's bitwise operators work on 32-bit integers. */
const W = 32;

/**
 * Code unit → its row in `peq` (1 + its index among the pattern's distinct code units), 0 for
 * code units not in the pattern: set up per search and cleared after it, so no Map lookups.
 * 32-bit rows, as a pattern could hold all 65,536 code units.
 */
const slotOf = new Int32Array(65536);
/**
 * The pattern's match masks (Myers' Peq): `blocks` words per row, one row per distinct code unit
 * (row 0, all zero: code units not in the pattern); then the same rows for the reversed pattern.
 */
let peq = new Int32Array(0);
/** Per block: the vertical delta vectors (+1 and −1 bits) and the score of the block's last row. */
let pvs = new Int32Array(0);
let mvs = new Int32Array(0);
let scores = new Int32Array(0);
/** Columns (counted from the run's start) with the lowest score, from the last collecting run. */
let ends = new Int32Array(64);
let found = 0;
/** The bound at the end of the last run: the lowest score met when collecting. */
let bound = 0;

/** `run` for patterns of at most 32 code units: one word, Myers (1999), section 3. */
function runWord(text: string, m: number, offset: number, read: number, count: number, step: number, k: number, collect: boolean): number {
  const table = peq;
  const slots = slotOf;
  let lastColumn = 0;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let r = 1; r <= count; r++, read += step) {
    const eq = table[offset + slots[text.charCodeAt(read)]!]!;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) {
      lastColumn = r;
      if (collect) k = keep(r, score, k);
    }
  }
  bound = k;
  return lastColumn;
}

/**
 * Myers' search over `count` characters of `text` from `at`, forwards (`step` 1) or backwards
 * (`step` −1: text[at − 1], text[at − 2], ...), with the pattern masks at `offset` in `peq`; the
 * first row is all zero, so a match may begin at any column. Returns the last column (1..count)
 * whose last-row score is at most `k`, or 0. When `collect`, the bound falls to the lowest such
 * score met so far (left in `bound`), and the columns scoring it are kept in `ends` (`found` of
 * them): cells above the bound need not be exact, and Ukkonen's cut-off skips them.
 */
function run(text: string, m: number, blocks: number, offset: number, at: number, count: number, step: number, k: number, collect: boolean): number {
  let read = step > 0 ? at : at - 1;
  if (blocks === 1) return runWord(text, m, offset, read, count, step, k, collect);
  // Blocks of 32 rows (Myers 1999, section 4): each step takes the horizontal delta entering its
  // first row from the block above and passes on the one leaving its last row.
  const table = peq;
  const slots = slotOf;
  let lastColumn = 0;
  const P = pvs;
  const M = mvs;
  const S = scores;
  const lastBlock = blocks - 1;
  const lastWidth = m - lastBlock * W;
  // Column 0: D[i][0] = i, all vertical deltas +1; the blocks holding a row ≤ k are active.
  let y = Math.min(lastBlock, Math.max(0, Math.ceil(k / W) - 1));
  for (let b = 0; b <= y; b++) {
    P[b] = -1;
    M[b] = 0;
    S[b] = b === lastBlock ? m : (b + 1) * W;
  }
  const lastShift = (m - 1) & (W - 1);
  for (let r = 1; r <= count; r++, read += step) {
    const row = offset + slots[text.charCodeAt(read)]! * blocks;
    // The horizontal delta entering the block's first row, as two bits: +1 (hp) and −1 (hm).
    let hp = 0;
    let hm = 0;
    // Blocks 0..y, then possibly y + 1 (which starts from all +1 vertical deltas below block y).
    let top = y;
    for (let b = 0; ; b++) {
      const pv = P[b]!;
      const mv = M[b]!;
      const eq = table[row + b]!;
      const xv = eq | mv;
      const eh = eq | hm;
      const xh = (((eh & pv) + pv) ^ pv) | eh;
      const ph = mv | ~(xh | pv);
      const mh = pv & xh;
      const shift = b === lastBlock ? lastShift : W - 1;
      const outP = (ph >>> shift) & 1;
      const outM = (mh >>> shift) & 1;
      const phs = (ph << 1) | hp;
      const mhs = (mh << 1) | hm;
      P[b] = mhs | ~(xv | phs);
      M[b] = phs & xv;
      const s = S[b]! + outP - outM;
      S[b] = s;
      hp = outP;
      hm = outM;
      if (b < top) continue;
      // Ukkonen's cut-off: the next block joins when its first row can be within k in this
      // column, i.e. the last row of block b was within k in the previous column and it is reached
      // by a match or a falling horizontal delta.
      if (b === y && b < lastBlock && s - outP + outM <= k && (table[row + b + 1]! & 1 || outM)) {
        top = b + 1;
        P[top] = -1;
        M[top] = 0;
        S[top] = s - outP + outM + (top === lastBlock ? lastWidth : W);
        continue;
      }
      break;
    }
    if (top > y) y = top;
    // Trailing blocks with no row within k leave.
    else while (y > 0 && S[y]! >= k + W) y--;
    if (y === lastBlock && S[y]! <= k) {
      lastColumn = r;
      if (collect) k = keep(r, S[y]!, k);
    }
  }
  bound = k;
  return lastColumn;
}

/** Keeps column `r` with `score` ≤ `k` among the lowest-score ends; returns the new bound. */
function keep(r: number, score: number, k: number): number {
  if (score < k) found = 0;
  if (found === ends.length) {
    const grown = new Int32Array(2 * ends.length);
    grown.set(ends);
    ends = grown;
  }
  ends[found++] = r;
  return score;
}

/**
 * The lowest-error approximate matches of `pattern` in `text[from, to)` with at most `maxErrors`
 * errors (Levenshtein distance over UTF-16 code units), in absolute offsets, as approx-string-match
 * reports them: k = the lowest error count of the pattern ending anywhere in the window, then one
 * match per end where it ends with k errors, in order. Each start is where the backward search
 * from that end (the reversed pattern, over at most m + k characters) last scores k: the smallest
 * start, within that reach, of a k-error occurrence ending at or before the end.
 */
export function searchIn(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): Match[] {
  const m = pattern.length;
  if (m === 0) return [];
  from = Math.min(Math.max(0, from), text.length);
  to = Math.max(from, Math.min(to, text.length));
  const k = Math.min(Math.floor(maxErrors), m);
  if (!(k >= 0)) return [];
  const blocks = Math.ceil(m / W);
  try {
    // Pattern masks, forwards and reversed, one row per distinct code unit.
    let rows = 1;
    for (let i = 0; i < m; i++) {
      const c = pattern.charCodeAt(i);
      if (slotOf[c] === 0) slotOf[c] = rows++;
    }
    const half = rows * blocks;
    if (peq.length < 2 * half) peq = new Int32Array(Math.max(2 * half, 2 * peq.length));
    peq.fill(0, 0, 2 * half);
    for (let i = 0; i < m; i++) {
      const row = slotOf[pattern.charCodeAt(i)]! * blocks;
      const ri = m - 1 - i;
      peq[row + (i >> 5)] = peq[row + (i >> 5)]! | (1 << (i & (W - 1)));
      peq[half + row + (ri >> 5)] = peq[half + row + (ri >> 5)]! | (1 << (ri & (W - 1)));
    }
    if (pvs.length < blocks) {
      pvs = new Int32Array(blocks);
      mvs = new Int32Array(blocks);
      scores = new Int32Array(blocks);
    }

    // Forwards over the window: the ends with the lowest score, the bound falling as lower
    // scores turn up.
    found = 0;
    run(text, m, blocks, 0, from, to - from, 1, k, true);
    const best = bound;
    const count = found;
    const out: Match[] = new Array(count);
    for (let e = 0; e < count; e++) out[e] = { start: 0, end: from + ends[e]!, errors: best };
    // Backwards from each end with the reversed pattern, in place, over at most m + k characters
    // of the window: the farthest column where it scores k is the start.
    for (const match of out) {
      const reach = Math.min(match.end - from, m + best);
      match.start = match.end - run(text, m, blocks, half, match.end, reach, -1, best, false);
    }
    return out;
  } finally {
    for (let i = 0; i < m; i++) slotOf[pattern.charCodeAt(i)] = 0;
  }
}

/** Below this piece length the pigeonhole filter finds too many places to help. */
const MIN_PIECE = 6;
/** Beyond this many places to verify, one search of the whole range is cheaper. */
const MAX_PLACES = 32;

/**
 * Whether `pattern` occurs in `text[from, to)` with at most `maxErrors` errors; the same answer as
 * `searchIn(...).length > 0`, found without reading the whole range when it is long. Cut into
 * maxErrors + 1 pieces, any such occurrence contains one piece unchanged (pigeonhole), at most
 * maxErrors characters away from where that piece sits in the pattern: only the places around
 * exact occurrences of the pieces are searched.
 */
export function occursWithin(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): boolean {
  const m = pattern.length;
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(m / pieces);
  if (maxErrors < 0 || pieceLength < MIN_PIECE) return searchIn(text, pattern, maxErrors, from, to).length > 0;
  const places: [number, number][] = [];
  for (let i = 0; i < pieces; i++) {
    const offset = i * pieceLength;
    const piece = pattern.slice(offset, i === pieces - 1 ? m : offset + pieceLength);
    for (const at of findAll(text, piece, MAX_PLACES + 1 - places.length, from, to)) {
      places.push([Math.max(from, at - offset - maxErrors), Math.min(to, at - offset + m + maxErrors)]);
    }
    if (places.length > MAX_PLACES) return searchIn(text, pattern, maxErrors, from, to).length > 0;
  }
  // Overlapping places are searched as one.
  places.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < places.length; ) {
    const lo = places[i]![0];
    let hi = places[i]![1];
    for (i++; i < places.length && places[i]![0] <= hi; i++) hi = Math.max(hi, places[i]![1]);
    if (searchIn(text, pattern, maxErrors, lo, hi).length > 0) return true;
  }
  return false;
}

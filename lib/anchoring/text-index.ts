/**
 * Exact substring search for re-anchoring, with an index of the page text. Re-anchoring a page's
 * highlights looks up every quote, context probe and seam piece in the same text: thousands of
 * indexOf scans of the whole page for a few hundred highlights, most of the time of a pass where
 * nothing moved far. Once the same text has been scanned often enough, where each 4-character
 * sequence occurs is indexed, and a needle is then only compared where its rarest 4 characters
 * occur. Answers are the same either way.
 */

/** Characters per indexed sequence. */
const Q = 4;
/**
 * Scans of one text before it is indexed. Building runs once per text, so mostly as cold code: it
 * then costs as much as several hundred scans. Only passes over hundreds of highlights get an index.
 */
const INDEX_AFTER = 1_000;
/** Offsets of a long needle tried when looking for its rarest sequence. */
const MAX_OFFSETS = 64;
/** Polynomial hash base; B³ for rolling the hash along the text. */
const B = 65599;
const B3 = Math.imul(Math.imul(B, B), B);

interface TextIndex {
  text: string;
  /** Bucket of a hash: its top `bits` bits. */
  bits: number;
  /** Positions of the sequences, grouped by bucket, ascending within each. */
  positions: Int32Array;
  /** Where each bucket's positions begin in `positions` (one entry more than buckets). */
  starts: Int32Array;
}

let index: TextIndex | null = null;
let scans = { text: '', count: 0 };

/** Hash of the Q characters of `s` at `at`; the text's are rolled, the same value. */
function hashAt(s: string, at: number): number {
  let h = 0;
  for (let i = 0; i < Q; i++) h = (Math.imul(h, B) + s.charCodeAt(at + i)) | 0;
  return h;
}

const bucketOf = (hash: number, bits: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - bits);

function build(text: string): TextIndex {
  const n = Math.max(0, text.length - Q + 1);
  // About two positions per bucket: few to compare, and a table no larger than the text.
  const bits = Math.min(16, Math.max(10, Math.ceil(Math.log2(n + 1)) - 1));
  const buckets = new Int32Array(n);
  const starts = new Int32Array((1 << bits) + 1);
  let h = n > 0 ? hashAt(text, 0) : 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), B3), B) + text.charCodeAt(i + Q - 1)) | 0;
    const b = bucketOf(h, bits);
    buckets[i] = b;
    starts[b + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  // Counting sort: `starts` serves as each bucket's cursor, then moves back one bucket.
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[starts[buckets[i]!]!++] = i;
  starts.copyWithin(1, 0, starts.length - 1);
  starts[0] = 0;
  return { text, bits, positions, starts };
}

/** The index of `text`, built on its INDEX_AFTER-th scan; null before that. */
function indexFor(text: string): TextIndex | null {
  if (index?.text === text) return index;
  if (scans.text !== text) scans = { text, count: 0 };
  if (++scans.count < INDEX_AFTER) return null;
  index = build(text);
  return index;
}

/**
 * Where `needle` occurs inside `text[from, to)`, ascending, at most `limit` places (the first
 * ones). Overlapping occurrences count, as with repeated indexOf(needle, at + 1).
 */
export function findAll(text: string, needle: string, limit: number, from = 0, to = text.length): number[] {
  const found: number[] = [];
  from = Math.max(0, from);
  const last = Math.min(to, text.length) - needle.length;
  if (!needle || limit <= 0 || from > last) return found;
  const idx = needle.length >= Q ? indexFor(text) : null;
  if (!idx) {
    for (let at = text.indexOf(needle, from); at !== -1 && at <= last && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  // The needle's rarest sequence: every occurrence has it at the same offset.
  const { positions, starts, bits } = idx;
  let offset = 0;
  let b = bucketOf(hashAt(needle, 0), bits);
  for (let o = 1; o <= Math.min(needle.length - Q, MAX_OFFSETS); o++) {
    const c = bucketOf(hashAt(needle, o), bits);
    if (starts[c + 1]! - starts[c]! < starts[b + 1]! - starts[b]!) {
      offset = o;
      b = c;
    }
  }
  for (let k = firstAtLeast(positions, starts[b]!, starts[b + 1]!, from + offset); k < starts[b + 1]!; k++) {
    const at = positions[k]! - offset;
    if (at > last || found.length >= limit) break;
    if (text.startsWith(needle, at)) found.push(at);
  }
  return found;
}

/** First index in `a[lo, hi)` (ascending) whose value is at least `value`. */
function firstAtLeast(a: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First occurrence of `needle` in `text` at or after `from`, or -1. */
export function firstAt(text: string, needle: string, from = 0): number {
  return findAll(text, needle, 1, from)[0] ?? -1;
}

/**
 * The re-anchoring fast paths must give exactly the answers of the plain algorithms they replace:
 * each is compared with a reference on seeded random inputs (Vietnamese text with edits, and
 * small alphabets that make ties and repeats common).
 */
import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { alignSplit } from '../../lib/anchoring/align';
import { boundedDistance, contextDistance } from '../../lib/anchoring/edit-distance';
import { occursWithin, searchIn } from '../../lib/anchoring/approx-search';
import { findAll } from '../../lib/anchoring/text-index';
import { int, mulberry32, SAMPLE_SENTENCES, type Rng } from '../library/gen';

const PAGE = Array.from({ length: 6 }, () => SAMPLE_SENTENCES.join(' ')).join(' ');

/** Deletions, insertions and tone-mark swaps, about `rate` of the characters. */
function edit(rng: Rng, s: string, rate: number): string {
  let out = '';
  for (const ch of s) {
    const r = rng();
    if (r < rate / 3) continue;
    else if (r < (2 * rate) / 3) out += 'ạ' + ch;
    else if (r < rate) out += 'ả';
    else out += ch;
  }
  return out;
}

function excerpt(rng: Rng, maxLength: number): string {
  const at = int(rng, 0, PAGE.length - 1);
  return PAGE.slice(at, at + int(rng, 0, maxLength));
}

function small(rng: Rng, alphabet: string, maxLength: number): string {
  return Array.from({ length: int(rng, 0, maxLength) }, () => alphabet[int(rng, 0, alphabet.length - 1)]).join('');
}

/** Levenshtein distance by the full table. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return prev[b.length]!;
}

describe('searchIn (Myers search)', () => {
  it('returns what approx-string-match returns', () => {
    const rng = mulberry32(1);
    for (let t = 0; t < 1500; t++) {
      const pattern = t % 2 ? small(rng, 'ab ạ', 80) : edit(rng, excerpt(rng, 200), 0.1);
      const text = t % 2 ? small(rng, 'ab ạ', 300) : excerpt(rng, 600);
      const maxErrors = int(rng, 0, pattern.length);
      const pad = 'x'.repeat(int(rng, 0, 3));
      const expected = search(text, pattern, maxErrors).map((r) => ({ start: r.start + pad.length, end: r.end + pad.length, errors: r.errors }));
      expect(searchIn(pad + text + pad, pattern, maxErrors, pad.length, pad.length + text.length)).toEqual(expected);
    }
  });

  it('agrees on long patterns (several 32-bit blocks) and windows of a longer text', () => {
    const rng = mulberry32(7);
    for (let t = 0; t < 600; t++) {
      let pattern: string;
      let text: string;
      if (t % 3 === 2) {
        // Lengths around block edges, and a small alphabet for ties and repeats.
        pattern = small(rng, 'ab ạ', [31, 32, 33, 63, 64, 65, 97, 130][t % 8]!);
        text = small(rng, 'ab ạ', 1_500);
      } else {
        pattern = edit(rng, excerpt(rng, t % 3 ? 700 : 120), rng() * 0.15);
        text = PAGE.slice(0, int(rng, 0, PAGE.length));
      }
      const maxErrors = int(rng, 0, 20);
      const from = int(rng, 0, text.length);
      const to = rng() < 0.2 ? text.length + 5 : int(rng, from, text.length);
      const expected = search(text.slice(from, to), pattern, maxErrors).map((r) => ({ start: r.start + from, end: r.end + from, errors: r.errors }));
      expect(searchIn(text, pattern, maxErrors, from, to)).toEqual(expected);
    }
  });

  it('answers occursWithin like a full search of the range', () => {
    const rng = mulberry32(2);
    for (let t = 0; t < 1500; t++) {
      const at = int(rng, 0, PAGE.length - 80);
      const pattern = edit(rng, PAGE.slice(at, at + int(rng, 10, 80)), 0.1);
      const maxErrors = int(rng, 0, 9);
      const from = int(rng, 0, PAGE.length);
      const to = int(rng, from, PAGE.length);
      expect(occursWithin(PAGE, pattern, maxErrors, from, to)).toBe(searchIn(PAGE, pattern, maxErrors, from, to).length > 0);
    }
  });
});

describe('findAll', () => {
  it('finds what repeated indexOf finds, before and after the text is indexed', () => {
    const rng = mulberry32(3);
    for (const text of [PAGE, 'ab'.repeat(500) + 'a'.repeat(50)]) {
      for (let t = 0; t < 1_600; t++) {
        // The text gets its index after a thousand searches; compare on both sides of that.
        if (t === 300) for (let i = 0; i < 1_000; i++) findAll(text, 'zzzz', 1);
        let needle = t % 3 ? excerpt(rng, 20) : small(rng, 'ab', 6);
        const limit = [1, 3, 5_000][int(rng, 0, 2)]!;
        let from = t % 2 ? 0 : int(rng, 0, text.length);
        let to = t % 4 < 2 ? text.length : int(rng, from, text.length);
        if (t % 5 === 0) {
          // An occurrence touching both ends of the range.
          from = int(rng, 0, text.length - 8);
          needle = text.slice(from, from + int(rng, 1, 8));
          to = from + needle.length;
        }
        const expected: number[] = [];
        if (needle) {
          for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to && expected.length < limit; at = text.indexOf(needle, at + 1)) expected.push(at);
        }
        expect(findAll(text, needle, limit, from, to)).toEqual(expected);
      }
    }
  });
});

describe('edit distances', () => {
  it('boundedDistance is the Levenshtein distance, or max + 1 above max', () => {
    const rng = mulberry32(4);
    for (let t = 0; t < 1500; t++) {
      const a = t % 2 ? small(rng, 'abc', 25) : excerpt(rng, 120);
      const b = rng() < 0.3 ? (t % 2 ? small(rng, 'abc', 25) : excerpt(rng, 120)) : edit(rng, a, rng() * 0.3);
      const max = int(rng, 0, Math.max(a.length, b.length) + 2);
      const d = levenshtein(a, b);
      expect(boundedDistance(a, b, max)).toBe(d <= max ? d : max + 1);
    }
  });

  it('contextDistance with a bound agrees with the unbounded one up to the bound', () => {
    const rng = mulberry32(5);
    for (let t = 0; t < 1500; t++) {
      const context = edit(rng, excerpt(rng, 40), 0.2);
      const at = int(rng, 0, PAGE.length);
      const side = rng() < 0.5 ? 'before' : 'after';
      const full = contextDistance(context, PAGE, at, side);
      const max = int(rng, 0, 40);
      const bounded = contextDistance(context, PAGE, at, side, max);
      if (full <= max) expect(bounded).toBe(full);
      else expect(bounded).toBeGreaterThan(max);
    }
  });
});

/** alignSplit by the full tables, as it was first written. */
function alignSplitByTable(window: string, before: string, after: string): { at: number; errorsBefore: number; errorsAfter: number } {
  const x = before + after;
  const split = before.length;
  const cols = window.length + 1;
  const fwd: number[][] = [Array<number>(cols).fill(0)];
  for (let i = 1; i <= x.length; i++) {
    fwd[i] = [i];
    for (let j = 1; j < cols; j++) fwd[i]![j] = Math.min(fwd[i - 1]![j - 1]! + (x[i - 1] === window[j - 1] ? 0 : 1), fwd[i - 1]![j]! + 1, fwd[i]![j - 1]! + 1);
  }
  const back: number[][] = [];
  back[x.length] = Array<number>(cols).fill(0);
  for (let i = x.length - 1; i >= split; i--) {
    back[i] = [];
    back[i]![cols - 1] = x.length - i;
    for (let j = cols - 2; j >= 0; j--) back[i]![j] = Math.min(back[i + 1]![j + 1]! + (x[i] === window[j] ? 0 : 1), back[i + 1]![j]! + 1, back[i]![j + 1]! + 1);
  }
  const f = fwd[split]!;
  const b = back[split]!;
  const wantSpace = split > 0 && before[split - 1] === ' ';
  let best = -1;
  let bestCost = Infinity;
  let bestLike = false;
  for (let j = 0; j < cols; j++) {
    const cost = f[j]! + b[j]!;
    const like = (split === 0 || (j === 0 || window[j - 1] === ' ') === wantSpace) && (j === cols - 1 || window[j] !== ' ');
    if (cost < bestCost || (cost === bestCost && like && !bestLike) || (cost === bestCost && like === bestLike && b[j]! < b[best]!)) {
      best = j;
      bestCost = cost;
      bestLike = like;
    }
  }
  return { at: best, errorsBefore: f[best]!, errorsAfter: b[best]! };
}

describe('alignSplit', () => {
  it('picks the column the full alignment tables pick', () => {
    const rng = mulberry32(6);
    for (let t = 0; t < 1500; t++) {
      const text = t % 3 ? PAGE : small(rng, 'ab ', 200);
      const at = int(rng, 0, text.length - 1);
      const window = text.slice(Math.max(0, at - int(rng, 0, 80)), at + int(rng, 0, 80));
      // Up to 40 characters: past 32 the bit-vector rows give way to the table.
      const before = edit(rng, text.slice(Math.max(0, at - int(rng, 0, 40)), at), 0.15);
      const after = edit(rng, text.slice(at, at + int(rng, 0, 40)), 0.15);
      expect(alignSplit(window, before, after)).toEqual(alignSplitByTable(window, before, after));
    }
  });
});

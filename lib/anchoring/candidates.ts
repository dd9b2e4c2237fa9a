/**
 * Places where a quote might now be, found by Myers bit-parallel approximate search (approx-search.ts).
 * That search reports only the lowest-error matches, so on its own a corrected quote is hidden by
 * any untouched copy of it elsewhere on the page; searching again in small windows where the old
 * position and the stored context point finds it anyway.
 */
import { boundedDistance } from './edit-distance';
import { searchIn } from './approx-search';
import { findAll, firstAt } from './text-index';

export interface Span {
  start: number;
  end: number;
  errors: number;
}

/** Beyond this length a quote's head and tail are searched on their own, then verified. */
export const LONG_QUOTE = 128;
const HEAD = 64;
/** Window positions tried per kind of clue, nearest the old position first. */
const PER_CLUE = 4;

function occurrences(text: string, needle: string, near: number, limit: number): number[] {
  if (!needle) return [];
  return nearest(allOccurrences(text, needle), (x) => x, near, limit);
}

/** Most occurrences of a probe looked at. */
const MAX_OCCURRENCES = 10_000;
/** Length of the short context probes; longer probes are found among their ends' occurrences. */
const PROBE = 16;
/** Occurrences found in the last page text searched. */
const memo = { text: '', found: new Map<string, number[]>() };

/**
 * Every place `needle` starts (the first 10,000), in page order. Scanning the page is most of the
 * cost of a probe, and one highlight's slot and window searches look up the same probes, so the
 * answers for the last page are kept; a longer probe is looked for only where its first or last
 * 16 characters, already looked up, occur.
 */
function allOccurrences(text: string, needle: string): number[] {
  if (text !== memo.text || memo.found.size >= 256) {
    memo.text = text;
    memo.found.clear();
  }
  let found = memo.found.get(needle);
  if (!found) {
    found = amongEnds(text, needle) ?? findAll(text, needle, MAX_OCCURRENCES);
    memo.found.set(needle, found);
  }
  return found;
}

function amongEnds(text: string, needle: string): number[] | null {
  if (needle.length <= PROBE) return null;
  for (const offset of [0, needle.length - PROBE]) {
    const ends = memo.found.get(needle.slice(offset, offset + PROBE));
    // A capped list may miss some; the full needle is then scanned for.
    if (ends && ends.length < MAX_OCCURRENCES) return ends.map((at) => at - offset).filter((at) => at >= 0 && text.startsWith(needle, at));
  }
  return null;
}

function nearest<T>(items: T[], at: (item: T) => number, near: number, limit: number): T[] {
  // A copy either way: the caller may keep or change it, and `items` may be a memo.
  if (items.length <= limit) return [...items];
  return [...items].sort((a, b) => Math.abs(at(a) - near) - Math.abs(at(b) - near)).slice(0, limit);
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Largest seed distance worth computing to tighten a window search (see `windowSearch`). */
const SEED_ERRORS = 32;

/**
 * The lowest-error matches in `text[from, to)`, where the quote is expected to start at one of
 * `seeds`. Myers reports only the window's lowest error count, so the quote's distance to the text
 * at a seed bounds the search without changing its answer; a tight bound spares it tracking up to
 * k errors along the whole window (k is a quarter of the quote: 250 for a 1,000-character one).
 */
function windowSearch(text: string, exact: string, maxErrors: number, from: number, to: number, seeds: number[], out: Span[]): void {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo < exact.length - maxErrors) return;
  let bound = maxErrors;
  for (const seed of seeds) {
    const start = Math.max(lo, seed);
    const end = Math.min(hi, seed + exact.length);
    const cap = Math.min(bound, SEED_ERRORS);
    const d = start < end ? boundedDistance(exact, text.slice(start, end), cap) : cap + 1;
    if (d <= cap) bound = d;
  }
  for (const r of searchIn(text, exact, bound, lo, hi)) out.push(r);
}

/**
 * Matches in small windows where the old position and the surviving context say the quote should
 * start. Cheap, and usually enough: most edits move a passage a little, not far.
 */
export function localCandidates(text: string, exact: string, prefix: string, suffix: string, hint: number, maxErrors: number): Span[] {
  const m = exact.length;
  const out: Span[] = [];
  const slack = maxErrors + 16;
  const seeds = new Set<number>([hint]);
  // Short probes first: the whole context is then looked for only where they occur.
  for (const probe of new Set([prefix.slice(-PROBE), prefix])) {
    for (const at of occurrences(text, probe, hint, PER_CLUE)) seeds.add(at + probe.length);
  }
  for (const probe of new Set([suffix.slice(0, PROBE), suffix])) {
    for (const at of occurrences(text, probe, hint + m, PER_CLUE)) seeds.add(at - m);
  }
  // Seeds usually agree; overlapping windows are searched as one.
  const sorted = [...seeds].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    const group = [sorted[i]!];
    const from = sorted[i]! - slack;
    let to = sorted[i]! + m + slack;
    for (i++; i < sorted.length && sorted[i]! - slack <= to; i++) {
      group.push(sorted[i]!);
      to = sorted[i]! + m + slack;
    }
    windowSearch(text, exact, maxErrors, from, to, group, out);
  }
  return dedupe(out);
}

/** Matches anywhere on the page, for passages that moved far or lost their context. */
export function globalCandidates(text: string, exact: string, hint: number, maxErrors: number): Span[] {
  const m = exact.length;
  const out: Span[] = [];
  const slack = maxErrors + 16;
  if (m <= LONG_QUOTE) {
    for (const r of nearest(searchIn(text, exact, maxErrors), (s) => s.start, hint, 32)) out.push(r);
    return dedupe(out);
  }
  // A long quote's ends are distinctive on their own; the whole quote is then checked in a
  // window the size of the quote, which keeps 3-paragraph highlights fast.
  const edgeErrors = HEAD >> 2;
  const heads = nearest(searchIn(text, exact.slice(0, HEAD), edgeErrors), (s) => s.start, hint, 8);
  const tails = nearest(searchIn(text, exact.slice(-HEAD), edgeErrors), (s) => s.end, hint + m, 8);
  for (const h of heads) windowSearch(text, exact, maxErrors, h.start - slack, h.start + m + slack, [h.start], out);
  for (const t of tails) windowSearch(text, exact, maxErrors, t.end - m - slack, t.end + slack, [t.end - m], out);
  // A head and a tail a quote's length apart, even when the middle changed too much for the
  // window search to report its lowest-cost match there.
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (length >= m - maxErrors && length <= m + maxErrors) out.push({ start: h.start, end: t.end, errors: h.errors + t.errors });
    }
  }
  return dedupe(out);
}

/**
 * Gaps between a surviving prefix and a surviving suffix that are about the quote's size: the
 * quote's place even when its words were corrected beyond the error budget (a two-letter fix in
 * a three-letter word). Judged with a larger budget, and only when both contexts are intact.
 */
export function slotCandidates(text: string, prefix: string, suffix: string, m: number, hint: number): Span[] {
  const p = prefix.slice(-PROBE);
  const s = suffix.slice(0, PROBE);
  if (p.trim().length < 4 || s.trim().length < 4) return [];
  const out: Span[] = [];
  const slack = Math.max(4, m >> 1);
  for (const at of occurrences(text, p, hint, PER_CLUE)) {
    const from = at + p.length;
    const next = firstAt(text, s, Math.max(from + 1, from + m - slack));
    if (next === -1 || next > from + m + slack) continue;
    let start = from;
    let end = next;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) out.push({ start, end, errors: -1 });
  }
  return out;
}

/**
 * Re-anchoring at the text level: where a stored highlight is in the page's text now, or null.
 * In order: the old position (quote still there, context agrees), the exact quote (best context,
 * then nearest the old position), then approximate matches. Every candidate is judged on quote,
 * prefix and suffix together and rejected below a threshold: an orphaned highlight can be listed
 * and re-attached by hand, a highlight painted on the wrong words misleads silently.
 */
import { alignEnd, alignStart } from './align';
import { globalCandidates, localCandidates, slotCandidates, type Span } from './candidates';
import { boundedDistance, contextDistance } from './edit-distance';
import { occursWithin } from './approx-search';
import { findAll, firstAt } from './text-index';
import type { Selectors, TextAnchor } from './types';

/** Context characters next to the quote that every match is judged on. Stored context beyond
 * this ("far" context) exists only when the page repeats the passage; see describe.ts. */
export const NEAR_CONTEXT = 32;
/** Longest context describe.ts stores; reaching it marks a passage as repeated on the page. */
export const MAX_CONTEXT = 5 * NEAR_CONTEXT;
/** Quote characters used to pin a fuzzy match's edges. */
const EDGE = 32;
/** Fuzzy candidates judged per highlight, fewest errors and nearest the old position first. */
const MAX_FUZZY = 24;

/** Share of quote + near-context characters that must agree. */
const MIN_AGREEMENT = 0.6;
/** Share of near-context characters that must agree. Unrelated text of the same language agrees
 * on roughly 30–45%, one side fully replaced (a neighbouring box removed) leaves about 65%. */
const MIN_CONTEXT = 0.55;
/** Far context, where stored, must agree this much on at least one side. */
const MIN_FAR = 0.6;
/** An exact quote this long identifies its place without context; a fuzzy one must be longer. */
const SELF_EVIDENT_EXACT = 64;
const SELF_EVIDENT_FUZZY = 256;
/** Context errors allowed on each side for a "slot" match (see `slotCandidates`). */
const SLOT_CONTEXT_ERRORS = 0.1;

/** Characters compared when checking whether a candidate used to be part of the context. */
const SLID_PROBE = 8;
/** How far from the old position a cut's seam (prefix touching suffix) is looked for. */
const SEAM_WINDOW = 4096;

/** Errors allowed in a quote: a quarter of it (so a word under four letters may not change). */
export function errorBudget(length: number): number {
  return Math.floor(length / 4);
}

export interface Query {
  exact: string;
  prefix: string;
  suffix: string;
  nearPrefix: string;
  nearSuffix: string;
  /** Old start, or -1. */
  start: number;
}

const inner = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ');

/** Stored selectors may come from other tools or older text maps: match on the page's form. */
export function toQuery(selectors: Selectors): Query {
  const prefix = inner(selectors.quote.prefix ?? '');
  const suffix = inner(selectors.quote.suffix ?? '');
  return {
    exact: inner(selectors.quote.exact).trim(),
    prefix,
    suffix,
    nearPrefix: prefix.slice(-NEAR_CONTEXT),
    nearSuffix: suffix.slice(0, NEAR_CONTEXT),
    start: selectors.position?.start ?? -1,
  };
}

interface Judged {
  start: number;
  end: number;
  score: number;
  rank: number;
  accepted: boolean;
}

type Kind = 'exact' | 'fuzzy' | 'slot';

/** 1 at the old position (or mid-page without one), falling to 0 a page's length away. */
function nearness(q: Query, text: string, start: number): number {
  const hint = q.start >= 0 ? q.start : text.length / 2;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

/**
 * Most errors (quote and near context together) that a candidate starting at `start` may have and
 * still be accepted with a rank of at least `floor`. One more than the exact figure, so that
 * rounding never drops a candidate that could win: the real test is still judge's own.
 */
function errorsToReach(q: Query, text: string, start: number, floor: number): number {
  const length = q.exact.length + q.nearPrefix.length + q.nearSuffix.length;
  // rank = agreement + 0.1·far + 0.02·nearness, and far (at most 1) only where far context is stored.
  const hasFar = q.prefix.length > q.nearPrefix.length || q.suffix.length > q.nearSuffix.length;
  const agreement = Math.max(MIN_AGREEMENT, floor - (hasFar ? 0.1 : 0) - 0.02 * nearness(q, text, start));
  return Math.floor((1 - agreement) * length) + 1;
}

/**
 * The candidate's agreement, rank and verdict; null when it cannot be accepted with a rank of at
 * least `floor` (the best so far), which is found out from the near context's first characters
 * for most candidates that lose.
 */
function judge(q: Query, text: string, start: number, end: number, quoteErrors: number, kind: Kind, floor = -Infinity): Judged | null {
  const m = q.exact.length;
  const before = (ctx: string, max?: number): number => (text.endsWith(ctx, start) ? 0 : contextDistance(ctx, text, start, 'before', max));
  const after = (ctx: string, max?: number): number => (text.startsWith(ctx, end) ? 0 : contextDistance(ctx, text, end, 'after', max));
  const nearLength = q.nearPrefix.length + q.nearSuffix.length;
  const selfEvident = m >= (kind === 'exact' ? SELF_EVIDENT_EXACT : SELF_EVIDENT_FUZZY);
  // Context errors beyond which the checks below must fail: each DP can stop there.
  let maxContextErrors = errorsToReach(q, text, start, floor) - quoteErrors;
  if (!selfEvident) maxContextErrors = Math.min(maxContextErrors, Math.floor((1 - MIN_CONTEXT) * nearLength) + 1);
  if (q.prefix.length >= MAX_CONTEXT || q.suffix.length >= MAX_CONTEXT) maxContextErrors = Math.min(maxContextErrors, 0);
  if (maxContextErrors < 0) return null;
  const p = before(q.nearPrefix, maxContextErrors);
  if (p > maxContextErrors) return null;
  const s = after(q.nearSuffix, maxContextErrors - p);
  if (p + s > maxContextErrors) return null;
  const nearAgreement = nearLength ? 1 - (p + s) / nearLength : 1;
  const agreement = 1 - (quoteErrors + p + s) / (m + nearLength);

  let budget = errorBudget(m);
  if (kind === 'slot' && p <= SLOT_CONTEXT_ERRORS * q.nearPrefix.length && s <= SLOT_CONTEXT_ERRORS * q.nearSuffix.length) {
    // Both contexts intact around a gap of the quote's size: the same place, reworded.
    budget = Math.max(budget, 2, Math.ceil(m / 2));
  }
  let accepted =
    quoteErrors <= budget &&
    agreement >= MIN_AGREEMENT &&
    (nearAgreement >= MIN_CONTEXT || selfEvident) &&
    sameEdges(q, text, start, end) &&
    !(p + s > 0 && slidIntoGap(q, text, start, end, p, s));

  // Context grown to the limit means the page repeats the passage with the same surroundings
  // (a headline printed twice in a row): only a match with both contexts intact is safe.
  if (accepted && (q.prefix.length >= MAX_CONTEXT || q.suffix.length >= MAX_CONTEXT)) {
    const farErrors = before(q.prefix) + after(q.suffix);
    accepted = p + s === 0 && farErrors <= 0.1 * (q.prefix.length + q.suffix.length);
  }
  // Far context: stored only for passages the page repeats; one side must still tell them apart.
  let far = 0;
  const farPrefix = q.prefix.length - q.nearPrefix.length;
  const farSuffix = q.suffix.length - q.nearSuffix.length;
  if (accepted && (farPrefix > 0 || farSuffix > 0)) {
    const farP = farPrefix > 0 ? 1 - Math.max(0, before(q.prefix) - p) / farPrefix : -1;
    const farS = farSuffix > 0 ? 1 - Math.max(0, after(q.suffix) - s) / farSuffix : -1;
    far = farP >= 0 && farS >= 0 ? Math.min(farP, farS) : Math.max(farP, farS);
    if (far < MIN_FAR) accepted = false;
  }

  // Agreement decides; distance from the old position breaks near-ties.
  return { start, end, score: agreement, rank: agreement + 0.1 * far + 0.02 * nearness(q, text, start), accepted };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * A highlight that began or ended on a word edge must do so again: "an" found inside "Thanh" is
 * not the highlighted word "an", whatever its context says.
 */
function sameEdges(q: Query, text: string, start: number, end: number): boolean {
  const storedStartsWord = !isWordChar(q.prefix[q.prefix.length - 1]) || !isWordChar(q.exact[0]);
  const storedEndsWord = !isWordChar(q.suffix[0]) || !isWordChar(q.exact[q.exact.length - 1]);
  if (storedStartsWord && isWordChar(text[start - 1]) && isWordChar(text[start])) return false;
  if (storedEndsWord && isWordChar(text[end - 1]) && isWordChar(text[end])) return false;
  return true;
}

/**
 * The candidate is what used to follow (or precede) the highlight: the stored suffix now starts
 * where the candidate starts. That is the footprint of a deleted passage whose twin slid into its
 * place, as when a page repeats its title right below it.
 */
function slidIntoGap(q: Query, text: string, start: number, end: number, p: number, s: number): boolean {
  const suffix = q.nearSuffix.trimStart();
  const prefix = q.nearPrefix.trimEnd();
  // The stored context reads on from the candidate's other edge with fewer errors than at its own
  // edge, and with at most a tenth of its characters changed.
  const slid = (context: string, at: number, side: 'before' | 'after', own: number): boolean => {
    const max = Math.min(own - 1, Math.floor(0.1 * context.length));
    return context.length >= 8 && max >= 0 && contextDistance(context, text, at, side, max) <= max;
  };
  if (slid(suffix, start, 'after', s) || slid(prefix, end, 'before', p)) return true;
  // The candidate's first characters were already inside the stored suffix (or its last ones
  // inside the stored prefix): it is a copy that used to sit next to the highlight. The stored
  // context may stop inside the copy, so the rest of the context after the probe must read on
  // into the candidate.
  const head = text.slice(start, start + SLID_PROBE);
  if (head.length === SLID_PROBE) {
    for (let at = q.suffix.indexOf(head, 1); at !== -1; at = q.suffix.indexOf(head, at + 1)) {
      if (text.startsWith(q.suffix.slice(at), start)) return true;
    }
  }
  const tail = text.slice(Math.max(0, end - SLID_PROBE), end);
  if (tail.length === SLID_PROBE) {
    for (let at = q.prefix.lastIndexOf(tail); at !== -1; at = at > 0 ? q.prefix.lastIndexOf(tail, at - 1) : -1) {
      if (at + SLID_PROBE < q.prefix.length && text.endsWith(q.prefix.slice(0, at + SLID_PROBE), end)) return true;
    }
  }
  return false;
}

/** The quote where it was, with at least one side of its context untouched. */
function atPosition(q: Query, text: string): TextAnchor | null {
  const { start, exact } = q;
  if (start < 0 || !text.startsWith(exact, start)) return null;
  const end = start + exact.length;
  if (!text.endsWith(q.prefix, start) && !text.startsWith(q.suffix, end)) return null;
  const j = judge(q, text, start, end, 0, 'exact');
  return j?.accepted ? { start, end, method: 'position', score: j.score } : null;
}

function exactMatch(q: Query, text: string): TextAnchor | null {
  const { exact } = q;
  const hint = q.start >= 0 ? q.start : text.length / 2;
  const found = findAll(text, exact, 5_000);
  // An occurrence with its whole stored context intact cannot be beaten on agreement; among
  // several, the nearest wins. Checking that is cheap, scoring every "và" on the page is not.
  let perfect = -1;
  for (const at of found) {
    if (text.endsWith(q.prefix, at) && text.startsWith(q.suffix, at + exact.length) && (perfect === -1 || Math.abs(at - hint) < Math.abs(perfect - hint))) perfect = at;
  }
  // Nearest first: the likeliest winner is judged in full, the others only until they fall behind it.
  const order = perfect >= 0 ? [perfect] : [...found].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b);
  let top: Judged | null = null;
  for (const at of order) {
    const j = judge(q, text, at, at + exact.length, 0, 'exact', top ? top.rank : -Infinity);
    // On equal rank the first occurrence on the page wins.
    if (j?.accepted && (!top || j.rank > top.rank || (j.rank === top.rank && j.start < top.start))) top = j;
  }
  if (!top) return null;
  return { start: top.start, end: top.end, method: top.start === q.start ? 'position' : 'exact', score: top.score };
}

/**
 * Prefix and suffix now stand next to each other: the highlighted words were cut out, and no
 * similar passage elsewhere may take their place.
 */
function contextCloses(q: Query, text: string): boolean {
  if (q.nearPrefix.trim().length < 8 || q.nearSuffix.trim().length < 8) return false;
  const joined = (q.nearPrefix + q.nearSuffix).replace(/ {2,}/g, ' ');
  if (firstAt(text, joined) !== -1) return true;
  // Small edits in the context are tolerated, but never as many as the quote had characters:
  // a reworded one-word highlight between intact context must not count as cut out. Searched
  // near the old position only: that is where a cut leaves its seam.
  const tolerance = Math.min(Math.floor(joined.length / 10), Math.ceil(q.exact.length / 2) - 1);
  if (tolerance <= 0) return false;
  const hint = q.start >= 0 ? q.start : text.length / 2;
  const lo = Math.max(0, Math.trunc(hint - SEAM_WINDOW));
  const hi = Math.min(text.length, Math.trunc(hint + q.exact.length + SEAM_WINDOW));
  return lo < hi && occursWithin(text, joined, tolerance, lo, hi);
}

/** A fuzzy match this good from the local search ends the search. */
const GOOD_ENOUGH = 0.9;

function fuzzyMatch(q: Query, text: string): TextAnchor | null {
  const { exact } = q;
  const m = exact.length;
  const k = errorBudget(m);
  const hint = q.start >= 0 ? q.start : Math.floor(text.length / 2);
  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const radius = Math.min(k, EDGE) + 8;
  const seen = new Set<string>();
  // The best accepted candidate so far; a later one must rank strictly higher to replace it.
  // (Typed by assertion: TypeScript would otherwise assume the closures below never set it.)
  let top = null as Judged | null;

  const consider = (start: number, end: number, kind: Kind): void => {
    const key = `${start}:${end}:${kind}`;
    if (end <= start || seen.has(key)) return;
    seen.add(key);
    const floor = top ? top.rank : -Infinity;
    // Quote errors beyond the budget, or beyond what could still beat `top`, need not be counted.
    const budget = Math.min(kind === 'slot' ? Math.max(k, 2, Math.ceil(m / 2)) : k, errorsToReach(q, text, start, floor));
    const quoteErrors = boundedDistance(exact, text.slice(start, end), budget);
    if (quoteErrors > budget) return;
    const j = judge(q, text, start, end, quoteErrors, kind, floor);
    if (j?.accepted && (!top || j.rank > top.rank)) top = j;
  };
  const considerSpans = (spans: Span[]): void => {
    // Fewest errors first, then nearest the old position; near-duplicates of a taken span skipped.
    spans.sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint));
    const taken: Span[] = [];
    for (const span of spans) {
      if (taken.length >= MAX_FUZZY) break;
      // Untouched copies were judged by the exact pass already.
      if (span.errors === 0 && span.end - span.start === m && text.startsWith(exact, span.start)) continue;
      if (taken.some((t) => Math.abs(t.start - span.start) <= 2 && Math.abs(t.end - span.end) <= 2)) continue;
      taken.push(span);
      const s = alignStart(text, span.start, q.nearPrefix, head, radius);
      const e = alignEnd(text, span.end, tail, q.nearSuffix, radius);
      // Each edge must be pinned by its context or by the quote's own edge characters.
      if (!pinned(s, q.nearPrefix.length, head.length) || !pinned(e, q.nearSuffix.length, tail.length)) continue;
      consider(s.at, e.at, 'fuzzy');
    }
  };

  for (const slot of slotCandidates(text, q.nearPrefix, q.nearSuffix, m, hint)) consider(slot.start, slot.end, 'slot');
  if (k > 0) considerSpans(localCandidates(text, exact, q.nearPrefix, q.nearSuffix, hint, k));
  if ((!top || top.score < GOOD_ENOUGH) && k > 0) considerSpans(globalCandidates(text, exact, hint, k));
  return top ? { start: top.start, end: top.end, method: 'fuzzy', score: top.score } : null;
}

function pinned(b: { contextErrors: number; edgeErrors: number }, contextLength: number, edgeLength: number): boolean {
  return b.contextErrors <= 0.25 * contextLength || b.edgeErrors <= 0.25 * edgeLength;
}

export interface MatchOptions {
  /** Skip the "prefix now touches suffix" orphan rule (used when testing selectors for ambiguity). */
  ignoreClosedGap?: boolean;
}

/** Where the highlight described by `selectors` is in `text` (a `buildTextMap` text), or null. */
export function anchorInText(text: string, selectors: Selectors, opts: MatchOptions = {}): TextAnchor | null {
  const q = toQuery(selectors);
  if (!q.exact) return null;
  return (
    atPosition(q, text) ??
    exactMatch(q, text) ??
    (!opts.ignoreClosedGap && contextCloses(q, text) ? null : fuzzyMatch(q, text))
  );
}

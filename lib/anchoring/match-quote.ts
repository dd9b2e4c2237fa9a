/**
 * Re-anchoring at the text level: where a stored highlight is in the page's text now, or null.
 * In order: the old position (quote still there, context agrees), the exact quote (best context,
 * then nearest the old position), then approximate matches. Every candidate is judged on quote,
 * prefix and suffix together and rejected below a threshold: an orphaned highlight can be listed
 * and re-attached by hand, a highlight painted on the wrong words misleads silently.
 */
import search from 'approx-string-match';
import { alignEnd, alignStart } from './align';
import { findCandidates, slotCandidates, type Span } from './candidates';
import { boundedDistance, contextDistance } from './edit-distance';
import type { Selectors, TextAnchor } from './types';

/** Context characters next to the quote that every match is judged on. Stored context beyond
 * this ("far" context) exists only when the page repeats the passage; see describe.ts. */
export const NEAR_CONTEXT = 32;
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

function judge(q: Query, text: string, start: number, end: number, quoteErrors: number, kind: Kind): Judged {
  const m = q.exact.length;
  const before = (ctx: string): number => (text.endsWith(ctx, start) ? 0 : contextDistance(ctx, text, start, 'before'));
  const after = (ctx: string): number => (text.startsWith(ctx, end) ? 0 : contextDistance(ctx, text, end, 'after'));
  const p = before(q.nearPrefix);
  const s = after(q.nearSuffix);
  const nearLength = q.nearPrefix.length + q.nearSuffix.length;
  const nearAgreement = nearLength ? 1 - (p + s) / nearLength : 1;
  const agreement = 1 - (quoteErrors + p + s) / (m + nearLength);

  let budget = errorBudget(m);
  if (kind === 'slot' && p <= SLOT_CONTEXT_ERRORS * q.nearPrefix.length && s <= SLOT_CONTEXT_ERRORS * q.nearSuffix.length) {
    // Both contexts intact around a gap of the quote's size: the same place, reworded.
    budget = Math.max(budget, 2, Math.ceil(m / 2));
  }
  const selfEvident = m >= (kind === 'exact' ? SELF_EVIDENT_EXACT : SELF_EVIDENT_FUZZY);
  let accepted = quoteErrors <= budget && agreement >= MIN_AGREEMENT && (nearAgreement >= MIN_CONTEXT || selfEvident);

  // Far context: stored only for passages the page repeats; one side must still tell them apart.
  let far = 0;
  const farPrefix = q.prefix.length - q.nearPrefix.length;
  const farSuffix = q.suffix.length - q.nearSuffix.length;
  if (accepted && (farPrefix > 0 || farSuffix > 0)) {
    const farP = farPrefix > 0 ? 1 - Math.max(0, before(q.prefix) - p) / farPrefix : -1;
    const farS = farSuffix > 0 ? 1 - Math.max(0, after(q.suffix) - s) / farSuffix : -1;
    far = Math.max(farP, farS);
    if (far < MIN_FAR) accepted = false;
  }

  const hint = q.start >= 0 ? q.start : text.length / 2;
  const nearness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  // Agreement decides; distance from the old position breaks near-ties.
  return { start, end, score: agreement, rank: agreement + 0.1 * far + 0.02 * nearness, accepted };
}

function best(items: Judged[]): Judged | null {
  let top: Judged | null = null;
  for (const j of items) if (j.accepted && (!top || j.rank > top.rank)) top = j;
  return top;
}

/** The quote where it was, with at least one side of its context untouched. */
function atPosition(q: Query, text: string): TextAnchor | null {
  const { start, exact } = q;
  if (start < 0 || !text.startsWith(exact, start)) return null;
  const end = start + exact.length;
  if (!text.endsWith(q.prefix, start) && !text.startsWith(q.suffix, end)) return null;
  const j = judge(q, text, start, end, 0, 'exact');
  return j.accepted ? { start, end, method: 'position', score: j.score } : null;
}

function exactMatch(q: Query, text: string): TextAnchor | null {
  const judged: Judged[] = [];
  const { exact } = q;
  for (let at = text.indexOf(exact); at !== -1 && judged.length < 5_000; at = text.indexOf(exact, at + 1)) {
    judged.push(judge(q, text, at, at + exact.length, 0, 'exact'));
  }
  const top = best(judged);
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
  if (text.includes(joined)) return true;
  // Small edits in the context are tolerated, but never as many as the quote had characters:
  // a reworded one-word highlight between intact context must not count as cut out.
  const tolerance = Math.min(Math.floor(joined.length / 10), Math.ceil(q.exact.length / 2) - 1);
  return tolerance > 0 && search(text, joined, tolerance).length > 0;
}

function fuzzyMatch(q: Query, text: string): TextAnchor | null {
  const { exact } = q;
  const m = exact.length;
  const k = errorBudget(m);
  const hint = q.start >= 0 ? q.start : Math.floor(text.length / 2);
  const spans: Span[] = k > 0 ? findCandidates(text, exact, q.nearPrefix, q.nearSuffix, hint, k) : [];
  // Fewest errors first, then nearest the old position; near-duplicates of a taken span skipped.
  spans.sort((a, b) => a.errors - b.errors || Math.abs(a.start - hint) - Math.abs(b.start - hint));
  const taken: Span[] = [];
  for (const s of spans) {
    if (taken.length >= MAX_FUZZY) break;
    // Untouched copies were judged by the exact pass already.
    if (s.errors === 0 && text.startsWith(exact, s.start) && s.end - s.start === m) continue;
    if (taken.some((t) => Math.abs(t.start - s.start) <= 2 && Math.abs(t.end - s.end) <= 2)) continue;
    taken.push(s);
  }

  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const radius = Math.min(k, EDGE) + 8;
  const seen = new Set<string>();
  const judged: Judged[] = [];
  const consider = (start: number, end: number, kind: Kind): void => {
    const key = `${start}:${end}:${kind}`;
    if (end <= start || seen.has(key)) return;
    seen.add(key);
    const budget = kind === 'slot' ? Math.max(k, 2, Math.ceil(m / 2)) : k;
    const quoteErrors = boundedDistance(exact, text.slice(start, end), budget);
    if (quoteErrors > budget) return;
    judged.push(judge(q, text, start, end, quoteErrors, kind));
  };
  for (const span of taken) {
    const s = alignStart(text, span.start, q.nearPrefix, head, radius);
    const e = alignEnd(text, span.end, tail, q.nearSuffix, radius);
    // Each edge must be pinned by its context or by the quote's own edge characters.
    const pinned = (b: { contextErrors: number; edgeErrors: number }, ctx: number, edge: number): boolean =>
      b.contextErrors <= 0.25 * ctx || b.edgeErrors <= 0.25 * edge;
    if (!pinned(s, q.nearPrefix.length, head.length) || !pinned(e, q.nearSuffix.length, tail.length)) continue;
    consider(s.at, e.at, 'fuzzy');
  }
  for (const slot of slotCandidates(text, q.nearPrefix, q.nearSuffix, m, hint)) consider(slot.start, slot.end, 'slot');

  const top = best(judged);
  return top ? { start: top.start, end: top.end, method: 'fuzzy', score: top.score } : null;
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

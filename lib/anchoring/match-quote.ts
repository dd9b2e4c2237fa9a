/**
 * Re-anchoring at the text level: where a stored highlight is on the page's text now, or null.
 * In order: the old position (quote still there, context agrees), the exact quote (best context,
 * then nearest the old position), then approximate matches. Every candidate is judged on quote,
 * prefix and suffix together and rejected below a threshold: an orphaned highlight can be shown in
 * a list and re-attached, a highlight painted on the wrong words misleads silently.
 */
import { alignEnd, alignStart } from './align';
import { findCandidates, type Span } from './candidates';
import { boundedDistance, contextDistance } from './edit-distance';
import type { Selectors, TextAnchor } from './types';
import search from 'approx-string-match';

/** Quote characters used to pin a fuzzy match's edges against the context. */
const EDGE = 32;
/** Candidates judged per fuzzy search, nearest the old position first. */
const MAX_FUZZY = 64;

/** Acceptance: share of quote+context characters that must agree. */
const MIN_AGREEMENT = 0.6;
/** Acceptance: share of context characters that must agree, unless the quote is long enough to
 * identify its place alone. Random text of this language agrees on ~30–40%. */
const MIN_CONTEXT = 0.55;
const SELF_EVIDENT_QUOTE = 64;

/** Errors allowed in a quote: a quarter of it (a one-syllable word may not change at all). */
export function errorBudget(length: number): number {
  return Math.floor(length / 4);
}

interface Query {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

const inner = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ');

/** Stored selectors may come from other tools or older text maps: match on the same form as the page. */
function toQuery(selectors: Selectors): Query {
  const exact = inner(selectors.quote.exact).trim();
  return {
    exact,
    prefix: inner(selectors.quote.prefix ?? ''),
    suffix: inner(selectors.quote.suffix ?? ''),
    start: selectors.position?.start ?? -1,
    end: selectors.position?.end ?? -1,
  };
}

interface Evidence {
  quoteErrors: number;
  prefixErrors: number;
  suffixErrors: number;
}

interface Judged {
  start: number;
  end: number;
  score: number;
  rank: number;
  accepted: boolean;
}

function judge(q: Query, text: string, start: number, end: number, ev: Evidence): Judged {
  const m = q.exact.length;
  const contextLength = q.prefix.length + q.suffix.length;
  const contextErrors = ev.prefixErrors + ev.suffixErrors;
  const contextAgreement = contextLength ? 1 - contextErrors / contextLength : 1;
  const agreement = 1 - (ev.quoteErrors + contextErrors) / (m + contextLength);
  const accepted =
    ev.quoteErrors <= errorBudget(m) &&
    agreement >= MIN_AGREEMENT &&
    (contextAgreement >= MIN_CONTEXT || m >= SELF_EVIDENT_QUOTE);
  const hint = q.start >= 0 ? q.start : text.length / 2;
  const nearness = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  // Agreement decides; distance from the old position only breaks near-ties.
  return { start, end, score: agreement, rank: agreement + 0.02 * nearness, accepted };
}

function contextEvidence(q: Query, text: string, start: number, end: number, quoteErrors: number): Evidence {
  return {
    quoteErrors,
    prefixErrors: text.endsWith(q.prefix, start) ? 0 : contextDistance(q.prefix, text, start, 'before'),
    suffixErrors: text.startsWith(q.suffix, end) ? 0 : contextDistance(q.suffix, text, end, 'after'),
  };
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
  const prefixOk = text.endsWith(q.prefix, start);
  const suffixOk = text.startsWith(q.suffix, end);
  if (!prefixOk && !suffixOk) return null;
  const j = judge(q, text, start, end, contextEvidence(q, text, start, end, 0));
  return j.accepted ? { start, end, method: 'position', score: j.score } : null;
}

function exactMatch(q: Query, text: string): TextAnchor | null {
  const judged: Judged[] = [];
  const { exact } = q;
  for (let at = text.indexOf(exact); at !== -1 && judged.length < 5_000; at = text.indexOf(exact, at + 1)) {
    judged.push(judge(q, text, at, at + exact.length, contextEvidence(q, text, at, at + exact.length, 0)));
  }
  const top = best(judged);
  if (!top) return null;
  return { start: top.start, end: top.end, method: top.start === q.start ? 'position' : 'exact', score: top.score };
}

/**
 * Prefix and suffix now stand next to each other: the highlighted words were cut out. Nothing
 * near-identical elsewhere may take their place.
 */
function contextCloses(q: Query, text: string): boolean {
  if (q.prefix.trim().length < 8 || q.suffix.trim().length < 8) return false;
  const joined = (q.prefix + q.suffix).replace(/ {2,}/g, ' ');
  if (text.includes(joined)) return true;
  return search(text, joined, Math.floor(joined.length / 10)).length > 0;
}

function fuzzyMatch(q: Query, text: string): TextAnchor | null {
  const { exact } = q;
  const m = exact.length;
  const k = errorBudget(m);
  if (k === 0) return null;
  const hint = q.start >= 0 ? q.start : Math.floor(text.length / 2);
  let spans: Span[] = findCandidates(text, exact, q.prefix, q.suffix, hint, k)
    // Untouched copies were already judged by the exact pass.
    .filter((s) => s.errors > 0 || text.slice(s.start, s.end) !== exact);
  if (spans.length > MAX_FUZZY) spans = [...spans].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_FUZZY);

  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const radius = Math.min(k, EDGE) + 8;
  const seen = new Set<string>();
  const judged: Judged[] = [];
  for (const span of spans) {
    const s = alignStart(text, span.start, q.prefix, head, radius);
    const e = alignEnd(text, span.end, tail, q.suffix, radius);
    if (e.at <= s.at) continue;
    const key = `${s.at}:${e.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quoteErrors = boundedDistance(exact, text.slice(s.at, e.at), k);
    if (quoteErrors > k) continue;
    judged.push(judge(q, text, s.at, e.at, { quoteErrors, prefixErrors: s.contextErrors, suffixErrors: e.contextErrors }));
  }
  const top = best(judged);
  return top ? { start: top.start, end: top.end, method: 'fuzzy', score: top.score } : null;
}

/** Where the highlight described by `selectors` is in `text` (a `buildTextMap` text), or null. */
export function anchorInText(text: string, selectors: Selectors): TextAnchor | null {
  const q = toQuery(selectors);
  if (!q.exact) return null;
  return atPosition(q, text) ?? exactMatch(q, text) ?? (contextCloses(q, text) ? null : fuzzyMatch(q, text));
}

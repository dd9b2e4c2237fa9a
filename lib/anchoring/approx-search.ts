/**
 * Approximate search over a window of the page text (approx-string-match's Myers search, without
 * slicing the caller's offsets apart), and a pigeonhole filter that answers "is it anywhere in
 * this range?" without reading the whole range.
 */
import search from 'approx-string-match';
import { findAll } from './text-index';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/**
 * The lowest-error approximate matches of `pattern` in `text[from, to)` with at most `maxErrors`
 * errors, in absolute offsets: approx-string-match's `search` over that window.
 */
export function searchIn(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): Match[] {
  if (pattern.length === 0) return [];
  from = Math.min(Math.max(0, from), text.length);
  to = Math.max(from, Math.min(to, text.length));
  return search(text.slice(from, to), pattern, maxErrors).map((r) => ({ start: r.start + from, end: r.end + from, errors: r.errors }));
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

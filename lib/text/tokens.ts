/**
 * Tokens of Vietnamese news text with offsets into the input (`text.slice(start, end) === token.text`).
 * Vietnamese words are space-separated syllables, so a `word` token is one syllable (or one foreign word,
 * acronym or dotted abbreviation: "TP.HCM", "v.v", "COVID-19"); grouping syllables is `syllableBigrams`.
 * Numbers are kept whole with their inner separators: "12.000", "3,2", "05-12-2023", "25/2", "10:30",
 * "2020-2025". A unit glued to a number is a separate word ("12.000m2" → "12.000" + "m2", "10h30" →
 * "10" + "h30"): units and numbers are looked up separately, and the number's value stays intact.
 * Everything else that is not whitespace is `punct`, one character each, except dot runs ("...").
 */
import type { Span } from './span';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const NUMBER = String.raw`\p{N}+(?:[.,:/\-]\p{N}+)*`;
const SYLLABLE = String.raw`\p{L}[\p{L}\p{M}\p{N}]*`;
/** Dots and apostrophes join letters ("TP.HCM", "O'Neil"); a dot or hyphen joins digits ("Q.1", "COVID-19"). */
const WORD = String.raw`${SYLLABLE}(?:[.'’]${SYLLABLE}|[.-]\p{N}+)*`;
const PUNCT = String.raw`\.{2,}|\S`;
const TOKEN = new RegExp(`(${NUMBER})|(${WORD})|${PUNCT}`, 'gu');

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    out.push({ text: m[0], start, end: start + m[0].length, kind });
  }
  return out;
}

/** The word tokens only, the usual input of counting and matching. */
export function wordTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word');
}

/**
 * Adjacent word pairs not separated by punctuation: candidates for two-syllable words ("thành phố",
 * "doanh nghiệp"), which are most Vietnamese words. `text` joins the syllables with one space, so it may
 * differ from the source slice [start, end) when the source has several spaces between them.
 */
export function syllableBigrams(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (a?.kind === 'word' && b?.kind === 'word') out.push({ start: a.start, end: b.end, text: `${a.text} ${b.text}` });
  }
  return out;
}

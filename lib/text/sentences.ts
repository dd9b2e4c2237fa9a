/**
 * Sentence splitting for Vietnamese news text (NFC). A sentence never crosses a line break: in
 * `article.text` line breaks separate paragraphs. Inside a paragraph a terminator (. ! ? … ...) ends a
 * sentence only when whitespace and a capital letter or digit follow (or an opening quotation mark, whatever
 * the case after it), and then only if:
 * - the terminator is not inside a quotation or parenthesis that closes in the same paragraph (a quoted
 *   speech of several sentences stays one sentence with its attribution; an unclosed quote protects nothing,
 *   so a missing closing mark never swallows the rest of the paragraph);
 * - a full stop does not follow a title ("TP.", "PGS.TS."), an initial ("Trần Th."), or another abbreviation,
 *   unless a typical sentence starter follows ("v.v. Sau đó");
 * - an ellipsis is not followed by a digit ("suốt ... 15 năm").
 * Numbers and dates need no rule: "12.000", "Q.1", "TP.HCM", "25/2" have no space after their dots.
 */
import { abbreviationKind, isInitial, isSentenceStarter } from './abbreviations';
import type { Span } from './span';
export type { Span } from './span';

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    splitParagraph(text, start, end, out);
    start = end + 1;
  }
  return out;
}

const TERMINATOR = /[.!?…]+/g;
const SPACE = /\s/;
const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** Closers that belong to the sentence before them when glued to its terminator: `đi.”`, `(TTXVN.)`. */
const GLUED_CLOSERS = new Set(['”', '"', '’', '»', ')', ']']);
/** Dialogue dashes, bullets and opening marks that may stand before a sentence's first word. */
const LEADERS = new Set(['-', '–', '—', '•', '*', '(', '[', '‘', "'"]);
/** A numbered or lettered list marker alone is no sentence: "1.", "a.", "IV.". */
const LIST_MARKER = /^(?:\d{1,3}|[IVXLC]{1,5}|\p{L})\.$/u;

interface Pairs {
  /** [open, close] positions of quotation marks and parentheses that pair up inside the paragraph. */
  spans: Array<[number, number]>;
  openers: Set<number>;
  closers: Set<number>;
  /** Cursor state of `isProtected`: pairs opened so far and the furthest close among them. */
  cursor: number;
  reach: number;
}

function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  const pairs = pairQuotes(text, from, to);
  let sentenceStart = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m !== null && m.index < to; m = TERMINATOR.exec(text)) {
    const end = extendOverClosers(text, m.index + m[0].length, to, pairs);
    TERMINATOR.lastIndex = end;
    if (end >= to || !SPACE.test(text[end] ?? '')) continue;
    if (isProtected(end, pairs)) continue;
    const next = skipLeaders(text, end, to, pairs);
    if (next >= to) continue;
    const prevWord = wordBefore(text, m.index, sentenceStart);
    const listMarker = end - sentenceStart <= 8 && LIST_MARKER.test(text.slice(sentenceStart, end).trim());
    const quoteOpens = opensQuoteBetween(text, end, next, pairs);
    if (!listMarker && endsHere(m[0], prevWord, text, next, quoteOpens)) {
      push(out, text, sentenceStart, end);
      sentenceStart = end;
    }
  }
  push(out, text, sentenceStart, to);
}

function endsHere(
  terminator: string,
  prevWord: string,
  text: string,
  next: number,
  quoteOpens: boolean,
): boolean {
  const first = text[next] ?? '';
  // A quotation opening after a terminator starts a sentence even when its first word is lower-case.
  if (!UPPER_OR_DIGIT.test(first) && !(quoteOpens && /\p{Ll}/u.test(first))) return false;
  if (/[!?]/.test(terminator)) return true;
  if (terminator.includes('…') || terminator.length > 1) return !DIGIT.test(first);
  WORD_AT.lastIndex = next;
  const nextWord = WORD_AT.exec(text)?.[0] ?? '';
  // "400. 000" (a number with a stray space) is one number, not two sentences.
  if (/\d$/.test(prevWord) && /^\d{3}$/.test(nextWord)) return false;
  const kind = abbreviationKind(prevWord);
  if (kind === 'title') return false;
  if (kind === 'list-closer') return true;
  if (kind === 'ambiguous' || isInitial(prevWord)) return !DIGIT.test(first) && isSentenceStarter(nextWord);
  return true;
}

/** Past closing quotes and brackets: glued ones always, spaced ones when they close a pair ("? " ."). */
function extendOverClosers(text: string, end: number, to: number, pairs: Pairs): number {
  for (;;) {
    const c = text[end] ?? '';
    if (end < to && GLUED_CLOSERS.has(c) && !pairs.openers.has(end)) {
      end++;
      continue;
    }
    let k = end;
    while (k < to && SPACE.test(text[k] ?? '')) k++;
    if (k > end && k < to && pairs.closers.has(k)) {
      end = k + 1;
      continue;
    }
    // A terminator repeated after a closing quote (`"...?" .`) belongs to the same sentence end.
    if (k > end && k < to && /[.!?…]/.test(text[k] ?? '') && isClosedJustBefore(end, pairs)) {
      while (k < to && /[.!?…]/.test(text[k] ?? '')) k++;
      end = k;
      continue;
    }
    return end;
  }
}

function isClosedJustBefore(end: number, pairs: Pairs): boolean {
  return pairs.closers.has(end - 1);
}

/** A quotation mark (not a bracket: "của H. (ở Hương Canh)" goes on) opens between the two. */
function opensQuoteBetween(text: string, end: number, next: number, pairs: Pairs): boolean {
  for (let i = end; i < next; i++) if (pairs.openers.has(i) && text[i] !== '(' && text[i] !== '[') return true;
  return false;
}

function skipLeaders(text: string, i: number, to: number, pairs: Pairs): number {
  while (i < to) {
    const c = text[i] ?? '';
    if (SPACE.test(c) || LEADERS.has(c) || pairs.openers.has(i)) i++;
    else break;
  }
  return i;
}

/**
 * A boundary at `end` would split a pair that opened before it and closes at or after it. Candidates come
 * in increasing order, so a cursor over the pairs sorted by opening keeps this linear.
 */
function isProtected(end: number, pairs: Pairs): boolean {
  while (pairs.cursor < pairs.spans.length) {
    const span = pairs.spans[pairs.cursor];
    if (span === undefined || span[0] >= end) break;
    pairs.reach = Math.max(pairs.reach, span[1]);
    pairs.cursor++;
  }
  return pairs.reach >= end;
}

/**
 * The word before the terminator at `i`, with leading brackets and quotes dropped: "(TP" → "TP". Skips a
 * space first, since tokenised or carelessly typed text puts one before the dot ("tp .", "400 . 000").
 */
function wordBefore(text: string, i: number, min: number): string {
  let e = i;
  while (e > min && SPACE.test(text[e - 1] ?? '')) e--;
  let s = e;
  while (s > min && !SPACE.test(text[s - 1] ?? '')) s--;
  let word = text.slice(s, e);
  while (word.length > 0 && !LETTER_OR_DIGIT.test(word[0] ?? '')) word = word.slice(1);
  return word;
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const QUOTES = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES, '"']);
/** After these a spaced quotation mark closes ("đi " ."); before them it opens (": " Tôi"). */
const AFTER_CLOSE = /[.,;:!?…)\]]/;

type Role = 'open' | 'close' | 'either';

/**
 * Whether the quotation mark at `i` opens or closes, from its glue: news prints `nói: "Tôi đi."`, so a
 * mark glued only to the word after it opens and one glued only to the text before it closes. Curly marks
 * say it themselves, except that some sites print ” for both.
 */
function quoteRole(text: string, i: number, from: number, to: number): Role {
  const c = text[i] ?? '';
  const spaceBefore = i === from || SPACE.test(text[i - 1] ?? '');
  const spaceAfter = i + 1 >= to || SPACE.test(text[i + 1] ?? '');
  if (OPEN_QUOTES.has(c)) return 'open';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (CLOSE_QUOTES.has(c)) return 'close';
  if (!spaceBefore && !spaceAfter) {
    if (/[(\[]/.test(text[i - 1] ?? '')) return 'open';
    return AFTER_CLOSE.test(text[i + 1] ?? '') ? 'close' : 'either';
  }
  // Spaced on both sides, as in tokenised text: look at the neighbouring marks.
  let a = i + 1;
  while (a < to && SPACE.test(text[a] ?? '')) a++;
  if (a >= to || AFTER_CLOSE.test(text[a] ?? '')) return 'close';
  let b = i - 1;
  while (b >= from && SPACE.test(text[b] ?? '')) b--;
  if (b < from || text[b] === ':') return 'open';
  return 'either';
}

/**
 * Pairs quotation marks and parentheses in a paragraph. Quotes are one family: Vietnamese news does not
 * nest double quotes, and mixed marks (“…") are common in typed text. An opener that meets another opener
 * is dropped (it never closed), so one missing mark cannot shift every later pair.
 */
function pairQuotes(text: string, from: number, to: number): Pairs {
  const spans: Array<[number, number]> = [];
  const parens: number[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (c === '(') parens.push(i);
    else if (c === ')') {
      const o = parens.pop();
      if (o !== undefined) spans.push([o, i]);
    } else if (QUOTES.has(c)) {
      const role = quoteRole(text, i, from, to);
      if (open >= 0 && role !== 'open') {
        spans.push([open, i]);
        open = -1;
      } else if (role !== 'close') open = i;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return {
    spans,
    openers: new Set(spans.map(([o]) => o)),
    closers: new Set(spans.map(([, c]) => c)),
    cursor: 0,
    reach: -1,
  };
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

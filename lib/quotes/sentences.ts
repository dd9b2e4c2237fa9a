/** Sentence and paragraph lookups by offset, over lib/text's sentence splitter. */
import { splitSentences, type Span } from '../text/sentences';

export interface Layout {
  text: string;
  sentences: Span[];
  /** True when the text has line breaks: colon statements then run to the end of the paragraph. */
  paragraphs: boolean;
}

export function layout(text: string): Layout {
  return { text, sentences: splitSentences(text), paragraphs: text.includes('\n') };
}

/** Index of the sentence containing `at`, or of the last one starting before it. */
export function sentenceIndex(l: Layout, at: number): number {
  let lo = 0;
  let hi = l.sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = l.sentences[mid];
    if (!s) break;
    if (s.start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function sentenceAt(l: Layout, at: number): Span {
  return l.sentences[sentenceIndex(l, at)] ?? { start: 0, end: l.text.length, text: l.text };
}

export function paragraphEnd(l: Layout, at: number): number {
  const nl = l.text.indexOf('\n', at);
  return nl < 0 ? l.text.length : nl;
}

/**
 * Sentences a statement without closing marks may run over. A "paragraph" longer than that is a
 * whole body set as one block (a feed, a copied text), whose breaks were lost: there a statement
 * ends with its sentence, as in a text without line breaks.
 */
export const MAX_STATEMENT_SENTENCES = 10;

/** End of the paragraph holding `at` when it is a real paragraph (see above), else null. */
export function statementParagraphEnd(l: Layout, at: number): number | null {
  if (!l.paragraphs) return null;
  const end = paragraphEnd(l, at);
  const first = sentenceIndex(l, at);
  const last = sentenceIndex(l, Math.max(at, end - 1));
  return last - first < MAX_STATEMENT_SENTENCES ? end : null;
}

/** A sentence that ends like one: a caption or byline has no final punctuation. */
export function isComplete(s: Span): boolean {
  return /[.!?…:]["”’)]*$/u.test(s.text);
}

/** Public shapes of the summarizer and the fact extractor; offsets are UTF-16 indices into the input text. */

export interface SummaryInput {
  text: string;
  title?: string;
}

/**
 * `sentences`: exactly this many (or all eligible ones). `words`: whole sentences, in rank order,
 * whose syllables together stay within the budget (a sentence that would overflow is passed over
 * for a shorter one; a single sentence longer than the whole budget is returned alone rather than
 * nothing). With both, whichever limit is hit first stops selection.
 */
export interface SummaryBudget {
  sentences?: number;
  words?: number;
}

export interface SummarySentence {
  text: string;
  start: number;
  end: number;
}

export type FactKind = 'amount' | 'date' | 'duration' | 'percent' | 'count';

export interface Fact {
  text: string;
  kind: FactKind;
  start: number;
  end: number;
  /** Start of the sentence (from splitSentences) the fact belongs to. */
  sentenceStart: number;
}

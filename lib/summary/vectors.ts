/**
 * Sentence vectors over syllable unigrams and bigrams. Vietnamese words are mostly one or two
 * syllables written apart ("doanh nghiệp"), so syllable bigrams stand in for words without a
 * segmenter; unigrams skip stopwords, bigrams keep them because "của tỉnh" is noise but "nhà ở" is not.
 */
import { isStopword } from '../text/stopwords';
import { tokenize } from '../text/tokens';

export type Terms = Map<string, number>;

export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Raw term counts of one sentence. */
export function termCounts(text: string): Terms {
  const counts: Terms = new Map();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  let prev: string | null = null;
  for (const tok of tokenize(text)) {
    if (tok.kind === 'punct') {
      prev = null;
      continue;
    }
    const syl = tok.text.normalize('NFC').toLowerCase();
    if (!isStopword(syl)) add(syl);
    if (prev !== null) add(`${prev} ${syl}`);
    prev = syl;
  }
  return counts;
}

/**
 * How much a term's spread over the article's sentences lowers its weight. 'sharp' is classic IDF
 * over sentences; 'soft' (log(1 + n/df)) keeps more weight on topic words that recur in many
 * sentences, which is exactly what the title and the lead share; 'flat' ignores spread.
 */
export type IdfMode = 'sharp' | 'soft' | 'flat';

export function sentenceIdf(docs: readonly Terms[], mode: IdfMode): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [term, f] of df) idf.set(term, idfValue(n, f, mode));
  return idf;
}

export function idfValue(n: number, df: number, mode: IdfMode): number {
  if (mode === 'flat') return 1;
  return mode === 'sharp' ? Math.log((n + 1) / df) : Math.log(1 + n / df);
}

/** Unseen terms (e.g. from the title) get the weight of a term seen once. */
export function weigh(counts: Terms, idf: Map<string, number>, unseen: number): Vector {
  const weights = new Map<string, number>();
  let sq = 0;
  for (const [term, tf] of counts) {
    const w = tf * (idf.get(term) ?? unseen);
    if (w <= 0) continue;
    weights.set(term, w);
    sq += w * w;
  }
  return { weights, norm: Math.sqrt(sq) };
}

export function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) {
    const v = large.weights.get(term);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

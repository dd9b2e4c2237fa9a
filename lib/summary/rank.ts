/**
 * Sentence relevance for news: centrality in the article's similarity graph, closeness to the title,
 * and a lead prior (news is written top-down, so an early sentence is likelier to carry the event).
 */
import type { Candidate } from './candidates';
import { pageRank } from './centrality';
import { cosine, idfValue, sentenceIdf, termCounts, weigh, type IdfMode } from './vectors';

export interface RankWeights {
  centrality: number;
  title: number;
  position: number;
  /** Position prior is 1 / (1 + ordinal)^decay, ordinal counted among eligible sentences. */
  positionDecay: number;
  /** Restart the centrality walk at title-similar and early sentences instead of uniformly. */
  biased: boolean;
  idf: IdfMode;
}

/**
 * Chosen on the dev half of the benchmark among a few variants (see tests/bench/summary.ts): closeness
 * to the title is by far the strongest signal; centrality and the lead prior only break its ties
 * (weights of 0.05 already cost about a point of ROUGE on dev, so they stay at 0.01).
 * Plain term counts beat sentence-IDF there because the words the title shares with the sapo are the
 * article's topic words, which recur in many sentences and which IDF would discount.
 */
export const TITLE_WEIGHTS: RankWeights = {
  centrality: 0.01,
  title: 1,
  position: 0.01,
  positionDecay: 1,
  biased: false,
  idf: 'flat',
};

/** Without a title, LexRank centrality and the lead prior share the work (best no-title variant on dev). */
export const NO_TITLE_WEIGHTS: RankWeights = { ...TITLE_WEIGHTS, centrality: 1, title: 0, position: 1 };

export interface Ranked {
  /** Relevance per candidate, scaled so the best is 1. */
  scores: number[];
  /** Cosine similarity of two candidates, from the graph already built. */
  similarity: (i: number, j: number) => number;
}

function scaleToMax(xs: ArrayLike<number>): number[] {
  let max = 0;
  for (let i = 0; i < xs.length; i++) max = Math.max(max, xs[i]!);
  return Array.from(xs, (x) => (max > 0 ? x / max : 0));
}

function jumpPrior(titleSim: readonly number[], position: readonly number[], w: RankWeights): number[] {
  const raw = titleSim.map((t, i) => w.title * t + w.position * position[i]! + 1e-3);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / sum);
}

export function rankCandidates(candidates: readonly Candidate[], title: string | undefined, w: RankWeights): Ranked {
  const n = candidates.length;
  const counts = candidates.map((c) => termCounts(c.text));
  const idf = sentenceIdf(counts, w.idf);
  const unseen = idfValue(n, 1, w.idf);
  const vectors = counts.map((c) => weigh(c, idf, unseen));

  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  const titleVec = title ? weigh(termCounts(title), idf, unseen) : null;
  const titleSim = scaleToMax(vectors.map((v) => (titleVec ? cosine(v, titleVec) : 0)));
  const position = candidates.map((_, i) => 1 / Math.pow(1 + i, w.positionDecay));
  const centrality = scaleToMax(pageRank(sim, n, w.biased ? jumpPrior(titleSim, position, w) : undefined));

  const raw = candidates.map(
    (_, i) => w.centrality * centrality[i]! + w.title * titleSim[i]! + w.position * position[i]!,
  );
  return { scores: scaleToMax(raw), similarity: (i, j) => sim[i * n + j]! };
}

/**
 * Greedy Maximal Marginal Relevance (Carbonell & Goldstein 1998) under a sentence or word budget:
 * each pick trades its own score against its similarity to what is already chosen, so two sentences
 * that restate one fact do not both make the cut.
 */

export interface SelectOptions {
  /** Weight of relevance versus novelty, in [0, 1]; 1 disables redundancy removal. */
  lambda: number;
  maxSentences: number;
  /**
   * The chosen sentences together stay within this many words: a sentence that would overflow is
   * passed over for a shorter one that fits. Only when nothing is chosen yet may one sentence be
   * longer than the budget (a summary is never empty).
   */
  maxWords: number;
  /**
   * A sentence this similar to one already chosen is a restatement (the sapo repeated by the first
   * paragraph): MMR alone still lets it through when its relevance is far above the rest.
   */
  maxSimilarity: number;
}

/**
 * `scores` in [0, 1], `words` per sentence, `similarity(i, j)` in [0, 1].
 * Returns chosen indices in pick order.
 */
export function selectMmr(
  scores: readonly number[],
  words: readonly number[],
  similarity: (i: number, j: number) => number,
  opts: SelectOptions,
): number[] {
  const chosen: number[] = [];
  const maxSim = new Float64Array(scores.length);
  const taken = new Uint8Array(scores.length);
  let total = 0;
  while (chosen.length < opts.maxSentences && total < opts.maxWords) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < scores.length; i++) {
      if (taken[i] || maxSim[i]! > opts.maxSimilarity) continue;
      if (chosen.length > 0 && total + words[i]! > opts.maxWords) continue;
      const value = opts.lambda * scores[i]! - (1 - opts.lambda) * maxSim[i]!;
      // Ties go to the earlier sentence, which keeps the result deterministic and lead-friendly.
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best === -1) break;
    taken[best] = 1;
    chosen.push(best);
    total += words[best]!;
    for (let i = 0; i < scores.length; i++) {
      if (!taken[i]) maxSim[i] = Math.max(maxSim[i]!, similarity(i, best));
    }
  }
  return chosen;
}

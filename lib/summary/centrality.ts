/**
 * Eigenvector centrality of a weighted sentence graph (continuous LexRank, Erkan & Radev 2004):
 * PageRank power iteration on the row-normalized similarity matrix. Callers cap the node count, so a
 * dense matrix is fine and keeps the loop simple.
 */

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/**
 * `sim` is a symmetric n×n matrix, row-major, diagonal ignored. `jump` (optional, summing to 1) is where
 * the random surfer restarts: biased LexRank (Otterbacher et al. 2005) restarts at sentences close to
 * the title, so centrality is measured around the article's topic. Returns scores summing to 1.
 */
export function pageRank(sim: Float64Array, n: number, jump?: ArrayLike<number>): Float64Array {
  const restart = (i: number) => (jump ? jump[i]! : 1 / n);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) if (j !== i) s += sim[i * n + j]!;
    rowSum[i] = s;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    // Rank held by isolated sentences restarts like the surfer does.
    let dangling = 0;
    for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling += rank[i]!;
    for (let i = 0; i < n; i++) next[i] = (1 - DAMPING + DAMPING * dangling) * restart(i);
    for (let i = 0; i < n; i++) {
      const rs = rowSum[i]!;
      if (rs === 0) continue;
      const share = (DAMPING * rank[i]!) / rs;
      for (let j = 0; j < n; j++) if (j !== i) next[j]! += share * sim[i * n + j]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (delta < TOLERANCE) break;
  }
  return rank;
}

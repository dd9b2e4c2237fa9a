/**
 * Speed checks for a busy 2-core CI machine shared with other jobs: one warm-up, then the best of three
 * runs, against a bound loose enough not to flake yet far below what quadratic work on 50,000 words costs
 * (a ratio test between input sizes was tried and flaked under load: small runs are all noise).
 */
export const MAX_MS_50K_WORDS = 1500;

export function bestMs(run: () => unknown): number {
  run();
  let min = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** `unit` repeated until the text has at least `words` whitespace-separated words. */
export function repeatWords(unit: string, words: number): string {
  const perUnit = unit.trim().split(/\s+/).length;
  return Array.from({ length: Math.ceil(words / perUnit) }, () => unit).join(' ');
}

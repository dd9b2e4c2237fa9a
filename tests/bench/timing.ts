/** Timing for the benchmarks: the median of several runs after warm-up (machines here are noisy). */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of `runs` calls of `fn`, after `warmup` untimed calls. */
export function time(fn: () => unknown, runs = 9, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

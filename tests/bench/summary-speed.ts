/**
 * Speed of summarize() on synthetic articles of 500, 1,500, 5,000 and 50,000 words, built by
 * concatenating dataset sentences into paragraphs of five. Each size is timed as the median of
 * several runs after a warm-up, as a content script would see it once the code is hot.
 * Run alone with `npx tsx tests/bench/summary-speed.ts`.
 */
import { median } from './timing';
import { fileURLToPath } from 'node:url';
import { summarize } from '../../lib/summary/summarize';
import { countWords } from '../../lib/text/words';
import { loadDataset, type NewsItem } from './summary';

export interface SpeedRow {
  words: number;
  sentences: number;
  medianMs: number;
  msPer1000Words: number;
}

export function syntheticArticle(items: readonly NewsItem[], targetWords: number): string {
  const pool = items.flatMap((a) => a.sentences);
  const paragraphs: string[] = [];
  let para: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const s = pool[i % pool.length]!;
    para.push(s);
    words += countWords(s);
    if (para.length === 5) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(' '));
  return paragraphs.join('\n\n');
}

export async function benchSummarySpeed(sizes: readonly number[] = [500, 1_500, 5_000, 50_000]): Promise<SpeedRow[]> {
  const items = loadDataset();
  const title = items[0]!.title;
  const rows: SpeedRow[] = [];
  for (const target of sizes) {
    const text = syntheticArticle(items, target);
    const runs = target >= 50_000 ? 3 : 15;
    summarize({ text, title });
    const times: number[] = [];
    let sentences = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      sentences = summarize({ text, title }).length;
      times.push(performance.now() - t0);
    }
    const words = countWords(text);
    const medianMs = median(times);
    rows.push({ words, sentences, medianMs, msPer1000Words: (1000 * medianMs) / words });
  }
  return rows;
}

async function main(): Promise<void> {
  const rows = await benchSummarySpeed();
  console.log('words    summary  median ms  ms/1000 words');
  for (const r of rows) {
    console.log(
      `${String(r.words).padStart(6)}  ${String(r.sentences).padStart(7)}  ${r.medianMs.toFixed(1).padStart(9)}  ${r.msPer1000Words.toFixed(2).padStart(13)}`,
    );
  }
  const small = rows.find((r) => r.words < 1_000);
  const mid = rows.find((r) => r.words >= 4_000 && r.words < 10_000);
  if (small && mid) {
    console.log(`growth 500 → 5,000 words: ×${(mid.medianMs / small.medianMs).toFixed(1)} time for ×${(mid.words / small.words).toFixed(1)} words`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();

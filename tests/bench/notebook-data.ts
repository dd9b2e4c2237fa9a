/**
 * The notebook the library benchmarks measure: 5,000 articles, 20,000 highlights, 10,000 quotations
 * and 50 glossary entries, generated with a seeded PRNG from the VietNews dev sentences and written
 * into a fresh database named `sotay` (the name a backup must carry).
 */
import { readFileSync } from 'node:fs';
import { DB_NAME, SotayDatabase } from '../../lib/db/schema';
import type { Snapshot } from '../../lib/library/types';
import { generateSnapshot, mulberry32, type Rng } from '../library/gen';

const DATASET = new URL('../../../shared/summarization/vietnews-dev.jsonl', import.meta.url);

export async function seedNotebook(): Promise<{ db: SotayDatabase; data: Snapshot; rng: Rng }> {
  const sentences = readFileSync(DATASET, 'utf8').split('\n').filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { sentences: string[] }).sentences);
  const rng = mulberry32(2024);
  const data = generateSnapshot(rng, { articles: 5_000, highlights: 20_000, quotes: 10_000, glossary: 50, sentences });
  const db = new SotayDatabase(DB_NAME);
  await db.delete();
  await db.open();
  await db.transaction('rw', [db.articles, db.quotes, db.highlights, db.glossary], async () => {
    await db.articles.bulkAdd(data.articles);
    await db.quotes.bulkAdd(data.quotes);
    await db.highlights.bulkAdd(data.highlights);
    await db.glossary.bulkAdd(data.glossary);
  });
  return { db, data, rng };
}

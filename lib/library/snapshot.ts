import type { SotayDatabase } from '../db/schema';
import type { Snapshot } from './types';

/** The whole notebook, tombstones included, read in one transaction so the tables agree. */
export async function readSnapshot(db: SotayDatabase): Promise<Snapshot> {
  return db.transaction('r', [db.articles, db.quotes, db.highlights, db.glossary], async () => ({
    articles: await db.articles.toArray(),
    quotes: await db.quotes.toArray(),
    highlights: await db.highlights.toArray(),
    glossary: await db.glossary.toArray(),
  }));
}

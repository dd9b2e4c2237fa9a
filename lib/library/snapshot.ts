import type { SotayDatabase, Stamped } from '../db/schema';
import type { StampedTable } from '../db/stamped';
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

/**
 * The newest `limit` live entries of each kind, by when they were saved: enough for the page's first
 * screen, read in milliseconds where the whole notebook takes seconds (35,000 records: 2.5 s of
 * IndexedDB alone in Chromium here).
 */
export async function readNewest(db: SotayDatabase, limit: number): Promise<Snapshot> {
  const newest = <T extends Stamped>(table: StampedTable<T>): Promise<T[]> =>
    table.orderBy('createdAt').reverse().filter((r) => !r.deletedAt).limit(limit).toArray();
  return db.transaction('r', [db.articles, db.quotes, db.highlights, db.glossary], async () => {
    const articles = await newest(db.articles);
    const quotes = await newest(db.quotes);
    const highlights = await newest(db.highlights);
    // The articles those quotations and highlights come from, so each shows its source at once.
    const have = new Set(articles.map((a) => a.id));
    const sources = [...new Set([...quotes, ...highlights].map((r) => r.articleId))].filter((id) => !have.has(id));
    for (const a of await db.articles.bulkGet(sources)) if (a) articles.push(a);
    return { articles, quotes, highlights, glossary: await db.glossary.toArray() };
  });
}

/**
 * Every record written at or after `since` (by `updatedAt`, tombstones included). Each local write
 * stamps `updatedAt` with the time it is made (lib/db/stamped.ts), so this is what changed since a
 * read that began after `since`; a restore keeps the backup's older stamps and needs a whole read.
 */
export async function readChangedSince(db: SotayDatabase, since: number): Promise<Snapshot> {
  const changed = <T extends Stamped>(table: StampedTable<T>): Promise<T[]> => table.where('updatedAt').aboveOrEqual(since).toArray();
  return db.transaction('r', [db.articles, db.quotes, db.highlights, db.glossary], async () => ({
    articles: await changed(db.articles),
    quotes: await changed(db.quotes),
    highlights: await changed(db.highlights),
    glossary: await changed(db.glossary),
  }));
}

function laidOver<T extends Stamped>(base: T[], changed: T[]): T[] {
  if (changed.length === 0) return base;
  const byId = new Map(changed.map((r) => [r.id, r]));
  const out = base.map((r) => {
    const newer = byId.get(r.id);
    if (!newer) return r;
    byId.delete(r.id);
    return newer.updatedAt >= r.updatedAt ? newer : r;
  });
  // Records new since the base was read come first: they are the newest saved.
  return [...byId.values(), ...out];
}

/** `base` with the `changed` records in place of their older versions, and new ones added. */
export function withChanges(base: Snapshot, changed: Snapshot): Snapshot {
  return {
    articles: laidOver(base.articles, changed.articles),
    quotes: laidOver(base.quotes, changed.quotes),
    highlights: laidOver(base.highlights, changed.highlights),
    glossary: laidOver(base.glossary, changed.glossary),
  };
}

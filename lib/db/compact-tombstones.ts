/**
 * A deletion leaves a tombstone (lib/db/stamped.ts) so that a backup or another browser's copy,
 * merged later, cannot bring the record back. At first the tombstone keeps everything, so "undo"
 * and re-saving an article can revive it; after KEEP_DELETED_MS only the fact of the deletion is
 * kept: the article's text, the highlighted words, the notes and tags are emptied, in the database
 * and so in every later backup. Emptying is a new version (a later `updatedAt`, the same
 * `deletedAt`): a backup made before it holds the full tombstone with the old stamp, and restoring
 * it must not bring the words back.
 */
import type { ArticleRecord, GlossaryRecord, HighlightRecord, QuoteRecord, SotayDatabase, Stamped } from './schema';
import { nextStamp, type StampedTable } from './stamped';

export const KEEP_DELETED_MS = 30 * 24 * 60 * 60 * 1000;

/** Each table's record with what the reader wrote or saved emptied; ids, links and stamps kept. */
const EMPTIED = {
  articles: (r: ArticleRecord): ArticleRecord => ({
    ...r, title: '', sapo: null, byline: null, published: null, siteName: null, text: '', paragraphs: [], captions: [],
    wordCount: 0, readingMinutes: 0, tags: [], note: '',
  }),
  highlights: (r: HighlightRecord): HighlightRecord => ({ ...r, exact: '', prefix: '', suffix: '', note: '', tags: [] }),
  quotes: (r: QuoteRecord): QuoteRecord => ({ ...r, text: '', speaker: null, role: null, tags: [] }),
  glossary: (r: GlossaryRecord): GlossaryRecord => ({ ...r, long: '', note: '' }),
};

function alreadyEmptied<T>(r: T, emptied: (r: T) => T): boolean {
  // The spread keeps the record's own field order, so equal texts mean equal fields.
  return JSON.stringify(r) === JSON.stringify(emptied(r));
}

/** A highlight's tombstone that holds nothing but the deletion any more: undo has nothing to bring back. */
export function isEmptiedHighlight(r: HighlightRecord): boolean {
  return r.deletedAt !== undefined && alreadyEmptied(r, EMPTIED.highlights);
}

/**
 * Empties the tombstones deleted more than `keepMs` before `now`, in one transaction; returns how
 * many it emptied. Running it again changes nothing.
 */
export async function compactTombstones(db: SotayDatabase, now: number = Date.now(), keepMs: number = KEEP_DELETED_MS): Promise<number> {
  const before = now - keepMs;
  const old = <T extends Stamped>(r: T): boolean => r.deletedAt !== undefined && r.deletedAt < before;
  return db.transaction('rw', [db.articles, db.highlights, db.quotes, db.glossary], async () => {
    let count = 0;
    const compact = async <T extends Stamped>(table: StampedTable<T>, emptied: (r: T) => T) => {
      count += await table.filter((r) => old(r) && !alreadyEmptied(r, emptied)).modify((r) => {
        Object.assign(r, emptied(r), { updatedAt: nextStamp(r.updatedAt, now) });
      });
    };
    await compact(db.articles, EMPTIED.articles);
    await compact(db.highlights, EMPTIED.highlights);
    await compact(db.quotes, EMPTIED.quotes);
    await compact(db.glossary, EMPTIED.glossary);
    return count;
  });
}

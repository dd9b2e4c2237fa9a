import type { LibraryItem } from '../library/types';
import type { ArticleRecord, HighlightRecord, QuoteRecord, SotayDatabase, Stamped } from './schema';
import { nextStamp, type StampedTable } from './stamped';

/** What a bulk deletion removed, exactly as it was, so that undo can put it back. */
export interface Removed {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  highlights: HighlightRecord[];
}

/**
 * Deletes library items in one transaction, as tombstones. An article takes its quotations and
 * highlights with it (they would have no source left). Returns the live records it removed.
 */
export async function deleteItems(db: SotayDatabase, items: readonly LibraryItem[], now: number = Date.now()): Promise<Removed> {
  return db.transaction('rw', [db.articles, db.quotes, db.highlights], async () => {
    const removed: Removed = { articles: [], quotes: [], highlights: [] };
    const tomb = <T extends Stamped>(r: T): T => {
      const s = nextStamp(r.updatedAt, now);
      return { ...r, updatedAt: s, deletedAt: s };
    };
    const articleIds = items.filter((i) => i.kind === 'article').map((i) => i.record.id);
    const quoteIds = new Set(items.filter((i) => i.kind === 'quote').map((i) => i.record.id));
    const highlightIds = new Set(items.filter((i) => i.kind === 'highlight').map((i) => i.record.id));
    for (const a of await db.articles.bulkGet(articleIds)) if (a && !a.deletedAt) removed.articles.push(a);
    if (articleIds.length) {
      for (const q of await db.quotes.where('articleId').anyOf(articleIds).toArray()) quoteIds.add(q.id);
      for (const h of await db.highlights.where('articleId').anyOf(articleIds).toArray()) highlightIds.add(h.id);
    }
    for (const q of await db.quotes.bulkGet([...quoteIds])) if (q && !q.deletedAt) removed.quotes.push(q);
    for (const h of await db.highlights.bulkGet([...highlightIds])) if (h && !h.deletedAt) removed.highlights.push(h);
    await db.articles.bulkPut(removed.articles.map(tomb));
    await db.quotes.bulkPut(removed.quotes.map(tomb));
    await db.highlights.bulkPut(removed.highlights.map(tomb));
    return removed;
  });
}

/** Undo of `deleteItems`: the records come back as they were, as newer versions than the tombstones. */
export async function restoreItems(db: SotayDatabase, removed: Removed, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', [db.articles, db.quotes, db.highlights], async () => {
    const revive = async <T extends Stamped>(table: StampedTable<T>, rows: T[]) => {
      const current = await table.bulkGet(rows.map((r) => r.id));
      const back = rows.map((r, i) => {
        const { deletedAt: _gone, ...rest } = r;
        return { ...rest, updatedAt: nextStamp(current[i]?.updatedAt ?? r.updatedAt, now) };
      });
      // The records are whole rows of T without `deletedAt`; Dexie's insert type cannot see that.
      await table.bulkPut(back as unknown as Parameters<StampedTable<T>['bulkPut']>[0]);
    };
    await revive(db.articles, removed.articles);
    await revive(db.quotes, removed.quotes);
    await revive(db.highlights, removed.highlights);
  });
}

/** Adds a tag to every item (articles, quotations, highlights), in one transaction. */
export async function tagItems(db: SotayDatabase, items: readonly LibraryItem[], tag: string, now: number = Date.now()): Promise<number> {
  const clean = tag.normalize('NFC').trim();
  if (!clean) return 0;
  return db.transaction('rw', [db.articles, db.quotes, db.highlights], async () => {
    let changed = 0;
    for (const item of items) {
      const table = item.kind === 'article' ? db.articles : item.kind === 'quote' ? db.quotes : db.highlights;
      const current = await (table as typeof db.articles).get(item.record.id);
      if (!current || current.deletedAt || current.tags.includes(clean)) continue;
      await (table as typeof db.articles).put({ ...current, tags: [...current.tags, clean], updatedAt: nextStamp(current.updatedAt, now) });
      changed++;
    }
    return changed;
  });
}

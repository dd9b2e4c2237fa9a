/** The reader's saved quotations: typed wrappers the background service and pages call. */
import type { QuoteRecord, SotayDatabase } from './schema';
import { addStamped, listStamped, softDeleteStamped, updateStamped, type Changes, type NewFields } from './stamped';

export function addQuote(db: SotayDatabase, fields: NewFields<QuoteRecord>, now: number = Date.now()): Promise<QuoteRecord> {
  return addStamped(db, db.quotes, fields, now);
}

export function updateQuote(
  db: SotayDatabase,
  id: string,
  changes: Changes<QuoteRecord>,
  now: number = Date.now(),
): Promise<QuoteRecord | undefined> {
  return updateStamped(db, db.quotes, id, changes, now);
}

export function deleteQuote(db: SotayDatabase, id: string, now: number = Date.now()): Promise<boolean> {
  return softDeleteStamped(db, db.quotes, id, now);
}

/** Live quotations, all or those of one article. */
export function listQuotes(db: SotayDatabase, filter: { articleId?: string; url?: string } = {}): Promise<QuoteRecord[]> {
  if (filter.articleId) return listStamped(db.quotes, { field: 'articleId', value: filter.articleId });
  if (filter.url) return listStamped(db.quotes, { field: 'url', value: filter.url });
  return listStamped(db.quotes);
}

/** The reader's highlights (with their anchoring selectors): typed wrappers for background and pages. */
import type { HighlightRecord, SotayDatabase } from './schema';
import { addStamped, listStamped, softDeleteStamped, updateStamped, type Changes, type NewFields } from './stamped';

export async function addHighlight(
  db: SotayDatabase,
  fields: NewFields<HighlightRecord>,
  now: number = Date.now(),
): Promise<HighlightRecord> {
  if (fields.end < fields.start) throw new Error('A highlight cannot end before it starts.');
  return addStamped(db, db.highlights, fields, now);
}

export function updateHighlight(
  db: SotayDatabase,
  id: string,
  changes: Changes<HighlightRecord>,
  now: number = Date.now(),
): Promise<HighlightRecord | undefined> {
  return updateStamped(db, db.highlights, id, changes, now);
}

export function deleteHighlight(db: SotayDatabase, id: string, now: number = Date.now()): Promise<boolean> {
  return softDeleteStamped(db, db.highlights, id, now);
}

/** Live highlights, all or those of one article (by id or by its canonical URL), newest first. */
export function listHighlights(
  db: SotayDatabase,
  filter: { articleId?: string; url?: string } = {},
): Promise<HighlightRecord[]> {
  if (filter.articleId) return listStamped(db.highlights, { field: 'articleId', value: filter.articleId });
  if (filter.url) return listStamped(db.highlights, { field: 'url', value: filter.url });
  return listStamped(db.highlights);
}

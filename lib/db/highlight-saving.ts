import type { Selectors } from '../anchoring';
import type { Article } from '../article';
import { cleanUrl } from '../url';
import { ensureArticle } from './articles';
import { isEmptiedHighlight } from './compact-tombstones';
import type { HighlightRecord, SotayDatabase } from './schema';
export { selectorsOf } from './highlight-selectors';
import { nextStamp } from './stamped';

export interface NewHighlight {
  selectors: Selectors;
  color: HighlightRecord['color'];
  note: string;
  tags: string[];
}

/** Saves a highlight and its article in one transaction, so a highlight never lacks its source. */
export async function saveHighlight(
  db: SotayDatabase,
  article: Article,
  h: NewHighlight,
  now: number = Date.now(),
): Promise<HighlightRecord> {
  return db.transaction('rw', db.articles, db.highlights, async () => {
    const saved = await ensureArticle(db, article, now);
    const { quote, position } = h.selectors;
    const record: HighlightRecord = {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      articleId: saved.id,
      url: saved.url,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
      color: h.color,
      note: h.note,
      tags: h.tags,
    };
    await db.highlights.add(record);
    return record;
  });
}

/** Undo of a deletion: the tombstone comes back to life as a newer version. */
export async function undeleteHighlight(db: SotayDatabase, id: string, now: number = Date.now()): Promise<HighlightRecord | null> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (!existing?.deletedAt || isEmptiedHighlight(existing)) return null;
    const { deletedAt: _gone, ...rest } = existing;
    const record: HighlightRecord = { ...rest, updatedAt: nextStamp(existing.updatedAt, now) };
    await db.highlights.put(record);
    return record;
  });
}

/** Live highlights of a page (any variant of its URL), in page order. */
export async function highlightsForUrl(db: SotayDatabase, url: string): Promise<HighlightRecord[]> {
  const key = cleanUrl(url);
  if (!key) return [];
  const rows = await db.highlights.where('url').equals(key).toArray();
  return rows.filter((h) => !h.deletedAt).sort((a, b) => a.start - b.start);
}

/** The reader's note on a whole article; saving it saves the article. */
export async function setArticleNote(db: SotayDatabase, article: Article, note: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const record = await ensureArticle(db, article, now);
    await db.articles.put({ ...record, note, updatedAt: nextStamp(record.updatedAt, now) });
  });
}

import { articleFields, type Article } from '../article';
import { cleanUrl } from '../url';
import type { ArticleRecord, SotayDatabase } from './schema';
import { nextStamp } from './stamped';

export type SaveArticleResult = { record: ArticleRecord; created: boolean };

/**
 * Saves an article, keyed by its canonical URL: saving the same page again (even with tracking
 * parameters or a fragment) updates the one record and keeps the reader's tags and note.
 */
export async function saveArticle(
  db: SotayDatabase,
  article: Article,
  now: number = Date.now(),
): Promise<SaveArticleResult> {
  const url = article.url ? cleanUrl(article.url) : null;
  if (!url) throw new Error('An article needs a web address (http or https) to be saved.');
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('url').equals(url).first();
    const fields = { url, ...articleFields(article) };
    if (existing) {
      const record: ArticleRecord = { ...existing, ...fields, updatedAt: nextStamp(existing.updatedAt, now) };
      delete record.deletedAt;
      await db.articles.put(record);
      return { record, created: false };
    }
    const record: ArticleRecord = {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      tags: [],
      note: '',
      ...fields,
    };
    await db.articles.add(record);
    return { record, created: true };
  });
}

/**
 * The saved article for a highlight, quotation or note: the one already saved is kept as it is (the
 * reader's copy is not replaced by whatever the page shows today); a missing or deleted one is saved.
 */
export async function ensureArticle(db: SotayDatabase, article: Article, now: number = Date.now()): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const existing = article.url ? await findArticleByUrl(db, article.url) : undefined;
    return existing ?? (await saveArticle(db, article, now)).record;
  });
}

/** The saved, not deleted, article at this URL (any variant of it), if any. */
export async function findArticleByUrl(
  db: SotayDatabase,
  url: string,
): Promise<ArticleRecord | undefined> {
  const key = cleanUrl(url);
  if (!key) return undefined;
  const record = await db.articles.where('url').equals(key).first();
  return record && !record.deletedAt ? record : undefined;
}

import type { SotayDatabase, Stamped } from './schema';
import { nextStamp } from './stamped';

/**
 * Deletes an article with its quotations and highlights, all as tombstones in one transaction: a
 * highlight without its article could neither be shown nor exported with a source.
 * False when the article is missing or already deleted.
 */
export async function deleteArticle(db: SotayDatabase, id: string, now: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', [db.articles, db.quotes, db.highlights], async () => {
    const article = await db.articles.get(id);
    if (!article || article.deletedAt) return false;
    const stamp = nextStamp(article.updatedAt, now);
    await db.articles.put({ ...article, updatedAt: stamp, deletedAt: stamp });
    const tombstone = <T extends Stamped>(child: T): T => {
      const s = nextStamp(child.updatedAt, now);
      return { ...child, updatedAt: s, deletedAt: s };
    };
    const quotes = await db.quotes.where('articleId').equals(id).toArray();
    await db.quotes.bulkPut(quotes.filter((q) => !q.deletedAt).map(tombstone));
    const highlights = await db.highlights.where('articleId').equals(id).toArray();
    await db.highlights.bulkPut(highlights.filter((h) => !h.deletedAt).map(tombstone));
    return true;
  });
}

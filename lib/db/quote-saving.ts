import type { Article } from '../article';
import type { Quote } from '../quotes';
import { cleanUrl } from '../url';
import { ensureArticle } from './articles';
import type { QuoteRecord, SotayDatabase } from './schema';

/**
 * Saves a quotation with its source: the article is saved (or refreshed) in the same transaction,
 * so a quote never points at a missing article. Saving the same words from the same page again
 * returns the existing record.
 */
export async function saveQuote(
  db: SotayDatabase,
  article: Article,
  quote: Quote,
  now: number = Date.now(),
): Promise<{ record: QuoteRecord; created: boolean }> {
  return db.transaction('rw', db.articles, db.quotes, async () => {
    const saved = await ensureArticle(db, article, now);
    const existing = await db.quotes
      .where('url')
      .equals(saved.url)
      .filter((q) => q.text === quote.text && !q.deletedAt)
      .first();
    if (existing) return { record: existing, created: false };
    const record: QuoteRecord = {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      articleId: saved.id,
      url: saved.url,
      text: quote.text,
      start: quote.start,
      speaker: quote.speaker,
      role: quote.role,
      kind: quote.kind,
      tags: [],
    };
    await db.quotes.add(record);
    return { record, created: true };
  });
}

/** The quotations saved from this page (any variant of its URL), not deleted. */
export async function savedQuotesFor(db: SotayDatabase, url: string): Promise<QuoteRecord[]> {
  const key = cleanUrl(url);
  if (!key) return [];
  return db.quotes.where('url').equals(key).filter((q) => !q.deletedAt).toArray();
}

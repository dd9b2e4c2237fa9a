/**
 * Articles are unique by canonical URL as well as by id (`&url` in the schema): the same page saved
 * on two browsers has two ids. Before merging a backup, an incoming article whose URL is already
 * stored under another id takes the local id, and its quotations and highlights follow it, so the
 * merge unites the two copies instead of failing on the unique index. Keeping the local id makes a
 * second restore of the same file map the same way, so it stays a no-op.
 */
import type { ArticleRecord, HighlightRecord, QuoteRecord } from '../db/schema';

export interface NotebookRecords {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  highlights: HighlightRecord[];
}

export interface Aligned<T extends NotebookRecords> {
  records: T;
  /** incoming article id → local article id, for the articles that were renamed. */
  renamed: Map<string, string>;
}

export function alignArticlesByUrl<T extends NotebookRecords>(
  localArticles: readonly Pick<ArticleRecord, 'id' | 'url'>[],
  incoming: T,
): Aligned<T> {
  const localIdByUrl = new Map<string, string>();
  const localIds = new Set<string>();
  for (const a of localArticles) {
    localIdByUrl.set(a.url, a.id);
    localIds.add(a.id);
  }
  const renamed = new Map<string, string>();
  for (const a of incoming.articles) {
    const localId = localIdByUrl.get(a.url);
    // Same id: the ordinary merge handles it. Renaming only when the incoming id is not a local
    // article too, which would otherwise be overwritten by a different page.
    if (localId !== undefined && localId !== a.id && !localIds.has(a.id)) renamed.set(a.id, localId);
  }
  if (renamed.size === 0) return { records: incoming, renamed };
  const rename = (id: string): string => renamed.get(id) ?? id;
  return {
    records: {
      ...incoming,
      articles: incoming.articles.map((a) => (renamed.has(a.id) ? { ...a, id: rename(a.id) } : a)),
      quotes: incoming.quotes.map((q) => (renamed.has(q.articleId) ? { ...q, articleId: rename(q.articleId) } : q)),
      highlights: incoming.highlights.map((h) => (renamed.has(h.articleId) ? { ...h, articleId: rename(h.articleId) } : h)),
    },
    renamed,
  };
}

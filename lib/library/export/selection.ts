/**
 * What an export contains. Choosing an article brings its quotations and highlights; choosing a
 * quotation or highlight brings its article as the source (metadata, citation) but not the
 * article's other entries. Deleted records never leave the notebook through an export.
 */
import type { ArticleRecord, HighlightRecord, QuoteRecord } from '../../db/schema';
import type { Snapshot } from '../types';

export interface ExportSet {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  highlights: HighlightRecord[];
}

export interface ExportChoice {
  articleIds?: Iterable<string>;
  quoteIds?: Iterable<string>;
  highlightIds?: Iterable<string>;
}

/** `'all'`: every live record. Entries keep the snapshot's order; articles oldest saved first. */
export function selectForExport(snapshot: Pick<Snapshot, 'articles' | 'quotes' | 'highlights'>, choice: ExportChoice | 'all'): ExportSet {
  const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
  const articles = live(snapshot.articles).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const liveArticleIds = new Set(articles.map((a) => a.id));
  if (choice === 'all') {
    return {
      articles,
      quotes: live(snapshot.quotes).filter((q) => liveArticleIds.has(q.articleId)),
      highlights: live(snapshot.highlights).filter((h) => liveArticleIds.has(h.articleId)),
    };
  }
  const chosenArticles = new Set(choice.articleIds ?? []);
  const chosenQuotes = new Set(choice.quoteIds ?? []);
  const chosenHighlights = new Set(choice.highlightIds ?? []);
  const quotes = live(snapshot.quotes).filter(
    (q) => liveArticleIds.has(q.articleId) && (chosenQuotes.has(q.id) || chosenArticles.has(q.articleId)),
  );
  const highlights = live(snapshot.highlights).filter(
    (h) => liveArticleIds.has(h.articleId) && (chosenHighlights.has(h.id) || chosenArticles.has(h.articleId)),
  );
  const needed = new Set([...chosenArticles, ...quotes.map((q) => q.articleId), ...highlights.map((h) => h.articleId)]);
  return { articles: articles.filter((a) => needed.has(a.id)), quotes, highlights };
}

/** Entries grouped by article id, in the article's text order. */
export function byArticle<T extends { articleId: string; start: number }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.articleId);
    if (list) list.push(r);
    else map.set(r.articleId, [r]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

/** "2023-12-05" from an ISO date-time, a plain date, or ms; '' when unknown. */
export function isoDay(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const t = typeof value === 'number' ? value : Date.parse(value);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

/**
 * What the library page works on: the three kinds of notebook entries a reader searches, filters and
 * exports. A `Snapshot` is the whole notebook read once (tombstones included, so merges and backups
 * see deletions); search and export take one so they stay pure and testable without a database.
 */
import type { ArticleRecord, GlossaryRecord, HighlightRecord, QuoteRecord } from '../db/schema';

export type LibraryKind = 'article' | 'quote' | 'highlight';

export type LibraryItem =
  | { kind: 'article'; record: ArticleRecord }
  | { kind: 'quote'; record: QuoteRecord }
  | { kind: 'highlight'; record: HighlightRecord };

export interface Snapshot {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  highlights: HighlightRecord[];
  glossary: GlossaryRecord[];
}

/** A file an export produces; the page turns it into a download (no DOM here). */
export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

/** Every live (not deleted) entry of a snapshot as items, articles first. */
export function liveItems(snapshot: Pick<Snapshot, 'articles' | 'quotes' | 'highlights'>): LibraryItem[] {
  const out: LibraryItem[] = [];
  for (const record of snapshot.articles) if (!record.deletedAt) out.push({ kind: 'article', record });
  for (const record of snapshot.quotes) if (!record.deletedAt) out.push({ kind: 'quote', record });
  for (const record of snapshot.highlights) if (!record.deletedAt) out.push({ kind: 'highlight', record });
  return out;
}

/** The article an item belongs to (an article belongs to itself). */
export function articleIdOf(item: LibraryItem): string {
  return item.kind === 'article' ? item.record.id : item.record.articleId;
}

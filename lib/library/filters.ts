/**
 * Narrowing and ordering the library's entries: pure functions over records. Values within one
 * filter are alternatives (site A or site B), different filters all apply, and tags are required
 * together (choosing two tags narrows). Names compare case-insensitively but keep diacritics:
 * "Luật" and "lụt" are different tags.
 */
import type { ArticleRecord, HighlightRecord } from '../db/schema';
import { nfc } from '../text/normalize';
import { articleIdOf, type LibraryItem, type LibraryKind } from './types';

export type HighlightColor = HighlightRecord['color'];

/** Inclusive bounds in ms since epoch; either may be open. */
export interface DateRange {
  from?: number;
  to?: number;
}

export interface LibraryFilters {
  kinds?: readonly LibraryKind[];
  sites?: readonly string[];
  /** Quotations only: setting it leaves out articles and highlights. */
  speakers?: readonly string[];
  tags?: readonly string[];
  /** Highlights only: setting it leaves out articles and quotations. */
  colors?: readonly HighlightColor[];
  /** When the entry was saved (`createdAt`). */
  saved?: DateRange;
  /** When its article was published; entries of undated articles are left out. */
  published?: DateRange;
}

export type SortOrder = 'relevance' | 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc';

export type ArticleLookup = (id: string) => ArticleRecord | undefined;

export function nameKey(name: string): string {
  return nfc(name).trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The site an article is shown under: its name, else the web address's host. */
export function siteOf(article: Pick<ArticleRecord, 'siteName' | 'url'>): string {
  if (article.siteName?.trim()) return article.siteName.trim();
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function publishedTime(article: ArticleRecord | undefined): number | undefined {
  if (!article?.published) return undefined;
  const t = Date.parse(article.published);
  return Number.isNaN(t) ? undefined : t;
}

const inRange = (t: number, r: DateRange) => (r.from === undefined || t >= r.from) && (r.to === undefined || t <= r.to);
const keys = (values: readonly string[] | undefined) => (values?.length ? new Set(values.map(nameKey)) : undefined);

/** Builds a predicate once (name keys precomputed) to test many items. */
export function compileFilters(filters: LibraryFilters, articleOf: ArticleLookup): (item: LibraryItem) => boolean {
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : undefined;
  const sites = keys(filters.sites);
  const speakers = keys(filters.speakers);
  const tags = filters.tags?.length ? [...new Set(filters.tags.map(nameKey))] : undefined;
  const colors = filters.colors?.length ? new Set(filters.colors) : undefined;
  const { saved, published } = filters;
  return (item) => {
    if (kinds && !kinds.has(item.kind)) return false;
    if (speakers && (item.kind !== 'quote' || !item.record.speaker || !speakers.has(nameKey(item.record.speaker)))) return false;
    if (colors && (item.kind !== 'highlight' || !colors.has(item.record.color))) return false;
    if (tags) {
      const own = new Set(item.record.tags.map(nameKey));
      if (!tags.every((t) => own.has(t))) return false;
    }
    if (saved && !inRange(item.record.createdAt, saved)) return false;
    if (sites || published) {
      const article = item.kind === 'article' ? item.record : articleOf(articleIdOf(item));
      if (sites && (!article || !sites.has(nameKey(siteOf(article))))) return false;
      if (published) {
        const t = publishedTime(article);
        if (t === undefined || !inRange(t, published)) return false;
      }
    }
    return true;
  };
}

export function filterItems(items: Iterable<LibraryItem>, filters: LibraryFilters, articleOf: ArticleLookup): LibraryItem[] {
  const keep = compileFilters(filters, articleOf);
  const out: LibraryItem[] = [];
  for (const item of items) if (keep(item)) out.push(item);
  return out;
}

export interface Ranked {
  item: LibraryItem;
  score: number;
}

/**
 * Sorts in place and returns the array. Ties (and undated articles, which go last) fall back to
 * newest saved, then id, so the order is stable across calls.
 */
export function sortRanked<T extends Ranked>(entries: T[], order: SortOrder, articleOf: ArticleLookup): T[] {
  const pub = new Map<T, number>();
  if (order === 'published-desc' || order === 'published-asc') {
    for (const e of entries) {
      const article = e.item.kind === 'article' ? e.item.record : articleOf(articleIdOf(e.item));
      pub.set(e, publishedTime(article) ?? Number.NaN);
    }
  }
  const fallback = (a: T, b: T) =>
    b.item.record.createdAt - a.item.record.createdAt || (a.item.record.id < b.item.record.id ? -1 : a.item.record.id > b.item.record.id ? 1 : 0);
  const byPublished = (dir: 1 | -1) => (a: T, b: T) => {
    const x = pub.get(a) ?? Number.NaN;
    const y = pub.get(b) ?? Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? fallback(a, b) : Number.isNaN(x) ? 1 : -1;
    return dir * (x - y) || fallback(a, b);
  };
  const compare: Record<SortOrder, (a: T, b: T) => number> = {
    relevance: (a, b) => b.score - a.score || fallback(a, b),
    'saved-desc': fallback,
    'saved-asc': (a, b) => a.item.record.createdAt - b.item.record.createdAt || fallback(a, b),
    'published-desc': byPublished(-1),
    'published-asc': byPublished(1),
  };
  return entries.sort(compare[order]);
}

export function sortItems(items: LibraryItem[], order: Exclude<SortOrder, 'relevance'>, articleOf: ArticleLookup): LibraryItem[] {
  return sortRanked(items.map((item) => ({ item, score: 0 })), order, articleOf).map((r) => r.item);
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  sites: Facet[];
  speakers: Facet[];
  tags: Facet[];
  colors: Facet[];
}

/** The values the filter menus offer, with how many entries carry each, most frequent first. */
export function facets(items: Iterable<LibraryItem>, articleOf: ArticleLookup): Facets {
  const counters = { sites: new Map<string, Facet>(), speakers: new Map<string, Facet>(), tags: new Map<string, Facet>(), colors: new Map<string, Facet>() };
  const bump = (map: Map<string, Facet>, value: string | null | undefined) => {
    if (!value?.trim()) return;
    const key = nameKey(value);
    const f = map.get(key);
    if (f) f.count++;
    else map.set(key, { value: value.trim(), count: 1 });
  };
  for (const item of items) {
    const article = item.kind === 'article' ? item.record : articleOf(articleIdOf(item));
    if (article) bump(counters.sites, siteOf(article));
    for (const t of item.record.tags) bump(counters.tags, t);
    if (item.kind === 'quote') bump(counters.speakers, item.record.speaker);
    if (item.kind === 'highlight') bump(counters.colors, item.record.color);
  }
  const list = (m: Map<string, Facet>) => [...m.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'vi'));
  return { sites: list(counters.sites), speakers: list(counters.speakers), tags: list(counters.tags), colors: list(counters.colors) };
}

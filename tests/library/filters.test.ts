import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/db/schema';
import { facets, filterItems, sortItems } from '../../lib/library/filters';
import type { LibraryItem } from '../../lib/library/types';

const art = (id: string, site: string | null, published: string | null, createdAt: number, tags: string[] = []): ArticleRecord => ({
  id, createdAt, updatedAt: createdAt, url: `https://www.${id}.vn/x`, title: id, sapo: null, byline: null, published, siteName: site,
  lang: 'vi', text: '', paragraphs: [], captions: [], wordCount: 0, readingMinutes: 0, tags, note: '',
});
const A = art('a', 'VnExpress', '2023-01-10', 100, ['Luật', 'FDI']);
const B = art('b', 'Tuổi Trẻ', '2024-06-01', 300, ['lụt']);
const C = art('c', null, null, 200);
const articles = new Map([A, B, C].map((x) => [x.id, x]));
const lookup = (id: string) => articles.get(id);
const items: LibraryItem[] = [
  { kind: 'article', record: A }, { kind: 'article', record: B }, { kind: 'article', record: C },
  { kind: 'quote', record: { id: 'q', createdAt: 250, updatedAt: 250, articleId: 'b', url: B.url, text: 't', start: 0, speaker: 'Ông An', role: null, kind: 'direct', tags: ['luật'] } },
  { kind: 'highlight', record: { id: 'h', createdAt: 150, updatedAt: 150, articleId: 'a', url: A.url, exact: 'x', prefix: '', suffix: '', start: 0, end: 1, color: 'blue', note: '', tags: ['FDI', 'luật'] } },
];
const ids = (xs: LibraryItem[]) => xs.map((x) => x.record.id);

describe('filters', () => {
  it('filters by site (name, or host when unnamed), case-insensitively, entries inheriting their article', () => {
    expect(ids(filterItems(items, { sites: ['vnexpress'] }, lookup))).toEqual(['a', 'h']);
    expect(ids(filterItems(items, { sites: ['c.vn', 'Tuổi Trẻ'] }, lookup))).toEqual(['b', 'c', 'q']);
  });
  it('filters by speaker and colour (only quotations / highlights qualify)', () => {
    expect(ids(filterItems(items, { speakers: ['ông an'] }, lookup))).toEqual(['q']);
    expect(ids(filterItems(items, { colors: ['blue'] }, lookup))).toEqual(['h']);
    expect(ids(filterItems(items, { colors: ['pink'] }, lookup))).toEqual([]);
  });
  it('requires all chosen tags, keeping diacritics apart ("Luật" ≠ "lụt")', () => {
    expect(ids(filterItems(items, { tags: ['luật'] }, lookup))).toEqual(['a', 'q', 'h']);
    expect(ids(filterItems(items, { tags: ['luật', 'fdi'] }, lookup))).toEqual(['a', 'h']);
    expect(ids(filterItems(items, { tags: ['lụt'] }, lookup))).toEqual(['b']);
  });
  it('filters by date saved and date published, and combines filters', () => {
    expect(ids(filterItems(items, { saved: { from: 150, to: 250 } }, lookup))).toEqual(['c', 'q', 'h']);
    expect(ids(filterItems(items, { published: { from: Date.parse('2024-01-01') } }, lookup))).toEqual(['b', 'q']);
    expect(ids(filterItems(items, { published: { to: Date.parse('2024-01-01') }, kinds: ['highlight'] }, lookup))).toEqual(['h']);
    expect(ids(filterItems(items, { sites: ['Tuổi Trẻ'], tags: ['luật'], kinds: ['quote'] }, lookup))).toEqual(['q']);
  });
  it('sorts by date saved or published (undated last), stably', () => {
    expect(ids(sortItems([...items], 'saved-desc', lookup))).toEqual(['b', 'q', 'c', 'h', 'a']);
    expect(ids(sortItems([...items], 'saved-asc', lookup))).toEqual(['a', 'h', 'c', 'q', 'b']);
    expect(ids(sortItems([...items], 'published-desc', lookup))).toEqual(['b', 'q', 'h', 'a', 'c']);
    expect(ids(sortItems([...items], 'published-asc', lookup))).toEqual(['h', 'a', 'b', 'q', 'c']);
  });
  it('counts facets for the filter menus', () => {
    const f = facets(items, lookup);
    expect(f.sites).toEqual([{ value: 'Tuổi Trẻ', count: 2 }, { value: 'VnExpress', count: 2 }, { value: 'c.vn', count: 1 }]);
    expect(f.tags.find((t) => t.value === 'Luật')?.count).toBe(3);
    expect(f.speakers).toEqual([{ value: 'Ông An', count: 1 }]);
  });
});

import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { deleteItems, restoreItems, tagItems } from '../../lib/db/bulk';
import { saveHighlight } from '../../lib/db/highlight-saving';
import { saveQuote } from '../../lib/db/quote-saving';
import { SotayDatabase } from '../../lib/db/schema';
import { liveItems } from '../../lib/library/types';
import { readSnapshot } from '../../lib/library/snapshot';
import { testArticle } from './test-article';

const article = (n: number) => testArticle({ url: `https://tuoitre.vn/bai-${n}.htm`, title: `Bài ${n}`, siteName: 'Tuổi Trẻ' });

let db: SotayDatabase;
withFreshDatabase(async (opened) => {
  db = opened;
  await saveQuote(db, article(1), { text: 'câu một', start: 0, end: 7, speaker: 'A', role: null, kind: 'direct' });
  await saveHighlight(db, article(1), {
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'đoạn', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
    color: 'yellow',
    note: '',
    tags: [],
  });
  await saveQuote(db, article(2), { text: 'câu hai', start: 0, end: 7, speaker: 'B', role: null, kind: 'direct' });
});

const live = async () => liveItems(await readSnapshot(db)).map((i) => `${i.kind}:${'title' in i.record ? i.record.title : 'text' in i.record ? i.record.text : i.record.exact}`).sort();

describe('bulk operations', () => {
  it('deletes an article with its quotations and highlights, and undo brings all back', async () => {
    const before = await live();
    const items = liveItems(await readSnapshot(db)).filter((i) => i.kind === 'article' && i.record.url.endsWith('bai-1.htm'));
    const removed = await deleteItems(db, items);
    expect([removed.articles.length, removed.quotes.length, removed.highlights.length]).toEqual([1, 1, 1]);
    expect(await live()).toEqual(['article:Bài 2', 'quote:câu hai']);
    await restoreItems(db, removed);
    expect(await live()).toEqual(before);
  });

  it('tags several items at once, once each', async () => {
    const items = liveItems(await readSnapshot(db)).filter((i) => i.kind === 'quote');
    expect(await tagItems(db, items, ' FDI ')).toBe(2);
    expect(await tagItems(db, items, 'FDI')).toBe(0);
    expect((await db.quotes.toArray()).map((q) => q.tags)).toEqual([['FDI'], ['FDI']]);
  });
});

import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { deleteHighlight } from '../../lib/db/highlights';
import { highlightsForUrl, saveHighlight, selectorsOf, setArticleNote, undeleteHighlight } from '../../lib/db/highlight-saving';
import { SotayDatabase } from '../../lib/db/schema';
import { testArticle } from './test-article';

const article = testArticle();
const selectors = (start: number, exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'trước ', suffix: ' sau' },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
});

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

describe('highlights', () => {
  it('saves highlights with their article and lists them in page order for any URL variant', async () => {
    await saveHighlight(db, article, { selectors: selectors(50, 'thành phố'), color: 'green', note: 'ghi chú', tags: ['FDI'] });
    const first = await saveHighlight(db, article, { selectors: selectors(10, 'Bình Dương'), color: 'yellow', note: '', tags: [] });
    expect(await db.articles.count()).toBe(1);
    const listed = await highlightsForUrl(db, `${article.url}?utm_source=x#y`);
    expect(listed.map((h) => h.exact)).toEqual(['Bình Dương', 'thành phố']);
    expect(selectorsOf(listed[0]!)).toEqual(selectors(10, 'Bình Dương'));
    expect(listed[0]!.id).toBe(first.id);
  });

  it('undoes a deletion, and only a deletion', async () => {
    const h = await saveHighlight(db, article, { selectors: selectors(1, 'a'), color: 'blue', note: 'n', tags: [] }, 100);
    expect(await undeleteHighlight(db, h.id)).toBeNull();
    await deleteHighlight(db, h.id, 200);
    expect(await highlightsForUrl(db, article.url!)).toEqual([]);
    const back = await undeleteHighlight(db, h.id, 300);
    expect(back).toMatchObject({ id: h.id, note: 'n', updatedAt: 300 });
    expect(back!.deletedAt).toBeUndefined();
    expect((await highlightsForUrl(db, article.url!)).map((x) => x.id)).toEqual([h.id]);
  });

  it('keeps the reader’s saved copy of the article when highlighting a changed page', async () => {
    const { saveArticle } = await import('../../lib/db/articles');
    await saveArticle(db, { ...article, text: 'bản đã lưu' });
    await saveHighlight(db, { ...article, text: 'trang đã sửa' }, { selectors: selectors(1, 'a'), color: 'pink', note: '', tags: [] });
    expect((await db.articles.toArray()).map((a) => a.text)).toEqual(['bản đã lưu']);
  });

  it('keeps a note on the article as a whole', async () => {
    await setArticleNote(db, article, 'Đọc kỹ phần KCN');
    expect((await db.articles.toArray())[0]!.note).toBe('Đọc kỹ phần KCN');
  });
});

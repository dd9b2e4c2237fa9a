import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { saveQuote, savedQuotesFor } from '../../lib/db/quote-saving';
import { SotayDatabase } from '../../lib/db/schema';
import type { Quote } from '../../lib/quotes';
import { testArticle } from './test-article';

const article = testArticle({
  title: 'Kiến tạo cộng đồng thông minh',
  byline: 'Ngọc Thanh',
  published: '2023-12-05T08:30:24+07:00',
  text: '“Chúng tôi vừa xây dựng nhà máy thứ 4”, ông Nguyễn Trọng Luật nói.',
  wordCount: 12,
});
const quote: Quote = {
  text: 'Chúng tôi vừa xây dựng nhà máy thứ 4',
  start: 1,
  end: 37,
  speaker: 'Nguyễn Trọng Luật',
  role: 'Tổng Giám đốc Cicor Việt Nam',
  kind: 'direct',
};

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

describe('saveQuote', () => {
  it('saves the quotation with its speaker and the article it came from', async () => {
    const { record, created } = await saveQuote(db, article, quote, 42);
    expect(created).toBe(true);
    expect(record).toMatchObject({ speaker: 'Nguyễn Trọng Luật', role: 'Tổng Giám đốc Cicor Việt Nam', createdAt: 42 });
    const saved = await db.articles.get(record.articleId);
    expect(saved).toMatchObject({ title: 'Kiến tạo cộng đồng thông minh', byline: 'Ngọc Thanh', url: article.url });
  });

  it('does not duplicate a quotation saved twice, even from a URL with tracking parameters', async () => {
    const first = await saveQuote(db, article, quote);
    const again = await saveQuote(db, { ...article, url: `${article.url}?utm_source=fb#c` }, quote);
    expect(again).toEqual({ record: first.record, created: false });
    expect(await db.quotes.count()).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect((await savedQuotesFor(db, `${article.url}#x`)).map((q) => q.text)).toEqual([quote.text]);
  });

  it('writes nothing when the article cannot be saved', async () => {
    await expect(saveQuote(db, { ...article, url: null }, quote)).rejects.toThrow();
    expect(await db.quotes.count()).toBe(0);
  });
});

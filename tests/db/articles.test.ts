import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { findArticleByUrl, saveArticle } from '../../lib/db/articles';
import { SotayDatabase } from '../../lib/db/schema';

function article(overrides: Partial<Article> = {}): Article {
  const text = 'Sapo.\n\nĐoạn một.';
  return {
    url: 'https://baobinhduong.vn/kien-tao-a312345.html',
    title: 'Kiến tạo cộng đồng thông minh',
    sapo: 'Sapo.',
    byline: 'Ngọc Thanh',
    published: '2023-12-05T08:30:24+07:00',
    siteName: 'Báo Bình Dương',
    lang: 'vi',
    text,
    blocks: [{ kind: 'paragraph', text: 'Đoạn một.', start: 7 }],
    paragraphs: ['Đoạn một.'],
    captions: [],
    wordCount: 4,
    readingMinutes: 1,
    ...overrides,
  };
}

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

describe('saveArticle', () => {
  it('stores a new article with a UUID and timestamps', async () => {
    const { record, created } = await saveArticle(db, article(), 1000);
    expect(created).toBe(true);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record).toMatchObject({ createdAt: 1000, updatedAt: 1000, title: 'Kiến tạo cộng đồng thông minh' });
    expect(await db.articles.count()).toBe(1);
  });

  it('updates instead of duplicating when the same page is saved again, even with tracking parameters', async () => {
    const first = await saveArticle(db, article(), 1000);
    await db.articles.update(first.record.id, { tags: ['FDI'], note: 'đọc lại' });
    const again = await saveArticle(
      db,
      article({ url: 'https://baobinhduong.vn/kien-tao-a312345.html?utm_source=facebook&fbclid=x#binh-luan', title: 'Tiêu đề mới' }),
      2000,
    );
    expect(again.created).toBe(false);
    expect(again.record.id).toBe(first.record.id);
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.record.id);
    expect(stored).toMatchObject({ title: 'Tiêu đề mới', createdAt: 1000, updatedAt: 2000, tags: ['FDI'], note: 'đọc lại' });
  });

  it('refuses an article without a URL and writes nothing', async () => {
    await expect(saveArticle(db, article({ url: null }))).rejects.toThrow(/web address/);
    expect(await db.articles.count()).toBe(0);
  });

  it('finds a saved article by any variant of its URL', async () => {
    await saveArticle(db, article());
    const found = await findArticleByUrl(db, 'https://BAOBINHDUONG.vn/kien-tao-a312345.html?utm_medium=social#top');
    expect(found?.title).toBe('Kiến tạo cộng đồng thông minh');
    expect(await findArticleByUrl(db, 'https://baobinhduong.vn/khac-a1.html')).toBeUndefined();
  });
});

describe('schema', () => {
  it('rejects a second record with the same URL at the database level', async () => {
    await saveArticle(db, article());
    const { record } = await saveArticle(db, article(), 5);
    await expect(db.articles.add({ ...record, id: crypto.randomUUID() })).rejects.toThrow();
  });
});

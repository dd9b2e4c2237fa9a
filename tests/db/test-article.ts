import type { Article } from '../../lib/article';

/** A saved-article input for database tests: the BDO address and only the fields a test names. */
export function testArticle(fields: Partial<Article> = {}): Article {
  return {
    url: 'https://baobinhduong.vn/kien-tao-a312345.html',
    title: 'Kiến tạo',
    sapo: null,
    byline: null,
    published: null,
    siteName: 'Báo Bình Dương',
    lang: 'vi',
    text: 'x',
    blocks: [],
    paragraphs: [],
    captions: [],
    wordCount: 1,
    readingMinutes: 1,
    ...fields,
  };
}

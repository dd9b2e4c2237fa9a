/**
 * Every saved page: real ones from ../shared/corpus/html and this project's fixtures. A page with an
 * expected.json must come out as that article; a page without one must be reported as not an article.
 */
import { describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../../lib/article';
import { extract } from '../../lib/extract';
import { allPages, articleBody, expectedBody, loadDoc, norm, tokenF1 } from './helpers';

const BOILERPLATE = ['Chia sẻ bài viết', 'LƯU Ý: BDO', 'Gửi file đính kèm', 'Quay lên trên'];

const pages = allPages();
const articles = pages.filter((p) => p.expected);
const nonArticles = pages.filter((p) => !p.expected);

describe.each(articles)('article page $name ($origin)', (page) => {
  const expected = page.expected!;
  const doc = loadDoc(page);
  const before = doc.documentElement.outerHTML.length;
  const result = extract(doc);
  const article = result as Article;

  it('is an article', () => {
    expect(isArticle(result), JSON.stringify(result)).toBe(true);
  });

  it('leaves the page untouched', () => {
    expect(doc.documentElement.outerHTML.length).toBe(before);
  });

  it('has the exact title, date, byline, sapo and site', () => {
    expect(norm(article.title)).toBe(norm(expected.title));
    expect(article.published).toBe(expected.published);
    expect(norm(article.byline)).toBe(norm(expected.byline));
    expect(norm(article.sapo)).toBe(norm(expected.sapo));
    expect(norm(article.siteName)).toBe(norm(expected.siteName));
  });

  const f1 = isArticle(result) ? tokenF1(articleBody(article), expectedBody(expected)) : 0;
  it(`body + captions token F1 = ${f1.toFixed(3)} (≥ 0.95)`, () => {
    console.log(`[extract] ${page.name}: token F1 ${f1.toFixed(4)}`);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps captions apart from paragraphs', () => {
    expect(article.captions.map(norm)).toEqual(expected.captions.map(norm));
  });

  it('drops page furniture, the sapo repeat and the author line', () => {
    const text = article.text;
    for (const s of [...expected.absent, ...BOILERPLATE]) expect(text, s).not.toContain(s);
    expect(article.paragraphs.map(norm)).not.toContain(norm(expected.sapo));
  });

  it('gives blocks with offsets into one NFC text', () => {
    expect(article.text).toBe(article.text.normalize('NFC'));
    if (article.sapo) expect(article.text.startsWith(article.sapo)).toBe(true);
    for (const b of article.blocks) expect(article.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(article.wordCount).toBeGreaterThan(50);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.lang).toBe('vi');
    expect(article.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
  });
});

describe.each(nonArticles)('non-article page $name ($origin)', (page) => {
  it('is reported as not an article, without throwing', () => {
    const result = extract(loadDoc(page));
    expect(isArticle(result)).toBe(false);
    if (!isArticle(result)) {
      expect(['not-readerable', 'no-content']).toContain(result.reason);
      expect(result.title.length).toBeGreaterThan(0);
    }
  });
});

it('covers the five real pages and four fixtures', () => {
  expect(pages.filter((p) => p.origin === 'corpus').length).toBe(5);
  expect(pages.filter((p) => p.origin === 'fixture').length).toBeGreaterThanOrEqual(4);
  expect(nonArticles.map((p) => p.name)).toEqual(
    expect.arrayContaining(['vnexpress-podcast-not-an-article', 'home-page-not-article']),
  );
});

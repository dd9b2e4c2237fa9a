import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isArticle, type Article } from '../../lib/article';
import { articleContainer, articleRangeMapper, headlineOf, titleRangeMapper } from '../../lib/decorate/article-ranges';
import { titleToRead, withTitleOffsets } from '../../lib/decorate/title-acronyms';
import { findAcronyms, loadGlossary } from '../../lib/acronyms';
import { extract } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/node-dom';

const BDO = readFileSync(new URL('../fixtures/html/bdo-horasis-2023.html', import.meta.url), 'utf8');

function bdo(): { doc: Document; article: Article } {
  const doc = parseHtml(BDO, 'https://baobinhduong.vn/kien-tao-a312345.html');
  const article = extract(doc, doc.URL);
  if (!isArticle(article)) throw new Error('fixture is not an article');
  return { doc, article };
}

describe('articleRangeMapper', () => {
  it('maps every occurrence of a word in the article to the same word on the page', () => {
    const { doc, article } = bdo();
    const toRange = articleRangeMapper(article, doc.body);
    const offsets = [...article.text.matchAll(/KCN/g)].map((m) => m.index!);
    expect(offsets.length).toBeGreaterThan(5);
    for (const at of offsets) expect(toRange(at, at + 3)?.toString()).toBe('KCN');
  });

  it('maps a whole sentence, and the sapo, whatever the page’s whitespace', () => {
    const { doc, article } = bdo();
    const toRange = articleRangeMapper(article, doc.body);
    const sentence = 'Bình Dương đang đi đúng hướng.';
    const at = article.text.indexOf(sentence);
    expect(toRange(at, at + sentence.length)?.toString()).toBe(sentence);
    expect(toRange(0, 20)?.toString()).toBe(article.text.slice(0, 20));
  });

  it('maps across inline elements and NFD text, and refuses spans across blocks', () => {
    const doc = parseHtml(
      '<html><body><h1>T</h1><p>Ông <b>Nguyễn</b>\n   <a href="#">Trọng Luật</a> nói.</p><p>Đoạn hai.</p></body></html>'.replace(
        'Luật',
        'Luật'.normalize('NFD'),
      ),
    );
    const article = {
      sapo: null,
      text: 'Ông Nguyễn Trọng Luật nói.\n\nĐoạn hai.',
      blocks: [
        { kind: 'paragraph' as const, text: 'Ông Nguyễn Trọng Luật nói.', start: 0 },
        { kind: 'paragraph' as const, text: 'Đoạn hai.', start: 28 },
      ],
    };
    const toRange = articleRangeMapper(article, doc.body);
    expect(toRange(4, 21)?.toString().normalize('NFC').replace(/\s+/g, ' ')).toBe('Nguyễn Trọng Luật');
    expect(toRange(28, 37)?.toString()).toBe('Đoạn hai.');
    expect(toRange(20, 30)).toBeNull();
  });
});

describe('a block the page does not show verbatim', () => {
  it('maps the clauses it finds close after the block before, and not the one the extractor changed', () => {
    // The extractor drops the button inside the paragraph: its text lacks "FDI".
    const doc = parseHtml('<html><body><p>Đoạn đầu tiên của bài.</p><p>Bấm <button>FDI</button> để xem chi tiết, hoặc đọc thêm về GDP tại trang này.</p><aside>hoặc đọc thêm về GDP tại trang này.</aside></body></html>');
    const second = 'Bấm để xem chi tiết, hoặc đọc thêm về GDP tại trang này.';
    const article = {
      sapo: null,
      text: `Đoạn đầu tiên của bài.\n\n${second}`,
      blocks: [
        { kind: 'paragraph' as const, text: 'Đoạn đầu tiên của bài.', start: 0 },
        { kind: 'paragraph' as const, text: second, start: 24 },
      ],
    };
    const toRange = articleRangeMapper(article, doc.body);
    const gdp = article.text.indexOf('GDP');
    const range = toRange(gdp, gdp + 3)!;
    expect(range.toString()).toBe('GDP');
    expect(range.startContainer.parentElement?.tagName).toBe('P');
    expect(toRange(24, 27)).toBeNull();
    expect(toRange(0, 5)?.toString()).toBe('Đoạn ');
    // Both paragraphs are the article's: the element holding them is watched, not the first alone.
    expect((articleContainer(article, toRange) as Element).tagName).toBe('BODY');
  });
});

describe('the headline', () => {
  // The site's name is an h1 before the headline, and a list of other articles holds the same words.
  const page = () =>
    parseHtml('<html><body><h1>Báo Bình Dương</h1><ul><li>Hội nghị FDI của UBND tỉnh</li></ul><h1>  Hội nghị   FDI\n của <b>UBND</b> tỉnh </h1><p>Trong bài</p></body></html>', 'https://baobinhduong.vn/a.html');

  it('maps the title onto the h1 that shows it, not onto a list of other articles', () => {
    const doc = page();
    const title = 'Hội nghị FDI của UBND tỉnh';
    const toRange = titleRangeMapper(title, headlineOf(title, doc));
    const at = title.indexOf('UBND');
    const range = toRange(at, at + 4)!;
    expect(range.toString()).toBe('UBND');
    expect(range.startContainer.parentElement?.closest('h1')?.textContent).toContain('Hội nghị');
    expect(headlineOf('Một tiêu đề khác', doc)).toBeNull();
    expect(titleRangeMapper('Một tiêu đề khác', null)(0, 3)).toBeNull();
  });

  it('finds the body\'s acronyms in the headline, by the detector\'s rules', () => {
    const body = findAcronyms('Ủy ban nhân dân (UBND) tỉnh thu hút FDI. Khu công nghiệp (KCN) mới.');
    const decorated = withTitleOffsets(body, 'UBND tỉnh hút FDI, quý III tăng');
    expect(Object.fromEntries(decorated.map((a) => [a.short, a.titleOffsets ?? []]))).toEqual({ UBND: [0], FDI: [14], KCN: [] });
  });

  it('adds what only the headline writes, read from it alone, without body offsets', () => {
    const body = findAcronyms('Ủy ban nhân dân (UBND) tỉnh họp về an toàn giao thông.');
    const title = 'UBND tỉnh: TNGT giảm';
    expect(titleToRead(body, title)).toBe(true);
    expect(titleToRead(body, 'UBND tỉnh họp')).toBe(false);
    const fromTitle = findAcronyms(title);
    const decorated = withTitleOffsets(body, title, fromTitle);
    expect(decorated.map((a) => [a.short, a.offsets.length, a.titleOffsets])).toEqual([
      ['UBND', 1, [0]],
      ['TNGT', 0, [11]],
    ]);
  });

  it('takes the headline\'s definition of a short form the body uses unexplained, not over a reading of the glossaries or the article\'s own', () => {
    const glossary = loadGlossary({ version: 1, entries: { UBND: 'Ủy ban nhân dân' } });
    const title = 'Ra mắt Trung tâm Dữ liệu (TTDL) của UBND tỉnh';
    const body = findAcronyms('TTDL sẽ mở rộng trong năm tới, UBND tỉnh cho biết.', { glossary });
    expect(body.find((a) => a.short === 'TTDL')?.long).toBeNull();
    // Every headline short form is the body's; with brackets the headline may define one.
    expect(titleToRead(body, title)).toBe(true);
    expect(titleToRead(body, 'TTDL của UBND tỉnh mở rộng')).toBe(false);
    const decorated = withTitleOffsets(body, title, findAcronyms(title, { glossary }));
    const ttdl = decorated.find((a) => a.short === 'TTDL')!;
    expect([ttdl.long, ttdl.source, ttdl.offsets, ttdl.titleOffsets, ttdl.definitionInTitle]).toEqual(['Trung tâm Dữ liệu', 'text', [0], [26], true]);
    expect(title.slice(ttdl.definition!.start, ttdl.definition!.end)).toBe('Trung tâm Dữ liệu');
    expect(decorated.find((a) => a.short === 'UBND')?.source).toBe('glossary');
    // The body's own definition stays the article's word.
    const defining = findAcronyms('Trung tâm Dịch vụ Du lịch (TTDL) sẽ mở rộng.', { glossary });
    expect(withTitleOffsets(defining, title, findAcronyms(title, { glossary })).find((a) => a.short === 'TTDL')?.long).toBe('Trung tâm Dịch vụ Du lịch');
    // So does the glossaries' reading: a headline's brackets hold more than names.
    const known = loadGlossary({ version: 1, entries: { AFF: 'ASEAN Football Federation' } });
    const tournament = 'Giải bóng đá U23 Đông Nam Á (AFF) khởi tranh';
    const uses = findAcronyms('Các đội tuyển dự giải AFF năm nay đã đến.', { glossary: known });
    expect(titleToRead(uses, tournament)).toBe(false);
    expect(withTitleOffsets(uses, tournament, findAcronyms(tournament, { glossary: known })).find((a) => a.short === 'AFF')?.long).toBe('ASEAN Football Federation');
  });

  it('finds a body\'s name in the headline as the body writes it, though the detector alone reads part of it', () => {
    const glossary = loadGlossary({ version: 1, entries: { 'TT-Huế': 'Thừa Thiên Huế', TT: 'thông tin' } });
    const body = findAcronyms('Năm nay tỉnh TT-Huế đón nhiều khách.', { glossary });
    const title = 'TT-Huế đón 1 triệu khách';
    // The headline's "TT" is the body's "TT-Huế": nothing of its own to read alone.
    expect(titleToRead(body, title)).toBe(false);
    const decorated = withTitleOffsets(body, title, findAcronyms(title, { glossary }));
    expect(decorated.map((a) => [a.short, a.titleOffsets])).toEqual([['TT-Huế', [0]]]);
  });
});


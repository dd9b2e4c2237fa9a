import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, HighlightRecord, QuoteRecord } from '../../lib/db/schema';
import { bylineAuthors, exportBibtex, exportCslJson, exportRis } from '../../lib/library/export/citations';
import { CSV_COLUMNS, exportCsv } from '../../lib/library/export/csv';
import { escapeMarkdown, exportMarkdown } from '../../lib/library/export/markdown';
import { selectForExport } from '../../lib/library/export/selection';
import { exportWebAnnotations } from '../../lib/library/export/web-annotation';
import { frontMatter } from '../../lib/library/export/yaml';

const TEXT = 'Sapo.\nÔng Nguyễn Trọng Luật nói: “Thành phố thông minh 😀 là đích đến”.';
const article: ArticleRecord = {
  id: 'art-1', createdAt: Date.UTC(2024, 0, 2), updatedAt: Date.UTC(2024, 0, 2),
  url: 'https://baobinhduong.vn/kien-tao-a312345.html',
  title: 'Kiến tạo: "cộng đồng" thông minh #1 — 50% & {x}',
  sapo: 'Sapo.', byline: 'Nguyễn Trọng Luật', published: '2023-12-05T08:30:24+07:00', siteName: 'Báo Bình Dương',
  lang: 'vi', text: TEXT, paragraphs: [], captions: [], wordCount: 10, readingMinutes: 1, tags: ['đô thị', 'yes', 'FDI'], note: '- ý chính\n- **quan trọng**: đọc lại',
};
const start = TEXT.indexOf('là đích');
const highlight: HighlightRecord = {
  id: 'hl-1', createdAt: Date.UTC(2024, 0, 3), updatedAt: Date.UTC(2024, 0, 4), articleId: 'art-1', url: article.url,
  exact: 'là đích đến', prefix: TEXT.slice(start - 8, start), suffix: '”.', start, end: start + 'là đích đến'.length,
  color: 'green', note: '=SUM(A1:A9), "ghi chú"\ndòng hai', tags: ['mục tiêu', 'FDI'],
};
const quote: QuoteRecord = {
  id: 'q-1', createdAt: Date.UTC(2024, 0, 3), updatedAt: Date.UTC(2024, 0, 3), articleId: 'art-1', url: article.url,
  text: 'Thành phố thông minh 😀 là đích đến', start: TEXT.indexOf('Thành'), speaker: 'Nguyễn Trọng Luật', role: 'Giám đốc', kind: 'direct', tags: [],
};
const deleted: HighlightRecord = { ...highlight, id: 'hl-gone', deletedAt: 5, exact: 'đã xoá' };
const snapshot = { articles: [article], quotes: [quote], highlights: [highlight, deleted] };
const all = selectForExport(snapshot, 'all');

describe('selection', () => {
  it('brings an article with its entries, an entry with its article, never a deleted record', () => {
    expect(all.highlights.map((h) => h.id)).toEqual(['hl-1']);
    const onlyQuote = selectForExport(snapshot, { quoteIds: ['q-1'] });
    expect(onlyQuote.articles.map((a) => a.id)).toEqual(['art-1']);
    expect(onlyQuote.highlights).toEqual([]);
  });
});

describe('Markdown export', () => {
  const [file] = exportMarkdown(all);
  it('writes one note per article with YAML front matter that parses back exactly', async () => {
    expect(file!.name).toBe('Kiến tạo cộng đồng thông minh 1 — 50% & {x}.md');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(file!.content)![1]!;
    // Each value is a double-quoted YAML scalar, which is JSON-compatible: read it as JSON.
    const values = Object.fromEntries(yaml.split('\n').map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 2))]));
    expect(values).toEqual({
      title: article.title, site: 'Báo Bình Dương', author: 'Nguyễn Trọng Luật', published: '2023-12-05',
      url: article.url, tags: ['đô-thị', 'yes', 'FDI'], saved: '2024-01-02',
    });
  });
  it('has the note, quotations with speakers and highlights with notes; page text escaped, the reader\'s Markdown kept', () => {
    const body = file!.content;
    expect(body).toContain('## Ghi chú\n\n- ý chính\n- **quan trọng**: đọc lại');
    expect(body).toContain('> “Thành phố thông minh 😀 là đích đến”\n> — **Nguyễn Trọng Luật**, Giám đốc');
    expect(body).toContain('> là đích đến\n\n*Màu: xanh lá*\n\n=SUM(A1:A9), "ghi chú"\ndòng hai\n\n#mục-tiêu #FDI');
    expect(body).not.toContain('đã xoá');
    expect(escapeMarkdown('a*b*_c_ [link](x) <b>')).toBe('a\\*b\\*\\_c\\_ \\[link\\](x) \\<b\\>');
  });
  it('escapes YAML that would otherwise break: quotes, backslashes, line breaks, control characters', () => {
    expect(frontMatter([['title', 'a "b" \\ c\nd\u0007'], ['n', null], ['skip', undefined]])).toBe(
      '---\ntitle: "a \\"b\\" \\\\ c\\nd\\u0007"\nn: null\n---\n',
    );
  });
});

describe('CSV export', () => {
  const file = exportCsv(all);
  it('starts with a BOM, uses CRLF and parses back with papaparse to the same values', () => {
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    expect(file.content.replace(/"[^"]*"/g, '').includes('\n')).toBe(file.content.replace(/"[^"]*"/g, '').includes('\r\n'));
    expect(file.content.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    const parsed = Papa.parse<Record<string, string>>(file.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    const [q, h] = parsed.data;
    expect(q).toMatchObject({ type: 'quote', text: quote.text, speaker: 'Nguyễn Trọng Luật', article_title: article.title, site: 'Báo Bình Dương', published: '2023-12-05', url: article.url });
    // A note that starts like a formula is defused for spreadsheets, its line break kept.
    expect(h).toMatchObject({ type: 'highlight', text: 'là đích đến', color: 'green', note: `'${highlight.note}`, tags: 'mục tiêu; FDI' });
  });
});

describe('W3C Web Annotation export', () => {
  const doc = JSON.parse(exportWebAnnotations(all).content);
  it('is an AnnotationCollection with TextQuote and TextPosition selectors, note and tags as bodies', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(1);
    const [a] = doc.first.items;
    expect(a).toMatchObject({
      id: 'urn:uuid:hl-1', type: 'Annotation', motivation: 'commenting', created: '2024-01-03T00:00:00.000Z', modified: '2024-01-04T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: highlight.note, purpose: 'commenting', format: 'text/markdown' },
        { type: 'TextualBody', value: 'mục tiêu', purpose: 'tagging' },
        { type: 'TextualBody', value: 'FDI', purpose: 'tagging' },
      ],
      target: { source: article.url, styleClass: 'sotay-green' },
    });
    const [textQuote, position] = a.target.selector;
    expect(textQuote).toEqual({ type: 'TextQuoteSelector', exact: 'là đích đến', prefix: highlight.prefix, suffix: '”.' });
    // Positions count code points: the emoji before the highlight is one, not two UTF-16 units.
    expect(position).toEqual({ type: 'TextPositionSelector', start: start - 1, end: highlight.end - 1 });
    expect([...TEXT].slice(position.start, position.end).join('')).toBe('là đích đến');
  });
});

describe('citations', () => {
  it('keeps a Vietnamese full name as one literal name', () => {
    expect(bylineAuthors('Nguyễn Trọng Luật - Trần Thị Bích')).toEqual([{ literal: 'Nguyễn Trọng Luật' }, { literal: 'Trần Thị Bích' }]);
    expect(bylineAuthors('Theo TTXVN')).toEqual([{ literal: 'TTXVN' }]);
  });
  it('CSL-JSON: article-newspaper with literal author, dates, site as container', () => {
    const [item] = JSON.parse(exportCslJson([article]).content);
    expect(item).toMatchObject({
      type: 'article-newspaper', title: article.title, author: [{ literal: 'Nguyễn Trọng Luật' }], 'container-title': 'Báo Bình Dương',
      URL: article.url, issued: { 'date-parts': [[2023, 12, 5]] }, accessed: { 'date-parts': [[2024, 1, 2]] },
    });
  });
  it('BibTeX parses back with citation-js: Vietnamese letters intact, name unsplit, specials escaped', () => {
    const bib = exportBibtex([article]).content;
    expect(bib).toContain('author = {{Nguyễn Trọng Luật}}');
    expect(bib).toContain('50\\% \\&');
    const [back] = new Cite(bib).data;
    expect(back).toMatchObject({ title: article.title, 'container-title': 'Báo Bình Dương', author: [{ family: 'Nguyễn Trọng Luật' }], URL: article.url });
    expect(back!.issued).toEqual({ 'date-parts': [[2023, 12, 5]] });
  });
  it('RIS parses back with citation-js as a NEWS item with author, title, site, date and access date', () => {
    const ris = exportRis([article, { ...article, id: 'art-2', url: 'https://x.vn/2', byline: null, title: 'B'.repeat(120) }]).content;
    expect(ris).toContain('AU  - Nguyễn Trọng Luật\r\n');
    expect(ris).toContain('DA  - 2023/12/05/\r\n');
    const back = new Cite(ris).data;
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({ type: 'article-newspaper', title: article.title, 'container-title': 'Báo Bình Dương', URL: article.url, accessed: { 'date-parts': [[2024, 1, 2]] } });
    // RIS's AU of a NEWS item is CSL "reporter"; citation-js gives one as a string.
    expect([back[0]!.reporter].flat()).toEqual(['Nguyễn Trọng Luật']);
    // Long values are not hard-wrapped (readers would join the pieces with a space).
    expect(back[1]!.title).toBe('B'.repeat(120));
  });
});

/**
 * The page's own `<abbr title>` inside the article: read with the article, and taken by the acronym
 * engine as the article's word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { isArticle, type Article } from '../../lib/article';
import { extract } from '../../lib/extract';
import { checkedAbbreviations, markedAbbreviations } from '../../lib/extract/abbreviations';
import { parseHtml } from '../../lib/extract/node-dom';
import { FIXTURES_HTML } from './helpers';

const BDO = readFileSync(join(FIXTURES_HTML, 'bdo-horasis-2023.html'), 'utf8');

/** The BDO page with the first `word` of its body marked up as `markup` gives. */
function marked(html: string, word: string, markup: string): string {
  const at = html.indexOf(word, html.indexOf('<body'));
  return html.slice(0, at) + markup + html.slice(at + word.length);
}

function read(html: string): Article {
  const result = extract(parseHtml(html), 'https://baobinhduong.vn/a312345.html');
  if (!isArticle(result)) throw new Error(`not an article: ${JSON.stringify(result)}`);
  return result;
}

describe('abbreviations the page explains', () => {
  const html = marked(
    marked(BDO, 'ICF chính thức', '<abbr title="Intelligent  Community\nForum">ICF</abbr> chính thức'),
    'Horasis',
    '<abbr class="published" title="2023-10-05T08:30:24+07:00">Horasis</abbr>',
  );
  const article = read(html);

  it('are read with the article, spaces cleaned, machine dates left out', () => {
    expect(article.abbreviations).toEqual([{ short: 'ICF', long: 'Intelligent Community Forum' }]);
  });

  it('give the acronym the page explains its reading, as the article\'s own, at every use', () => {
    const icf = findAcronyms(article.text, { marked: article.abbreviations }).find((a) => a.short === 'ICF');
    expect(icf).toMatchObject({ long: 'Intelligent Community Forum', source: 'text', definedInText: true });
    expect(icf?.definition).toBeUndefined();
    expect(icf?.count).toBe(article.text.match(/\bICF\b/g)?.length);
    expect(icf?.count).toBeGreaterThan(1);
  });

  it('are absent from a page that marks nothing', () => {
    expect(read(BDO).abbreviations).toBeUndefined();
  });
});

describe('markedAbbreviations', () => {
  const content = (body: string): Element => parseHtml(`<article>${body}</article>`).querySelector('article')!;

  it('keeps the first explanation of a short form, and only forms the text writes', () => {
    const el = content('<p><abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh, <abbr title="khác">UBND</abbr>, <abbr title="Hội đồng nhân dân">HĐND</abbr></p>');
    expect(markedAbbreviations(el, 'UBND tỉnh, UBND')).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân' }]);
  });

  it('leaves out titles that are no name: empty, the form itself, numbers, or a paragraph long', () => {
    const el = content(`<p><abbr title="">AB</abbr> <abbr title="CD">CD</abbr> <abbr title="12:30">EF</abbr> <abbr title="${'x '.repeat(200)}">GH</abbr></p>`);
    expect(markedAbbreviations(el, 'AB CD EF GH')).toEqual([]);
  });

  it('reads the older <acronym> too, NFC', () => {
    const el = content('<p><acronym title="Thanh pho\u0302\u0301 Ho\u0302\u0300 Chi\u0301 Minh">TP.HCM</acronym></p>');
    expect(markedAbbreviations(el, 'TP.HCM')).toEqual([{ short: 'TP.HCM', long: 'Thanh phố Hồ Chí Minh' }]);
  });
});

describe('checkedAbbreviations (what a page sends the background)', () => {
  it('keeps what reading the page would: well-formed, within the limits, the first of each, NFC', () => {
    const sent: unknown = [
      { short: 'TPTM', long: 'Tha\u0300nh pho\u0302\u0301' }, { short: '', long: 'x' }, { short: 'A', long: 3 }, null, 'UBND',
      { short: 'B'.repeat(41), long: 'y' }, { short: 'TPTM', long: 'khác' }, { short: 'Ngày', long: '2023-12-05T08:30' }, { short: '12', long: 'mười hai' },
    ];
    expect(checkedAbbreviations(sent)).toEqual([{ short: 'TPTM', long: 'Thành phố' }]);
  });

  it('gives nothing for what is not a list, and at most 200', () => {
    expect(checkedAbbreviations({ short: 'A', long: 'b' })).toEqual([]);
    expect(checkedAbbreviations(Array.from({ length: 500 }, (_, i) => ({ short: `A${i}`, long: 'b' })))).toHaveLength(200);
    // Nor does it read a list past what any page would send: an entry after a million is not looked at.
    const many = Array.from({ length: 1_000_000 }, () => ({ short: 'A1', long: '' }));
    many.push({ short: 'EF', long: 'e f' });
    expect(checkedAbbreviations(many)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkArticle, checkGlossaryEntry, checkHighlightEdit, checkNewHighlight, InputError } from '../../lib/db/input-checks';

const article = {
  url: 'https://tuoitre.vn/a.htm', title: 'T', sapo: null, byline: null, published: null, siteName: null, lang: 'vi',
  text: 'x', blocks: [{ kind: 'paragraph', text: 'x', start: 0 }], paragraphs: ['x'], captions: [], wordCount: 1, readingMinutes: 1,
};

describe('input checks for messages from web pages', () => {
  it('keeps only what a reader edits on a highlight', () => {
    const edit = checkHighlightEdit({ id: 'h1', color: 'green', note: 'n', tags: ['a'], url: 'https://evil.example/', deletedAt: 1, articleId: 'x' });
    expect(edit).toEqual({ id: 'h1', color: 'green', note: 'n', tags: ['a'] });
  });

  it('refuses wrong types instead of storing them', () => {
    expect(() => checkArticle({ ...article, title: {} })).toThrow(InputError);
    expect(() => checkArticle({ ...article, tags: 'x', paragraphs: 'x' })).toThrow(InputError);
    expect(() => checkHighlightEdit({ id: 'h1', color: 'red', note: '', tags: [] })).toThrow(InputError);
    expect(() => checkNewHighlight({ selectors: { quote: {}, position: {} }, color: 'yellow', note: '', tags: [] })).toThrow(InputError);
    expect(checkArticle(article)).toMatchObject({ title: 'T', blocks: [{ kind: 'paragraph', start: 0 }] });
  });

  it('takes a glossary entry kept for one site, and an empty site that clears it', () => {
    expect(checkGlossaryEntry({ short: 'CP', long: 'cổ phiếu', note: '', site: 'cafef.vn', extra: 1 })).toEqual({ short: 'CP', long: 'cổ phiếu', note: '', site: 'cafef.vn' });
    expect(checkGlossaryEntry({ short: 'CP', long: 'cổ phiếu', note: '', site: '' })).toEqual({ short: 'CP', long: 'cổ phiếu', note: '', site: undefined });
    // Typed decomposed (some input methods do), stored composed: the same words, one entry.
    const typedNfd = checkGlossaryEntry({ short: 'ĐMST'.normalize('NFD'), long: 'Đổi mới sáng tạo'.normalize('NFD'), note: 'ghi chú'.normalize('NFD') });
    expect(typedNfd).toEqual({ short: 'ĐMST', long: 'Đổi mới sáng tạo', note: 'ghi chú' });
    expect(() => checkGlossaryEntry({ short: 'ICF', long: 'x'.repeat(1_001) })).toThrow('"long" is longer than 1000 characters');
    expect(checkGlossaryEntry({ short: 'CP', long: 'cổ phiếu' })).toEqual({ short: 'CP', long: 'cổ phiếu', note: '' });
    expect(() => checkGlossaryEntry({ short: 'CP', long: 'x', site: 'https://cafef.vn/' })).toThrow(InputError);
  });

  it('takes a glossary entry kept for one article, by its clean address, never with a site too', () => {
    const page = 'https://baobinhduong.vn/bai-1.html';
    expect(checkGlossaryEntry({ short: 'TPTM', long: 'x', note: '', page })).toEqual({ short: 'TPTM', long: 'x', note: '', page });
    expect(checkGlossaryEntry({ short: 'TPTM', long: 'x', note: '', site: '', page: '' })).toEqual({ short: 'TPTM', long: 'x', note: '', site: undefined, page: undefined });
    expect(() => checkGlossaryEntry({ short: 'TPTM', long: 'x', page: 'javascript:alert(1)' })).toThrow(InputError);
    // The address is the key it is found by: one with tracking parameters would never match.
    expect(() => checkGlossaryEntry({ short: 'TPTM', long: 'x', page: `${page}?utm_source=zalo` })).toThrow(InputError);
    expect(() => checkGlossaryEntry({ short: 'TPTM', long: 'x', page: `${page}${'a'.repeat(2_100)}` })).toThrow(InputError);
    expect(() => checkGlossaryEntry({ short: 'TPTM', long: 'x', site: 'baobinhduong.vn', page })).toThrow(InputError);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArticleRecord, HighlightRecord, QuoteRecord } from '../../lib/db/schema';
import { buildSearchIndex, createSearchIndex, type SearchHit } from '../../lib/library/search';
import type { LibraryItem } from '../../lib/library/types';

let n = 0;
function article(title: string, extra: Partial<ArticleRecord> = {}): LibraryItem {
  const id = extra.id ?? `a${++n}`;
  return {
    kind: 'article',
    record: {
      id, createdAt: 1000 + n, updatedAt: 1000 + n, url: `https://bao.vn/${id}`, title, sapo: null, byline: null,
      published: '2023-12-05', siteName: 'Báo Bình Dương', lang: 'vi', text: '', paragraphs: [], captions: [],
      wordCount: 0, readingMinutes: 0, tags: [], note: '', ...extra,
    },
  };
}
function quote(text: string, speaker: string | null, extra: Partial<QuoteRecord> = {}): LibraryItem {
  const id = extra.id ?? `q${++n}`;
  return { kind: 'quote', record: { id, createdAt: 1000 + n, updatedAt: 1000 + n, articleId: 'a-src', url: 'https://bao.vn/a-src', text, start: 0, speaker, role: null, kind: 'direct', tags: [], ...extra } };
}
function highlight(exact: string, note = '', extra: Partial<HighlightRecord> = {}): LibraryItem {
  const id = extra.id ?? `h${++n}`;
  return {
    kind: 'highlight',
    record: { id, createdAt: 1000 + n, updatedAt: 1000 + n, articleId: 'a-src', url: 'https://bao.vn/a-src', exact, prefix: '', suffix: '', start: 0, end: exact.length, color: 'yellow', note, tags: [], ...extra },
  };
}
const ids = (hits: SearchHit[]) => hits.map((h) => h.id);
const marked = (text: string, hit: SearchHit, field = 'text') => hit.highlights.filter((s) => s.field === field).map((s) => text.slice(s.start, s.end));

describe('search', () => {
  it('leaves out function words typed with their marks, unless the query is nothing else', () => {
    const index = createSearchIndex([
      article('Kế hoạch phát triển thành phố thông minh', { id: 'plan' }),
      article('Người dân của thành phố', { id: 'people' }),
      article('Giá xăng giảm', { id: 'other' }),
    ]);
    expect(ids(index.search('kế hoạch của thành phố ')).sort()).toEqual(['plan']);
    expect(ids(index.search('của ')).sort()).toEqual(['people']);
    // Without marks a word is ambiguous and stays: "do thi" is "đô thị", not "do" + "thị".
    expect(ids(index.search('cua thanh pho ')).sort()).toEqual(['people']);
  });

  it('matches without diacritics: "thanh pho thong minh" finds "thành phố thông minh", "Luat" finds "Luật"', () => {
    const index = createSearchIndex([
      article('Xây dựng thành phố thông minh ở Bình Dương', { id: 'smart' }),
      article('Luật Đất đai sửa đổi có hiệu lực', { id: 'law' }),
      article('Giá xăng giảm', { id: 'other' }),
    ]);
    expect(ids(index.search('thanh pho thong minh'))).toEqual(['smart']);
    expect(ids(index.search('Luat'))).toEqual(['law']);
    expect(ids(index.search('LUẬT ĐẤT'))).toEqual(['law']);
  });

  it('ranks the exact diacritics first', () => {
    const index = createSearchIndex([
      article('Thánh phổ thông mình', { id: 'wrong-marks' }),
      article('thanh pho thong minh viết không dấu', { id: 'no-marks' }),
      article('Xây dựng thành phố thông minh ở Bình Dương', { id: 'exact' }),
    ]);
    const hits = index.search('thành phố thông minh');
    expect(ids(hits)).toHaveLength(3);
    expect(hits[0]!.id).toBe('exact');
    // Typed without marks, every spelling matches alike.
    expect(ids(index.search('thanh pho thong minh'))).toHaveLength(3);
    // While typing too: the word begun with its marks ranks what holds it so.
    expect(index.search('thành phố thông min')[0]?.id).toBe('exact');
    expect(index.search('thông minh thàn')[0]?.id).toBe('exact');
    const lut = createSearchIndex([article('Lụt ở miền Trung', { id: 'flood' }), article('Lưu ý về luật mới', { id: 'law' })]);
    expect(ids(lut.search('lụt'))).toEqual(['flood']);
  });

  it('matches the last word as a prefix while typing, not once a space follows', () => {
    const index = createSearchIndex([article('Thành phố thông minh', { id: 'smart' }), article('Thông tin mới', { id: 'info' })]);
    expect(ids(index.search('thông min'))).toEqual(['smart']);
    expect(ids(index.search('thon')).sort()).toEqual(['info', 'smart']);
    expect(ids(index.search('thông min '))).toEqual([]);
  });

  it('returns highlight positions in the original text, on Vietnamese words, in every field', () => {
    const title = 'Kiến tạo cộng đồng “thông minh” tại TP.HCM';
    const index = createSearchIndex([article(title, { id: 'x', byline: 'Nguyễn Trọng Luật', tags: ['đô thị', 'FDI'], note: 'Đọc lại phần Thông Minh' })]);
    const [hit] = index.search('thong minh');
    expect(marked(title, hit!)).toEqual(['thông', 'minh']);
    expect(marked('Đọc lại phần Thông Minh', hit!, 'note')).toEqual(['Thông', 'Minh']);
    const [hcm] = index.search('hcm');
    expect(marked(title, hcm!)).toEqual(['HCM']);
    const [byTag] = index.search('do thi');
    expect(byTag!.highlights).toEqual([
      { field: 'tags', tag: 0, start: 0, end: 2 },
      { field: 'tags', tag: 0, start: 3, end: 6 },
    ]);
    const [byAuthor] = index.search('luat');
    expect(marked('Nguyễn Trọng Luật', byAuthor!, 'who')).toEqual(['Luật']);
  });

  it('keeps offsets right on decomposed (NFD) text', () => {
    const nfd = 'Ông Đức nói về thành phố'.normalize('NFD');
    const index = createSearchIndex([highlight(nfd, '', { id: 'h' })]);
    const [hit] = index.search('thanh pho');
    expect(marked(nfd, hit!).map((s) => s.normalize('NFC'))).toEqual(['thành', 'phố']);
  });

  it('searches quotations by speaker and highlights by note', () => {
    const index = createSearchIndex([
      quote('Chúng tôi sẽ hoàn thành đúng hạn', 'ông Nguyễn Văn An', { id: 'q' }),
      highlight('Giá đất tăng', 'cần kiểm tra số liệu', { id: 'h' }),
    ]);
    expect(ids(index.search('Van An'))).toEqual(['q']);
    expect(ids(index.search('kiem tra'))).toEqual(['h']);
    expect(index.search('kiem tra')[0]!.kind).toBe('highlight');
  });

  it('updates incrementally: upsert replaces, a tombstone or remove drops', () => {
    const index = createSearchIndex([article('Giá xăng giảm', { id: 'a' }), highlight('mưa lớn ở Hà Nội', '', { id: 'h' })]);
    expect(ids(index.search('xang'))).toEqual(['a']);
    index.upsert(article('Giá vàng tăng', { id: 'a' }));
    expect(ids(index.search('xang'))).toEqual([]);
    expect(ids(index.search('vang'))).toEqual(['a']);
    expect(index.size).toBe(2);
    index.upsert(highlight('mưa lớn ở Hà Nội', '', { id: 'h', deletedAt: 5 }));
    expect(ids(index.search('ha noi'))).toEqual([]);
    index.upsert(quote('Mưa to quá', 'bà Ba', { id: 'q' }));
    expect(ids(index.search('mua'))).toEqual(['q']);
    index.remove('q');
    expect(ids(index.search('mua'))).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('applies filters and sort to hits, and lists everything for an empty query', () => {
    const index = createSearchIndex([
      article('Thành phố A', { id: 'old', createdAt: 1, siteName: 'VnExpress' }),
      article('Thành phố B', { id: 'new', createdAt: 9, siteName: 'Tuổi Trẻ' }),
      highlight('thành phố C', '', { id: 'h', createdAt: 5, articleId: 'new', color: 'pink' }),
    ]);
    expect(ids(index.search('thanh pho', { sites: ['vnexpress'] }))).toEqual(['old']);
    expect(ids(index.search('thanh pho', { sites: ['Tuổi Trẻ'] })).sort()).toEqual(['h', 'new']);
    expect(ids(index.search('thanh pho', { colors: ['pink'] }))).toEqual(['h']);
    expect(ids(index.search('thanh pho', {}, { sort: 'saved-asc' }))).toEqual(['old', 'h', 'new']);
    expect(ids(index.search(''))).toEqual(['new', 'h', 'old']);
    expect(index.search('thanh pho', {}, { limit: 1 })).toHaveLength(1);
  });
});

describe('the index built a chunk at a time', () => {
  it('finds what the index built at once finds, and keeps current the same way', async () => {
    const items = [
      article('Thành phố thông minh ở Bình Dương'),
      quote('Thành phố cần dữ liệu mở', 'Nguyễn Trọng Luật'),
      highlight('thanh pho ven song', 'ghi chú về thành phố'),
      article('Kinh tế tuần hoàn'),
    ];
    const sync = createSearchIndex(items);
    const chunked = await buildSearchIndex(items, 1);
    for (const q of ['thanh pho', 'thành phố', 'luat', 'kinh te', 'thàn']) expect(ids(chunked.search(q))).toEqual(ids(sync.search(q)));
    const added = quote('Thành phố mới', null);
    for (const index of [sync, chunked]) index.upsert(added);
    expect(ids(chunked.search('thanh pho moi'))).toEqual([added.record.id]);
    expect(chunked.size).toBe(5);
  });
});

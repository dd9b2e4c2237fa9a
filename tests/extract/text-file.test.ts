import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/text-file';
import { SHARED } from './helpers';

const raw = readFileSync(join(SHARED, 'corpus/bdo-horasis-2023.txt'), 'utf8');

describe('articleFromText on the BDO article', () => {
  const a = articleFromText(raw, 'https://baobinhduong.vn/kien-tao-cong-dong-thong-minh-thu-hut-dau-tu-the-he-moi-a312345.html?utm_source=zalo');

  it('keeps the file text exactly (NFC)', () => {
    expect(a.text).toBe(raw.normalize('NFC'));
  });

  it('reads title, date, author, site and sapo', () => {
    expect(a.title).toBe('Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới');
    expect(a.published).toBe('2023-12-05T08:30:24+07:00');
    expect(a.byline).toBe('Ngọc Thanh');
    expect(a.siteName).toBe('Báo Bình Dương');
    expect(a.url).toBe('https://baobinhduong.vn/kien-tao-cong-dong-thong-minh-thu-hut-dau-tu-the-he-moi-a312345.html');
    expect(a.sapo?.startsWith('Nhân sự kiện Horasis châu Á 2023')).toBe(true);
  });

  it('gives blocks whose offsets point into the text', () => {
    expect(a.blocks.length).toBe(12);
    for (const b of a.blocks) expect(a.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
  });

  it('finds headings and both captions, and leaves out furniture and the author line', () => {
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Lấy con người làm cốt lõi', 'Thu hút đầu tư thông minh']);
    expect(a.captions.length).toBe(2);
    expect(a.captions[0]).toMatch(/Ảnh: QUỐC CHIẾN$/);
    const all = a.blocks.map((b) => b.text).join('\n');
    for (const s of ['NGỌC THANH', 'Chia sẻ bài viết', 'LƯU Ý', 'Gửi file đính kèm', 'Quay lên trên', 'Cập nhật:']) expect(all).not.toContain(s);
    expect(a.wordCount).toBeGreaterThan(900);
  });

  it('keeps offsets for NFD input and CRLF line ends', () => {
    const nfd = articleFromText(raw.normalize('NFD').replace(/\n/g, '\r\n'));
    expect(nfd.text).toBe(raw.normalize('NFC').replace(/\n/g, '\r\n'));
    for (const b of nfd.blocks) expect(nfd.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(nfd.byline).toBe('Ngọc Thanh');
  });
});

it('handles a text without headline, date or author', () => {
  const a = articleFromText('Một đoạn văn ngắn không có tiêu đề.\n\nĐoạn thứ hai.');
  expect(a.title).toBe('');
  expect(a.published).toBeNull();
  expect(a.byline).toBeNull();
  expect(a.blocks.map((b) => b.text)).toEqual(['Một đoạn văn ngắn không có tiêu đề.', 'Đoạn thứ hai.']);
  expect(articleFromText('').blocks).toEqual([]);
  // One line, however short, is the text to read, not a headline over nothing.
  const one = articleFromText('UBND tỉnh họp về KCN');
  expect(one.title).toBe('');
  expect(one.blocks.map((b) => b.text)).toEqual(['UBND tỉnh họp về KCN']);
  expect(one.wordCount).toBe(5);
});

import { describe, expect, it } from 'vitest';
import { citation, formatDate } from '../../lib/quotes/citation';
import type { Quote } from '../../lib/quotes';

const quote: Quote = { text: 'Chúng tôi vừa xây dựng nhà máy thứ 4', start: 0, end: 10, speaker: 'Nguyễn Trọng Luật', role: 'Tổng Giám đốc Cicor Việt Nam', kind: 'direct' };
const source = { title: 'Kiến tạo cộng đồng thông minh', siteName: 'Báo Bình Dương', byline: 'NGỌC THANH', published: '2023-12-05T23:30:24+07:00', url: 'https://baobinhduong.vn/a.htm' };

describe('citation', () => {
  it('cites in Vietnamese with dd/mm/yyyy from the article’s own date', () => {
    expect(citation(quote, source, 'vi')).toBe(
      '“Chúng tôi vừa xây dựng nhà máy thứ 4” — Nguyễn Trọng Luật, Tổng Giám đốc Cicor Việt Nam, Báo Bình Dương, 05/12/2023, https://baobinhduong.vn/a.htm',
    );
  });

  it('cites in English with "5 Dec 2023"', () => {
    expect(citation(quote, source, 'en')).toBe(
      '“Chúng tôi vừa xây dựng nhà máy thứ 4” — Nguyễn Trọng Luật, Tổng Giám đốc Cicor Việt Nam, Báo Bình Dương, 5 Dec 2023, https://baobinhduong.vn/a.htm',
    );
  });

  it('says so when nobody is named and skips what is missing', () => {
    const anon = { ...quote, speaker: null, role: null };
    expect(citation(anon, { ...source, siteName: null, published: null, url: null }, 'vi')).toBe(
      '“Chúng tôi vừa xây dựng nhà máy thứ 4” — không rõ người nói, Kiến tạo cộng đồng thông minh',
    );
    expect(citation(anon, source, 'en')).toContain('— unattributed, Báo Bình Dương');
  });

  it('rejects dates it cannot read', () => {
    expect(formatDate('05-12-2023', 'vi')).toBeNull();
    expect(formatDate('2023-13-01', 'en')).toBeNull();
  });
});

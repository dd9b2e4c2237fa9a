import { describe, expect, it } from 'vitest';
import { nearbyReadings } from '../../lib/acronyms/nearby-readings';

/** The readings around `long` where it stands before `(short)` in `text`. */
function around(text: string, long: string): string[] {
  const start = text.indexOf(long);
  return nearbyReadings(text, { start, end: start + long.length });
}

describe('nearbyReadings', () => {
  it('offers the head noun left out or taken in, nearest first, never from inside a word', () => {
    expect(around('Theo Tổ chức Giám sát Nhân quyền Syria (SOHR), có', 'Tổ chức Giám sát Nhân quyền Syria')).toEqual(['Giám sát Nhân quyền Syria']);
    expect(around('Theo Cục Di trú và Hải quan Mỹ (ICE), có', 'Di trú và Hải quan Mỹ')).toEqual(['Cục Di trú và Hải quan Mỹ']);
  });

  it('cuts a qualifier of two syllables at the end, never half of it, and a legal form in capitals', () => {
    const readings = around('do lực lượng các đơn vị bảo vệ nhân dân người Kurd (YPG) kiểm soát', 'các đơn vị bảo vệ nhân dân người Kurd');
    expect(readings).toContain('các đơn vị bảo vệ nhân dân');
    expect(readings).not.toContain('các đơn vị bảo vệ nhân dân người');
    expect(around('Tổng công ty Cảng hàng không Việt Nam - CTCP (ACV) công bố', 'Tổng công ty Cảng hàng không Việt Nam - CTCP')).toContain(
      'Tổng công ty Cảng hàng không Việt Nam',
    );
    expect(around('Đài Truyền hình Việt Nam (VTV) cho biết', 'Đài Truyền hình Việt Nam')).not.toContain('Đài Truyền hình Việt');
  });

  it('reaches neither past a comma, nor the sentence, nor a preposition before the name, nor into a country of two syllables', () => {
    expect(around('Bình Dương đạt giải về Giải pháp quản lý, điều hành đô thị thông minh (IOC) do', 'điều hành đô thị thông minh')).toEqual([
      'hành đô thị thông minh',
      'đô thị thông minh',
      'điều hành đô thị',
    ]);
    expect(around('Hôm qua. Đài Truyền hình Việt Nam (VTV) cho biết', 'Truyền hình Việt Nam')).toEqual(['Đài Truyền hình Việt Nam', 'Việt Nam', 'Truyền hình']);
  });

  it('takes in a word before the name whole, and offers no reading of one syllable', () => {
    expect(around('chiến lược phát triển Thành phố thông minh (TPTM) Bình Dương', 'Thành phố thông minh')).toEqual([
      'phát triển Thành phố thông minh',
      'thông minh',
      'Thành phố',
    ]);
    const kcn = around('xây dựng khu công nghiệp (KCN) mới', 'khu công nghiệp');
    expect(kcn).toContain('công nghiệp');
    expect(kcn.filter((r) => !r.includes(' '))).toEqual([]);
  });

  it('gives nothing for an empty span', () => {
    expect(nearbyReadings('abc', { start: 1, end: 1 })).toEqual([]);
  });
});

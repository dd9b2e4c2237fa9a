/** Short forms the page's markup explains (`<abbr title>`), as findAcronyms ranks them. */
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';

const row = (text: string, short: string, opts: Parameters<typeof findAcronyms>[1]) => findAcronyms(text, opts).find((a) => a.short === short);

describe('an abbreviation the page explains', () => {
  const text = 'Ông Nam làm việc tại TP. HCM. Năm nay TP. HCM thu hút thêm vốn; cả KCN đều tăng.';
  const marked = [{ short: 'TP. HCM', long: 'Thành phố Hồ Chí Minh' }];

  it('is the article’s own reading, at every use', () => {
    const rows = findAcronyms(text, { marked });
    expect(rows.map((r) => r.short)).toEqual(['TP. HCM', 'KCN']);
    expect(rows[0]).toMatchObject({ long: 'Thành phố Hồ Chí Minh', source: 'text', definedInText: true, count: 2, offsets: [21, 38] });
  });

  it('is one form wherever it stands, in place of what detection found inside it', () => {
    const council = 'Nghị quyết của HĐBA LHQ được thông qua. HĐBA LHQ họp lại; LHQ lên tiếng.';
    const rows = findAcronyms(council, { marked: [{ short: 'HĐBA LHQ', long: 'Hội đồng Bảo an Liên Hợp Quốc' }] });
    expect(rows.map((r) => [r.short, r.count])).toEqual([['HĐBA LHQ', 2], ['LHQ', 1]]);
  });

  it('outranks the reader’s entry for every article, not the reader’s correction of this one', () => {
    const user = [{ short: 'TP. HCM', long: 'TP Hồ Chí Minh (của tôi)' }];
    expect(row(text, 'TP. HCM', { marked, user })?.source).toBe('text');
    const corrected = [{ short: 'TP. HCM', long: 'Thành phố mang tên Bác', page: 'https://tuoitre.vn/a.htm' }];
    expect(row(text, 'TP. HCM', { marked, user: corrected, page: 'https://tuoitre.vn/a.htm' })).toMatchObject({ long: 'Thành phố mang tên Bác', source: 'user', definedInText: true });
  });

  it('gives way to a definition the text writes, which the reader can see in its sentence', () => {
    const defined = 'Khu công nghiệp (KCN) Mỹ Phước mở rộng. KCN này có 200 nhà máy.';
    const kcn = row(defined, 'KCN', { marked: [{ short: 'KCN', long: 'khu chế xuất' }] });
    expect(kcn).toMatchObject({ long: 'Khu công nghiệp', source: 'text' });
    expect(kcn?.definition).toEqual({ start: 0, end: 15 });
  });

  it('is a use even in a shape detection leaves alone, since the page says it is a short form', () => {
    expect(row('Đoạn đường dài 12 km qua xã.', 'km', { marked: [{ short: 'km', long: 'kilômét' }] })).toMatchObject({ long: 'kilômét', count: 1 });
  });

  it('explains the form in another case or spacing too, as a definition the text writes does', () => {
    const rows = findAcronyms('Người dân TP. HCM và TP.HCM.', { marked: [{ short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh' }] });
    expect(rows.map((r) => [r.short, r.long, r.source])).toEqual([
      ['TP. HCM', 'Thành phố Hồ Chí Minh', 'text'],
      ['TP.HCM', 'Thành phố Hồ Chí Minh', 'text'],
    ]);
  });

  it('is matched NFC', () => {
    const decomposed = 'Ca\u0301c ĐMST mơ\u0301i.';
    expect(row(decomposed, 'ĐMST', { marked: [{ short: 'ĐMST', long: 'đô\u0309i mơ\u0301i sa\u0301ng ta\u0323o' }] })?.long).toBe('đổi mới sáng tạo');
  });
});

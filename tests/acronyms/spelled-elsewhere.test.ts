import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { spelledElsewhere } from '../../lib/acronyms/spelled-elsewhere';
import { shippedGlossary } from './helpers';

const row = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short);

describe('an acronym the article spells out elsewhere', () => {
  it('is the words whose initials it is, shown where the article writes them', () => {
    const text = 'Xã hội hoá HTGT: tư nhân đủ sức. Nhà nước tin doanh nghiệp đầu tư hạ tầng giao thông.';
    const htgt = row(text, 'HTGT');
    expect(htgt).toMatchObject({ long: 'hạ tầng giao thông', source: 'text', definedInText: false });
    expect(text.slice(htgt?.definition?.start, htgt?.definition?.end)).toBe('hạ tầng giao thông');
    // Đ is its own letter, marks aside; a name in title case too.
    expect(row('Nghệ nhân đờn ca tài tử biểu diễn. Giải ĐCTT năm nay đông vui.', 'ĐCTT')?.long).toBe('đờn ca tài tử');
    expect(row('Chủ tịch Công ty ĐLSG ký hồ sơ. Điện lực Sài Gòn sau đó bán căn hộ.', 'ĐLSG')?.long).toBe('Điện lực Sài Gòn');
  });

  it('is the run written most, across no stop or comma', () => {
    expect(spelledElsewhere('hạ tầng giao thông; hội thảo giáo trình. Hội thảo giáo trình mới.', 'HTGT')?.long).toBe('hội thảo giáo trình');
    expect(spelledElsewhere('hạ tầng, giao thông đều kém.', 'HTGT')).toBeNull();
    // A short form in capitals is no word of it.
    expect(spelledElsewhere('Hội nghị HT GT diễn ra.', 'HTGT')).toBeNull();
  });

  it('leaves three letters alone, and what the glossary or the article explains', () => {
    // "của nước này" spells CNN by chance.
    expect(spelledElsewhere('Giá xăng của nước này tăng.', 'XYZ')).toBeNull();
    expect(row('Chủ tịch Công ty PBĐ nói. Nhà ở phố bên đồi.', 'PBĐ')?.long ?? null).toBeNull();
    // The glossary's reading stands: UBND is no "ứng bởi nội dung".
    expect(row('UBND tỉnh họp. Phản ứng bởi nội dung sai.', 'UBND')?.long).toBe('Ủy ban nhân dân');
    // Without a glossary nothing says the letters are unknown.
    expect(findAcronyms('Xã hội hoá HTGT. Vốn cho hạ tầng giao thông.').find((a) => a.short === 'HTGT')?.long ?? null).toBeNull();
  });
});

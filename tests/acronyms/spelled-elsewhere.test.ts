import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { spelledElsewhere } from '../../lib/acronyms/spelled-elsewhere';
import { shippedGlossary } from './helpers';

const row = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short);

describe('an acronym the article spells out elsewhere', () => {
  it('is the words whose initials it is, shown where the article first writes them', () => {
    const text = 'Xã hội hoá HTGT: tư nhân đủ sức. Nhà nước tin doanh nghiệp đầu tư hạ tầng giao thông. Vốn cho hạ tầng giao thông còn thiếu.';
    const htgt = row(text, 'HTGT');
    expect(htgt).toMatchObject({ long: 'hạ tầng giao thông', source: 'text', definedInText: false });
    expect(text.slice(htgt?.definition?.start, htgt?.definition?.end)).toBe('hạ tầng giao thông');
    // Đ is its own letter, marks aside; a name in title case too.
    expect(row('Nghệ nhân đờn ca tài tử biểu diễn. Giải ĐCTT năm nay đông vui, đờn ca tài tử hút khách.', 'ĐCTT')?.long).toBe('đờn ca tài tử');
    expect(row('Chủ tịch Công ty ĐLSG ký hồ sơ. Điện lực Sài Gòn bán căn hộ; điện lực Sài Gòn sau đó nhận tiền.', 'ĐLSG')?.long).toBe('Điện lực Sài Gòn');
  });

  it('is a run written twice at least, the most written, with no function word and no stop between', () => {
    expect(spelledElsewhere('Hội thảo giáo trình. Hạ tầng giao thông; hội thảo giáo trình mới.', 'HTGT')?.long).toBe('Hội thảo giáo trình');
    // Written once: by chance as likely as meant ("Hà Tĩnh gọi thêm" before "hạ tầng giao thông").
    expect(spelledElsewhere('Xã hội hóa HTGT: Hà Tĩnh gọi thêm vốn. Tỉnh cần tiền cho hạ tầng giao thông.', 'HTGT')).toBeNull();
    expect(spelledElsewhere('hạ tầng, giao thông đều kém. Hạ tầng, giao thông đều kém.', 'HTGT')).toBeNull();
    // Function words spell letters by chance, however often ("cho biết các trường", "trong thời gian qua").
    expect(spelledElsewhere('Bác sĩ cho biết các trường hợp khó. Ông cho biết các trường đều đủ máy CBCT.', 'CBCT')).toBeNull();
    expect(spelledElsewhere('Trong thời gian qua thu tăng. Trong thời gian qua chi giảm. Theo TTGQ.', 'TTGQ')).toBeNull();
    // A short form in capitals is no word of it.
    expect(spelledElsewhere('Hội nghị HT GT diễn ra. Hội nghị HT GT kết thúc.', 'HTGT')).toBeNull();
  });

  it('leaves three letters alone, and what the glossary or the article explains', () => {
    // Three letters meet words by chance too often, however often written and whatever the words.
    expect(spelledElsewhere('Bộ Tài chính họp. Bộ Tài chính kết luận.', 'BTC')).toBeNull();
    // The glossary's reading stands: UBND is no "ứng bởi nội dung".
    expect(row('UBND tỉnh họp. Phản ứng bởi nội dung sai; ứng bởi nội dung khác.', 'UBND')?.long).toBe('Ủy ban nhân dân');
    // Without a glossary nothing says the letters are unknown.
    expect(findAcronyms('Xã hội hoá HTGT. Vốn cho hạ tầng giao thông; hạ tầng giao thông yếu.').find((a) => a.short === 'HTGT')?.long ?? null).toBeNull();
  });
});

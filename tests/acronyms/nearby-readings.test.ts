import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { nearbyReadings } from '../../lib/acronyms/nearby-readings';
import { loadTranslations } from '../../lib/acronyms/translations';
import { shippedGlossary } from './helpers';

/** The readings around `long` where it stands in `text`, with the shipped translation table or an empty one. */
function around(text: string, long: string, table = true): string[] {
  const start = text.indexOf(long);
  return nearbyReadings(text, { start, end: start + long.length }, table ? shippedGlossary().translations : loadTranslations({}));
}

describe('nearbyReadings', () => {
  it('offers the head noun taken in or left out, nearest first', () => {
    expect(around('Theo Cục Di trú và Hải quan Mỹ (ICE), có', 'Di trú và Hải quan Mỹ')).toEqual(['Cục Di trú và Hải quan Mỹ']);
    expect(around('Theo Tổ chức Giám sát Nhân quyền Syria (SOHR), có', 'Tổ chức Giám sát Nhân quyền Syria')).toEqual(['Giám sát Nhân quyền Syria']);
    expect(around('Mỹ sẽ thay đạn pháo đa nhiệm tối tân (AMP) cho lục quân', 'đạn pháo đa nhiệm tối tân')).toContain('đa nhiệm tối tân');
  });

  it('never starts or ends inside a word: a capital running into lower case, or a word the table knows', () => {
    const tnmt = around('Phó Giám đốc Sở Tài nguyên và Môi trường (TN&MT) cho biết', 'Tài nguyên và Môi trường');
    expect(tnmt).toContain('Sở Tài nguyên và Môi trường');
    expect(tnmt.filter((r) => /^đốc|và$/.test(r))).toEqual([]);
    const thaad = around('Mỹ triển khai Hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối (THAAD) tại Hàn Quốc', 'phòng thủ tên lửa tầm cao giai đoạn cuối');
    expect(thaad).toContain('Hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối');
    expect(thaad.filter((r) => /^(?:thống|thủ)|giai$/.test(r))).toEqual([]);
    // "nông thôn" is one word in the table; without it the reading may cut it.
    expect(around('xây dựng nông thôn mới (NTM) ở các xã', 'nông thôn mới')).not.toContain('thôn mới');
    expect(around('xây dựng nông thôn mới (NTM) ở các xã', 'nông thôn mới', false)).toContain('thôn mới');
  });

  it('cuts a qualifier of two syllables at the end, and one only from a legal form in capitals', () => {
    const ypg = around('do lực lượng các đơn vị bảo vệ nhân dân người Kurd (YPG) kiểm soát', 'các đơn vị bảo vệ nhân dân người Kurd');
    expect(ypg).toContain('các đơn vị bảo vệ nhân dân');
    expect(ypg).not.toContain('các đơn vị bảo vệ nhân dân người');
    expect(around('Tổng công ty Cảng hàng không Việt Nam - CTCP (ACV) công bố', 'Tổng công ty Cảng hàng không Việt Nam - CTCP')).toContain(
      'Tổng công ty Cảng hàng không Việt Nam',
    );
    expect(around('Đài Truyền hình Việt Nam (VTV) cho biết', 'Đài Truyền hình Việt Nam')).not.toContain('Đài Truyền hình Việt');
  });

  it('reaches past neither a comma, nor the sentence, nor a preposition, nor a person’s title', () => {
    expect(around('Bình Dương đạt giải về Giải pháp quản lý, điều hành đô thị thông minh (IOC) do', 'điều hành đô thị thông minh')).toEqual([
      'đô thị thông minh',
      'điều hành đô thị',
    ]);
    // "Đài Truyền hình" is one unit in the table, but of a head and a name: with "Đài" or without.
    expect(around('Hôm qua. Đài Truyền hình Việt Nam (VTV) cho biết', 'Truyền hình Việt Nam')).toEqual(['Đài Truyền hình Việt Nam', 'Việt Nam', 'Truyền hình']);
    expect(around('Hôm qua. Đài Truyền hình Việt Nam (VTV) cho biết', 'Đài Truyền hình Việt Nam')).toContain('Truyền hình Việt Nam');
    // The owner at the end, a name of three syllables.
    expect(around('Theo Tổ chức Nông nghiệp Liên Hợp Quốc (FAO), giá', 'Tổ chức Nông nghiệp Liên Hợp Quốc')).toContain('Tổ chức Nông nghiệp');
    const acb = around('Ông D, Tổng Giám đốc Ngân hàng Thương mại cổ phần Á Châu (ACB), cho biết', 'Ngân hàng Thương mại cổ phần Á Châu');
    expect(acb.filter((r) => r.includes('Giám đốc'))).toEqual([]);
    expect(around('Sáng kiến Vành đai và Con đường (BRI) của Trung Quốc', 'Vành đai và Con đường')).not.toContain('Sáng kiến Vành đai và');
  });

  it('takes a word before the name whole, and offers no reading of one syllable', () => {
    const tptm = around('chiến lược phát triển Thành phố thông minh (TPTM) Bình Dương', 'Thành phố thông minh');
    expect(tptm).toContain('phát triển Thành phố thông minh');
    expect(tptm).not.toContain('triển Thành phố thông minh');
    const kcn = around('xây dựng khu công nghiệp (KCN) mới', 'khu công nghiệp');
    expect(kcn.filter((r) => !r.includes(' '))).toEqual([]);
  });

  it('comes with an article definition found beside the glossary, where the reader corrects it; not at page start-up', () => {
    const text = 'Theo Cục Di trú và Hải quan Mỹ (ICE), có';
    const ice = (glossary?: ReturnType<typeof shippedGlossary>) => findAcronyms(text, glossary ? { glossary } : {}).find((a) => a.short === 'ICE');
    const long = ice(shippedGlossary())?.long ?? '';
    expect(ice(shippedGlossary())?.nearby).toEqual(around(text, long));
    expect(ice(shippedGlossary())?.nearby?.length).toBeGreaterThan(0);
    expect(ice()?.nearby).toBeUndefined();
  });

  it('offers the name with the United Nations after it, which a name whose letters have no U is read without', () => {
    const text = 'Theo Tổ chức Lương nông Liên hợp Quốc (FAO), giá gạo tăng.';
    const fao = findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === 'FAO');
    expect(fao?.long).toBe('Tổ chức Lương nông');
    expect(fao?.nearby).toContain('Tổ chức Lương nông Liên hợp Quốc');
    expect(around('Cơ quan Cứu trợ và Hành động của Liên hợp quốc (UNRWA) cho biết', 'Cơ quan Cứu trợ và Hành động')).toContain('Cơ quan Cứu trợ và Hành động của Liên hợp quốc');
    // Not past the brackets' name: the United Nations elsewhere in the sentence is no part of it.
    expect(around('Quỹ Nhi đồng (QND) thuộc Liên hợp quốc', 'Quỹ Nhi đồng').some((r) => r.includes('Liên'))).toBe(false);
  });

  it('takes back the first part of a name joined by "và" that the reading left out, to a stop word or a comma', () => {
    const tfi = around('có trách nhiệm với bộ phận Tình báo tài chính và hoạt động khủng bố (TFI) trong bộ', 'hoạt động khủng bố');
    expect(tfi).toContain('Tình báo tài chính và hoạt động khủng bố');
    // A lower-case syllable after another opens a reading only where the table knows it opens a word.
    expect(tfi.filter((r) => r.startsWith('phận'))).toEqual([]);
    const cape = around('giám đốc Văn phòng đánh giá dự án và thẩm định ngân sách (CAPE), USNI đưa tin', 'thẩm định ngân sách');
    expect(cape).toContain('đánh giá dự án và thẩm định ngân sách');
    // Not from the half of a word ("án"), nor past a comma, nor more than three.
    expect(cape.filter((r) => r.startsWith('án'))).toEqual([]);
    expect(around('Ông nói, dự án và thẩm định ngân sách (CAPE) chậm', 'thẩm định ngân sách')).not.toContain('nói, dự án và thẩm định ngân sách');
    expect(around('cất cánh trên đường băng ngắn và hạ cánh thẳng đứng (STOVL) của', 'hạ cánh thẳng đứng').filter((r) => r.includes(' và '))).toHaveLength(2);
    // Another stop word ends the first part; a body's name after "và" is another body; three at most.
    expect(around('Lực lượng tham gia chữa cháy tại chỗ và cứu nạn cứu hộ (CCCN) đã có mặt.', 'cứu nạn cứu hộ')).toContain('chữa cháy tại chỗ và cứu nạn cứu hộ');
    expect(around('Em đạt HCV tại Olympic Toán và Khoa học Quốc tế (IMSO) năm nay.', 'Khoa học Quốc tế')).not.toContain('HCV tại Olympic Toán và Khoa học Quốc tế');
    expect(around('Bộ Tài chính và Ngân hàng Nhà nước (NHNN) cùng họp.', 'Ngân hàng Nhà nước').filter((r) => r.includes(' và '))).toEqual([]);
    expect(around('kế hoạch chiến lược phát triển lâu dài bền vững và hoạt động khủng bố (TFI)', 'hoạt động khủng bố').filter((r) => r.includes(' và ')).length).toBeLessThanOrEqual(3);
  });

  it('leaves out a place named at the end, or the body a name ends with', () => {
    const iec = around('Ông là giám đốc Trung tâm Khởi nghiệp đổi mới sáng tạo Đại học Quốc gia TP. HCM (IEC) cho biết', 'Trung tâm Khởi nghiệp đổi mới sáng tạo Đại học Quốc gia TP. HCM');
    expect(iec).toContain('Trung tâm Khởi nghiệp đổi mới sáng tạo');
    // The owner alone is no reading of what the letters stand for.
    expect(iec).not.toContain('Đại học Quốc gia TP. HCM');
    expect(iec.filter((r) => r.startsWith('đổi mới'))).toEqual([]);
    expect(around('sớm ký Bộ Quy tắc ứng xử ở Biển Đông (COC) giữa các bên', 'Bộ Quy tắc ứng xử ở Biển Đông')).toContain('Bộ Quy tắc ứng xử');
    // After a capital too: "tại" opens no word with it.
    expect(around('Theo Phòng Thương mại Mỹ tại Việt Nam (AmCham), doanh nghiệp', 'Phòng Thương mại Mỹ tại Việt Nam')).toContain('Phòng Thương mại Mỹ');
    // Not where only a head and a legal form or a word would stay, nor after a plural.
    expect(around('Theo Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO), quân', 'Tổ chức Hiệp ước Bắc Đại Tây Dương')).not.toContain('Tổ chức');
    expect(around('Theo Bộ Tư lệnh Trung tâm Mỹ (CENTCOM), quân', 'Bộ Tư lệnh Trung tâm Mỹ')).not.toContain('Bộ Tư lệnh');
    expect(around('Cổ phiếu Công ty Cổ phần Tập đoàn Hòa Phát (HPG) tăng', 'Công ty Cổ phần Tập đoàn Hòa Phát')).not.toContain('Công ty Cổ phần');
    expect(around('Theo Ban Quản lý các Dự án Đường sắt (RPMU), dự án', 'Ban Quản lý các Dự án Đường sắt')).not.toContain('Ban Quản lý các');
  });

  it('gives nothing for an empty span', () => {
    expect(nearbyReadings('abc', { start: 1, end: 1 }, loadTranslations({}))).toEqual([]);
  });
});

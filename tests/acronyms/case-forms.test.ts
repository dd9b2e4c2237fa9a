import { describe, expect, it } from 'vitest';
import { findAcronyms, mergeCaseForms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

describe('mergeCaseForms', () => {
  it('joins the forms of one name that differ only in case: one row, the uses added up', () => {
    const text = 'Công ty Điện lực Tokyo (TEPCO) cho biết. Đại diện Tepco nói rằng Tepco sẽ bồi thường.';
    const rows = mergeCaseForms(findAcronyms(text));
    expect(rows.map((r) => [r.short, r.forms, r.count, r.long])).toEqual([['TEPCO', ['TEPCO', 'Tepco'], 3, 'Công ty Điện lực Tokyo']]);
    // The first use is the first form's, so a jump to it selects that form.
    const [row] = rows;
    expect(text.slice(row!.offsets[0], row!.offsets[0]! + row!.short.length)).toBe('TEPCO');
    expect(row!.offsets).toEqual([...row!.offsets].sort((a, b) => a - b));
  });

  it('keeps apart forms that expand differently, and leaves the engine’s own list untouched', () => {
    const user = [{ short: 'CTY', long: 'công ty (cách viết của báo)' }];
    const found = findAcronyms('Cty Hoà Phát báo lãi, còn CTY Hoa Sen lỗ.', { user: [...user, { short: 'Cty', long: 'Công ty' }] });
    expect(mergeCaseForms(found).map((r) => r.forms)).toEqual([['Cty'], ['CTY']]);
    const same = findAcronyms('Cty Hoà Phát báo lãi, còn CTY Hoa Sen lỗ.', { glossary: shippedGlossary() });
    const merged = mergeCaseForms(same);
    expect(merged.map((r) => [r.forms, r.count])).toEqual([[['Cty', 'CTY'], 2]]);
    expect(same.map((a) => a.count)).toEqual([1, 1]);
  });

  it('joins the forms of one name written with or without its spaces and dots', () => {
    const text = 'Người dân TP HCM đón Tết. Các quận của TPHCM và TP. HCM đều trang trí.';
    const rows = mergeCaseForms(findAcronyms(text, { glossary: shippedGlossary() }));
    expect(rows.map((r) => [r.short, r.forms, r.count])).toEqual([['TP HCM', ['TP HCM', 'TPHCM', 'TP. HCM'], 3]]);
  });

  it('joins the headline uses of forms it merges', () => {
    const rows = mergeCaseForms([
      { short: 'TEPCO', long: 'Tokyo Electric Power Company', source: 'glossary', definedInText: false, count: 1, offsets: [40], titleOffsets: [12] },
      { short: 'Tepco', long: 'Tokyo Electric Power Company', source: 'glossary', definedInText: false, count: 1, offsets: [10], titleOffsets: [0] },
    ]);
    expect(rows.map((r) => [r.forms, r.count, r.offsets, r.titleOffsets])).toEqual([[['TEPCO', 'Tepco'], 2, [10, 40], [0, 12]]]);
  });

  it('reads a brand the glossary styles in mixed case however the article writes it', () => {
    const g = shippedGlossary();
    for (const form of ['UPCOM', 'UpCoM', 'UPCom', 'Upcom']) expect(g.lookup(form)?.long).toBe('Unlisted Public Company Market');
    // Not a name that is a word ("Hamas"), nor letters a form in capitals has, nor a short or lightly
    // styled form, whose letters in capitals are words and names too (DoS, GloBE, LaWS, PrEP).
    expect(g.lookup('HAMAS')).toBeNull();
    for (const word of ['DOS', 'GLOBE', 'LAWS', 'PREP', 'Prep']) expect(g.lookup(word)).toBeNull();
    // COE in capitals is a key of its own (Japan's certificate of eligibility), not CoE's.
    expect(g.lookup('COE')?.long).toBe('Certificate of Eligibility');
    expect(g.lookup('THS')?.long).toBe('tín hiệu số');
    const text = 'Cổ phiếu trên sàn Upcom giảm. Hiệp hội Bất động sản TP. HCM (Horea) cho biết, Horea kiến nghị.';
    const rows = findAcronyms(text, { glossary: g });
    expect(rows.map((r) => [r.short, r.long, r.count])).toEqual([
      ['Upcom', 'Unlisted Public Company Market', 1],
      ['TP. HCM', 'Thành phố Hồ Chí Minh', 1],
      ['Horea', 'Hiệp hội Bất động sản TP. HCM', 2],
    ]);
    expect(mergeCaseForms(findAcronyms('sàn UPCOM tăng, sàn UpCoM giảm', { glossary: g })).map((r) => r.forms)).toEqual([['UPCOM', 'UpCoM']]);
    // Other mixes detection reads as names: "UpCom", "VietGap".
    expect(findAcronyms('trên sàn UpCom trong năm nay, rau đạt chuẩn VietGap.', { glossary: g }).map((r) => r.long)).toEqual(['Unlisted Public Company Market', 'Vietnamese Good Agricultural Practices']);
    // A word of a foreign name anywhere says what the word is: Horea before a foreign surname is a
    // person, here and at his other uses.
    expect(findAcronyms('Tiền vệ Horea Crișan ghi bàn, Horea được khen.', { glossary: g })).toEqual([]);
  });

  it('reads an initialism said as a word, in title case alone in brackets after its name', () => {
    const g = shippedGlossary();
    const rows = (text: string) => findAcronyms(text, { glossary: g }).map((r) => [r.short, r.long, r.count]);
    expect(rows('Công ty cổ phần thanh toán quốc gia Việt Nam (Napas) bố trí cán bộ trực. Napas cho biết.')).toEqual([['Napas', 'Công ty cổ phần thanh toán quốc gia Việt Nam', 2]]);
    expect(rows('Cơ quan thám hiểm hàng không vũ trụ Nhật Bản (Jaxa) cho biết.')).toEqual([['Jaxa', 'Cơ quan thám hiểm hàng không vũ trụ Nhật Bản', 1]]);
    // Not a name clipped from syllables, which is longer; not a Vietnamese word; not outside brackets.
    expect(rows('Tổng công ty Thuốc lá Việt Nam (Vinataba) cho biết.')).toEqual([]);
    expect(rows('Đại sứ quán Nga (Nga) cho biết.')).toEqual([]);
    expect(rows('Napas cho biết hệ thống ổn định.')).toEqual([]);
    // Translated word for word, a power authority.
    expect(rows('Cơ quan phát điện Thái Lan (Egat) cho biết.')).toEqual([['Egat', 'Cơ quan phát điện Thái Lan', 1]]);
    // Not where the words before only guess a name: an English name, a car, a girl, a currency.
    expect(rows('Chị Nguyễn Thu Hà (Sonia), 28 tuổi. Sonia cho biết.')).toEqual([]);
    expect(rows('Mẫu hatchback cỡ nhỏ của Suzuki (Swift) bán chạy.')).toEqual([]);
    expect(rows('Bé gái người Tây Ban Nha (Alba) rất vui.')).toEqual([]);
    // Nor does the guess define the same letters in capitals elsewhere.
    expect(rows('Bé gái người Tây Ban Nha (Alba) rất vui. Khối ALBA họp ở Caracas.')).toEqual([['ALBA', 'Alianza Bolivariana para los Pueblos de Nuestra América', 1]]);
    expect(rows('Đồng tiền của Nam Phi (Rand) giảm.')).toEqual([]);
    // Nor where the words before name the kind of firm, giving none of its letters.
    expect(rows('Công ty kiểm toán (Kpmg) cho biết.')).toEqual([]);
    expect(rows('Công ty tư vấn bất động sản (Cbre) cho biết giá tăng. Theo CBRE, nguồn cung giảm.')).toEqual([['CBRE', 'Coldwell Banker Richard Ellis', 1]]);
    // The reader's own entry stands, whatever the words before say.
    const fifa = findAcronyms('Liên đoàn Bóng đá thế giới (Fifa) công bố bảng xếp hạng. Fifa cho biết.', { glossary: g, user: [{ short: 'Fifa', long: 'Liên đoàn Bóng đá thế giới' }] });
    expect(fifa.map((r) => [r.short, r.count])).toEqual([['Fifa', 2]]);
    // Nor the same word opening another name.
    expect(rows('Nga và Mỹ ký Hiệp ước cắt giảm vũ khí tấn công chiến lược (Start) năm 2010. Start-up Mỹ hưởng lợi.')).toEqual([['Start', 'Hiệp ước cắt giảm vũ khí tấn công chiến lược', 1]]);
  });
});

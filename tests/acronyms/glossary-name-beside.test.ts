import { describe, expect, it } from 'vitest';
import { findAcronyms, loadGlossary } from '../../lib/acronyms';

// A small glossary of its own, so these tests do not move with the shipped data.
const glossary = loadGlossary({
  version: 1,
  entries: {
    TCVN: 'Tiêu chuẩn Việt Nam',
    SJC: 'Công ty TNHH MTV Vàng bạc Đá quý Sài Gòn',
    KS: 'khách sạn',
    PCI: 'Chỉ số năng lực cạnh tranh cấp tỉnh',
    NHK: 'Đài truyền hình quốc gia Nhật Bản',
    BVTVSG: 'bảo vệ thực vật thành phố Sài Gòn',
    TNG: 'Công ty Cổ phần Đầu tư và Thương mại TNG',
    CMC: 'Central Military Commission|Công ty Cổ phần Tập đoàn Công nghệ CMC',
    PVC: 'Polyvinyl Chloride|Tổng Công ty Cổ phần Xây lắp Dầu khí Việt Nam',
  },
});

function found(text: string, short: string): { long: string | null; source: string | null; definedInText: boolean } | undefined {
  const a = findAcronyms(text, { glossary }).find((x) => x.short === short);
  return a && { long: a.long, source: a.source, definedInText: a.definedInText };
}

describe("the glossary's Vietnamese name written right before the short form", () => {
  it('is the article\'s own definition, as the article writes it', () => {
    expect(found('theo quy định tại Tiêu chuẩn Việt Nam TCVN 5729 về đường cao tốc', 'TCVN')).toEqual({ long: 'Tiêu chuẩn Việt Nam', source: 'text', definedInText: true });
  });

  it('is not the opening of a firm\'s name that ends with the short form itself', () => {
    expect(found('chủ tịch Công ty cổ phần đầu tư và thương mại TNG cho biết', 'TNG')).toEqual({ long: 'Công ty Cổ phần Đầu tư và Thương mại TNG', source: 'glossary', definedInText: false });
    // Beside another sense, the opening read tells the firm from it.
    expect(found('Công ty Cổ phần Tập đoàn Công nghệ CMC vừa công bố kết quả kinh doanh.', 'CMC')?.long).toBe('Công ty Cổ phần Tập đoàn Công nghệ');
  });

  it('holds where the text writes the opening another way, from the name\'s first words', () => {
    expect(found('Giá vàng SJC hôm nay của công ty tập đoàn vàng bạc đá quý Sài Gòn SJC thị trường TP. HCM', 'SJC')?.long).toBe(
      'công ty tập đoàn vàng bạc đá quý Sài Gòn',
    );
    // Only two words of a six-word name: nothing said.
    expect(found('giá vàng miếng tại Sài Gòn SJC tăng', 'SJC')?.definedInText).toBe(false);
    // Between the opening and the tail, a clause: no name.
    expect(found('Công ty cho biết giá vàng bạc đá quý Sài Gòn SJC tăng', 'SJC')?.definedInText).toBe(false);
  });

  it('holds for the name without its last qualifier, five words of it and two thirds, but not without its country', () => {
    expect(found('tỉnh vươn lên ngôi vị quán quân bảng xếp hạng chỉ số năng lực cạnh tranh PCI năm nay', 'PCI')?.long).toBe('chỉ số năng lực cạnh tranh');
    // "Đài truyền hình quốc gia Nhật Bản": without the country the words describe the broadcaster.
    expect(found('Đài truyền hình quốc gia NHK cho biết một công nhân thiệt mạng.', 'NHK')?.definedInText).toBe(false);
    // Nor where it would cut a capitalised name in two ("Sài" of "Sài Gòn").
    expect(found('trạm bảo vệ thực vật thành phố Sài BVTVSG mở cửa', 'BVTVSG')?.definedInText).toBe(false);
    // Three words of the eight: nothing said.
    expect(found('bảng xếp hạng năng lực cạnh tranh PCI năm nay', 'PCI')?.definedInText).toBe(false);
  });

  it("holds for a firm's name the article writes without its legal form", () => {
    expect(found('vụ án tại Tổng công ty xây lắp dầu khí Việt Nam PVC gây thiệt hại lớn', 'PVC')).toEqual({ long: 'Tổng công ty xây lắp dầu khí Việt Nam', source: 'text', definedInText: true });
    // Only the whole name so: its end alone says nothing.
    expect(found('ống nhựa của công ty dầu khí Việt Nam PVC', 'PVC')?.definedInText).toBe(false);
  });

  it('needs three words: a noun before its own initials is a label', () => {
    expect(found('Khách sạn KS Mường Thanh và KS Sheraton được đánh giá cao.', 'KS')).toMatchObject({ source: 'glossary', definedInText: false });
  });
});

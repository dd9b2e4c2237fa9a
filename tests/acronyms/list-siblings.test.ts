import { describe, expect, it } from 'vitest';
import { listSiblings, senseOfSiblings } from '../../lib/acronyms/list-siblings';
import { detectOccurrences } from '../../lib/acronyms/detect';
import { reading } from './helpers';

const TH = ['truyền hình', 'tiểu học', 'trường hợp'];

describe('senseOfSiblings', () => {
  it('takes the one sense sharing a word with the fellow members’ meanings', () => {
    expect(senseOfSiblings(TH, ['trung học cơ sở', 'trung học phổ thông'])).toBe('tiểu học');
    // Whatever the tone placement: "hoá" and "hóa" are one word.
    expect(senseOfSiblings(['hoá chất', 'hải cảng'], ['hóa học'])).toBe('hoá chất');
  });

  it('takes none where two senses share a word, or none does', () => {
    expect(senseOfSiblings(TH, ['trung học cơ sở', 'Công ty Cổ phần Ô tô Trường Hải'])).toBeUndefined();
    expect(senseOfSiblings(TH, ['Ủy ban nhân dân'])).toBeUndefined();
    expect(senseOfSiblings(TH, [])).toBeUndefined();
  });

  it('where the fellow members share words with the same several senses, keeps the one read, else takes the first listed', () => {
    const PVC = ['Polyvinyl Chloride', 'Tổng công ty Hóa chất và Dịch vụ Dầu khí', 'Tổng Công ty Cổ phần Xây lắp Dầu khí Việt Nam'];
    const PVS = ['Tổng Công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam'];
    expect(senseOfSiblings(PVC, PVS, 'Polyvinyl Chloride')).toBe('Tổng công ty Hóa chất và Dịch vụ Dầu khí');
    expect(senseOfSiblings(PVC, PVS, 'Tổng Công ty Cổ phần Xây lắp Dầu khí Việt Nam')).toBe('Tổng Công ty Cổ phần Xây lắp Dầu khí Việt Nam');
  });

  it('counts no word any two names share ("và", "của", "of")', () => {
    expect(senseOfSiblings(['xe của hãng', 'Bank of Asia'], ['Sở của tỉnh và Bộ'])).toBeUndefined();
    expect(senseOfSiblings(['xe của hãng', 'Bank of Asia'], ['Museum of Art'])).toBeUndefined();
  });
});

describe('listSiblings', () => {
  const siblingsOf = (text: string, short: string): string[] => {
    const all = detectOccurrences(text);
    return listSiblings(text, all)(all.filter((o) => o.surface === short));
  };

  it('finds the members of its family beside a use, across commas, dashes and "và"', () => {
    expect(siblingsOf('trường TH - THCS - THPT Nguyễn Khuyến', 'TH')).toEqual(['THCS']);
    expect(siblingsOf('cấp TH, THCS và THPT', 'THCS')).toEqual(['TH', 'THPT']);
  });

  it('leaves out what is not of its family, or not written as a list', () => {
    expect(siblingsOf('camera CCTV, CPU và ổ cứng', 'CCTV')).toEqual([]);
    expect(siblingsOf('TH đưa tin THCS mở cửa', 'TH')).toEqual([]);
  });
});

describe('a list read as one kind', () => {
  it('reads school levels and one industry’s tickers', () => {
    expect(reading('Các đơn vị TH, THCS và THPT báo cáo.', 'TH')).toBe('tiểu học');
    expect(reading('Đơn vị TH báo cáo.', 'TH')).toBe('truyền hình');
    // Joined by dashes, the glossary knows the three as one school's levels (spaced-chains.ts).
    expect(reading('Năm nay tỉnh có 120 trường TH - THCS - THPT.', 'TH - THCS - THPT')).toBe('tiểu học - trung học cơ sở - trung học phổ thông');
    expect(reading('Đối với nhóm HNX30, PVC và PVS đã tăng lên 10.000 đồng.', 'PVC')).toBe('Tổng công ty Hóa chất và Dịch vụ Dầu khí');
  });

  it('is not swayed by a word shared with another family ("Central" of CPU, "tư" of KHĐT)', () => {
    expect(reading('Hệ thống an ninh gồm camera CCTV, CPU và ổ cứng.', 'CCTV')).toBe('Closed-Circuit Television');
    expect(reading('Đại diện Bộ KHĐT, HĐTV của EVN dự họp.', 'HĐTV')).toBe('Hội đồng thành viên');
  });
});

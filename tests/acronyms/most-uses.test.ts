import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const readingOf = (text: string, short: string): string | null | undefined =>
  findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short)?.long;

describe('the sense most uses give', () => {
  it('outvotes the words of the whole article when each use says plainly what it is', () => {
    // The article's words about schools speak for "Sở Giáo dục" taken together; every use of SGD
    // stands by a sum of money in Singapore.
    const text =
      'Sở Giáo dục và Đào tạo Hà Nội cùng các trường đại học, giáo viên và học sinh vừa tổ chức hội thảo giáo dục về du học. ' +
      'Theo ban tổ chức, một sinh viên quốc tế ở Singapore phải chi khoảng 1.500 SGD mỗi tháng cho nhà ở. ' +
      'Tiền ăn uống và đi lại ở đảo quốc này thêm 800 SGD mỗi tháng nữa, chưa kể học phí. ' +
      'Những người vi phạm quy định về thị thực có thể bị phạt tới 10.000 SGD theo luật Singapore.';
    expect(readingOf(text, 'SGD')).toBe('Singapore dollar');
  });

  it('keeps the article’s reading where the uses have nothing to say', () => {
    const text =
      'Đội tuyển Việt Nam thắng 2-0 trước Malaysia tối qua. HLV trưởng cho biết ĐT Việt Nam đã chuẩn bị kỹ cho trận đấu. ' +
      'Sau trận, các cầu thủ ĐT Việt Nam được khán giả chúc mừng trên sân Mỹ Đình. Vòng bảng kế tiếp, ĐT sẽ gặp Thái Lan.';
    expect(readingOf(text, 'ĐT')).toBe('đội tuyển');
  });

  it('keeps the article’s reading against one use in four', () => {
    const text =
      'Công ty CP Sữa Việt Nam vừa công bố kết quả kinh doanh. Công ty CP Đường Biên Hòa cũng báo lãi. ' +
      'Tổng công ty CP Bia Sài Gòn giảm lãi do thuế. Trên sàn, cổ phiếu VNM giảm 500 đồng/CP, còn 60.000 đồng mỗi cổ phiếu.';
    expect(readingOf(text, 'CP')).toBe('cổ phần');
  });
});

import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { reading } from './helpers';

describe("a foreign firm's legal form after its name", () => {
  it('is the legal form', () => {
    const partners = 'Các đối tác gồm Equinor ASA của Na Uy, tập đoàn Chevron có trụ sở tại Mỹ và Total SA của Pháp.';
    expect(reading(partners, 'ASA')).toBe('Allmennaksjeselskap');
    expect(reading(partners, 'SA')).toBe('Société Anonyme');
    expect(reading('Tiền được chuyển vào tài khoản tại Ngân hàng Gazprombank AO của Nga.', 'AO')).toBe('Aktsionernoye Obshchestvo');
    expect(reading('Tập đoàn Siemens AG đầu tư thêm vào Việt Nam.', 'AG')).toBe('Aktiengesellschaft');
    // Before the firm's country in brackets; an English firm's in capitals.
    expect(reading('Công ty Camellia Trading International INC (Belize) chuyển tiền.', 'INC')).toBe('Incorporated');
    expect(reading('Tập đoàn Total SA (Pháp) cho biết.', 'SA')).toBe('Société Anonyme');
    expect(reading('Công ty Golden Holdings INC (BVI) chuyển tiền.', 'INC')).toBe('Incorporated');
    expect(reading('Tập đoàn Siemens AG (CHLB Đức) đầu tư thêm.', 'AG')).toBe('Aktiengesellschaft');
    // In title case, as words are written; after "&" too.
    expect(reading('Quả tên lửa do Công ty Raytheon Co phối hợp chế tạo.', 'Co')).toBe('Company');
    expect(reading('Công ty Maxar Technologies Inc cho biết hôm nay.', 'Inc')).toBe('Incorporated');
    expect(reading('Hàng chục công ty lớn, từ JPMorgan Chase & Co. và Bank of America Corp, bị lừa.', 'Co')).toBe('Company');
    // A British firm's, after a name of two words.
    expect(reading('Asiamoney thuộc tập đoàn Euromoney Institutional Investor PLC, là tạp chí tài chính.', 'PLC')).toBe('Public Limited Company');
    expect(reading('Ngân hàng HSBC Holdings PLC cho biết lợi nhuận tăng.', 'PLC')).toBe('Public Limited Company');
  });

  it('is not read elsewhere', () => {
    // A word opening a sentence, a shop's name.
    const rows = (text: string) => findAcronyms(text, {}).map((a) => a.short);
    expect(rows('Co giật là triệu chứng thường gặp. Saigon Co. op ngưng bán ống hút nhựa.')).toEqual([]);
    // Not after a Vietnamese name, nor a product's trim or a controller the glossary reads.
    expect(reading('Phân bón Lâm Thao SA bán chạy ở miền Bắc.', 'SA')).not.toBe('Société Anonyme');
    expect(reading('Đảng Quốc đại INC thắng cử ở bang này.', 'INC')).toBe('Indian National Congress');
    // A party's name in the brackets, not a country.
    expect(reading('Bà Sonia Gandhi INC (Đảng Quốc đại) phát biểu.', 'INC')).toBe('Indian National Congress');
    expect(reading('Apple Watch SE có giá từ 6,99 triệu đồng.', 'SE')).not.toBe('Societas Europaea');
    expect(reading('Bộ điều khiển Siemens PLC hỏng khiến dây chuyền dừng.', 'PLC')).not.toBe('Public Limited Company');
    expect(reading('Cổ phiếu PLC của Hóa dầu Petrolimex tăng mạnh.', 'PLC')).toBe('Tổng Công ty Hóa dầu Petrolimex');
    // A controller's words before the maker's name: the controller, not a firm; a plc's own news
    // of its lines after its name stays the firm's.
    expect(reading('Dây chuyền dùng bộ điều khiển Mitsubishi Electric PLC, vận hành tự động.', 'PLC')).not.toBe('Public Limited Company');
    expect(reading('Rolls-Royce Holdings PLC mở rộng dây chuyền sản xuất động cơ máy bay tại Singapore.', 'PLC')).toBe('Public Limited Company');
  });
});

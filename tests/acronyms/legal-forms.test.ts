import { describe, expect, it } from 'vitest';
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
  });

  it('is not read elsewhere', () => {
    // Not after a Vietnamese name, nor a product's trim or a controller the glossary reads.
    expect(reading('Phân bón Lâm Thao SA bán chạy ở miền Bắc.', 'SA')).not.toBe('Société Anonyme');
    expect(reading('Đảng Quốc đại INC thắng cử ở bang này.', 'INC')).toBe('Indian National Congress');
    // A party's name in the brackets, not a country.
    expect(reading('Bà Sonia Gandhi INC (Đảng Quốc đại) phát biểu.', 'INC')).toBe('Indian National Congress');
    expect(reading('Apple Watch SE có giá từ 6,99 triệu đồng.', 'SE')).not.toBe('Societas Europaea');
    expect(reading('Bộ điều khiển Siemens PLC hỏng khiến dây chuyền dừng.', 'PLC')).not.toBe('Public Limited Company');
  });
});

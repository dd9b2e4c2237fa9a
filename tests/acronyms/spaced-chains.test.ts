import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const read = (text: string) => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => [a.short, a.long]);

describe('a ministry’s short name in three spaced parts', () => {
  it('is one name where the glossary knows the parts together', () => {
    expect(read('Theo Bộ LĐ - TB - XH, số người thất nghiệp tăng.')).toEqual([['LĐ - TB - XH', 'Lao động - Thương binh và Xã hội']]);
    expect(read('Sở VH – TT – DL tỉnh Bình Dương cho biết.')).toEqual([['VH – TT – DL', 'Văn hóa, Thể thao và Du lịch']]);
    expect(read('Trường TH - THCS - THPT Lê Quý Đôn khai giảng.')).toEqual([['TH - THCS - THPT', 'tiểu học - trung học cơ sở - trung học phổ thông']]);
  });

  it('leaves bodies listed with dashes apart, and finds a known name inside a longer run', () => {
    expect(read('HĐND - UBND - MTTQ xã họp.').map(([short]) => short)).toEqual(['HĐND', 'UBND', 'MTTQ']);
    // A known name inside a longer run is still found: "Bộ LĐ - TB - XH" after other parts.
    expect(read('Các đơn vị VH - LĐ - TB - XH họp.').map(([short]) => short)).toEqual(['VH', 'LĐ - TB - XH']);
  });
});

describe('two fields of one name joined by "&"', () => {
  it('is one name where the glossary knows the parts together; bodies listed so stay apart', () => {
    expect(read('Ban chỉ huy PCTT & TKCN thị xã họp khẩn.')).toEqual([['PCTT & TKCN', 'phòng, chống thiên tai và tìm kiếm cứu nạn']]);
    expect(read('Trường THCS & THPT Bến Hải khai giảng.')).toEqual([['THCS & THPT', 'trung học cơ sở và trung học phổ thông']]);
    expect(read('HĐND & UBND tỉnh họp.').map(([short]) => short)).toEqual(['HĐND', 'UBND']);
  });
});

describe('a head written short and the body\'s initials after it', () => {
  it('is one name where the glossary knows them together', () => {
    expect(read('Chủ tịch UB MTTQ tỉnh phát biểu.')).toEqual([['UB MTTQ', 'Ủy ban Mặt trận Tổ quốc']]);
    expect(read('UB KTTW cho hay vụ việc đang được xem xét.')).toEqual([['UB KTTW', 'Ủy ban Kiểm tra Trung ương']]);
    // Not a body's own short form before a place's.
    expect(read('UBND TP họp.').map(([short]) => short)).toEqual(['UBND', 'TP']);
  });
});

describe('the power group\'s letters and a member\'s after a space', () => {
  it('is the member where the glossary knows them run together', () => {
    expect(read('Theo EVN SPC, phụ trách cung cấp điện khu vực miền Nam.')).toEqual([['EVN SPC', 'Tổng công ty Điện lực miền Nam']]);
    // Not two short forms the glossary has no member for.
    expect(read('EVN ABC ký kết hợp đồng.').map(([short]) => short)).toEqual(['EVN', 'ABC']);
    // Not after PV, as often a reporter as PetroVietnam.
    expect(read('Trả lời PV TT, ông Hùng cho biết dự án sẽ xong.').map(([short]) => short)).toEqual(['PV', 'TT']);
  });

  it('joins two parts after a space where the glossary writes them with a dash, as the tokenized press drops it', () => {
    expect(read('theo đài ABS CBN News của Philippines.').map(([short]) => short)).toEqual(['ABS CBN']);
    // Not a chain and the next letters ("GD-ĐT TP" is the department and its city).
    expect(read('Sở GD-ĐT TP Hà Nội cho biết.').map(([short]) => short)).toEqual(['GD-ĐT', 'TP']);
    // The space stands for the dash in the sense too: admissions, no shareholders' meeting (review).
    expect(read('Tuyển sinh ĐH CĐ 2013 bắt đầu.')).toEqual([['ĐH CĐ', 'Đại học - Cao đẳng']]);
  });
});

describe('one letter after a spaced dash', () => {
  it('joins the short form where the glossary knows the two with their dash', () => {
    expect(read('dữ liệu từ hệ thống phát quảng bá ADS - B cho biết máy bay hạ độ cao.')).toEqual([['ADS - B', 'Automatic Dependent Surveillance-Broadcast']]);
    expect(read('Nhánh ISIS - K nhận trách nhiệm.').map(([short]) => short)).toEqual(['ISIS - K']);
  });

  it('not where the glossary knows them only run together, nor before a number', () => {
    expect(read('sản phẩm băng vết thương dạng gel (BC - A gel) ứng dụng tế bào gốc.').map(([short]) => short)).toEqual(['BC']);
    expect(read('tàu bay VN - A 653 đã được kéo vào bãi đỗ.').map(([short]) => short)).toEqual(['VN']);
  });
});

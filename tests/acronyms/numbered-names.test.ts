import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const read = (text: string) => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => [a.short, a.long]);

describe('names of capitals joined to a number', () => {
  it('reads one the glossary knows, written as it writes it', () => {
    expect(read('Chương trình phát sóng trên VTV1 có một số nội dung sai.')).toEqual([['VTV1', 'Kênh Thời sự – Chính trị – Tổng hợp của Đài Truyền hình Việt Nam']]);
    expect(read('Đoạn video do kênh TF1 của Pháp phát cho thấy các quan chức nghe được âm thanh.')).toEqual([['TF1', 'Télévision Française 1']]);
    expect(read('Phim chiếu trên HTV7 và HTV9 mỗi tối.').map(([short]) => short)).toEqual(['HTV7', 'HTV9']);
  });

  it('reads a figure joined to capitals the glossary knows: a network\'s generation, a firm', () => {
    expect(read('Anh chấp nhận mạo hiểm với hạ tầng 5G của Huawei, thay cho mạng 4G và 3G.')).toEqual([
      ['5G', 'Fifth Generation'],
      ['4G', 'Fourth Generation'],
      ['3G', 'Third Generation'],
    ]);
    expect(read('Tập đoàn 3M của Mỹ sản xuất khẩu trang.')).toEqual([['3M', 'Minnesota Mining and Manufacturing']]);
    // Spaced, where the glossary writes the figure and the capitals joined; not a count of things.
    expect(read('Vụ bê bối tại Quỹ 1 MDB của Malaysia.')).toEqual([['1 MDB', '1Malaysia Development Berhad']]);
    expect(read('Có 2 MDB tài trợ dự án.')).toEqual([['MDB', 'Multilateral Development Bank']]);
    // Two capitals, or a name going on after them: "2 FA Cup" is two of the FA's cups.
    expect(read('Man Utd đã có 2 FA Cup trong 5 năm gần nhất.').map(([short]) => short)).toEqual(['FA']);
    // After a word that labels things by a figure and a letter: a class, a tower, a plot, a room, a
    // bus line, a memory's size.
    expect(read('Em A học lớp 5G; cháy tòa 5G khu Linh Đàm; lô 2G; phòng 3M; xe buýt tuyến 3M; điện thoại RAM 4G.').map(([short]) => short)).toEqual(['RAM']);
    // A digital infrastructure's number is no label; a house's is.
    expect(read('Việt Nam đẩy mạnh phát triển hạ tầng số 5G.')).toEqual([['5G', 'Fifth Generation']]);
    expect(read('Nhà số 5G đường Trần Phú bị cháy.')).toEqual([]);
    // A class, a road, a generation of people, a figure's decimals: none the glossary writes so.
    expect(read('Học sinh lớp 9A đi quốc lộ 1A; thế hệ 9X; tăng 2,5G.')).toEqual([]);
  });

  it('leaves designations, longer codes and figures alone', () => {
    // The glossary writes the missile "SM-3": joined, it is a designation like any other.
    expect(read('Tàu khu trục phóng tên lửa SM3 đánh chặn mục tiêu.')).toEqual([]);
    // A model the glossary does not know; part of a longer code; a figure.
    expect(read('Chiếc A321 và máy bay MiG29 bay qua.')).toEqual([]);
    expect(read('Trang VTV1.vn đưa tin; chuẩn AB-HTV7 mới.')).toEqual([]);
    expect(read('Tỷ lệ VTV1,5 lần là lỗi đánh máy.')).toEqual([]);
  });
});

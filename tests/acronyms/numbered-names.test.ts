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

  it('leaves designations, longer codes and figures alone', () => {
    // The glossary writes the missile "SM-3": joined, it is a designation like any other.
    expect(read('Tàu khu trục phóng tên lửa SM3 đánh chặn mục tiêu.')).toEqual([]);
    // A model the glossary does not know; part of a longer code; a figure.
    expect(read('Chiếc A321 và máy bay MiG29 bay qua.')).toEqual([]);
    expect(read('Trang VTV1.vn đưa tin; chuẩn AB-HTV7 mới.')).toEqual([]);
    expect(read('Tỷ lệ VTV1,5 lần là lỗi đánh máy.')).toEqual([]);
  });
});

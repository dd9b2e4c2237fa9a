import { describe, expect, it } from 'vitest';
import { closesSentence, cueBefore, looksLikeTitle, speechLike, verbInClause, verbRightBefore } from '../../lib/quotes/classify';

const at = (t: string): number => t.indexOf('“');

describe('cueBefore', () => {
  it('sees an event title after its noun, even with a colon or adjective between', () => {
    const a = 'tỉnh tổ chức phiên chuyên đề đặc biệt “Bình Dương”';
    const b = 'góp ý tại phiên chuyên đề đặc biệt: “Bình Dương”';
    expect(cueBefore(a, 0, at(a))).toBe('title');
    expect(cueBefore(b, 0, at(b))).toBe('title');
  });

  it('sees written content', () => {
    const t = 'người thân treo một tấm băng rôn lớn với nội dung “Trả con cho tôi”';
    expect(cueBefore(t, 0, at(t))).toBe('content');
  });

  it('does not read a noun inside a speech verb as a cue ("giải thích")', () => {
    const t = 'Ông Nam giải thích: “Đó là lý do”';
    expect(cueBefore(t, 0, at(t))).toBeNull();
  });
});

describe('speech evidence', () => {
  it('takes long, first-person or multi-sentence words as speech', () => {
    expect(speechLike('Lá phiếu của tôi đâu')).toBe(true);
    expect(speechLike('Mọi thứ sẽ ổn. Hãy chờ xem')).toBe(true);
    expect(speechLike('một hai ba bốn năm sáu bảy')).toBe(true);
    expect(speechLike('cái chết')).toBe(false);
  });

  it('recognises a quoted law name', () => {
    expect(looksLikeTitle('Luật trách nhiệm pháp lý')).toBe(true);
    expect(looksLikeTitle('Luật chơi đã thay đổi. Chúng tôi phải theo')).toBe(false);
  });

  it('finds a speech verb right before the mark, with rằng or a comma', () => {
    for (const t of ['Ông X nói: “', 'Ông X nói, “', 'bà Y khẳng định rằng “', 'Theo bà Hoa, “']) {
      expect(verbRightBefore(t, 0, t.length - 1)).toBe(true);
    }
    const no = 'Ông X nói về chuyện này tại “';
    expect(verbRightBefore(no, 0, no.length - 1)).toBe(false);
  });

  it('finds a speech verb in the same clause only when no comma separates it', () => {
    const t = 'ông cho biết việc do thám là “không thể chấp nhận được”.';
    expect(verbInClause(t, 0, at(t), [t.indexOf('cho biết') + 8])).toBe(true);
    const u = 'ông cho biết, bởi từ năm 2010, “Luật”.';
    expect(verbInClause(u, 0, at(u), [u.indexOf('cho biết') + 8])).toBe(false);
  });

  it('knows when a quotation closes its sentence', () => {
    const a = 'là “không thể chấp nhận được”. Ông';
    const b = 'là "chính xác và hiệu quả." Tổ chức';
    const c = 'là "giấy phép sát thủ," phớt lờ';
    expect(closesSentence(a, a.indexOf('”'), 'không thể chấp nhận được')).toBe(true);
    expect(closesSentence(b, b.lastIndexOf('"'), 'chính xác và hiệu quả.')).toBe(true);
    expect(closesSentence(c, c.lastIndexOf('"'), 'giấy phép sát thủ,')).toBe(false);
  });
});

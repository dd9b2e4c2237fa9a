import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/quotes';
import { OWN_TEXTS } from './own-texts';

const BDO = readFileSync(new URL('../../../shared/corpus/bdo-horasis-2023.txt', import.meta.url), 'utf8');

describe('findQuotes on the BDO article', () => {
  const quotes = findQuotes(BDO);

  it('finds Nguyễn Trọng Luật’s quotation, attributed after it, with his role from earlier', () => {
    const q = quotes.find((x) => x.text.startsWith('Chúng tôi vừa xây dựng nhà máy thứ 4'));
    expect(q).toMatchObject({ speaker: 'Nguyễn Trọng Luật', role: 'Tổng Giám đốc Cicor Việt Nam', kind: 'direct' });
    expect(q!.text.endsWith('đưa công nghệ hiện đại vào phục vụ sản xuất')).toBe(true);
    expect(BDO.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('finds John Jung’s colon statement, to the end of its paragraph', () => {
    const q = quotes.find((x) => x.kind === 'colon');
    expect(q).toMatchObject({ speaker: 'John Jung', role: 'Chủ tịch, Đồng sáng lập ICF' });
    expect(q!.text.startsWith('Tiêu chí đầu tiên')).toBe(true);
    expect(q!.text.endsWith('tập đoàn đa quốc gia.')).toBe(true);
  });

  it('does not take the event title, the date line or the reader notice for quotations', () => {
    expect(quotes).toHaveLength(2);
    expect(quotes.some((q) => q.text.startsWith('Bình Dương - mô hình'))).toBe(false);
  });
});

describe('findQuotes on texts written for these tests', () => {
  for (const own of OWN_TEXTS) {
    it(own.id, () => {
      const got = findQuotes(own.text).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, kind: q.kind }));
      const want = own.quotes.map((q) => {
        const start = own.text.indexOf(q.text);
        return { start, end: start + q.text.length, speaker: q.speaker, kind: q.kind };
      });
      expect(got.map((g) => ({ ...g, speaker: g.speaker?.toLowerCase() ?? null })))
        .toEqual(want.map((w) => ({ ...w, speaker: w.speaker?.toLowerCase() ?? null })));
    });
  }
});

describe('findQuotes rules', () => {
  it('splits a quotation interrupted by its attribution into two with one speaker', () => {
    const t = '“Nếu chờ quá lâu”, ông Lê Minh Quang nói, “họ sẽ đi nơi khác”.';
    expect(findQuotes(t).map((q) => [q.text, q.speaker])).toEqual([
      ['Nếu chờ quá lâu', 'Lê Minh Quang'],
      ['họ sẽ đi nơi khác', 'Lê Minh Quang'],
    ]);
  });

  it('skips scare quotes and labels but keeps a speaker’s own clause', () => {
    const t = 'Trường đang trong tình trạng “chết lâm sàng”. Như vậy “cái chết” đã được báo trước. Ông Lại Văn Nam, hiệu trưởng, nói, "đã làm hết sức mình", nhưng không đủ.';
    expect(findQuotes(t).map((q) => [q.text, q.speaker])).toEqual([['đã làm hết sức mình', 'Lại Văn Nam']]);
  });

  it('takes the speaker of "Theo X, “…”" and of a quotation after a speaking sentence', () => {
    const t = 'Phát ngôn viên Bộ Ngoại giao, bà Lê Thu Hằng, bày tỏ quan ngại về vụ việc. “Chúng tôi yêu cầu tôn trọng chủ quyền của Việt Nam.” Theo bà Hằng, “mọi hành động đơn phương đều vô giá trị”.';
    expect(findQuotes(t).map((q) => q.speaker)).toEqual(['Lê Thu Hằng', 'Lê Thu Hằng']);
  });

  it('gives null when the text names nobody', () => {
    const t = 'Đám đông giương cao các biểu ngữ như “Trả lại công lý”, “Dân chủ muôn năm”.';
    expect(findQuotes(t).map((q) => [q.text, q.speaker])).toEqual([['Trả lại công lý', null], ['Dân chủ muôn năm', null]]);
  });

  it('runs a colon statement to the sentence end in a text without paragraphs, to the paragraph end otherwise', () => {
    const one = 'Ông Võ Văn Hoàng cho biết: với học phí này, trường không đủ trả lương. Hiệu trưởng kiêm cả đánh trống.';
    expect(findQuotes(one)[0]!.text).toBe('với học phí này, trường không đủ trả lương.');
    const para = 'Ông Võ Văn Hoàng cho biết: với học phí này, trường không đủ trả lương. Hiệu trưởng kiêm cả đánh trống.\nĐoạn sau.';
    expect(findQuotes(para)[0]!.text).toBe('với học phí này, trường không đủ trả lương. Hiệu trưởng kiêm cả đánh trống.');
  });

  it('ends an unclosed quotation before a sentence that reports in the third person', () => {
    const t = 'Ông Trương Hải Tùng nói: “Đội đã sẵn sàng. Chúng tôi sẽ về nước ngày 16. Như báo chí đã đưa tin, sân bị ngập. Ông Lâm Quang Thành cho biết: “Tôi tin an ninh được bảo đảm”.';
    const [first, second] = findQuotes(t);
    expect(first!.text).toBe('Đội đã sẵn sàng. Chúng tôi sẽ về nước ngày 16.');
    expect(second).toMatchObject({ text: 'Tôi tin an ninh được bảo đảm', speaker: 'Lâm Quang Thành' });
  });

  it('returns quotations sorted, with offsets into the NFC text', () => {
    const nfd = 'Ông Lê Văn Hùng nói: “Tôi đồng ý với đề xuất này”.'.normalize('NFD');
    const [q] = findQuotes(nfd);
    expect(q!.speaker).toBe('Lê Văn Hùng');
    expect(nfd.normalize('NFC').slice(q!.start, q!.end)).toBe('Tôi đồng ý với đề xuất này');
  });
});

import { describe, expect, it } from 'vitest';
import { describeRange, describeText } from '../../lib/anchoring/describe';
import { buildTextMap } from '../../lib/anchoring/text-map';
import { parseHtml } from '../../lib/extract/node-dom';

describe('describeText', () => {
  const text = 'Sáng 5-12, tại Bình Dương, Diễn đàn Horasis châu Á 2023 khai mạc với hơn 600 đại biểu tham dự.';

  it('stores the quote, 32 characters of context each side and the position', () => {
    const start = text.indexOf('Diễn đàn');
    const sel = describeText(text, start, start + 'Diễn đàn Horasis'.length);
    expect(sel.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Diễn đàn Horasis',
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + 16, start + 48),
    });
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start, end: start + 16 });
  });

  it('trims whitespace at the edges of the selection', () => {
    const start = text.indexOf(' Bình');
    const sel = describeText(text, start, start + ' Bình Dương, '.length);
    expect(sel.quote.exact).toBe('Bình Dương,');
    expect(sel.position.start).toBe(start + 1);
  });

  it('refuses an empty selection', () => {
    expect(() => describeText(text, 3, 3)).toThrow(RangeError);
  });

  it('grows the context when the page repeats the passage with the same surroundings', () => {
    const twin = 'Quy mô 5.600 con lợn nái và hơn 150.000 con lợn thịt mỗi năm.';
    const page = `Trại lợn ở Thanh Hóa có diện tích hơn 50 ha. ${twin} Sáng nay xảy ra vụ tai nạn. Doanh nghiệp đầu tư 770 tỷ đồng, diện tích hơn 50 ha. ${twin} Doanh nghiệp nhập lợn từ năm ngoái.`;
    const at = page.indexOf('con lợn nái');
    const sel = describeText(page, at, at + 'con lợn nái'.length);
    expect(sel.quote.prefix.length).toBeGreaterThan(32);
    // A passage said once keeps the default context.
    const once = page.indexOf('tai nạn');
    expect(describeText(page, once, once + 7).quote.prefix.length).toBe(32);
  });
});

describe('describeRange', () => {
  it('describes a selection that crosses a link, bold text and a paragraph break', () => {
    const doc = parseHtml('<html><body><p>Tỉnh <a href="#">Bình <b>Dương</b></a> thu hút</p><p>đầu tư thế hệ mới</p></body></html>');
    const b = doc.querySelector('b')!.firstChild as Text;
    const p2 = doc.querySelectorAll('p')[1]!.firstChild as Text;
    const range = doc.createRange();
    range.setStart(b, 2);
    range.setEnd(p2, 6);
    const sel = describeRange(doc.body, range);
    expect(sel.quote.exact).toBe('ơng thu hút đầu tư');
    expect(buildTextMap(doc.body).text.slice(sel.position.start, sel.position.end)).toBe('ơng thu hút đầu tư');
  });
});

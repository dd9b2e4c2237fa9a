import { describe, expect, it } from 'vitest';
import { describeText } from '../../lib/anchoring/describe';
import { anchorInText, errorBudget } from '../../lib/anchoring/match-quote';
import type { Selectors } from '../../lib/anchoring/types';

const P1 = 'Sáng 5-12, tại Bình Dương, Diễn đàn Horasis châu Á 2023 khai mạc với hơn 600 đại biểu tham dự.';
const P2 = 'Phát biểu tại phiên chuyên đề, ông Võ Văn Minh cho biết tỉnh đã xây dựng thành phố thông minh từ năm 2016.';
const P3 = 'Các diễn giả góp ý, đề xuất giải pháp thu hút đầu tư thế hệ mới vào khu công nghiệp của tỉnh.';
const P4 = 'Doanh nghiệp nước ngoài đánh giá cao môi trường đầu tư và chất lượng nguồn nhân lực tại địa phương.';
const PAGE = [P1, P2, P3, P4].join(' ');

/** Selectors for the first occurrence of `quote` in `text`. */
function sel(text: string, quote: string): Selectors {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return describeText(text, at, at + quote.length);
}
const spanOf = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};

describe('anchorInText', () => {
  it('finds an unchanged highlight at its old position', () => {
    const s = sel(PAGE, 'ông Võ Văn Minh');
    expect(anchorInText(PAGE, s)).toMatchObject({ ...spanOf(PAGE, 'ông Võ Văn Minh'), method: 'position', score: 1 });
  });

  it('finds a moved quote by exact search when text was inserted before it', () => {
    const s = sel(PAGE, 'thành phố thông minh');
    const edited = `QUẢNG CÁO Ưu đãi mùa lễ hội. ${PAGE}`;
    expect(anchorInText(edited, s)).toMatchObject({ ...spanOf(edited, 'thành phố thông minh'), method: 'exact' });
  });

  it('picks the occurrence nearest the old position when several fit equally well', () => {
    const block = 'Tin liên quan: giá vàng hôm nay tăng mạnh trên thị trường trong nước.';
    const text = `${block} ${P1} ${block} ${P2}`;
    const second = text.lastIndexOf('giá vàng');
    const stored: Selectors = {
      quote: { type: 'TextQuoteSelector', exact: 'giá vàng', prefix: 'Tin liên quan: ', suffix: ' hôm nay tăng mạnh' },
      position: { type: 'TextPositionSelector', start: second - 5, end: second + 3 },
    };
    expect(anchorInText(text, stored)).toMatchObject({ start: second, end: second + 8, method: 'exact' });
    const first = text.indexOf('giá vàng');
    expect(anchorInText(text, { ...stored, position: { ...stored.position, start: first + 2, end: first + 10 } })?.start).toBe(first);
  });

  it('follows a quote whose words were corrected (typos) with a fuzzy match on the new words', () => {
    const s = sel(PAGE, 'đề xuất giải pháp thu hút đầu tư');
    const edited = PAGE.replace('đề xuất giải pháp thu hút đầu tư', 'đề xuát giải phap thu hút đầu tư');
    expect(anchorInText(edited, s)).toMatchObject({ ...spanOf(edited, 'đề xuát giải phap thu hút đầu tư'), method: 'fuzzy' });
  });

  it('takes a replaced first word whole, pinned by the prefix', () => {
    const s = sel(PAGE, 'Diễn đàn Horasis châu Á 2023');
    const edited = PAGE.replace('Diễn đàn Horasis', 'Hội nghị Horasis');
    expect(anchorInText(edited, s)).toMatchObject(spanOf(edited, 'Hội nghị Horasis châu Á 2023'));
  });

  it('follows a one-word highlight corrected beyond its error budget when both contexts are intact', () => {
    const s = sel(PAGE, 'Minh');
    const edited = PAGE.replace('Võ Văn Minh', 'Võ Văn Mình');
    expect(errorBudget(4)).toBe(1);
    expect(anchorInText(edited, s)).toMatchObject(spanOf(edited, 'Mình'));
  });

  it('orphans a highlight whose sentence was deleted', () => {
    const s = sel(PAGE, 'ông Võ Văn Minh cho biết');
    expect(anchorInText(PAGE.replace('ông Võ Văn Minh cho biết ', ''), s)).toBeNull();
  });

  it('orphans a highlight whose paragraph was deleted, even though its words occur elsewhere', () => {
    const s = sel(PAGE, 'đầu tư');
    expect(s.position.start).toBeLessThan(PAGE.indexOf(P4));
    const edited = [P1, P2, P4].join(' ');
    expect(edited).toContain('đầu tư');
    expect(anchorInText(edited, s)).toBeNull();
  });

  it('orphans a highlight in a headline printed twice when the first copy is removed', () => {
    // As on VnExpress: the title block and a second copy right below it. Removing the first copy
    // leaves the second one exactly where the first was, with the same words before it.
    const title = 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non';
    const before = 'Sức khỏe Tin tức Thứ tư, 22/10/2025, 19:25 (GMT+7)';
    const after = 'Người đàn ông 63 tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư lymphoma ruột non.';
    const page = [before, title, title, after].join(' ');
    const edited = [before, title, after].join(' ');
    for (const quote of ['kéo dài, phát hiện ung thư', 'dài, phát hiện ung thư lymphoma', 'dài,', 'bụng']) {
      const s = sel(page, quote);
      expect(anchorInText(page, s)).toMatchObject(spanOf(page, quote));
      expect(anchorInText(edited, s), quote).toBeNull();
    }
  });

  it('prefers an orphan to the same words far away in a different context', () => {
    const s = sel(PAGE, 'thành phố thông minh');
    const elsewhere = `${P1} ${P3} Hà Nội cũng xây dựng thành phố thông minh với vốn vay ngân hàng thế giới. ${P4}`;
    expect(anchorInText(elsewhere, s)).toBeNull();
  });

  it('orphans a quote that changed by more than a quarter', () => {
    const s = sel(PAGE, 'chất lượng nguồn nhân lực');
    expect(anchorInText(PAGE.replace('chất lượng nguồn nhân lực', 'số lượng lao động phổ thông'), s)).toBeNull();
  });

  it('does not anchor a word inside another word', () => {
    const text = 'Ông An về Thanh Hóa. Ông Bình ở lại.';
    const s = sel(text, 'An');
    expect(anchorInText('Ông Bảo về Thanh Hóa. Ông Bình ở lại.', s)).toBeNull();
  });

  it('re-anchors a three-paragraph quote with typos in the middle, quickly', () => {
    const long = [P2, P3, P4].join(' ');
    const s = sel(PAGE, long);
    const edited = `Tin mới. ${PAGE.replace('thành phố thông minh', 'thành phô thông mính').replace('góp ý', 'góp ý kiến')}`;
    const expected = spanOf(edited, 'Phát biểu');
    const t = performance.now();
    const hit = anchorInText(edited, s);
    expect(performance.now() - t).toBeLessThan(50);
    expect(hit).toMatchObject({ start: expected.start, end: edited.length, method: 'fuzzy' });
  });

  it('matches stored selectors that are not NFC or carry raw whitespace', () => {
    const stored = sel(PAGE, 'Diễn đàn Horasis');
    const raw: Selectors = { ...stored, quote: { ...stored.quote, exact: 'Diễn  đàn\nHorasis'.normalize('NFD'), prefix: stored.quote.prefix.normalize('NFD') } };
    expect(anchorInText(PAGE, raw)).toMatchObject(spanOf(PAGE, 'Diễn đàn Horasis'));
  });

  it('is deterministic', () => {
    const s = sel(PAGE, 'giải pháp thu hút');
    const edited = PAGE.replace('giải pháp', 'giải phap');
    const a = anchorInText(edited, s);
    expect(a).not.toBeNull();
    expect(anchorInText(edited, s)).toEqual(a);
  });
});

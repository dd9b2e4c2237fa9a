import { describe, expect, it } from 'vitest';
import { isStopword, stopwordList } from '../../lib/text/stopwords';

describe('isStopword', () => {
  it('knows function words from both sources, single and multi-syllable', () => {
    for (const w of ['của', 'và', 'những', 'tuy nhiên', 'bởi vì', 'trong khi', 'các', 'được']) {
      expect(isStopword(w)).toBe(true);
    }
  });

  it('takes any casing, NFD input and extra spaces', () => {
    expect(isStopword('CỦA')).toBe(true);
    expect(isStopword('Tuy Nhiên')).toBe(true);
    expect(isStopword('của'.normalize('NFD'))).toBe(true);
    expect(isStopword(' bởi   vì ')).toBe(true);
  });

  it('drops content words the source list held', () => {
    for (const w of ['tăng', 'giảm', 'nhà', 'nước', 'quận', 'hỗ trợ', 'thực hiện', 'khó khăn', 'quan trọng']) {
      expect(isStopword(w)).toBe(false);
    }
  });

  it('drops numbers from the frequency list', () => {
    expect(isStopword('10')).toBe(false);
    expect(isStopword('2')).toBe(false);
  });

  it('rejects content words and empty input', () => {
    for (const w of ['doanh nghiệp', 'Đà Nẵng', 'đầu tư', '']) expect(isStopword(w)).toBe(false);
  });

  it('ships a lower-case NFC list of the expected size', () => {
    const list = stopwordList();
    expect(list.length).toBeGreaterThan(1800);
    expect(list.length).toBeLessThan(1950);
    for (const w of list) expect(w).toBe(w.normalize('NFC').toLowerCase());
  });
});

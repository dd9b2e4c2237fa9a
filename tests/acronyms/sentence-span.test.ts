import { describe, expect, it } from 'vitest';
import { sentenceAfter, sentenceBefore } from '../../lib/acronyms/sentence-span';

describe('sentence span', () => {
  it('stops at the sentence before the point', () => {
    const text = 'Giá vàng tăng. Cổ phiếu VNM giảm';
    expect(sentenceBefore(text, text.indexOf('VNM'), 200)).toBe(' Cổ phiếu ');
  });

  it('reads on past a thousands dot and a city before its name', () => {
    const text = 'Giá 57.900 đồng ở chi nhánh TP. HCM và Tp. Đà Nẵng, mã VNM';
    expect(sentenceBefore(text, text.indexOf('VNM'), 200)).toBe(text.slice(0, text.indexOf('VNM')));
  });

  it('ends at a city word that closes a sentence', () => {
    const text = 'Vụ việc ở Công an TP. Số vụ tăng';
    expect(sentenceAfter(text, 0, 200)).toBe('Vụ việc ở Công an TP');
  });

  it('keeps within its reach', () => {
    expect(sentenceBefore('abcdefghij', 10, 3)).toBe('hij');
    expect(sentenceAfter('abcdefghij', 2, 3)).toBe('cde');
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';
import { SENTENCE_CASES as cases } from './sentence-cases';
import { bestMs, MAX_MS_50K_WORDS, repeatWords } from './timing';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences: Vietnamese news cases', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  for (const [name, sentences] of cases) {
    it(name, () => expect(texts(sentences.join(' '))).toEqual(sentences));
  }
});

describe('splitSentences: spans and paragraphs', () => {
  it('returns offsets into the input, trimmed', () => {
    const text = '  Hà Nội mưa to.   TP.HCM nắng nóng.  \n\n  Miền Trung có bão. ';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Hà Nội mưa to.', 'TP.HCM nắng nóng.', 'Miền Trung có bão.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never crosses a line break, even without a terminator', () => {
    expect(texts('Tiêu đề không có dấu chấm\nĐoạn đầu tiên của bài.')).toEqual([
      'Tiêu đề không có dấu chấm',
      'Đoạn đầu tiên của bài.',
    ]);
  });

  it('caps an unclosed quotation at the paragraph end', () => {
    const text = 'Bà nói: “Tôi không biết gì cả. Hỏi người khác đi\nĐoạn sau. Câu thứ hai.';
    expect(texts(text)).toEqual([
      'Bà nói: “Tôi không biết gì cả.',
      'Hỏi người khác đi',
      'Đoạn sau.',
      'Câu thứ hai.',
    ]);
  });

  it('handles ” used as an opening mark too', () => {
    expect(texts('Ông nói: ”Tôi đồng ý. Nhưng cần thêm thời gian”. Cuộc họp kết thúc.')).toEqual([
      'Ông nói: ”Tôi đồng ý. Nhưng cần thêm thời gian”.',
      'Cuộc họp kết thúc.',
    ]);
  });

  it('handles empty and blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n \t ')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = cases.map(([, s]) => s.join(' ')).join('\n');
    expect(splitSentences(text)).toEqual(splitSentences(text));
  });

  it('splits 50,000 words quickly', () => {
    const paragraphs = cases.map(([, s]) => s.join(' ')).join('\n');
    const text = repeatWords(paragraphs, 50_000);
    const fullMs = bestMs(() => splitSentences(text));
    expect(splitSentences(text).length).toBeGreaterThan(1000);
    expect(fullMs).toBeLessThan(MAX_MS_50K_WORDS);
  });

  it('splits one huge paragraph full of quotes, brackets and non-final dots', () => {
    const unit = 'Ông A. nói “xin chào” và TP. cũng đi... rồi về (ghi chú. thêm) nữa.';
    const text = repeatWords(unit, 50_000);
    const fullMs = bestMs(() => splitSentences(text));
    expect(splitSentences(text).length).toBeGreaterThan(100);
    expect(fullMs).toBeLessThan(MAX_MS_50K_WORDS);
  });
});

import { describe, expect, it } from 'vitest';
import { syllableBigrams, tokenize, wordTokens } from '../../lib/text/tokens';
import { bestMs, MAX_MS_50K_WORDS, repeatWords } from './timing';

const pairs = (text: string): Array<[string, string]> => tokenize(text).map((t) => [t.text, t.kind]);

describe('tokenize', () => {
  it('splits syllables and punctuation', () => {
    expect(pairs('Thành phố Đà Nẵng, ngày mai.')).toEqual([
      ['Thành', 'word'],
      ['phố', 'word'],
      ['Đà', 'word'],
      ['Nẵng', 'word'],
      [',', 'punct'],
      ['ngày', 'word'],
      ['mai', 'word'],
      ['.', 'punct'],
    ]);
  });

  it('keeps numbers, decimals and dates whole and separates a glued unit', () => {
    expect(pairs('12.000m2')).toEqual([['12.000', 'number'], ['m2', 'word']]);
    expect(pairs('3,2 tỷ')).toEqual([['3,2', 'number'], ['tỷ', 'word']]);
    expect(pairs('05-12-2023')).toEqual([['05-12-2023', 'number']]);
    expect(pairs('25/2.')).toEqual([['25/2', 'number'], ['.', 'punct']]);
    expect(pairs('10:30, 12,5%')).toEqual([['10:30', 'number'], [',', 'punct'], ['12,5', 'number'], ['%', 'punct']]);
  });

  it('keeps dotted abbreviations and acronyms with digits as one word', () => {
    expect(pairs('TP.HCM, Q.1, v.v. COVID-19')).toEqual([
      ['TP.HCM', 'word'],
      [',', 'punct'],
      ['Q.1', 'word'],
      [',', 'punct'],
      ['v.v', 'word'],
      ['.', 'punct'],
      ['COVID-19', 'word'],
    ]);
  });

  it('keeps an ellipsis as one token and quotes as their own', () => {
    expect(pairs('“Đi...” …')).toEqual([['“', 'punct'], ['Đi', 'word'], ['...', 'punct'], ['”', 'punct'], ['…', 'punct']]);
  });

  it('gives offsets that slice back to the token', () => {
    const text = '  Ngày 25/2, UBND TP. Hà Nội (TP.HCM) chi 3,2 tỷ đồng… “Tốt!”, ông A. nói.\nĐoạn 2: 12.000m2.';
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(20);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const joined = tokens.map((t) => t.text).join('');
    expect(joined).toBe(text.replace(/\s+/g, ''));
  });

  it('keeps combining marks inside the word on NFD input', () => {
    const text = 'Đà Nẵng'.normalize('NFD');
    expect(tokenize(text).map((t) => t.text)).toEqual(text.split(' '));
  });

  it('handles empty and blank input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Giá vàng hôm nay, 05-12-2023, tăng 3,2%.';
    expect(tokenize(text)).toEqual(tokenize(text));
  });

  it('tokenizes 50,000 words quickly', () => {
    const unit = 'Ngày 25/2, UBND TP. Hà Nội chi 3,2 tỷ đồng cho 12.000m2 đất.';
    const text = repeatWords(unit, 50_000);
    const fullMs = bestMs(() => tokenize(text));
    expect(wordTokens(tokenize(text)).length).toBeGreaterThanOrEqual(40_000);
    expect(fullMs).toBeLessThan(MAX_MS_50K_WORDS);
  });
});

describe('syllableBigrams', () => {
  it('pairs adjacent syllables, not across punctuation or numbers', () => {
    const text = 'Thành phố Hồ Chí Minh, 2023 doanh nghiệp';
    expect(syllableBigrams(tokenize(text)).map((b) => b.text)).toEqual([
      'Thành phố',
      'phố Hồ',
      'Hồ Chí',
      'Chí Minh',
      'doanh nghiệp',
    ]);
  });

  it('gives offsets spanning both syllables', () => {
    const text = 'doanh   nghiệp';
    const [b] = syllableBigrams(tokenize(text));
    expect(b).toEqual({ start: 0, end: text.length, text: 'doanh nghiệp' });
  });
});

import { describe, expect, it } from 'vitest';
import { lcsLength, rougeL, rougeN, rougeTokens } from '../../lib/summary/rouge';

const t = rougeTokens;

describe('rougeTokens', () => {
  it('lower-cases, drops punctuation and normalizes NFD to NFC', () => {
    expect(t('Hà Nội, “mưa” TO!')).toEqual(['hà', 'nội', 'mưa', 'to']);
    expect(t('Ha\u0300 Nội')).toEqual(t('Hà Nội'));
  });
});

describe('rougeN (hand-computed)', () => {
  const ref = t('the cat sat on the mat');
  const cand = t('the cat on the mat');

  it('ROUGE-1: 5 of 5 candidate unigrams match, 5 of 6 reference', () => {
    const s = rougeN(cand, ref, 1);
    expect(s.precision).toBeCloseTo(1);
    expect(s.recall).toBeCloseTo(5 / 6);
    expect(s.f1).toBeCloseTo(10 / 11);
  });

  it('ROUGE-2: "the cat", "on the", "the mat" match (3 of 4 and 3 of 5)', () => {
    const s = rougeN(cand, ref, 2);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('clips repeated candidate n-grams to their count in the reference', () => {
    const s = rougeN(t('the the the'), t('the cat'), 1);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('scores Vietnamese syllables case-insensitively', () => {
    const s = rougeN(t('Hà Nội mưa to'), t('hà nội nắng'), 1);
    expect(s.f1).toBeCloseTo(4 / 7);
  });

  it('is zero, not NaN, for empty or too-short inputs', () => {
    expect(rougeN([], ref, 1).f1).toBe(0);
    expect(rougeN(t('a'), t('a'), 2).f1).toBe(0);
  });
});

describe('ROUGE-L', () => {
  it('finds the classic LCS of ABCBDAB and BDCABA (length 4)', () => {
    expect(lcsLength('ABCBDAB'.split(''), 'BDCABA'.split(''))).toBe(4);
  });

  it('takes in-order matches only', () => {
    expect(lcsLength(t('c b a'), t('a b c'))).toBe(1);
    const s = rougeL(t('the cat on the mat'), t('the cat sat on the mat'));
    expect(s.precision).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo(10 / 11);
  });
});

import { describe, expect, it } from 'vitest';
import { fold, foldWithOffsets, nfc } from '../../lib/text/normalize';
import { bestMs, MAX_MS_50K_WORDS, repeatWords } from './timing';

describe('fold', () => {
  it('strips tones and vowel marks and maps đ to d', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('thành phố')).toBe('thanh pho');
    expect(fold('Ủy ban nhân dân')).toBe('uy ban nhan dan');
    expect(fold('Nguyễn Thị Hường')).toBe('nguyen thi huong');
  });

  it('lower-cases upper-case input', () => {
    expect(fold('ĐÀ NẴNG')).toBe('da nang');
    expect(fold('TP.HCM')).toBe('tp.hcm');
  });

  it('folds NFD input like NFC input', () => {
    const decomposed = 'Đà Nẵng thành phố'.normalize('NFD');
    expect(decomposed).not.toBe(nfc(decomposed));
    expect(fold(decomposed)).toBe('da nang thanh pho');
  });

  it('keeps the length of NFC Vietnamese text', () => {
    const text = nfc('Thủ tướng Phạm Minh Chính chủ trì hội nghị ở Đắk Lắk');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('folds compatibility forms (ligatures, full-width letters) to plain letters', () => {
    expect(fold('ﬁnal')).toBe('final');
    expect(fold('Ｈà Ｎội')).toBe('ha noi');
  });
});

describe('foldWithOffsets', () => {
  it('folds exactly like fold', () => {
    for (const t of ['Đà Nẵng', 'THÀNH PHỐ Hồ Chí Minh', 'Đắk Lắk'.normalize('NFD'), 'ﬁ Ｈà', '', '12.000m2, 3,2 tỷ']) {
      expect(foldWithOffsets(t).folded).toBe(fold(t));
    }
  });

  it('maps every folded offset to the same offset when the length is kept', () => {
    const text = 'Đà Nẵng';
    const f = foldWithOffsets(text);
    for (let i = 0; i <= text.length; i++) expect(f.toOriginal(i)).toBe(i);
  });

  it('maps a match in folded NFD text back to the original characters, marks included', () => {
    const text = 'Ở Đà Nẵng hôm nay'.normalize('NFD');
    const f = foldWithOffsets(text);
    expect(f.folded).toBe('o da nang hom nay');
    const s = f.folded.indexOf('da nang');
    const original = text.slice(f.toOriginal(s), f.toOriginal(s + 'da nang'.length));
    expect(nfc(original)).toBe('Đà Nẵng');
  });

  it('maps both halves of an expanded ligature to the ligature', () => {
    const text = 'xin ﬁle mới';
    const f = foldWithOffsets(text);
    expect(f.folded).toBe('xin file moi');
    const s = f.folded.indexOf('file');
    expect(text.slice(f.toOriginal(s), f.toOriginal(s + 4))).toBe('ﬁle');
    expect(f.toOriginal(s + 1)).toBe(f.toOriginal(s));
  });

  it('clamps offsets outside the folded text', () => {
    const f = foldWithOffsets('abc');
    expect(f.toOriginal(-5)).toBe(0);
    expect(f.toOriginal(99)).toBe(3);
  });

  it('handles empty input', () => {
    const f = foldWithOffsets('');
    expect(f.folded).toBe('');
    expect(f.toOriginal(0)).toBe(0);
  });
});

describe('fold keeps punctuation and symbols', () => {
  it('keeps an ellipsis one character and superscripts as they are', () => {
    expect(fold('Chờ…')).toBe('cho…');
    expect(fold('12.000m²')).toBe('12.000m²');
  });

  it('folds 50,000 words quickly, with or without offsets', () => {
    const text = repeatWords('Thủ tướng Phạm Minh Chính chủ trì hội nghị ở Đắk Lắk.', 50_000);
    expect(bestMs(() => fold(text))).toBeLessThan(MAX_MS_50K_WORDS);
    expect(bestMs(() => foldWithOffsets(text))).toBeLessThan(MAX_MS_50K_WORDS);
    expect(fold(text)).toHaveLength(text.length);
  });
});

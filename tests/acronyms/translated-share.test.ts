import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { translatedShare, translatesMostOf } from '../../lib/acronyms/translated-share';
import { shippedGlossary } from './helpers';

describe('translatedShare', () => {
  it('counts the words of an English name a Vietnamese phrase translates through the table', () => {
    const glossary = shippedGlossary();
    const known = { translations: glossary.translations, expansions: () => [], aligned: new Map<string, number>() };
    expect(translatedShare('Hiệp ước Kiểm soát Công nghệ tên lửa', 'Missile Technology Control Regime', known)).toEqual({ translated: 3, of: 4 });
    expect(translatesMostOf('Giải pháp quản lý, điều hành đô thị thông minh', 'International Olympic Committee', known)).toBe(false);
    // One word is not enough, whatever the share ("quốc gia" is National in many names).
    expect(translatesMostOf('ngân hàng quốc gia', 'National Grid', known)).toBe(false);
    // Plurals and British spellings meet ("Lực lượng" for Forces).
    expect(translatedShare('Lực lượng Phòng vệ Israel', 'Israel Defense Forces', known).translated).toBe(3);
  });
});

describe('a guessed definition with the glossary’s name under it', () => {
  const row = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short);

  it('shows the original where the guess translates most of it, however loosely worded', () => {
    const mtcr = row('Nga rút khỏi Hiệp ước Kiểm soát Công nghệ tên lửa (MTCR) năm nay.', 'MTCR');
    expect(mtcr).toMatchObject({ long: 'Hiệp ước Kiểm soát Công nghệ tên lửa', guessed: true, glossaryLong: 'Missile Technology Control Regime' });
  });

  it('shows none where the guess names something else than the glossary’s sense', () => {
    const ioc = row('Giải pháp quản lý, điều hành đô thị thông minh (IOC) được triển khai.', 'IOC');
    expect(ioc).toMatchObject({ guessed: true });
    expect(ioc).not.toHaveProperty('glossaryLong');
  });
});

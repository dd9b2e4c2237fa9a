import { describe, expect, it } from 'vitest';
import { definedAs, shippedGlossary } from './helpers';

/** The long form the text gives for `short`, read with the shipped glossary, or null. */
const def = (text: string, short: string): string | null => definedAs(text, short, shippedGlossary());

describe('a group defined by its members listed after it', () => {
  it('one member for each letter, in order', () => {
    expect(def('Hợp tác du lịch của các nước thuộc nhóm CLMV gồm Campuchia, Lào, Myanmar và VN đã đạt kết quả.', 'CLMV')).toBe('Campuchia, Lào, Myanmar và VN');
    expect(def('Nhóm GAFA gồm Google, Apple, Facebook và Amazon bị đánh thuế.', 'GAFA')).toBe('Google, Apple, Facebook và Amazon');
  });

  it('a member the table translates into a name with the letter (Nga: Russia, Nam Phi: South Africa)', () => {
    expect(def('hội nghị thượng đỉnh thế giới (BRICS - bao gồm Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi) tại Hạ Môn', 'BRICS')).toBe('Brazil, Nga, Ấn Độ, Trung Quốc và Nam Phi');
  });

  it('not a list of another length, in another order, or a count', () => {
    expect(def('Nhóm CLMV gồm Campuchia và Lào họp.', 'CLMV')).toBeNull();
    expect(def('Nhóm CLMV gồm Lào, Campuchia, Myanmar và Việt Nam họp.', 'CLMV')).toBeNull();
    expect(def('Khối ASEAN gồm 10 nước thành viên.', 'ASEAN')).toBeNull();
    // People with the same initials make no group the text calls one.
    expect(def('Tổ công tác TCT gồm Tuấn, Cường và Thắng đã đến.', 'TCT')).toBeNull();
  });
});

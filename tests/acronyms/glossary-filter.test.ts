import { describe, expect, it } from 'vitest';
import { filterGlossary, queryHasMarks } from '../../lib/acronyms';

const entries = [
  { short: 'ĐMST', long: 'đổi mới sáng tạo' },
  { short: 'GD-ĐT', long: 'giáo dục - đào tạo' },
  { short: 'KCN', long: 'khu công nghiệp' },
  { short: 'KCNC', long: 'khu công nghệ cao' },
  { short: 'TP. HCM', long: 'Thành phố Hồ Chí Minh' },
  { short: 'TPTM', long: 'thành phố thông minh' },
  { short: 'UBKT', long: 'Uỷ ban kiểm tra' },
  { short: 'UBND', long: 'Ủy ban nhân dân' },
  { short: 'XKCN', long: 'xuất khẩu chế biến', note: 'đọc ở báo Đầu tư' },
];
const shorts = (query: string): string[] => filterGlossary(entries, query).map((e) => e.short);

describe('finding an entry in the reader’s glossary', () => {
  it('ignores marks a word is typed without, and keeps those it is typed with', () => {
    expect(shorts('thanh pho')).toEqual(['TP. HCM', 'TPTM']);
    expect(shorts('dmst')).toEqual(['ĐMST']);
    expect(shorts('ĐMST')).toEqual(['ĐMST']);
    expect(shorts('uy ban')).toEqual(['UBKT', 'UBND']);
    // Wherever the tone sits: "uỷ" and "ủy" are one syllable, as are "hoá" and "hóa".
    expect(shorts('uỷ ban')).toEqual(['UBKT', 'UBND']);
    expect(shorts('ủy ban nhân')).toEqual(['UBND']);
    // A syllable typed halfway keeps its marks: "thà" is on the way to "thành".
    expect(shorts('thà')).toEqual(['TP. HCM', 'TPTM']);
    // With its tone typed before the syllable is finished, on a vowel the finished one may not carry:
    // "khỏ" on the way to "khỏe" finds "khoẻ", "hoà" on the way to "hoàn" finds "hoàn".
    expect(filterGlossary([{ short: 'SK', long: 'sức khoẻ' }, { short: 'HT', long: 'hoàn thành' }, { short: 'KO', long: 'không' }], 'khỏ').map((e) => e.short)).toEqual(['SK']);
    expect(filterGlossary([{ short: 'HT', long: 'hoàn thành' }, { short: 'HB', long: 'hoà bình' }, { short: 'HN', long: 'hoan nghênh' }], 'hoà').map((e) => e.short)).toEqual(['HT', 'HB']);
    // Marks typed are asked for: "thánh" is not "thành", and "dổi" not "đổi".
    expect(shorts('thánh phố')).toEqual([]);
    expect(shorts('dổi mới')).toEqual([]);
    expect(shorts('thành phố')).toEqual(['TP. HCM', 'TPTM']);
  });

  it('finds every word typed, in the short form or the expansion, not in a note nobody sees', () => {
    expect(shorts('khu cao')).toEqual(['KCNC']);
    expect(shorts('công minh')).toEqual([]);
    expect(shorts('báo')).toEqual([]);
  });

  it('matches a short form without its dots and spaces, and puts the closest short forms first', () => {
    expect(shorts('tphcm')).toEqual(['TP. HCM']);
    expect(shorts('tp.hcm')).toEqual(['TP. HCM']);
    // Typed with its đ, as a Vietnamese keyboard writes it.
    expect(shorts('gdđt')).toEqual(['GD-ĐT']);
    expect(shorts('gddt')).toEqual(['GD-ĐT']);
    // KCN itself, then what opens with it, then what holds it.
    expect(shorts('kcn')).toEqual(['KCN', 'KCNC', 'XKCN']);
  });

  it('gives every entry, in its order, for a blank query; punctuation alone finds what holds it', () => {
    expect(shorts('  ')).toEqual(entries.map((e) => e.short));
    expect(shorts('.')).toEqual(['TP. HCM']);
  });

  it('tells a query that asks for marks from one that does not', () => {
    expect(queryHasMarks('thanh pho')).toBe(false);
    expect(queryHasMarks('TP.HCM')).toBe(false);
    expect(queryHasMarks('Thành')).toBe(true);
    expect(queryHasMarks('đt')).toBe(true);
  });

  it('filters an article\'s acronyms too, an unexplained one by its letters', () => {
    const rows = [{ short: 'UBND', long: 'Ủy ban nhân dân' }, { short: 'QZXV', long: null }, { short: 'KCN', long: 'khu công nghiệp' }];
    expect(filterGlossary(rows, 'qzx').map((r) => r.short)).toEqual(['QZXV']);
    expect(filterGlossary(rows, 'uy ban').map((r) => r.short)).toEqual(['UBND']);
  });
});

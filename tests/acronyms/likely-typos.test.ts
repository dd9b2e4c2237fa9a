import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { likelyTypos, oneSlipApart } from '../../lib/acronyms/likely-typos';
import type { AcronymInfo } from '../../lib/acronyms/types';
import { shippedGlossary } from './helpers';

const typoOf = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short)?.likelyTypoOf;

describe('likely typos', () => {
  it('finds forms one slip of the keyboard apart', () => {
    expect(oneSlipApart('NNPTN', 'NNPTNT')).toBe(true); // a letter left out
    expect(oneSlipApart('HVC', 'HCV')).toBe(true); // two neighbours swapped
    expect(oneSlipApart('UBNN', 'UBND')).toBe(true); // one typed for another
    // Three letters, one replaced: most such pairs are two bodies (VNA, VNG).
    expect(oneSlipApart('VNA', 'VNG')).toBe(false);
    expect(oneSlipApart('UBND', 'UBND')).toBe(false);
    expect(oneSlipApart('HCV', 'HCVBC')).toBe(false);
    expect(oneSlipApart('AB', 'BA')).toBe(false);
  });

  it('offers the article’s explained form for an unknown one, not for a known one', () => {
    const text = 'Bộ NN & PTNT yêu cầu các tỉnh báo cáo. Bộ NN & PTN đề nghị kiểm tra. Bộ NN & PTNT cũng cho biết. Vận động viên giành HCV, rồi thêm một HVC.';
    expect(typoOf(text, 'NN & PTN')).toEqual({ short: 'NN & PTNT', long: 'Nông nghiệp và Phát triển nông thôn' });
    expect(typoOf(text, 'HVC')).toEqual({ short: 'HCV', long: 'huy chương vàng' });
    expect(typoOf(text, 'NN & PTNT')).toBeUndefined();
  });

  it('offers nothing for numbered forms, rarer forms, or two candidates', () => {
    const row = (short: string, long: string | null, count = 1): AcronymInfo => ({ short, long, source: long ? 'glossary' : null, definedInText: false, count, offsets: [] });
    // Police offices are numbered one apart.
    expect(likelyTypos([row('PC45', null), row('PC46', 'Phòng Cảnh sát kinh tế', 2)]).size).toBe(0);
    // The form used more is the one the writer meant; for a letter replaced, twice as often (families
    // of bodies differ by one letter: BIDV, BIDC).
    expect(likelyTypos([row('QZXW', null, 2), row('QZXV', 'quỹ zeta xây vườn', 3)]).size).toBe(0);
    expect(likelyTypos([row('QZXW', null, 2), row('QZXV', 'quỹ zeta xây vườn', 4)]).get('QZXW')?.short).toBe('QZXV');
    expect(likelyTypos([row('QZXV', null, 2), row('QZXVA', 'quỹ zeta xây vườn an', 2)]).get('QZXV')?.short).toBe('QZXVA');
    // One slip from two explained forms: which one is not known.
    const text = 'Ủy ban nhân dân (UBND) và Ủy ban nhà nước (UBNN) họp. UBNĐ cũng dự.';
    expect(findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === 'UBNĐ')).toMatchObject({ long: null });
    expect(typoOf(text, 'UBNĐ')).toBeUndefined();
    expect(likelyTypos([row('UBNĐ', null), row('UBND', 'Ủy ban nhân dân', 2)]).get('UBNĐ')?.short).toBe('UBND');
  });
});

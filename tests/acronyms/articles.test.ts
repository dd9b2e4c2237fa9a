import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { SHARED, shippedGlossary } from './helpers';
import { OWN_TEXTS } from './own-texts';

const norm = (s: string | null): string => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

describe('the BDO article', () => {
  const text = readFileSync(join(SHARED, 'corpus', 'bdo-horasis-2023.txt'), 'utf8');
  const found = new Map(findAcronyms(text, { glossary: shippedGlossary() }).map((a) => [a.short, a]));

  it('expands from the text and from the glossary', () => {
    expect(found.get('TPTM')).toMatchObject({ long: 'Thành phố thông minh', source: 'text', definedInText: true });
    expect(found.get('ĐMST')).toMatchObject({ long: 'đổi mới sáng tạo', source: 'text', definedInText: true });
    expect(found.get('KCN')).toMatchObject({ long: 'khu công nghiệp', source: 'text', definedInText: true });
    expect(norm(found.get('UBND')?.long ?? null)).toBe('ủy ban nhân dân');
    expect(found.get('UBND')?.source).toBe('glossary');
  });

  it('finds ICF and IOC with every occurrence, and not the names in capitals', () => {
    const icf = found.get('ICF');
    expect(icf?.count).toBe(4);
    for (const o of icf?.offsets ?? []) expect(text.slice(o, o + 3)).toBe('ICF');
    expect(found.has('IOC')).toBe(true);
    for (const name of ['NGỌC', 'THANH', 'NGỌC THANH', 'QUỐC', 'CHIẾN', 'QUỐC CHIẾN']) expect(found.has(name)).toBe(false);
  });
});

describe('own texts (not used for tuning)', () => {
  for (const t of OWN_TEXTS) {
    it(t.id, () => {
      const got = findAcronyms(t.text, { glossary: shippedGlossary() });
      expect(got.map((a) => a.short).sort()).toEqual(t.acronyms.map((a) => a.short).sort());
      for (const want of t.acronyms) {
        const a = got.find((x) => x.short === want.short);
        expect([want.short, a?.definedInText]).toEqual([want.short, want.defined]);
        expect([want.short, norm(a?.long ?? null)]).toEqual([want.short, norm(want.long)]);
        expect(t.text.slice(a?.offsets[0], (a?.offsets[0] ?? 0) + want.short.length)).toBe(want.short);
      }
      for (const n of t.not) expect(got.map((a) => a.short)).not.toContain(n);
    });
  }
});

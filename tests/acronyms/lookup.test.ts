import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary, type GlossaryData } from '../../lib/acronyms';
import { lookupAcronym } from '../../lib/acronyms/lookup';

const glossary = loadGlossary(
  JSON.parse(readFileSync(new URL('../../public/glossary/glossary.json', import.meta.url), 'utf8')) as GlossaryData,
);

describe('lookupAcronym', () => {
  it('finds a selected acronym in the built-in glossary, trimming punctuation around it', () => {
    expect(lookupAcronym(' “UBND”, ', { glossary })).toMatchObject({ short: 'UBND', source: 'glossary' });
    expect(lookupAcronym('UBND', { glossary })?.long?.toLowerCase()).toBe('ủy ban nhân dân');
  });

  it('prefers the reader’s own expansion', () => {
    const user = [{ short: 'ubnd', long: 'Ủy ban nhân dân (tỉnh)' }];
    expect(lookupAcronym('UBND', { glossary, user })).toMatchObject({ long: 'Ủy ban nhân dân (tỉnh)', source: 'user' });
  });

  it('says when it knows nothing, and refuses a whole paragraph', () => {
    expect(lookupAcronym('QXZW', { glossary })).toEqual({ short: 'QXZW', long: null, source: null, senses: [] });
    expect(lookupAcronym('một đoạn văn rất dài không phải là từ viết tắt nào cả', { glossary })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { articleSpelling } from '../../lib/acronyms/article-spelling';
import { shippedGlossary } from './helpers';

describe('articleSpelling', () => {
  it('spells a syllable whose tone mark may move as the article does, its capital kept', () => {
    const spelled = articleSpelling('Uỷ ban nhân dân tỉnh bàn chính sách hoà nhập, thuỷ lợi.');
    expect(spelled('Ủy ban nhân dân')).toBe('Uỷ ban nhân dân');
    expect(spelled('hòa bình')).toBe('hoà bình');
    expect(spelled('Thủy lợi')).toBe('Thuỷ lợi');
    // A syllable the article does not write, or writes both ways, stays as it was.
    expect(spelled('khỏe mạnh')).toBe('khỏe mạnh');
    expect(articleSpelling('Uỷ ban và Ủy ban')('Ủy ban')).toBe('Ủy ban');
  });

  it('shows the glossary\'s words, senses and Vietnamese names as the article spells them', () => {
    const [ubnd] = findAcronyms('Uỷ ban nhân dân tỉnh họp. UBND huyện báo cáo.', { glossary: shippedGlossary() });
    expect(ubnd).toMatchObject({ short: 'UBND', long: 'Uỷ ban nhân dân', source: 'glossary' });
    const [usual] = findAcronyms('UBND huyện báo cáo.', { glossary: shippedGlossary() });
    expect(usual?.long).toBe('Ủy ban nhân dân');
  });
});

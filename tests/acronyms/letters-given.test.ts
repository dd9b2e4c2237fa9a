import { describe, expect, it } from 'vitest';
import { givesLetters } from '../../lib/acronyms/define/letters-given';
import { shippedGlossary } from './helpers';

const glossary = shippedGlossary();
const known = { translations: glossary.translations, expansions: (short: string) => glossary.lookup(short)?.senses ?? [], aligned: new Map() };

describe('givesLetters', () => {
  it("takes letters from a name's words and from their English, in any order", () => {
    // Institute, Petroleum, American.
    expect(givesLetters('Viện Dầu mỏ Mỹ', 'API', known)).toBe(true);
    expect(givesLetters('Trung tâm Quốc tế khoa học và giáo dục liên ngành', 'ICISE', known)).toBe(true);
  });

  it("gives no letters a host's name lacks, but where asked for an English name's \"of\" or \"and\"", () => {
    expect(givesLetters('Đại học London', 'TSR', known)).toBe(false);
    expect(givesLetters('Tập đoàn Hòa Phát', 'HPDQ', known)).toBe(false);
    // Institute of Medicine: where asked, one O goes ungiven, two do not.
    expect(givesLetters('Viện Y học', 'IOM', known)).toBe(false);
    expect(givesLetters('Viện Y học', 'IOM', known, true)).toBe(true);
    expect(givesLetters('Viện Y học', 'IOOM', known, true)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { acronymCard } from '../../lib/decorate/page-decorations';
import type { AcronymInfo } from '../../lib/acronyms';

const labels = {
  source: { text: 'trong bài', user: 'của bạn', glossary: 'từ điển' },
  guessed: 'nghĩa do Sổ Tay đoán',
  unknownExpansion: 'chưa rõ nghĩa',
  likelyTypoOf: (short: string, long: string) => `có thể gõ nhầm từ ${short}: ${long}`,
  inVietnamese: (long: string) => `tiếng Việt: ${long}`,
  originalName: (long: string) => `viết tắt của ${long}`,
  vietnameseFirst: true,
};
const row = (extra: Partial<AcronymInfo>): AcronymInfo => ({ short: 'HVC', long: null, source: null, definedInText: false, count: 1, offsets: [0], ...extra });

describe('an acronym’s card on the page', () => {
  it('says an unknown acronym is unknown, and what it may be a slip for', () => {
    expect(acronymCard(row({}), labels)).toEqual({ title: 'HVC', body: 'chưa rõ nghĩa', note: undefined });
    expect(acronymCard(row({ likelyTypoOf: { short: 'HCV', long: 'huy chương vàng' } }), labels)).toEqual({
      title: 'HVC',
      body: 'chưa rõ nghĩa',
      note: 'có thể gõ nhầm từ HCV: huy chương vàng',
    });
  });

  it('says where a known expansion came from', () => {
    expect(acronymCard(row({ short: 'HCV', long: 'huy chương vàng', source: 'glossary' }), labels)).toEqual({ title: 'HCV', body: 'huy chương vàng', note: 'từ điển' });
  });
});

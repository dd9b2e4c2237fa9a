import { describe, expect, it, vi } from 'vitest';
import { loadMessages, translator, type Locale } from './locale';

let language: Locale = 'vi';
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getUILanguage: () => language,
      getMessage: (key: string, subs?: string[]) => translator(language)(key as never, ...(subs ?? [])),
    },
  },
}));
const { t } = await import('../../components/i18n');

describe('t', () => {
  it('writes counts the way the reader’s language groups digits', () => {
    language = 'vi';
    expect(t('imported', 1409, 2, 0)).toContain('1.409');
    language = 'en';
    expect(t('imported', 1409, 2, 0)).toContain('1,409');
    // Text given as text stays as it is: an acronym, a site, a year in a name.
    expect(t('savedEntry', '1409')).toContain('1409');
  });

  it('keeps the product’s name on one line in every message that names it', () => {
    for (const locale of ['vi', 'en'] as const) {
      const names = Object.entries(loadMessages(locale)).filter(([key, m]) => !key.startsWith('ext') && /Sổ\s+Tay/.test(m.message));
      expect(names.length).toBeGreaterThan(10);
      for (const [key, m] of names) expect(m.message, `${locale} ${key}`).not.toMatch(/Sổ[^\S\u00a0]+Tay/);
    }
  });
});

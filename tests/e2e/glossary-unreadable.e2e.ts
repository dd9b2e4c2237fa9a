import { describe, expect, it } from 'vitest';
import { acronymRow, ARTIFACTS, openBdoAcronyms, useExtensionBrowser } from './harness';

// Its own browser: the worker keeps the glossary once read, so the failure must come first.
const ctx = useExtensionBrowser();

describe('the built-in glossary cannot be read (Chromium)', () => {
  it('keeps the article\'s own definitions and says the glossaries are missing, instead of calling every acronym unknown', async () => {
    await ctx.browser.worker.evaluate(() => {
      const real = globalThis.fetch;
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('/glossary/glossary.json') ? Promise.reject(new TypeError('unreadable')) : real(input, init);
    });
    const { popup } = await openBdoAcronyms(ctx.browser);
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Chưa tra được từ điển');
    expect(await acronymRow(popup, 'TPTM').locator('dd').textContent()).toContain('Thành phố thông minh');
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-glossary-unreadable-chromium.png` });
  });
});

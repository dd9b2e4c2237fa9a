import { describe, expect, it } from 'vitest';
import { PAGES } from './fixture-server';
import { acronymRow, ARTIFACTS, chooseLookupMenu, openBdoAcronyms, painted, selectPainted, tooltipText, useExtensionBrowser } from './harness';

// Its own browser: the worker keeps the glossary once read, so the failure must come first.
const ctx = useExtensionBrowser();

describe('the built-in glossary cannot be read (Chromium)', () => {
  it('keeps the article\'s own definitions and says the glossaries are missing, instead of calling every acronym unknown', async () => {
    await ctx.browser.worker.evaluate(() => {
      const real = globalThis.fetch;
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('/glossary/glossary.json') ? Promise.reject(new TypeError('unreadable')) : real(input, init);
    });
    const { page, tabId, popup } = await openBdoAcronyms(ctx.browser);
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Chưa tra được từ điển');
    expect(await acronymRow(popup, 'TPTM').locator('dd').textContent()).toContain('Thành phố thông minh');
    // What the glossary would have explained is not looked up, not unknown.
    expect(await acronymRow(popup, 'UBND').locator('dd').textContent()).toMatch(/^chưa tra được(?!.*chưa rõ nghĩa)/);
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-glossary-unreadable-chromium.png` });

    // On the page: the article's own definitions as usual, and no "unknown" for what the glossary knows.
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('UBND')), { timeout: 15_000 }).toBe(true);
    await page.bringToFront();
    await page.mouse.move(1, 1);
    await selectPainted(page, 'sotay-acronym', 'KCN', true);
    await expect.poll(() => tooltipText(page)).toContain('khu công nghiệp');
    await selectPainted(page, 'sotay-acronym', 'UBND', true);
    await expect.poll(() => tooltipText(page)).toContain('chưa tra được từ điển');
    expect(await tooltipText(page)).not.toContain('chưa rõ nghĩa');
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-glossary-unreadable-chromium.png` });

    // The context menu's lookup says the glossary could not be read, not that the acronym is unknown.
    await selectPainted(page, 'sotay-acronym', 'UBND');
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, 'UBND');
    await expect.poll(() => tooltipText(page)).toContain('Sổ\u00a0Tay chưa tra được từ điển');
    await selectPainted(page, 'sotay-acronym', 'KCN');
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, 'KCN');
    await expect.poll(() => tooltipText(page)).toMatch(/khu công nghiệp.*trong bài/i);
  });
});

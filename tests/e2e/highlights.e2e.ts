import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTab } from './chromium';
import { PAGES } from './fixture-server';
import { ARTIFACTS, openPopup, painted, useExtensionBrowser } from './harness';

const URL_ = PAGES.bdoArticle.url;
const PASSAGE = 'Bình Dương đang đi đúng hướng. Việc tập trung cho ĐMST';
const ctx = useExtensionBrowser();

/** Selects `text` on the page as a reader's drag would, and releases the mouse. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(t);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const r = range.getClientRects()[0]!;
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.left + 2, clientY: r.top + 2 }));
      return;
    }
    throw new Error(`"${t}" is not on the page`);
  }, text);
}

async function notesTab(tabId: number): Promise<Page> {
  const popup = await openPopup(ctx.browser, tabId);
  await popup.getByRole('tab', { name: /Ghi chú/ }).click();
  return popup;
}

describe('highlights and notes that come back (Chromium)', () => {
  it('highlights a selection with a note, and shows it again after a reload', async () => {
    const { page, tabId } = await openTab(ctx.browser, URL_);
    await expect.poll(() => page.evaluate(() => document.querySelector('sotay-tooltip, style#sotay-highlight-style') !== null), { timeout: 15_000 }).toBe(true);
    await select(page, PASSAGE);
    const card = page.locator('sotay-mark-card');
    await card.getByRole('button', { name: /Ghi chú/ }).click();
    await card.getByRole('textbox', { name: 'Ghi chú' }).fill('Ý chính: **con người** là cốt lõi');
    await card.getByRole('textbox', { name: /Thẻ/ }).fill('TPTM, Bình Dương');
    await page.screenshot({ path: `${ARTIFACTS}/highlight-toolbar-chromium.png` });
    await card.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([PASSAGE]);

    await page.reload();
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    const popup = await notesTab(tabId);
    await expect.poll(() => popup.locator('.highlights li').count()).toBe(1);
    expect(await popup.locator('.highlights .sentence').textContent()).toBe(PASSAGE);
    expect(await popup.locator('.note-text').textContent()).toBe('Ý chính: **con người** là cốt lõi');
    expect(await popup.locator('.tags').textContent()).toBe('#TPTM #Bình Dương');
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-notes-chromium.png` });

    // Nothing of ours in the news site's own storage.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('finds the highlight again after the site inserts a paragraph above it', async () => {
    ctx.server.edit(URL_, (html) =>
      html.replace('<h2', '<p>Cập nhật thêm: Bình Dương vừa công bố kế hoạch mới về đô thị thông minh giai đoạn 2024–2030.</p><div class="ads">Quảng cáo</div><h2'),
    );
    const { page } = await openTab(ctx.browser, URL_);
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    await page.close();
  });

  it('lists the highlight as not found when the passage is gone, and keeps it', async () => {
    ctx.server.edit(URL_, (html) => html.replace('Bình Dương đang đi đúng hướng. ', ''));
    const { page, tabId } = await openTab(ctx.browser, URL_);
    const popup = await notesTab(tabId);
    await expect.poll(() => popup.locator('.orphan-label').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.locator('.orphan-label').textContent()).toContain('không tìm thấy trên trang');
    expect(await painted(page, 'sotay-mark-yellow')).toEqual([]);
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-orphan-chromium.png` });
    ctx.server.edit(URL_, null);
    await popup.close();
    await page.close();
  });

  it('deletes a highlight from its card, with undo', async () => {
    const { page } = await openTab(ctx.browser, URL_);
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    // Click inside the highlight: its card opens.
    const point = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-mark-yellow')!;
      const range = [...h][0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const card = page.locator('sotay-mark-card');
    await card.getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([]);
    await card.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([PASSAGE]);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTab } from './chromium';
import { PAGES } from './fixture-server';
import { ARTIFACTS, clickInShadow, dragSelect, messageTab, openPopup, painted, selectText, useExtensionBrowser } from './harness';

const URL_ = PAGES.bdoArticle.url;
const PASSAGE = 'Bình Dương đang đi đúng hướng. Việc tập trung cho ĐMST';
const ctx = useExtensionBrowser();

async function notesTab(tabId: number): Promise<Page> {
  const popup = await openPopup(ctx.browser, tabId);
  await popup.getByRole('tab', { name: /Ghi chú/ }).click();
  return popup;
}

describe('highlights and notes that come back (Chromium)', () => {
  it('highlights a selection with a note, and shows it again after a reload', async () => {
    const { page, tabId } = await openTab(ctx.browser, URL_);
    await expect.poll(() => page.evaluate(() => document.querySelector('sotay-tooltip, style#sotay-highlight-style') !== null), { timeout: 15_000 }).toBe(true);
    // Nothing yet: the tab says how, with the key the browser actually gave the command.
    const empty = await notesTab(tabId);
    await expect.poll(() => empty.locator('.notes .empty').textContent()).toBe('Chưa có đánh dấu nào. Chọn một đoạn trên trang để đánh dấu và ghi chú (hoặc Alt+Shift+H).');
    await empty.close();
    await dragSelect(page, PASSAGE);
    await clickInShadow(page, 'sotay-mark-card', /Ghi chú/);
    // The note box takes the focus; the card keeps these keystrokes from the page.
    await page.waitForFunction(() => document.activeElement?.tagName === 'SOTAY-MARK-CARD');
    await page.keyboard.type('Ý chính: **con người** là cốt lõi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('TPTM, Bình Dương');
    await page.screenshot({ path: `${ARTIFACTS}/highlight-toolbar-chromium.png` });
    await clickInShadow(page, 'sotay-mark-card', 'Lưu');
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
    const ANCHOR = '<p style="text-align: justify;">Theo ông John Jung';
    ctx.server.edit(URL_, (html) => {
      if (!html.includes(ANCHOR)) throw new Error('the fixture changed: no paragraph to insert before');
      return html.replace(
        ANCHOR,
        `<p>Cập nhật thêm: Bình Dương vừa công bố kế hoạch mới về đô thị thông minh giai đoạn 2024–2030.</p><div class="ads">Quảng cáo</div>${ANCHOR}`,
      );
    });
    const { page } = await openTab(ctx.browser, URL_);
    expect(await page.textContent('body')).toContain('Cập nhật thêm: Bình Dương vừa công bố');
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    await page.close();
  });

  it('lists the highlight as not found when the passage is gone, and keeps it', async () => {
    ctx.server.edit(URL_, (html) => html.replace('Bình Dương đang đi đúng hướng. ', ''));
    const { page, tabId } = await openTab(ctx.browser, URL_);
    const popup = await notesTab(tabId);
    await expect.poll(() => popup.locator('.orphan-label').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.locator('.orphan-label').textContent()).toContain('không tìm thấy trên trang');
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([]);
    expect(await page.textContent('body')).not.toContain('Bình Dương đang đi đúng hướng.');
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
    await clickInShadow(page, 'sotay-mark-card', 'Xóa');
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([]);
    await clickInShadow(page, 'sotay-mark-card', 'Hoàn tác');
    await expect.poll(() => painted(page, 'sotay-mark-yellow')).toEqual([PASSAGE]);
    await page.close();
  });

  it('ignores a page script that fakes a selection and a mouseup, and hides the card from it', async () => {
    const { page } = await openTab(ctx.browser, URL_);
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    const seen = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Thu hút đầu tư'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 10, clientY: 10 }));
      return new Promise<{ card: boolean; shadow: boolean }>((resolve) =>
        setTimeout(() => {
          const host = document.querySelector('sotay-mark-card');
          resolve({ card: host !== null, shadow: Boolean(host?.shadowRoot) });
        }, 300),
      );
    });
    expect(seen).toEqual({ card: false, shadow: false });
    // The reader's own drag does open it, and the page still cannot look inside.
    await dragSelect(page, 'Tất cả nhằm phục vụ người dân');
    await expect.poll(() => page.evaluate(() => document.querySelector('sotay-mark-card') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('sotay-mark-card')!.shadowRoot)).toBeNull();
    await page.close();
  });

  it('lets a keyboard-only reader highlight and write a note (the Alt+Shift+G command)', async () => {
    const { page, tabId } = await openTab(ctx.browser, URL_);
    await expect.poll(() => painted(page, 'sotay-mark-yellow'), { timeout: 15_000 }).toEqual([PASSAGE]);
    // Select with the keyboard: caret browsing is not on by default, so place the selection as the
    // keys would leave it, then send what the command sends (the browser's shortcut is not scriptable).
    await selectText(page, 'Tất cả nhằm phục vụ người dân');
    await messageTab(ctx.browser, tabId, 'highlightSelection', { withNote: true });
    await page.waitForFunction(() => document.activeElement?.tagName === 'SOTAY-MARK-CARD');
    await page.keyboard.type('ghi chú bằng bàn phím');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => painted(page, 'sotay-mark-yellow').then((r) => r.sort())).toEqual([PASSAGE, 'Tất cả nhằm phục vụ người dân'].sort());
    const popup = await notesTab(tabId);
    await expect.poll(() => popup.locator('.note-text').allTextContents()).toContain('ghi chú bằng bàn phím');
    await popup.close();
    await page.close();
  });
});

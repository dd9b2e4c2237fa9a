import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, type ExtensionBrowser } from './chromium';
import { PAGES } from './fixture-server';
import { ARTIFACTS, clickInShadow, dragSelect, openPopup, painted, useExtensionBrowser } from './harness';

const ctx = useExtensionBrowser();

async function library(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/library.html`);
  return page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = `${ARTIFACTS}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('the notebook library page (Chromium)', () => {
  it('finds, filters, exports, backs up, and restores into a fresh browser', async () => {
    // Save two quotations and a highlight from the BDO article.
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    const popup = await openPopup(ctx.browser, tabId);
    await popup.getByRole('tab', { name: /Trích dẫn/ }).click();
    // Each saved quotation's button turns into a mark, so the first button left is the next one.
    await popup.locator('button.save-quote').first().click();
    await expect.poll(() => popup.locator('.saved-mark').count()).toBe(1);
    await popup.locator('button.save-quote').first().click();
    await expect.poll(() => popup.locator('.saved-mark').count()).toBe(2);
    await dragSelect(page, 'Bình Dương đang đi đúng hướng.');
    await clickInShadow(page, 'sotay-mark-card', 'Xanh lá');
    await popup.close();

    const lib = await library(ctx.browser);
    await expect.poll(() => lib.locator('.item').count()).toBe(4);
    // The glossary's form here has no "kept for" choices between its fields and its button: the
    // meaning still takes the line, the button goes under it.
    await lib.getByRole('tab', { name: 'Từ điển của tôi' }).click();
    const meaning = await lib.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).boundingBox();
    const add = await lib.locator('.glossary-form button[type="submit"]').boundingBox();
    expect(meaning && add && add.y >= meaning.y + meaning.height).toBe(true);
    await lib.getByRole('tab', { name: 'Tất cả' }).click();
    await expect.poll(() => lib.locator('.item').count()).toBe(4);

    // Search without diacritics finds the speaker and the highlighted words.
    await lib.getByRole('searchbox').fill('nguyen trong luat');
    await expect.poll(() => lib.locator('.item').count()).toBe(1);
    expect(await lib.locator('.item mark').allTextContents()).toEqual(['Nguyễn', 'Trọng', 'Luật']);
    await lib.getByRole('searchbox').fill('dung huong');
    await expect.poll(() => lib.locator('.item-highlight').count()).toBe(1);
    await lib.screenshot({ path: `${ARTIFACTS}/library-search-chromium.png` });
    await lib.getByRole('searchbox').fill('');

    // Filter by speaker.
    await lib.getByRole('combobox', { name: 'Người nói' }).selectOption('John Jung');
    await expect.poll(() => lib.locator('.item').count()).toBe(1);
    expect(await lib.locator('.item-who').textContent()).toContain('John Jung');
    await lib.getByRole('button', { name: 'Bỏ lọc' }).click();
    await lib.getByRole('combobox', { name: 'Người nói' }).selectOption('');

    // CSV of the quotations: UTF-8 with BOM, one row per entry with its source.
    await lib.getByRole('tab', { name: 'Trích dẫn' }).click();
    await expect.poll(() => lib.locator('.item').count()).toBe(2);
    await lib.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
    await lib.getByRole('combobox', { name: 'Xuất' }).selectOption('csv');
    const csv = await downloaded(lib, () => lib.getByRole('button', { name: 'Xuất mục đã chọn' }).click());
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('Nguyễn Trọng Luật');
    expect(csv.text).toContain('Tổng Giám đốc Cicor Việt Nam');
    expect(csv.text).toContain('Báo Bình Dương');
    expect(csv.text.trim().split('\r\n')).toHaveLength(3);

    // Tag both quotations from an inline field (no prompt dialog); the tag is then a filter.
    await lib.getByRole('button', { name: 'Gắn thẻ…' }).click();
    await lib.getByRole('combobox', { name: 'Thẻ cho các mục đã chọn' }).fill('đô thị thông minh');
    await lib.screenshot({ path: `${ARTIFACTS}/library-tag-form-chromium.png` });
    await lib.getByRole('combobox', { name: 'Thẻ cho các mục đã chọn' }).press('Enter');
    await expect.poll(() => lib.locator('.item .tag').allTextContents()).toEqual(['#đô thị thông minh', '#đô thị thông minh']);
    await expect.poll(() => lib.getByRole('combobox', { name: 'Thẻ cho các mục đã chọn' }).count()).toBe(0);

    // Markdown of everything: one note for the article, with front matter.
    await lib.getByRole('tab', { name: 'Tất cả' }).click();
    await lib.getByRole('combobox', { name: 'Xuất' }).selectOption('markdown');
    const zip = await downloaded(lib, () => lib.getByRole('button', { name: 'Xuất tất cả' }).click());
    expect(zip.name).toBe('sotay-ghi-chu.zip');
    const notes = unzipSync(readFileSync(zip.path));
    expect(Object.keys(notes)).toEqual(['Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới.md']);
    const md = strFromU8(Object.values(notes)[0]!);
    expect(md).toMatch(/^---\n/);
    expect(md).toContain('title: "Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới"');
    expect(md).toContain('Chúng tôi vừa xây dựng nhà máy thứ 4');
    expect(md).toContain('Bình Dương đang đi đúng hướng.');

    // Backup, then restore into a browser that has never seen these notes.
    const backup = await downloaded(lib, () => lib.getByRole('button', { name: 'Sao lưu' }).click());
    expect(JSON.parse(backup.text).data.databaseName).toBe('sotay');
    await lib.screenshot({ path: `${ARTIFACTS}/library-chromium.png` });

    const fresh = await launchWithExtension(ctx.server.proxy);
    try {
      const other = await library(fresh);
      await expect.poll(() => other.locator('.empty').textContent()).toContain('Sổ tay còn trống');
      await other.locator('.backup input[type=file]').setInputFiles(backup.path);
      await expect.poll(() => other.locator('.item').count()).toBe(4);
      await expect.poll(() => other.locator('.backup .status').textContent()).toMatch(/4 mục mới/);
      // A corrupt file — the backup cut short — is refused and changes nothing.
      const cut = `${ARTIFACTS}/backup-cut-short.json`;
      writeFileSync(cut, backup.text.slice(0, Math.floor(backup.text.length * 0.7)));
      await other.locator('.backup input[type=file]').setInputFiles(cut);
      await expect.poll(() => other.getByRole('alert').textContent()).toMatch(/Không khôi phục được/);
      expect(await other.locator('.item').count()).toBe(4);
    } finally {
      await fresh.close();
    }

    // Deleting the highlight here takes it off the article still open in another tab; undo puts it back.
    await lib.bringToFront();
    await lib.getByRole('tab', { name: 'Đánh dấu & ghi chú' }).click();
    await expect.poll(() => lib.locator('.item').count()).toBe(1);
    await lib.locator('.item input[type=checkbox]').check();
    await lib.getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect.poll(() => painted(page, 'sotay-mark-green')).toEqual([]);
    await lib.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => painted(page, 'sotay-mark-green')).toEqual(['Bình Dương đang đi đúng hướng.']);

    // A passage highlighted on the article while this page is open shows up here: the page follows
    // what changed, without reading the whole notebook again.
    const before = await lib.locator('.item').count();
    await page.bringToFront();
    await dragSelect(page, 'Tất cả nhằm phục vụ người dân');
    await clickInShadow(page, 'sotay-mark-card', 'Xanh lá');
    await lib.bringToFront();
    await expect.poll(() => lib.locator('.item').count()).toBe(before + 1);
    expect(await lib.locator('.item', { hasText: 'Tất cả nhằm phục vụ người dân' }).count()).toBe(1);
    await page.close();
  });
});

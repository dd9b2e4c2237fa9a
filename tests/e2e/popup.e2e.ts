import { describe, expect, it } from 'vitest';
import { openTab } from './chromium';
import { PAGES } from './fixture-server';
import { acronymRow, ARTIFACTS, openPopup, painted, storedRows, useExtensionBrowser } from './harness';


const ctx = useExtensionBrowser();

async function openPopupFor(url: string) {
  const { page, tabId } = await openTab(ctx.browser, url);
  return { page, popup: await openPopup(ctx.browser, tabId) };
}

describe('popup on a BDO article (Chromium)', () => {
  it('shows the article card, saves the article into the extension database and never the page’s', async () => {
    const { page, popup } = await openPopupFor(PAGES.bdoArticle.url);

    await expect.poll(() => popup.locator('.card-title').textContent()).toBe(
      'Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới',
    );
    expect(await popup.locator('.card-author strong').textContent()).toBe('Ngọc Thanh');
    expect(await popup.locator('.card-site').textContent()).toBe('Báo Bình Dương');
    // Text at the size the popup sets (14 px), not the 75% Chromium gives an extension page's body.
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect(await popup.locator('time').getAttribute('datetime')).toBe('2023-12-05T08:30:24+07:00');
    expect(await popup.locator('time').textContent()).toMatch(/2023/);
    expect(await popup.getByRole('tab').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Tóm tắt'), expect.stringContaining('Từ viết tắt')]),
    );

    const save = popup.getByRole('button', { name: 'Lưu bài' });
    await save.click();
    await expect.poll(() => popup.locator('button.save').textContent()).toContain('Đã lưu');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-chromium.png` });
    await page.screenshot({ path: `${ARTIFACTS}/page-chromium.png` });

    const stored = await storedRows<{ url: string; title: string; byline: string }>(popup, 'articles');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      url: 'https://baobinhduong.vn/kien-tao-cong-dong-thong-minh-thu-hut-dau-tu-the-he-moi-a312345.html',
      byline: 'Ngọc Thanh',
    });

    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('sotay');
    expect(pageDatabases).toEqual([]);

    // Saving again from a fresh popup updates the one record.
    await popup.reload();
    await expect.poll(() => popup.locator('button.save').textContent()).toContain('Đã lưu');
    const articles = () => storedRows<{ updatedAt: number }>(popup, 'articles');
    const before = (await articles())[0]!.updatedAt;
    await popup.getByRole('button', { name: 'Cập nhật bản lưu' }).click();
    await expect.poll(async () => (await articles())[0]!.updatedAt).toBeGreaterThan(before);
    const count = (await articles()).length;
    expect(count).toBe(1);
    await page.close();
    await popup.close();
  });

  it('fills the summary, acronym and quote tabs, and a summary click flashes the sentence on the page', async () => {
    const { page, popup } = await openPopupFor(PAGES.bdoArticle.url);
    await popup.locator('.card-title').waitFor();

    const sentences = popup.locator('.summary .sentence');
    await expect.poll(() => sentences.count()).toBeGreaterThanOrEqual(3);
    const first = (await sentences.first().textContent())!;
    await sentences.first().click();
    await expect.poll(() => painted(page, 'sotay-flash')).toEqual([first]);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-summary-chromium.png` });

    const longer = popup.getByRole('button', { name: /Dài hơn/ });
    const before = await sentences.count();
    await longer.click();
    await expect.poll(() => sentences.count()).toBe(before + 1);

    await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
    const row = (short: string) => acronymRow(popup, short);
    await expect.poll(() => row('TPTM').locator('dd').textContent()).toContain('Thành phố thông minh');
    expect(await row('TPTM').locator('.source').textContent()).toBe('trong bài');
    // The article's own definition, shown in its sentence on the page; each row's button named for
    // its acronym, so a list of them read aloud says which is which.
    await row('TPTM').getByRole('button', { name: 'trong bài: Xem câu giải thích từ này trong bài (TPTM)', exact: true }).click();
    await expect.poll(() => painted(page, 'sotay-flash')).toEqual(['Thành phố thông minh']);
    expect(await row('ĐMST').locator('dd').textContent()).toContain('đổi mới sáng tạo');
    expect(await row('KCN').locator('dd').textContent()).toContain('khu công nghiệp');
    await expect.poll(() => row('UBND').locator('.source').textContent()).toBe('từ điển');
    expect((await row('UBND').locator('dd').textContent())!.toLowerCase()).toContain('ủy ban nhân dân');
    // A definition read from the sentence alone says it is a guess; one its letters spell does not.
    expect(await row('IOC').locator('.source-guess').textContent()).toBe('chưa chắc');
    expect(await row('IOC').locator('.source-guess').getAttribute('title')).toContain('đọc câu gốc');
    // Keyboard and screen-reader users hear the hint on the button that shows the sentence.
    const described = await row('IOC').getByRole('button', { name: 'trong bài' }).getAttribute('aria-describedby');
    expect(await popup.locator(`[id="${described}"]`).textContent()).toContain('đọc câu gốc');
    expect(await row('TPTM').locator('.source-guess').count()).toBe(0);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-acronyms-chromium.png` });

    await popup.getByRole('tab', { name: /Trích dẫn/ }).click();
    const luat = popup.locator('.speaker', { has: popup.locator('.speaker-name', { hasText: 'Nguyễn Trọng Luật' }) });
    expect(await luat.locator('.speaker-role').textContent()).toBe('Tổng Giám đốc Cicor Việt Nam');
    expect(await luat.locator('blockquote').first().textContent()).toContain('Chúng tôi vừa xây dựng nhà máy thứ 4');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-quotes-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('reads a real saved VnExpress page', async () => {
    const { page, popup } = await openPopupFor(PAGES.vnexpressReal.url);
    await expect.poll(() => popup.locator('.card-title').textContent()).toBe(
      'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non',
    );
    expect(await popup.locator('.card-author strong').textContent()).toBe('Lê Phương');
    expect(await popup.locator('.card-site').textContent()).toBe('VnExpress');
    expect(await popup.locator('time').getAttribute('datetime')).toBe('2025-10-22T19:25:52+07:00');
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-vnexpress-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('says plainly that a home page is not an article', async () => {
    const { page, popup } = await openPopupFor(PAGES.bdoHome.url);
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('not-article');
    expect(await popup.locator('.status-title').textContent()).toBe('Trang này không phải là một bài báo');
    await page.close();
    await popup.close();
  });

  it('says a page whose text runs past any article\'s is too large, and leaves the page alone', async () => {
    // The real page with its body repeated to 580,000 characters of text: such a page held Chromium for 2 to 4 s.
    ctx.server.edit(PAGES.vnexpressReal.url, (html) => {
      const body = /<article class="fck_detail[^"]*">([\s\S]*?)<\/article>/.exec(html);
      if (!body) throw new Error('the fixture changed: no article body to repeat');
      return html.replace(body[0], body[0].replace(body[1]!, body[1]!.repeat(400)));
    });
    try {
      const { page, popup } = await openPopupFor(PAGES.vnexpressReal.url);
      await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('not-article');
      expect(await popup.locator('.status-title').textContent()).toBe('Trang quá dài để đọc');
      expect(await popup.locator('.status').textContent()).toBe('Trang này dài hơn hẳn một bài báo thông thường, nên Sổ\u00a0Tay bỏ qua để trình duyệt không bị treo.');
      expect(await page.evaluate(() => document.querySelector('sotay-tooltip') === null)).toBe(true);
      await page.close();
      await popup.close();
    } finally {
      ctx.server.edit(PAGES.vnexpressReal.url, null);
    }
  });

  it('says it cannot read a page outside its sites until the reader clicks its button there', async () => {
    // A site not in the list, and no click on the toolbar button: no activeTab grant, no access.
    const { page, popup } = await openPopupFor('http://example.test/bai-viet.html');
    await expect.poll(() => popup.locator('.status-title').textContent()).toBe('Sổ\u00a0Tay không đọc được trang này');
    expect(await popup.getByRole('button', { name: /Mở Sổ tay của tôi/ }).count()).toBe(1);
    await page.close();
    await popup.close();
  });
});

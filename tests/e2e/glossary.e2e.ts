import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTab } from './chromium';
import { PAGES } from './fixture-server';
import { acronymRow, ARTIFACTS, focusedName, openBdoAcronyms, openBdoWithSentence, openPopup, painted, pointOf, storedRows, tooltipText, useExtensionBrowser } from './harness';

const ctx = useExtensionBrowser();

describe('the reader’s own glossary (Chromium)', () => {
  it('adds an expansion for an unknown acronym, used in the tab and on the page', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    await expect.poll(() => acronymRow(popup, 'ICF').locator('dd').textContent()).toContain('chưa rõ nghĩa');
    // The glossaries were read: UBND has its expansion and no alert says otherwise.
    await expect.poll(() => acronymRow(popup, 'UBND').locator('dd').textContent()).toMatch(/ủy ban nhân dân/i);
    expect(await popup.getByRole('alert').count()).toBe(0);

    await acronymRow(popup, 'ICF').getByRole('button', { name: /Thêm vào từ điển của tôi/ }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Viết tắt' }).inputValue()).toBe('ICF');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill('Intelligent Community Forum');
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();

    await expect.poll(() => acronymRow(popup, 'ICF').locator('dd').textContent()).toContain('Intelligent Community Forum');
    expect(await acronymRow(popup, 'ICF').locator('.source').textContent()).toBe('của bạn');
    await expect
      .poll(() => popup.locator('.glossary-list li').allTextContents())
      .toEqual([expect.stringContaining('ICF Intelligent Community Forum')]);
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-my-glossary-chromium.png` });

    // Saving the same acronym for the same place again replaces the entry rather than adding a row.
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('ICF');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill('Intelligent Community Forum (Diễn đàn Cộng đồng Thông minh)');
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect
      .poll(() => popup.locator('.glossary-list li').allTextContents())
      .toEqual([expect.stringContaining('ICF Intelligent Community Forum (Diễn đàn Cộng đồng Thông minh)')]);
    expect(await popup.getByRole('status').filter({ hasText: 'ICF' }).textContent()).toBe('Đã thay nghĩa cũ của ICF bằng nghĩa mới.');
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-glossary-replaced-chromium.png` });
    expect((await storedRows<{ short: string; deletedAt?: number }>(popup, 'glossary')).filter((e) => e.short === 'ICF' && !e.deletedAt)).toHaveLength(1);

    // An empty expansion is refused out loud, the field to fill focused; nothing is stored.
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('QQX');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill('   ');
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toBe('Hãy gõ nghĩa đầy đủ của từ viết tắt.');
    expect(await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await storedRows<{ short: string }>(popup, 'glossary')).map((e) => e.short)).not.toContain('QQX');

    // The page's tooltip follows without a reload.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym');
          return h ? [...h].some((r) => r.toString() === 'ICF') : false;
        }),
      )
      .toBe(true);
    await page.close();
    await popup.close();
  });

  it('wraps a long expansion with no space in it, in the popup and the card, its buttons in view', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    const address = `https://vi.wikipedia.org/wiki/${'%E1%BB%A6y_ban_nh%C3%A2n_d%C3%A2n_'.repeat(5)}t%E1%BB%89nh`;
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('UBND');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill(address);
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => acronymRow(popup, 'UBND').locator('dd').textContent()).toContain(address);
    const sideways = () => popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    const remove = popup.getByRole('button', { name: 'Xóa UBND' });
    const box = await remove.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(420);
    // The source's badge keeps its words together.
    const badge = await acronymRow(popup, 'UBND').locator('.source').boundingBox();
    expect(badge!.height).toBeLessThan(20);
    // In the list it takes three lines, the whole of it in its title.
    const listed = popup.locator('.glossary-list li', { hasText: 'UBND' }).locator('.long');
    expect(await listed.getAttribute('title')).toBe(address);
    const lines = await listed.evaluate((el) => ({ shown: el.clientHeight / parseFloat(getComputedStyle(el).lineHeight), cut: el.scrollHeight > el.clientHeight }));
    expect(lines.shown).toBeLessThanOrEqual(3.05);
    expect(lines.cut).toBe(true);
    await remove.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-long-expansion-chromium.png` });

    const ubnd = await pointOf(page, 'sotay-acronym', 'UBND');
    await page.mouse.move(1, 1);
    await page.mouse.move(ubnd.x, ubnd.y);
    await expect.poll(() => tooltipText(page)).toContain(address.slice(0, 40));
    const card = await page.evaluate(() => {
      const el = document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!;
      return { width: el.getBoundingClientRect().width, overflow: el.scrollWidth - el.clientWidth };
    });
    expect(card.width).toBeLessThanOrEqual(340);
    expect(card.overflow).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-long-expansion-chromium.png` });
    await remove.click();
    await page.close();
    await popup.close();
  });

  it('follows a change made on the library page in every open article, without a reload', async () => {
    const url = PAGES.bdoArticle.url;
    ctx.server.edit(url, (html) => html.replace('Bình Dương đang đi đúng hướng. ', 'Bình Dương đang đi đúng hướng. Dự án QZXV được khởi công. '));
    const tabs = [await openTab(ctx.browser, url), await openTab(ctx.browser, url)];
    ctx.server.edit(url, null);
    // What the tooltip on QZXV says.
    const explained = async (page: (typeof tabs)[number]['page']): Promise<string> => {
      const at = await pointOf(page, 'sotay-acronym', 'QZXV');
      await page.mouse.move(1, 1);
      await page.mouse.move(at.x, at.y);
      return tooltipText(page);
    };
    for (const { page } of tabs) await expect.poll(async () => (await painted(page, 'sotay-acronym')).length).toBeGreaterThan(20);
    for (const { page } of tabs) await expect.poll(() => explained(page)).toMatch(/QZXV.*chưa rõ nghĩa/);
    // A popup left open on the first tab follows as well.
    const popup = await openPopup(ctx.browser, tabs[0]!.tabId);
    await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
    await expect.poll(() => acronymRow(popup, 'QZXV').locator('dd').textContent()).toContain('chưa rõ nghĩa');

    const lib = await ctx.browser.context.newPage();
    await lib.goto(`chrome-extension://${ctx.browser.extensionId}/library.html`);
    await lib.getByRole('tab', { name: 'Từ điển của tôi' }).click();
    await lib.getByRole('textbox', { name: 'Viết tắt' }).fill('QZXV');
    await lib.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill('Quỹ Zê Xê Vê');
    await lib.getByRole('button', { name: 'Thêm', exact: true }).click();
    for (const { page } of tabs) await expect.poll(() => explained(page)).toMatch(/Quỹ Zê Xê Vê.*của bạn/);
    await expect.poll(() => acronymRow(popup, 'QZXV').locator('dd').textContent()).toMatch(/Quỹ Zê Xê Vê.*của bạn/);

    await lib.locator('.glossary-list li', { hasText: 'QZXV' }).getByRole('button', { name: 'Xóa' }).click();
    for (const { page } of tabs) await expect.poll(() => explained(page)).toMatch(/QZXV.*chưa rõ nghĩa/);
    await expect.poll(() => acronymRow(popup, 'QZXV').locator('dd').textContent()).toContain('chưa rõ nghĩa');
    // A delete asks nothing, and one click takes it back, everywhere.
    // The pressed button went with its row: focus is on what undoes it, not lost to the page.
    const focused = () => focusedName(lib);
    await expect.poll(focused).toBe('Hoàn tác');
    await lib.getByRole('status').filter({ hasText: 'Đã xóa QZXV.' }).getByRole('button', { name: 'Hoàn tác' }).click();
    for (const { page } of tabs) await expect.poll(() => explained(page)).toMatch(/Quỹ Zê Xê Vê.*của bạn/);
    await expect.poll(() => lib.locator('.glossary-list li', { hasText: 'QZXV' }).count()).toBe(1);
    expect(await lib.getByRole('status').filter({ hasText: 'Đã xóa' }).count()).toBe(0);
    // Focus goes to the row that came back, and the reader hears it did.
    await expect.poll(focused).toBe('Sửa QZXV');
    expect(await lib.getByRole('status').filter({ hasText: 'Đã khôi phục QZXV.' }).count()).toBe(1);

    // Editing puts focus in the expansion; Escape leaves the edit, back on the row's button.
    await lib.getByRole('button', { name: 'Sửa QZXV' }).press('Enter');
    const long = lib.getByRole('textbox', { name: 'Nghĩa đầy đủ' });
    expect(await long.evaluate((el) => el === document.activeElement)).toBe(true);
    await long.press('Escape');
    await expect.poll(focused).toBe('Sửa QZXV');
    expect(await lib.getByRole('button', { name: 'Cập nhật' }).count()).toBe(0);
    // Deleting the entry being edited keeps what the reader typed, to add anew.
    await lib.getByRole('button', { name: 'Sửa QZXV' }).click();
    await long.fill('Quỹ Zê Xê Vê mới');
    await lib.getByRole('button', { name: 'Xóa QZXV' }).click();
    await expect.poll(() => lib.getByRole('button', { name: 'Thêm', exact: true }).count()).toBe(1);
    expect(await long.inputValue()).toBe('Quỹ Zê Xê Vê mới');
    await lib.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => lib.locator('.glossary-list li', { hasText: 'QZXV' }).textContent()).toContain('Quỹ Zê Xê Vê mới');
    expect(await lib.getByRole('status').filter({ hasText: 'Đã lưu QZXV.' }).count()).toBe(1);
    for (const { page } of tabs) await page.close();
    await popup.close();
    await lib.close();
  });

  it('corrects a sense the built-in glossary chose: the reader\'s own entry outranks it', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    await expect.poll(() => acronymRow(popup, 'IoT').locator('.source').textContent()).toBe('từ điển');

    await acronymRow(popup, 'IoT').getByRole('button', { name: 'Sửa nghĩa' }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Viết tắt' }).inputValue()).toBe('IoT');
    const long = popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' });
    expect(await long.inputValue()).toBe('Internet of Things');
    // The form is ready to type in: the expansion has the focus.
    expect(await long.evaluate((el) => el === document.activeElement)).toBe(true);
    await long.fill('Internet vạn vật');
    await popup.getByRole('button', { name: 'Lưu', exact: true }).click();

    // The row's own words, not its "tiếng Việt: Internet vạn vật" line, which the glossary's
    // reading has too.
    await expect.poll(() => acronymRow(popup, 'IoT').locator('.source').textContent()).toBe('của bạn');
    expect(await acronymRow(popup, 'IoT').locator('dd').evaluate((dd) => dd.firstChild?.textContent?.trim())).toBe('Internet vạn vật');
    expect(await acronymRow(popup, 'IoT').locator('.also').count()).toBe(0);
    // Not offered for the reader's own expansion, which the reader edits in the list.
    expect(await acronymRow(popup, 'IoT').getByRole('button', { name: 'Sửa nghĩa' }).count()).toBe(0);
    expect(await acronymRow(popup, 'TPTM').locator('.source').textContent()).toBe('trong bài');
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-correct-sense-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('offers the form an unknown acronym is likely a slip for, in the tab and on the page', async () => {
    const { page, popup } = await openBdoWithSentence(ctx, 'UNBD tỉnh đã giao nhiệm vụ cho các sở.');
    const row = acronymRow(popup, 'UNBD');
    // Once the glossary has explained UBND (the page's own first reading knows neither).
    await expect.poll(() => row.locator('dd').textContent()).toContain('có thể gõ nhầm từ UBND: Ủy ban nhân dân');
    expect(await row.locator('dd').textContent()).toMatch(/^chưa rõ nghĩa/);
    // Still unknown: the reader may add it.
    expect(await row.getByRole('button', { name: /Thêm vào từ điển của tôi/ }).count()).toBe(1);
    await row.screenshot({ path: `${ARTIFACTS}/popup-likely-typo-chromium.png` });
    await popup.close();

    await expect.poll(async () => (await painted(page, 'sotay-acronym')).length).toBeGreaterThan(20);
    const at = await pointOf(page, 'sotay-acronym', 'UNBD');
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(page)).toMatch(/UNBD.*chưa rõ nghĩa.*có thể gõ nhầm từ UBND: Ủy ban nhân dân/);
    await page.screenshot({ path: `${ARTIFACTS}/page-likely-typo-chromium.png` });
  });

  it('reads an unknown acronym as the words the article spells it out in, and shows where', async () => {
    const { page, popup } = await openBdoWithSentence(ctx, 'Xã hội hoá HTGT còn chậm: vốn cho hạ tầng giao thông thiếu, hạ tầng giao thông nhiều nơi xuống cấp.');
    const row = acronymRow(popup, 'HTGT');
    // Once the glossaries have said nothing else knows it.
    await expect.poll(() => row.locator('dd').textContent()).toMatch(/^hạ tầng giao thông/);
    // From the article, not defined beside it: corrected as a glossary's reading is, for the site
    // or everywhere, not for this article alone.
    const source = row.getByRole('button', { name: /trong bài: .* \(HTGT\)/ });
    expect(await source.count()).toBe(1);
    await row.screenshot({ path: `${ARTIFACTS}/popup-spelled-elsewhere-chromium.png` });
    await source.click();
    await expect.poll(() => painted(page, 'sotay-flash')).toEqual(['hạ tầng giao thông']);
    await row.getByRole('button', { name: 'Sửa nghĩa' }).click();
    await expect.poll(() => popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).inputValue()).toBe('hạ tầng giao thông');
    // Kept everywhere by default, as a glossary reading's correction is; not for this article alone.
    expect(await popup.getByRole('radio', { name: 'mọi trang web' }).isChecked()).toBe(true);
    expect(await popup.getByRole('radio', { name: 'bài này' }).isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('offers the glossary\'s other senses when correcting one, kept for this site alone if asked', async () => {
    // A sentence with an acronym of several senses, served as part of the article.
    const { page, popup } = await openBdoWithSentence(ctx, 'Giá CP của các doanh nghiệp niêm yết trong tỉnh tăng mạnh.');
    await acronymRow(popup, 'CP').getByRole('button', { name: 'Sửa nghĩa' }).click();
    // The form renders its list after the click: wait for it (a read right away found it empty once).
    const options = () => popup.locator('#glossary-senses option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    await expect.poll(options).toEqual(expect.arrayContaining(['cổ phần', 'cổ phiếu', 'Chính phủ']));
    // With its list of senses the field is a combobox.
    const long = popup.getByRole('combobox', { name: 'Nghĩa đầy đủ' });
    expect(await long.inputValue()).toBe('cổ phần');

    // "cổ phiếu" on this site only: the page's site is offered, not chosen.
    const site = new URL(PAGES.bdoArticle.url).hostname;
    const onlyHere = popup.getByRole('radio', { name: site });
    expect(await onlyHere.isChecked()).toBe(false);
    expect(await popup.getByRole('radio', { name: 'mọi trang web' }).isChecked()).toBe(true);
    await long.fill('cổ phiếu');
    await onlyHere.check();
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-sense-for-site-chromium.png` });
    // A correction is saved, not added: the form's button says so.
    expect(await popup.getByRole('button', { name: 'Thêm', exact: true }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => acronymRow(popup, 'CP').locator('dd').textContent()).toContain('cổ phiếu');
    expect(await acronymRow(popup, 'CP').locator('.source').textContent()).toBe('của bạn');
    const entry = popup.locator('.glossary-list li', { hasText: 'cổ phiếu' });
    expect(await entry.locator('.site').textContent()).toBe(site);
    // Stored with its site, in the extension's database.
    const stored = await storedRows<{ short: string; long: string; site?: string }>(popup, 'glossary');
    expect(stored.filter((e) => e.short === 'CP').map((e) => [e.long, e.site])).toEqual([['cổ phiếu', site]]);
    // Editing it offers its site chosen; on every site again, the entry holds everywhere.
    await entry.getByRole('button', { name: 'Sửa' }).click();
    expect(await onlyHere.isChecked()).toBe(true);
    await popup.getByRole('radio', { name: 'mọi trang web' }).check();
    await popup.getByRole('button', { name: 'Cập nhật' }).click();
    await expect.poll(() => entry.locator('.site').count()).toBe(0);
    await page.close();
    await popup.close();
  });

  it('refuses a malformed CSV with its line and changes nothing, then imports a good one', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    // The list renders from a live query: wait until it shows what the database holds.
    const stored = (await storedRows<{ deletedAt?: number }>(popup, 'glossary')).filter((e) => !e.deletedAt).length;
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(stored);
    const before = stored;

    const dir = mkdtempSync(join(tmpdir(), 'sotay-csv-'));
    writeFileSync(join(dir, 'bad.csv'), 'short,long,note\nTPTM,Thành phố thông minh,\nIOC\n');
    await popup.locator('.glossary-files input[type=file]').setInputFiles(join(dir, 'bad.csv'));
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/dòng 3/);
    expect(await popup.locator('.glossary-list li').count()).toBe(before);

    writeFileSync(join(dir, 'good.csv'), '\uFEFFshort,long,note\r\nIOC,"Trung tâm điều hành thông minh",\r\n');
    await popup.locator('.glossary-files input[type=file]').setInputFiles(join(dir, 'good.csv'));
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/1 từ mới/);
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(before + 1);
    // Said under the form, above the list, where the reader looks: below a long list it went unseen.
    const saidAboveList = await popup.evaluate(() => {
      const said = document.querySelector('.my-glossary .status');
      const list = document.querySelector('.my-glossary .glossary-list');
      return said !== null && list !== null && (said.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(saidAboveList).toBe(true);

    // As Excel with Vietnamese regional settings saves a sheet ("CSV UTF-8"): semicolons, its own
    // column names, a blank row, and two meanings of one acronym, of which the last is kept.
    writeFileSync(join(dir, 'excel-vi.csv'), '\uFEFFViết tắt;Nghĩa;Ghi chú\r\nĐBQH;Đại biểu Quốc hội;\r\n;;\r\nHĐND;Hội đồng nhân dân;cũ\r\nHĐND;Hội đồng Nhân dân;\r\n');
    await popup.locator('.glossary-files input[type=file]').setInputFiles(join(dir, 'excel-vi.csv'));
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/2 từ mới.*1 dòng lặp lại/);
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(before + 3);
    expect(await popup.locator('.glossary-list li').filter({ hasText: 'HĐND' }).textContent()).toContain('Hội đồng Nhân dân');
    await page.close();
    await popup.close();
  });

  it('finds an entry among many as the reader types, marks ignored when typed without', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    const dir = mkdtempSync(join(tmpdir(), 'sotay-csv-'));
    const rows = [
      'ĐMST,đổi mới sáng tạo', 'TP. HCM,Thành phố Hồ Chí Minh', 'KCNC,khu công nghệ cao', 'BHXH,bảo hiểm xã hội',
      'BHYT,bảo hiểm y tế', 'CNTT,công nghệ thông tin', 'GD-ĐT,giáo dục - đào tạo', 'THPT,trung học phổ thông',
      'VKSND,Viện kiểm sát nhân dân',
    ];
    // A student's list: the named rows among 400 others.
    for (let i = 0; i < 400; i++) rows.push(`Q${i},mục số ${i}`);
    writeFileSync(join(dir, 'many.csv'), `short,long\n${rows.join('\n')}\n`);
    await popup.locator('.glossary-files input[type=file]').setInputFiles(join(dir, 'many.csv'));
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /mới/ }).textContent()).toMatch(/409 từ mới/);
    const total = (await storedRows<{ deletedAt?: number }>(popup, 'glossary')).filter((e) => !e.deletedAt).length;
    // Drawn 200 rows at a time.
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(200);
    await popup.getByRole('button', { name: `Hiện thêm 200 từ (còn ${total - 200})` }).click();
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(400);

    const search = popup.getByRole('searchbox', { name: 'Tìm trong từ điển của tôi' });
    const listed = () => popup.locator('.glossary-list li strong').allTextContents();
    await search.fill('bao hiem');
    await expect.poll(listed).toEqual(['BHXH', 'BHYT']);
    expect(await popup.locator('#my-glossary-title .count').textContent()).toBe(`2/${total}`);
    await popup.locator('.my-glossary').screenshot({ path: `${ARTIFACTS}/popup-glossary-search-chromium.png` });
    await search.fill('dmst');
    await expect.poll(listed).toEqual(['ĐMST']);
    await search.fill('tphcm');
    await expect.poll(listed).toEqual(['TP. HCM']);
    // A mark typed is asked for: "hiềm" is not "hiểm".
    await search.fill('bảo hiềm');
    await expect.poll(() => popup.locator('.my-glossary .empty').textContent()).toBe('Không có từ nào khớp với “bảo hiềm”. Gõ không dấu để tìm cả những từ có dấu khác.');
    // A new search starts again from the first rows.
    await search.fill('');
    await expect.poll(() => popup.locator('.glossary-list li').count()).toBe(200);
    // An entry saved is shown, whatever the search was and however far down the list it sorts.
    await search.fill('bao hiem');
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('ZTEST');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill('mục cuối danh sách');
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => search.inputValue()).toBe('ZTEST');
    await expect.poll(listed).toEqual(['ZTEST']);
    // Deleting the one row shown: focus goes to Undo though the list gives way to a line of text, and
    // the entry brought back is shown and focused, far down a long list as it sorts.
    const focused = () => focusedName(popup);
    await popup.getByRole('button', { name: 'Xóa ZTEST' }).click();
    await expect.poll(focused).toBe('Hoàn tác');
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toBe('Sửa ZTEST');
    expect(await search.inputValue()).toBe('ZTEST');
    await page.close();
    await popup.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openTab } from './chromium';
import { PAGES } from './fixture-server';
import { acronymRow, ARTIFACTS, chooseLookupMenu, messageTab, nextFrames, pressCommand, selectText, openBdoAcronyms, openBdoWithSentence, openPopup, painted, pointOf, selectPainted, storedRows, tooltipText, useExtensionBrowser } from './harness';

const ctx = useExtensionBrowser();

/** Viewport centre of the first painted range whose text is `text`. */
describe('decorations on the BDO article page', () => {
  it('underlines acronyms with their expansion on hover, highlights quotations with their speaker', async () => {
    const { page } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(20);
    const acronyms = new Set(await painted(page, 'sotay-acronym'));
    expect([...acronyms]).toEqual(expect.arrayContaining(['TPTM', 'ĐMST', 'KCN', 'UBND', 'ICF']));
    expect(acronyms.has('NGỌC THANH')).toBe(false);

    const kcn = await pointOf(page, 'sotay-acronym', 'KCN');
    await page.mouse.move(kcn.x, kcn.y);
    await expect.poll(() => tooltipText(page)).toContain('khu công nghiệp');
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-acronym-chromium.png` });

    const ubnd = await pointOf(page, 'sotay-acronym', 'UBND');
    await page.mouse.move(ubnd.x, ubnd.y);
    await expect.poll(() => tooltipText(page)).toMatch(/ủy ban nhân dân.*từ điển/i);

    // IOC's name is read from its sentence, not spelled by its letters: the tooltip says it is a guess.
    const ioc = await pointOf(page, 'sotay-acronym', 'IOC');
    await page.mouse.move(ioc.x, ioc.y);
    await expect.poll(() => tooltipText(page)).toMatch(/Giải pháp quản lý, điều hành đô thị thông minh.*trong bài · nghĩa do Sổ\u00a0Tay đoán, nên đọc lại câu gốc/);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-acronym-guessed-chromium.png` });

    const quotes = await painted(page, 'sotay-quote');
    expect(quotes.some((q) => q.startsWith('Chúng tôi vừa xây dựng nhà máy thứ 4'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('Bình Dương - mô hình kiến tạo'))).toBe(false);
    const luat = await pointOf(page, 'sotay-quote', 'Chúng tôi vừa');
    await page.mouse.move(luat.x, luat.y);
    await expect.poll(() => tooltipText(page)).toContain('Nguyễn Trọng Luật');
    expect(await tooltipText(page)).toContain('Tổng Giám đốc Cicor Việt Nam');
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-quote-chromium.png` });

    // The page's own DOM is untouched: the same elements and the same text as the site sent.
    const [live, sent] = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const shape = (body: HTMLElement) => ({
        tags: [...body.querySelectorAll('*')].map((e) => e.tagName).join(' '),
        text: body.textContent!.replace(/\s+/g, ' ').trim(),
      });
      return [shape(document.body), shape(new DOMParser().parseFromString(html, 'text/html').body)];
    });
    expect(live).toEqual(sent);
    await page.close();
  });

  it('underlines the headline\'s acronyms too, with the body\'s expansions', async () => {
    const url = PAGES.bdoArticle.url;
    ctx.server.edit(url, (html) => html.replaceAll('Kiến tạo cộng đồng thông minh, thu hút đầu tư', 'UBND kiến tạo cộng đồng thông minh, giảm TNGT, KCN thu hút đầu tư'));
    const { page, tabId } = await openTab(ctx.browser, url);
    ctx.server.edit(url, null);
    const inHeadline = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym');
        return h ? [...h].filter((r) => r.startContainer.parentElement?.closest('h1')).map((r) => r.toString()) : [];
      });
    // TNGT is the headline's alone: read from it with the glossary.
    await expect.poll(inHeadline, { timeout: 15_000 }).toEqual(['UBND', 'KCN', 'TNGT']);
    const kcn = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym')!;
      const range = [...h].find((r) => r.startContainer.parentElement?.closest('h1') && r.toString() === 'KCN')!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(1, 1);
    await page.mouse.move(kcn.x, kcn.y);
    await expect.poll(() => tooltipText(page)).toMatch(/KCN.*khu công nghiệp.*trong bài/);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-headline-chromium.png` });
    const tngt = await pointOf(page, 'sotay-acronym', 'TNGT');
    await page.mouse.move(1, 1);
    await page.mouse.move(tngt.x, tngt.y);
    await expect.poll(() => tooltipText(page)).toMatch(/TNGT.*tai nạn giao thông.*từ điển/);
    // The popup lists what the page underlines: the headline's uses counted, its own acronym a row,
    // and the jump to a first use in the headline goes there.
    const bodyKcn = (await painted(page, 'sotay-acronym')).filter((t) => t === 'KCN').length - 1;
    const popup = await openPopup(ctx.browser, tabId);
    await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
    await expect.poll(() => acronymRow(popup, 'TNGT').locator('.count').textContent()).toMatch(/^1\b/);
    expect(await acronymRow(popup, 'KCN').locator('.count').textContent()).toMatch(new RegExp(`^${bodyKcn + 1}\\b`));
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await acronymRow(popup, 'TNGT').locator('button.short').click();
    await expect.poll(() => painted(page, 'sotay-flash')).toEqual(['TNGT']);
    // The caret is left there, so its card opens and the keyboard goes on from it (in view: the
    // popup here is a tab of its own, where a real one leaves the page showing).
    await page.bringToFront();
    await expect.poll(() => tooltipText(page)).toMatch(/^TNGT.*tai nạn giao thông/);
    // Not out of a field the reader types in: the search box keeps what is typed after a jump.
    const box = page.locator('input[name="q"]');
    await box.focus();
    await page.keyboard.type('tim');
    await acronymRow(popup, 'TNGT').locator('button.short').click();
    await expect.poll(() => painted(page, 'sotay-flash')).toEqual(['TNGT']);
    await page.bringToFront();
    await page.keyboard.type(' kiem');
    expect(await box.inputValue()).toBe('tim kiem');
    await popup.screenshot({ path: `${ARTIFACTS}/popup-headline-rows-chromium.png` });
    const flashedInHeadline = () =>
      page.evaluate(() => {
        const [range] = [...(CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-flash')!];
        return Boolean(range?.startContainer.parentElement?.closest('h1'));
      });
    expect(await flashedInHeadline()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('reads the article again when the site changes its text, and paints what it says now', async () => {
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('IOC')), { timeout: 15_000 }).toBe(true);
    // The reader rests the pointer on the first underline, above what the site will change.
    const first = (await painted(page, 'sotay-acronym'))[0]!;
    const at = await pointOf(page, 'sotay-acronym', first);
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(page)).toMatch(new RegExp(`^${first}`));
    // A live update: one paragraph rewritten, a new one above it; a sidebar change is not the article's.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Tháng 10-2023'))!;
      p.textContent = 'CẬP NHẬT: Sở GD-ĐT và BHXH tỉnh phối hợp triển khai chương trình mới cho người dân.';
      const added = document.createElement('p');
      added.textContent = '10:45 — Đại diện WHO và UNICEF cho biết sẽ hỗ trợ tỉnh trong giai đoạn tới.';
      p.before(added);
    });
    await expect.poll(() => painted(page, 'sotay-acronym'), { timeout: 15_000 }).toEqual(expect.arrayContaining(['BHXH', 'WHO', 'UNICEF']));
    const now = await painted(page, 'sotay-acronym');
    // IOC was only in the rewritten paragraph; no underline is left on text that went.
    expect(now).not.toContain('IOC');
    expect(now.filter((t) => t === '')).toEqual([]);
    // The card under the resting pointer outlived the repaint.
    expect(await tooltipText(page)).toMatch(new RegExp(`^${first}`));
    // The headline rewritten alone is read again too.
    await page.evaluate(() => {
      document.querySelector('h1')!.textContent = 'UBND tỉnh kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới';
    });
    const inHeadline = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym');
        return h ? [...h].filter((r) => r.startContainer.parentElement?.closest('h1')).map((r) => r.toString()) : [];
      });
    await expect.poll(inHeadline, { timeout: 15_000 }).toEqual(['UBND']);
    // The popup reads the page as it is now.
    const popup = await openPopup(ctx.browser, tabId);
    await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
    await expect.poll(() => acronymRow(popup, 'UNICEF').count()).toBe(1);
    expect(await acronymRow(popup, 'IOC').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('reads the article again when the headline stands inside the article\'s own container', async () => {
    // Observing the headline's parent must not undo observing the container's whole subtree.
    const url = PAGES.bdoArticle.url;
    const title = '<h1 class="title">Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới</h1>';
    ctx.server.edit(url, (html) => html.replace(title, '').replace('<div id="newscontents">', `<div id="newscontents">${title}`));
    const { page } = await openTab(ctx.browser, url);
    ctx.server.edit(url, null);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('IOC')), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelector('h1')!.parentElement!.id)).toBe('newscontents');
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Tháng 10-2023'))!;
      p.textContent = 'CẬP NHẬT: Sở GD-ĐT và BHXH tỉnh phối hợp triển khai chương trình mới cho người dân.';
    });
    await expect.poll(() => painted(page, 'sotay-acronym'), { timeout: 15_000 }).toEqual(expect.arrayContaining(['BHXH']));
    await page.close();
  });

  it('shows an acronym\'s tooltip where the keyboard caret stands in it, hides it when the caret moves off or on Escape', async () => {
    const { page } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('KCN')), { timeout: 15_000 }).toBe(true);
    await page.mouse.move(1, 1);
    await selectPainted(page, 'sotay-acronym', 'KCN', true);
    await expect.poll(() => tooltipText(page)).toContain('khu công nghiệp');
    // Nothing on the page points to this card: a screen reader hears it from a live region, in the
    // accessibility tree as a status.
    const cdp = await page.context().newCDPSession(page);
    const spoken = async (): Promise<string[]> => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; nodeId: string; childIds?: string[] }[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const text = (n: (typeof nodes)[number]): string => (n.role?.value === 'StaticText' ? (n.name?.value ?? '') : (n.childIds ?? []).map((c) => text(byId.get(c)!)).join(''));
      return nodes.filter((n) => n.role?.value === 'status').map(text).filter((t) => t !== '');
    };
    await expect.poll(spoken).toEqual([expect.stringMatching(/^KCN\. khu công nghiệp\. trong bài/)]);
    // The caret moves off to a heading, where nothing is decorated: the card goes.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.textContent!.includes('Lấy con người làm cốt lõi')) return getSelection()!.collapse(n, 3);
      }
    });
    await expect.poll(() => tooltipText(page)).toBe('');
    await selectPainted(page, 'sotay-acronym', 'KCN', true);
    await expect.poll(() => tooltipText(page)).toContain('khu công nghiệp');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBe('');
    // Closed, it stays closed when the page scrolls, and what was said goes with it.
    await page.mouse.wheel(0, 60);
    await new Promise((done) => setTimeout(done, 300));
    expect(await tooltipText(page)).toBe('');
    expect(await spoken()).toEqual([]);
    await page.close();
  });

  it('shows a card for the word a finger taps, and closes it on a tap elsewhere or a pan', async () => {
    const { page } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(20);
    // A touch screen: taps and pans arrive as touches (pointerType "touch"), with no hover before them.
    const cdp = await ctx.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const tap = async ({ x, y }: { x: number; y: number }) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await tap(await pointOf(page, 'sotay-acronym', 'KCN'));
    await expect.poll(() => tooltipText(page)).toMatch(/^KCNkhu công nghiệp/);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-acronym-tap-chromium.png` });
    await tap(await pointOf(page, 'sotay-quote', 'Chúng tôi vừa'));
    await expect.poll(() => tooltipText(page)).toContain('Nguyễn Trọng Luật');
    // The page's margin, outside the article's text.
    await tap({ x: 5, y: 300 });
    await expect.poll(() => tooltipText(page)).toBe('');
    await tap(await pointOf(page, 'sotay-acronym', 'UBND'));
    await expect.poll(() => tooltipText(page)).toMatch(/^UBND/);
    await cdp.send('Input.synthesizeScrollGesture', { x: 600, y: 500, yDistance: -300, gestureSourceType: 'touch' });
    await expect.poll(() => tooltipText(page)).toBe('');
    await page.close();
  });

  it('steps the caret from acronym to acronym with the Alt+Shift+K command, each card opened and said', async () => {
    // The browser gives the extension its keys: it gives none it keeps for itself (Alt+Shift+A and
    // Alt+Shift+N were such, and silently did nothing).
    const shortcuts = await ctx.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } };
      return (await chrome.commands.getAll()).filter((c) => c.name !== '_execute_action').map((c) => [c.name, c.shortcut]).sort();
    });
    expect(shortcuts).toEqual([['highlight-selection', 'Alt+Shift+H'], ['next-acronym', 'Alt+Shift+K'], ['note-selection', 'Alt+Shift+G']]);
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(20);
    await page.mouse.move(1, 1);
    // The underlines in reading order, as the command should visit them.
    const inOrder = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym')!;
      return [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
    });
    const step = () => pressCommand(ctx.browser, 'next-acronym', tabId);
    const cardTitle = () => tooltipText(page).then((t) => inOrder.find((a) => t.startsWith(a)) ?? t);
    await step();
    await expect.poll(() => tooltipText(page)).toMatch(new RegExp(`^${inOrder[0]}`));
    await step();
    await expect.poll(() => tooltipText(page)).toMatch(new RegExp(`^${inOrder[1]}`));
    expect(await cardTitle()).toBe(inOrder[1]);
    // Said aloud, like any card the caret opens, once: not again for a step inside the same word
    // after the pointer moved.
    const said = () => page.evaluate(() => document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('[role="status"]')!.textContent);
    await expect.poll(said).toMatch(new RegExp(`^${inOrder[1]}\\. `));
    const writes = await page.evaluateHandle(() => {
      const live = document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('[role="status"]')!;
      const seen: string[] = [];
      new MutationObserver(() => live.textContent && seen.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
      return seen;
    });
    await page.mouse.move(5, 5);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const s = getSelection()!;
      s.collapse(s.focusNode, s.focusOffset + 1);
    });
    await new Promise((done) => setTimeout(done, 300));
    expect(await tooltipText(page)).toMatch(new RegExp(`^${inOrder[1]}`));
    expect(await writes.evaluate((seen) => seen.length)).toBe(0);
    // Far down the page, the word is scrolled into view with its card; from the last, the first.
    await page.evaluate((count) => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym')!;
      const last = [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[count - 2]!;
      getSelection()!.collapse(last.startContainer, last.startOffset);
      scrollTo(0, 0);
    }, inOrder.length);
    await step();
    await expect.poll(() => tooltipText(page)).toMatch(new RegExp(`^${inOrder[inOrder.length - 1]}`));
    const inView = await page.evaluate(() => {
      const card = document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('[role="tooltip"]')!.getBoundingClientRect();
      return card.top >= 0 && card.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-next-acronym-chromium.png` });
    await step();
    await expect.poll(() => tooltipText(page)).toMatch(new RegExp(`^${inOrder[0]}`));
    // Come round from the last, the reader is told: it is not more of the article.
    await expect.poll(said).toMatch(new RegExp(`^Quay lại từ viết tắt đầu tiên\\. ${inOrder[0]}\\. `));
    await step();
    await expect.poll(said).toMatch(new RegExp(`^${inOrder[1]}\\. `));
    await page.close();
  });

  it('shows the tooltip of an acronym inside a link the keyboard focuses, while the link is in view', async () => {
    const { page, popup, tabId } = await openBdoWithSentence(ctx, 'Theo <a href="#pre">báo cáo</a> của <a href="#imf">Quỹ Tiền tệ Quốc tế IMF</a>, kinh tế tăng trưởng.');
    await popup.close();
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('IMF')), { timeout: 15_000 }).toBe(true);
    await page.bringToFront();
    await page.mouse.move(1, 1);
    // Tab from the link before it: the keyboard's focus, as a reader moves through links.
    await page.locator('a[href="#pre"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#imf');
    await expect.poll(() => tooltipText(page)).toMatch(/IMF.*Quỹ Tiền tệ Quốc tế/);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-focused-link-chromium.png` });
    // A screen reader hears the card with the link: the accessibility tree gives it as the link's description.
    const cdp = await page.context().newCDPSession(page);
    const description = async (): Promise<string> => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
      return nodes.find((n) => n.role?.value === 'link' && n.name?.value === 'Quỹ Tiền tệ Quốc tế IMF')?.description?.value ?? '';
    };
    await expect.poll(description).toMatch(/IMF.*Quỹ Tiền tệ Quốc tế/);
    // Scrolled out of view the card goes, and comes back with the link.
    await page.evaluate(() => scrollBy(0, 3000));
    await expect.poll(() => tooltipText(page)).toBe('');
    await page.evaluate(() => document.activeElement!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => tooltipText(page)).toMatch(/IMF/);
    // The next acronym's command from the focused link: the card goes with the caret, and stays
    // with it when the page scrolls; the link no longer names it.
    await pressCommand(ctx.browser, 'next-acronym', tabId);
    await expect.poll(() => tooltipText(page)).not.toMatch(/^IMF/);
    const next = await tooltipText(page);
    expect(next).not.toBe('');
    expect(await page.locator('a[href="#imf"]').getAttribute('aria-describedby')).toBeNull();
    await page.mouse.wheel(0, 40);
    await new Promise((done) => setTimeout(done, 300));
    expect(await tooltipText(page)).toBe(next);
    await page.locator('a[href="#imf"]').evaluate((a) => (a as HTMLElement).blur());
    await page.locator('a[href="#pre"]').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltipText(page)).toMatch(/IMF/);
    // The page gives the link a description of its own meanwhile; focus moving on to the next link
    // takes the card away, and only the card's name out of the link's descriptions.
    await page.locator('a[href="#imf"]').evaluate((a) => a.setAttribute('aria-describedby', `page-tip ${a.getAttribute('aria-describedby')}`));
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltipText(page)).toBe('');
    expect(await page.locator('a[href="#imf"]').getAttribute('aria-describedby')).toBe('page-tip');
    expect(await page.evaluate(() => document.querySelector('sotay-tooltip')!.id)).toMatch(/^sotay-tooltip-card-\w+$/);
    await cdp.detach();
    // A click's focus is the pointer's: no card for the focus itself.
    await page.locator('a[href="#pre"]').click();
    await page.mouse.move(1, 1);
    await page.locator('a[href="#imf"]').evaluate((a) => (a as HTMLElement).focus());
    expect(await tooltipText(page)).toBe('');
    await page.close();
  });

  it('keeps a long expansion\'s card off the word it explains, in a short window', async () => {
    const { page, popup } = await openBdoWithSentence(ctx, 'Dự án QZLT được khởi công.');
    const long = 'Quỹ phát triển ' + 'hạ tầng giao thông và đô thị thông minh của tỉnh, '.repeat(13);
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('QZLT');
    await popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' }).fill(long);
    await popup.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect.poll(() => acronymRow(popup, 'QZLT').locator('.source').textContent()).toBe('của bạn');
    await popup.close();
    await page.bringToFront();
    await page.setViewportSize({ width: 1000, height: 420 });
    const at = await pointOf(page, 'sotay-acronym', 'QZLT');
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(page)).toContain('Quỹ phát triển');
    const [card, word, view] = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym')!;
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom });
      return [
        box(document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect()),
        box([...h].find((r) => r.toString() === 'QZLT')!.getBoundingClientRect()),
        innerHeight,
      ];
    });
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-long-short-window-chromium.png` });
    // Above or below the word, whole inside the window.
    expect(card.bottom <= word.top || card.top >= word.bottom).toBe(true);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(view);
    await page.close();
  });

  it('puts the card beside its word when the page transforms <html>, and a copy of the whole page leaves the card out', async () => {
    // A transform (or will-change, contain, zoom) on <html> makes it the containing block of fixed
    // boxes: the card moved with the document, far above the window once the reader had scrolled.
    const url = PAGES.bdoArticle.url;
    // A tall banner above the article: the reader scrolls far, where a card measured with rounded
    // sizes drifted onto its word.
    ctx.server.edit(url, (html) =>
      html.replace('</head>', '<style>html { transform: translateZ(0); }</style></head>').replace(/<body[^>]*>/, (body) => `${body}<div style="height: 20000px"></div>`),
    );
    const { page } = await openTab(ctx.browser, url);
    ctx.server.edit(url, null);
    await expect.poll(() => painted(page, 'sotay-acronym'), { timeout: 15_000 }).toContain('KCN');
    const uses = (await painted(page, 'sotay-acronym')).filter((t) => t === 'KCN').length;
    const at = await pointOf(page, 'sotay-acronym', 'KCN', uses - 1);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(20_000);
    await page.mouse.move(1, 1);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipText(page)).toContain('khu công nghiệp');
    const [card, word] = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('sotay-acronym')!;
      const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left });
      return [
        box(document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect()),
        box([...h].filter((r) => r.toString() === 'KCN').at(-1)!.getClientRects()[0]!),
      ];
    });
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-html-transform-chromium.png` });
    // Just below the word (or just above it), neither over it nor a screen away.
    const gap = card.top >= word.bottom ? card.top - word.bottom : word.top - card.bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(12);
    expect(Math.abs(card.left - word.left)).toBeLessThan(2);
    // The card is open: select all and copy takes the page's text only, as with the card closed.
    // Read where the clipboard API exists (a secure page: the extension's own), the article behind it.
    await ctx.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const reader = await ctx.browser.context.newPage();
    await reader.goto(`chrome-extension://${ctx.browser.extensionId}/library.html`);
    const copyAll = async () => {
      await page.bringToFront();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Control+c');
      await reader.bringToFront();
      return reader.evaluate(() => navigator.clipboard.readText());
    };
    const withCard = await copyAll();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltipText(page)).toBe('');
    expect(withCard).toContain('KCN');
    expect(withCard).toBe(await copyAll());
    await reader.close();
    await page.close();
  });

  it('keeps the card of a lookup on a page that is no article when the page is read or scrolled, until a click elsewhere or the selection goes', async () => {
    // Off the news list the lookup itself brings the content script, whose first reading of a page
    // that is no article follows the card: it took the card away with its paint.
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoHome.url);
    await page.mouse.move(1, 1);
    const lookUpUsd = async () => {
      await selectText(page, 'USD');
      await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoHome.url, 'USD');
      await expect.poll(() => tooltipText(page)).toMatch(/^USD/);
    };
    await lookUpUsd();
    // By its Vietnamese name, the original under it (the lists' "đô la Mỹ" sense is that name, not a second line).
    expect(await tooltipText(page)).toBe('USDđô la Mỹtừ điển · viết tắt của United States dollar');
    // The page read again: on a page that is no article that is done by the time the message is answered.
    await messageTab(ctx.browser, tabId, 'refreshDecorations');
    await page.mouse.move(300, 500);
    await nextFrames(page);
    expect(await tooltipText(page)).toMatch(/^USD/);
    await page.screenshot({ path: `${ARTIFACTS}/lookup-not-article-chromium.png` });
    // It follows the page as it scrolls.
    const top = () => page.evaluate(() => document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('[role="tooltip"]')!.getBoundingClientRect().top);
    const before = await top();
    await page.evaluate(() => scrollBy(0, 40));
    await expect.poll(top).toBeCloseTo(before - 40, 0);
    expect(await tooltipText(page)).toMatch(/^USD/);
    // A click elsewhere dismisses it, as a popover goes: a right click, which leaves the selection
    // as it is (a left click would collapse it, which closes the card anyway).
    await page.mouse.click(600, 500, { button: 'right' });
    await expect.poll(() => tooltipText(page)).toBe('');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('USD');
    // So does the selection taken away by the page.
    await lookUpUsd();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect.poll(() => tooltipText(page)).toBe('');
    // Read again with no card open, a page that is no article keeps nothing of ours in its markup.
    await messageTab(ctx.browser, tabId, 'refreshDecorations');
    await expect.poll(() => page.evaluate(() => document.querySelector('sotay-tooltip') === null)).toBe(true);
    // A short form of several senses lists them one to a line, as a reader compares them.
    await selectText(page, 'GP', 'footer');
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoHome.url, 'GP');
    await expect.poll(() => tooltipText(page)).toMatch(/^GPgiấy phép\nGrand Prix/);
    // On two lines as drawn, not only in the text: two short senses would fit on one.
    const lines = await page.evaluate(() => {
      const body = document.querySelector('sotay-tooltip')!.shadowRoot!.querySelector('[role="tooltip"] .lines') as HTMLElement;
      return body.offsetHeight / parseFloat(getComputedStyle(body).lineHeight);
    });
    expect(Math.round(lines)).toBe(2);
    await page.close();
  });

  it('looks up a selection from the context menu: the article\'s own definition, the glossary\'s, or says it does not know', async () => {
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('KCN')), { timeout: 15_000 }).toBe(true);
    await page.mouse.move(1, 1);
    const lookUp = async (text: string) => {
      await selectPainted(page, 'sotay-acronym', text);
      await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, text);
    };
    await lookUp('KCN');
    await expect.poll(() => tooltipText(page)).toMatch(/khu công nghiệp.*trong bài/i);
    // The article painted again (the site changed it, a setting changed) leaves the card the reader
    // asked for, as does the pointer passing over no word.
    await page.evaluate(() => ((window as unknown as { painted: unknown }).painted = (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('sotay-acronym')));
    await messageTab(ctx.browser, tabId, 'refreshDecorations');
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('sotay-acronym') !== (window as unknown as { painted: unknown }).painted)).toBe(true);
    await page.mouse.move(3, 3);
    await nextFrames(page);
    expect(await tooltipText(page)).toMatch(/khu công nghiệp.*trong bài/i);
    await page.screenshot({ path: `${ARTIFACTS}/lookup-menu-chromium.png` });
    await lookUp('UBND');
    await expect.poll(() => tooltipText(page)).toMatch(/Ủy ban nhân dân.*từ điển/i);
    // A word the glossaries do not have, selected anywhere in the text.
    await page.evaluate(() => {
      const p = document.querySelector('#newscontents p')!;
      const range = document.createRange();
      range.selectNodeContents(p.firstChild!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, 'QZXW');
    await expect.poll(() => tooltipText(page)).toContain('chưa biết từ viết tắt này');
    // The acronym inside a selection of several words; plain words are no acronym to look up.
    const selectWords = async (words: string) => {
      await selectText(page, words, '#newscontents');
      await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, words);
    };
    await selectWords('phát triển các KCN,');
    await expect.poll(() => tooltipText(page)).toMatch(/^KCN.*khu công nghiệp.*trong bài/i);
    await selectWords('khoa học và');
    await expect.poll(() => tooltipText(page)).toMatch(/^khoa học và.*không có từ viết tắt nào, hoặc có nhiều hơn một/i);
    // The whole article is no selection to look one acronym up in: the card says so, not "none".
    const article = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#newscontents')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    });
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, article);
    await expect.poll(() => tooltipText(page)).toContain('Đoạn bạn chọn quá dài');
    await page.close();
  });

  it('looks up a selected term the glossary knows whole, though the page underlines only its first letters', async () => {
    const { page, tabId, popup } = await openBdoWithSentence(ctx, 'Đại diện PV Oil cũng tham dự.');
    await popup.close();
    await page.bringToFront();
    await selectText(page, 'PV Oil');
    await chooseLookupMenu(ctx.browser, tabId, PAGES.bdoArticle.url, 'PV Oil');
    await expect.poll(() => tooltipText(page)).toMatch(/^PVOIL.*Tổng công ty Dầu Việt Nam/);
    await page.close();
  });

  it('gives the original English name beside a Vietnamese name the article defines, in the popup and on the page', async () => {
    // A sentence of world news, served as part of the article.
    const { page, popup } = await openBdoWithSentence(ctx, 'Quỹ Tiền tệ Quốc tế (IMF) dự báo kinh tế Việt Nam tăng trưởng 6%.');
    const row = (short: string) => acronymRow(popup, short);
    await expect.poll(() => row('IMF').locator('dd').textContent()).toContain('Quỹ Tiền tệ Quốc tế');
    expect(await row('IMF').locator('.source').textContent()).toBe('trong bài');
    expect(await row('IMF').locator('.also').textContent()).toBe('viết tắt của International Monetary Fund');
    // Not under a definition the glossary says the same way, nor under a glossary expansion.
    expect(await row('KCN').locator('.also').count()).toBe(0);
    expect(await row('UBND').locator('.also').count()).toBe(0);
    await row('IMF').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-acronym-original-name-chromium.png` });

    const imf = await pointOf(page, 'sotay-acronym', 'IMF');
    await page.mouse.move(imf.x, imf.y);
    await expect.poll(() => tooltipText(page)).toContain('trong bài · viết tắt của International Monetary Fund');
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-acronym-original-name-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('names an English expansion from the glossary in Vietnamese first, its original under it, in the popup, on the page and in a lookup', async () => {
    const { page, popup, tabId } = await openBdoWithSentence(ctx, 'Các doanh nghiệp ứng dụng AI vào quản lý.');
    const row = acronymRow(popup, 'AI');
    await expect.poll(() => row.locator('dd').evaluate((dd) => dd.firstChild?.textContent?.trim())).toBe('trí tuệ nhân tạo');
    expect(await row.locator('.also').textContent()).toBe('viết tắt của Artificial Intelligence');
    // Not under a Vietnamese expansion.
    expect(await acronymRow(popup, 'UBND').locator('.also').count()).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-acronym-vietnamese-name-chromium.png` });
    const ai = await pointOf(page, 'sotay-acronym', 'AI');
    await page.mouse.move(ai.x, ai.y);
    await expect.poll(() => tooltipText(page)).toMatch(/^AItrí tuệ nhân tạotừ điển · viết tắt của Artificial Intelligence$/);
    await page.mouse.move(1, 1);
    await selectText(page, 'ứng dụng AI');
    await chooseLookupMenu(ctx.browser, tabId, page.url(), 'ứng dụng AI');
    await expect.poll(() => tooltipText(page)).toMatch(/^AItrí tuệ nhân tạo.*viết tắt của Artificial Intelligence/);
    await page.close();
    await popup.close();
  });

  it('takes the page\'s own <abbr title> as the article\'s word, in the popup and on the page', async () => {
    const url = PAGES.bdoArticle.url;
    ctx.server.edit(url, (html) => html.replace('ICF chính thức', '<abbr title="Intelligent Community Forum">ICF</abbr> chính thức'));
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    ctx.server.edit(url, null);
    const row = acronymRow(popup, 'ICF');
    await expect.poll(() => row.locator('dd').textContent(), { timeout: 15_000 }).toContain('Intelligent Community Forum');
    expect(await row.locator('.source').textContent()).toBe('trong bài');
    expect(await row.locator('.source').getAttribute('title')).toMatch(/Trang báo tự giải thích/);
    await row.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-acronym-abbr-title-chromium.png` });
    // Every use, not only the one the page marks up.
    const uses = (await painted(page, 'sotay-acronym')).filter((t) => t === 'ICF').length;
    expect(uses).toBeGreaterThan(1);
    const last = await pointOf(page, 'sotay-acronym', 'ICF', uses - 1);
    await page.mouse.move(last.x, last.y);
    await expect.poll(() => tooltipText(page)).toMatch(/ICF.*Intelligent Community Forum.*trong bài/);
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-acronym-abbr-title-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('lets the reader correct the article’s own definition for this article, in the popup and on the page, and undo it', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    const row = acronymRow(popup, 'TPTM');
    await expect.poll(() => row.locator('.source').textContent()).toBe('trong bài');
    const read = (await row.locator('dd').evaluate((dd) => dd.firstChild?.textContent ?? '')).trim();
    // Typed into the plain form, however written, a short form the article defines says the same
    // before it is saved: an entry for every page would not show here.
    const short = popup.getByRole('textbox', { name: 'Viết tắt', exact: true });
    await short.fill('tptm');
    await expect.poll(() => popup.locator('.glossary-form .hint').textContent()).toContain('Bài báo đã tự giải thích TPTM');
    await short.fill('');

    await row.getByRole('button', { name: 'Sửa nghĩa' }).click();
    const long = popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' });
    await expect.poll(() => long.inputValue()).toBe(read);
    // Kept for this article, the one place where it can outrank the article's definition.
    const thisArticle = popup.getByRole('radio', { name: 'bài này' });
    expect(await thisArticle.isChecked()).toBe(true);
    await popup.getByRole('radio', { name: 'mọi trang web' }).check();
    await expect.poll(() => popup.locator('.glossary-form .hint').textContent()).toContain('Bài báo đã tự giải thích TPTM');
    await thisArticle.check();
    expect(await popup.locator('.glossary-form .hint').count()).toBe(0);
    await long.fill('Thành phố thông minh (Smart City)');
    // The meaning is read whole where it is typed: the button sits under the form, not beside the field.
    expect(await long.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await popup.locator('.my-glossary').screenshot({ path: `${ARTIFACTS}/popup-correct-definition-form-chromium.png` });
    await popup.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect.poll(() => row.locator('dd').textContent()).toContain('Thành phố thông minh (Smart City)');
    expect(await row.locator('.source').textContent()).toBe('của bạn');
    // The article's sentence is still a click away.
    expect(await row.getByRole('button', { name: 'xem trong bài' }).count()).toBe(1);
    const entry = popup.locator('.glossary-list li', { hasText: 'Smart City' });
    expect(await entry.locator('.site').textContent()).toBe('bài này');
    const stored = (await storedRows<{ deletedAt?: number; short: string; page?: string; site?: string }>(popup, 'glossary'))
      .filter((e) => e.short === 'TPTM' && !e.deletedAt)
      .map((e) => [e.page, e.site]);
    // Kept under the article's canonical address, as its notes are.
    expect(stored).toEqual([['https://baobinhduong.vn/kien-tao-cong-dong-thong-minh-thu-hut-dau-tu-the-he-moi-a312345.html', undefined]]);
    await row.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-correct-definition-chromium.png` });

    // The page follows without a reload.
    await expect
      .poll(async () => {
        const tptm = await pointOf(page, 'sotay-acronym', 'TPTM');
        await page.mouse.move(tptm.x, tptm.y);
        return tooltipText(page);
      })
      .toContain('Thành phố thông minh (Smart City)');
    expect(await tooltipText(page)).toContain('của bạn');
    await page.screenshot({ path: `${ARTIFACTS}/tooltip-correct-definition-chromium.png` });

    // The library lists it with the article's address, which opens the article.
    const library = await ctx.browser.context.newPage();
    await library.goto(`chrome-extension://${ctx.browser.extensionId}/library.html`);
    await library.getByRole('tab', { name: 'Từ điển của tôi' }).click();
    const kept = library.locator('.glossary-list li', { hasText: 'Smart City' }).getByRole('link');
    expect(await kept.getAttribute('href')).toBe(stored[0]![0]);
    expect(await kept.textContent()).toBe('baobinhduong.vn/kien-tao-cong-dong-thong-m…');
    await library.close();

    // Deleting the correction gives the article its say again.
    await entry.getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => row.locator('.source').textContent()).toBe('trong bài');
    await page.close();
    await popup.close();
  });

  it('filters a long list of acronyms by letters or a word of the meaning, marks optional', async () => {
    const { page, popup } = await openBdoWithSentence(ctx, 'Đại diện WHO, IMF, WTO, ASEAN, APEC, OECD, FAO và UNDP cùng dự.');
    // The list may still grow after its first twelve rows: count it once it has settled.
    const rows = (): Promise<number> => popup.locator('dl.acronyms .acronym').count();
    await expect.poll(async () => {
      const first = await rows();
      await popup.waitForTimeout(400);
      return first >= 12 && first === (await rows());
    }).toBe(true);
    const all = await rows();
    const filter = popup.getByRole('searchbox', { name: 'Tìm từ viết tắt trong bài' });
    await filter.fill('monetary');
    await expect.poll(() => popup.locator('dl.acronyms .short').allTextContents()).toEqual(['IMF']);
    // Typed without marks, the meaning's words are found with theirs.
    await filter.fill('khu cong nghiep');
    await expect.poll(() => popup.locator('dl.acronyms .short').allTextContents()).toEqual(['KCN']);
    await popup.locator('main').screenshot({ path: `${ARTIFACTS}/popup-acronym-filter-chromium.png` });
    await filter.fill('zzzz');
    await expect.poll(() => popup.locator('[role="status"].empty').textContent()).toBe('Không có từ viết tắt nào trong bài khớp với “zzzz”.');
    await filter.fill('');
    await expect.poll(rows).toBe(all);
    await page.close();
    await popup.close();
  });

  it('explains a short form by the headline that defines it, in the tab and on the page, wherever the body uses it', async () => {
    const url = PAGES.bdoArticle.url;
    ctx.server.edit(url, (html) =>
      html
        .replaceAll('Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới', 'Ra mắt Trung tâm Dữ liệu Quốc gia (TTDLQG) tại Bình Dương')
        .replace('Bình Dương đang đi đúng hướng. ', 'Bình Dương đang đi đúng hướng. TTDLQG sẽ mở rộng trong năm tới. '),
    );
    try {
      const { page, popup, tabId } = await openBdoAcronyms(ctx.browser);
      const row = acronymRow(popup, 'TTDLQG');
      await expect.poll(() => row.textContent()).toMatch(/Trung tâm Dữ liệu Quốc gia.*trong bài/);
      await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.filter((w) => w === 'TTDLQG').length), { timeout: 15_000 }).toBe(2);
      await page.bringToFront();
      await page.mouse.move(1, 1);
      const at = await pointOf(page, 'sotay-acronym', 'TTDLQG', 1);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tooltipText(page)).toMatch(/^TTDLQG.*Trung tâm Dữ liệu Quốc gia.*trong bài/);
      // With underlines off, a lookup of the body's use says the same.
      const site = popup.getByLabel(/trên baobinhduong\.vn/);
      await site.uncheck();
      try {
        await expect.poll(() => painted(page, 'sotay-acronym')).toEqual([]);
        // The body's use (the headline's comes first on the page).
        await selectText(page, 'TTDLQG', '#newscontents');
        await chooseLookupMenu(ctx.browser, tabId, url, 'TTDLQG');
        await expect.poll(() => tooltipText(page)).toMatch(/^TTDLQG.*Trung tâm Dữ liệu Quốc gia.*trong bài/);
      } finally {
        await site.check();
      }
      await page.close();
      await popup.close();
    } finally {
      ctx.server.edit(url, null);
    }
  });

  it('lists an acronym the article writes in two cases as one row, and counts the rows it lists', async () => {
    const { page, popup } = await openBdoWithSentence(ctx, 'Công ty Điện lực Tokyo (TEPCO) cho biết Tepco sẽ bồi thường, như ASEAN và UNESCO.');
    const row = acronymRow(popup, 'TEPCO');
    await expect.poll(() => row.locator('.form').allTextContents()).toEqual(['Tepco']);
    expect(await row.locator('.count').textContent()).toContain('2');
    expect(await row.locator('dd').textContent()).toContain('Công ty Điện lực Tokyo');
    expect(await acronymRow(popup, 'Tepco').count()).toBe(0);
    // The tab counts the rows it lists: one for TEPCO and Tepco, and ASEAN and UNESCO, which only the
    // glossary tells from brand names, counted too.
    await expect.poll(() => acronymRow(popup, 'UNESCO').count()).toBe(1);
    const rows = await popup.locator('.acronym').count();
    expect(await popup.getByRole('tab', { name: /Từ viết tắt/ }).locator('.count').textContent()).toBe(String(rows));
    await row.scrollIntoViewIfNeeded();
    await row.screenshot({ path: `${ARTIFACTS}/popup-acronym-two-cases-chromium.png` });
    await page.close();
    await popup.close();
  });

  it('offers readings of a guessed definition a word or two off, one click each', async () => {
    const { page, popup } = await openBdoAcronyms(ctx.browser);
    const row = acronymRow(popup, 'IOC');
    await expect.poll(() => row.locator('.source-guess').count()).toBe(1);
    await row.getByRole('button', { name: 'Sửa nghĩa' }).click();
    const readings = popup.getByRole('group', { name: 'Các nghĩa gần giống với định nghĩa trong bài' }).getByRole('button');
    const own = 'Giải pháp quản lý, điều hành đô thị thông minh';
    // The article's reading first, then a word or two off: "về" before the name opens none, and
    // "pháp" is half of "Giải pháp".
    await expect.poll(() => readings.allTextContents()).toEqual([own, 'quản lý, điều hành đô thị thông minh', 'Giải pháp quản lý, điều hành đô thị']);
    const long = popup.getByRole('textbox', { name: 'Nghĩa đầy đủ' });
    expect(await long.getAttribute('aria-describedby')).toBe('nearby-readings');
    expect(await readings.first().getAttribute('aria-current')).toBe('true');
    await readings.nth(1).click();
    expect(await long.inputValue()).toBe('quản lý, điều hành đô thị thông minh');
    expect(await readings.nth(1).getAttribute('aria-current')).toBe('true');
    expect(await readings.first().getAttribute('aria-current')).toBeNull();
    // The article's own reading is a click away again.
    await readings.first().click();
    expect(await long.inputValue()).toBe(own);
    await readings.nth(1).click();
    // Still kept for this article: the reading corrects the article's definition there only.
    expect(await popup.getByRole('radio', { name: 'bài này' }).isChecked()).toBe(true);
    await popup.locator('.my-glossary').screenshot({ path: `${ARTIFACTS}/popup-nearby-readings-chromium.png` });
    await popup.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => row.locator('.source').first().textContent()).toBe('của bạn');
    expect((await row.locator('dd').evaluate((dd) => dd.firstChild?.textContent ?? '')).trim()).toBe('quản lý, điều hành đô thị thông minh');
    // The form is empty again, and offers nothing until the next correction.
    expect(await readings.count()).toBe(0);

    await popup.locator('.glossary-list li', { hasText: 'IOC' }).getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => row.locator('.source-guess').count()).toBe(1);
    // Another acronym typed in the form: the article's readings were IOC's.
    await row.getByRole('button', { name: 'Sửa nghĩa' }).click();
    await expect.poll(() => readings.count()).toBe(3);
    await popup.getByRole('textbox', { name: 'Viết tắt' }).fill('ICF');
    expect(await readings.count()).toBe(0);
    await page.close();
    await popup.close();
  });

  it('saves a quotation from the popup, marks it on the page after a reload, and copies its citation', async () => {
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await ctx.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(ctx.browser, tabId);
    await popup.getByRole('tab', { name: /Trích dẫn/ }).click();
    const luat = popup.locator('.speaker', { has: popup.locator('.speaker-name', { hasText: 'Nguyễn Trọng Luật' }) });
    await luat.locator('button.save-quote').click();
    await expect.poll(() => luat.locator('.saved-mark').count()).toBe(1);
    await expect.poll(() => painted(page, 'sotay-quote-saved')).toEqual([expect.stringMatching(/^Chúng tôi vừa xây dựng/)]);

    await luat.locator('button.copy-citation').click();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“Chúng tôi vừa xây dựng nhà máy thứ 4 .*” — Nguyễn Trọng Luật, Tổng Giám đốc Cicor Việt Nam, Báo Bình Dương, 05\/12\/2023, https:\/\/baobinhduong\.vn\/.*-a312345\.html$/);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-quote-saved-chromium.png` });

    await page.reload();
    await expect.poll(() => painted(page, 'sotay-quote-saved'), { timeout: 15_000 }).toEqual([
      expect.stringMatching(/^Chúng tôi vừa xây dựng/),
    ]);
    const point = await pointOf(page, 'sotay-quote-saved', 'Chúng tôi vừa');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipText(page)).toContain('Đã lưu trích dẫn');
    await page.close();
    await popup.close();
  });

  it('turns acronym underlines off on this site or everywhere from the popup, says so at the tab\'s top, and back on', async () => {
    const { page, tabId } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(ctx.browser, tabId);
    await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
    const site = popup.getByLabel(/trên baobinhduong\.vn/);
    const notice = popup.getByRole('status').filter({ hasText: /gạch chân/ });
    await expect.poll(() => notice.count()).toBe(0);
    await site.uncheck();
    await expect.poll(() => painted(page, 'sotay-acronym')).toEqual([]);
    expect((await painted(page, 'sotay-quote')).length).toBeGreaterThan(0);
    // The tab says so at its top, where the reader looks, and whether it is this site or every one.
    await expect.poll(() => notice.textContent()).toMatch(/tắt gạch chân từ viết tắt trên baobinhduong\.vn/);
    await site.check();
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length)).toBeGreaterThan(0);
    expect(await notice.count()).toBe(0);
    const everywhere = popup.getByRole('checkbox', { name: 'mọi trang web' });
    await everywhere.uncheck();
    await expect.poll(() => notice.textContent()).toMatch(/trên mọi trang web/);
    await notice.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${ARTIFACTS}/popup-underlines-off-chromium.png` });
    await expect.poll(() => painted(page, 'sotay-acronym')).toEqual([]);
    // One press turns it back on here; the keyboard's focus stays in the tab, not lost with the notice.
    await notice.getByRole('button', { name: 'Bật lại' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.length)).toBeGreaterThan(0);
    expect(await everywhere.isChecked()).toBe(true);
    expect(await notice.count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await page.close();
    await popup.close();
  });

  it('follows a single-page site to its next article without a reload', async () => {
    const { page } = await openTab(ctx.browser, PAGES.bdoArticle.url);
    await expect.poll(() => painted(page, 'sotay-acronym').then((r) => r.includes('TPTM')), { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => {
      const body = document.getElementById('newscontents')!;
      const paragraphs = [
        'Sáng 6-12, UBND tỉnh Bình Dương họp bàn kế hoạch đầu tư công năm 2024 với các sở, ngành và địa phương trong tỉnh. Cuộc họp kéo dài cả buổi sáng, với nhiều ý kiến về tiến độ các công trình trọng điểm đang thi công.',
        'Theo kế hoạch, tỉnh dành phần lớn vốn cho các dự án giao thông kết nối vùng, trường học và bệnh viện tuyến huyện. Các dự án chuyển tiếp từ năm trước được ưu tiên bố trí vốn trước, dự án mới chỉ khởi công khi đã có mặt bằng sạch.',
        'Lãnh đạo tỉnh yêu cầu các chủ đầu tư đẩy nhanh giải ngân ngay từ đầu năm, tránh dồn việc vào cuối năm như các năm trước. Những đơn vị giải ngân chậm sẽ bị điều chuyển vốn sang các dự án có khả năng hấp thụ tốt hơn.',
      ];
      body.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
      document.querySelector('h1')!.textContent = 'Bình Dương bàn kế hoạch đầu tư công năm 2024';
      const next = 'https://baobinhduong.vn/binh-duong-ban-ke-hoach-dau-tu-cong-a312399.html';
      document.querySelector('link[rel=canonical]')?.setAttribute('href', next);
      history.pushState({}, '', '/binh-duong-ban-ke-hoach-dau-tu-cong-a312399.html');
    });
    await expect.poll(() => painted(page, 'sotay-acronym'), { timeout: 15_000 }).toEqual(['UBND']);
    await page.close();
  });
});

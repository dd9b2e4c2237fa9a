import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionGlobals } from './chromium';
import { PAGES, startFixtureServer, type FixtureServer } from './fixture-server';
import { readTableInPage } from './stored-rows';

const FIREFOX_BUILD = resolve('.output/firefox-mv2');
const GECKO_ID = 'sotay@sotay.example';
const UUID = '5a0b7c1e-2d3f-4e5a-8b6c-7d8e9f0a1b2c';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let server: FixtureServer;
let browser: Browser;

/**
 * Firefox sends no navigation events for extension pages, so puppeteer's goto never resolves there:
 * navigate through the WebDriver BiDi browsing context and poll instead.
 */
async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete' | 'none'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'none').catch(() => undefined);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(url.split('?')[0]!)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`could not open ${url}`);
}

/**
 * The text of the popup's row for `short`, '' while there is none. Selects the acronym tab (either
 * label: Firefox gives the extension its own UI language, English here, not the page's) whenever it
 * is not selected: one click made while the popup is still settling may be lost (a CI run once
 * polled an empty tab for 20 s after a single click).
 */
function acronymRow(popup: Page, short: string): Promise<string> {
  return popup.evaluate((s) => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => /Từ viết tắt|Acronyms/.test(t.textContent ?? ''));
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    return [...document.querySelectorAll('.acronym')].find((a) => a.querySelector('button.short')?.textContent === s)?.textContent ?? '';
  }, short);
}

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await fn();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    last = await fn().catch(() => last);
  }
  return last;
}

/**
 * How many ranges the page's highlight registry holds under `name`. The page sees the registry's
 * names and sizes; the ranges themselves belong to the content script's compartment.
 */
function painted(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights?.get(n)?.size ?? 0, name);
}

/** Selects the first occurrence of `text` on the page, scrolled into view first: a scroll hides the
 * extension's card, so it settles before anything asks for one. */
function selectText(page: Page, text: string): Promise<void> {
  return page.evaluate(async (t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(t);
      if (at === -1) continue;
      n.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((done) => setTimeout(done, 300));
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  }, text);
}

/** Sends the tab's content script a message as the background does, from an extension page. */
function sendToTab(extensionPage: Page, tabId: number, type: string, data: unknown): Promise<void> {
  return extensionPage.evaluate(
    async ([id, ty, d]) => {
      const ext = (globalThis as unknown as { browser: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).browser;
      await ext.tabs.sendMessage(id as number, { id: 1, type: ty, data: d, timestamp: Date.now() });
    },
    [tabId, type, data] as const,
  );
}

/** Every row of `table` in the extension's database, read raw from one of its pages. */
async function storedRows<T>(extensionPage: Page, table: 'glossary' | 'highlights'): Promise<T[]> {
  return (await extensionPage.evaluate(readTableInPage, table)) as T[];
}

/** The text of the extension's card on the page (tooltip or lookup), or "" when none shows. */
function tooltipText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const card = document.querySelector('sotay-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return card && !card.hidden ? (card.textContent ?? '') : '';
  });
}

/**
 * Opens an extension page and, from it, the article in a new tab; returns both and the tab's id.
 * Without the `tabs` permission tab URLs are hidden: the article's tab is the one that is new.
 */
async function openArticleWithExtensionPage(url: string): Promise<{ popup: Page; article: Page; tabId: number; errors: string[] }> {
  const popup = await browser.newPage();
  await navigateExtensionPage(popup, `moz-extension://${UUID}/popup.html`);
  const tabIds = () =>
    popup.evaluate(async () => {
      const { browser: ext } = globalThis as unknown as ExtensionGlobals;
      return (await ext.tabs.query({})).map((t) => t.id ?? -1);
    });
  const before = new Set(await tabIds());
  const article = await browser.newPage();
  const errors: string[] = [];
  article.on('pageerror', (e) => errors.push(String(e)));
  await article.goto(url);
  const added = (await tabIds()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  return { popup, article, tabId: added[0]!, errors };
}

describe.runIf(existsSync(FIREFOX))('Firefox ESR smoke test', () => {
  beforeAll(async () => {
    // Screenshots land here, also when this file runs alone.
    mkdirSync('test-results/e2e', { recursive: true });
    server = await startFixtureServer();
    const [host, port] = server.proxy.split(':');
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': host,
        'network.proxy.http_port': Number(port),
        'network.proxy.no_proxies_on': '',
        'intl.locale.requested': 'vi',
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the content script extracts the BDO fixture and the popup shows it', async () => {
    const { popup, tabId } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);

    await navigateExtensionPage(popup, `moz-extension://${UUID}/popup.html?tab=${tabId}`);
    const title = await poll(
      () => popup.evaluate(() => document.querySelector('.card-title')?.textContent ?? null),
      (t) => t !== null,
    );
    expect(title).toBe('Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới');
    const author = await popup.evaluate(() => document.querySelector('.card-author strong')?.textContent);
    expect(author).toBe('Ngọc Thanh');
    const published = await popup.evaluate(() => document.querySelector('time')?.getAttribute('datetime'));
    expect(published).toBe('2023-12-05T08:30:24+07:00');
  });

  it('explains acronyms on the page (tooltip on hover) and in the popup\'s acronym tab', async () => {
    const { popup, article, tabId, errors } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20)).toBeGreaterThan(20);
    // The ranges belong to the content script's compartment: find "KCN" in the page's own text.
    const at = await article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf('(KCN)');
        if (i === -1) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i + 1);
        range.setEnd(n, i + 4);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(at).not.toBeNull();
    await article.mouse.move(at!.x, at!.y);
    expect(await poll(() => tooltipText(article), (t) => t.includes('khu công nghiệp'))).toContain('khu công nghiệp');
    await article.screenshot({ path: 'test-results/e2e/tooltip-acronym-firefox.png' });

    await navigateExtensionPage(popup, `moz-extension://${UUID}/popup.html?tab=${tabId}`);
    expect(await poll(() => popup.evaluate(() => document.querySelector('.card-title') !== null), (ok) => ok)).toBe(true);
    const row = (short: string) => acronymRow(popup, short);
    expect(await poll(() => row('TPTM'), (t) => t !== '')).toMatch(/Thành phố thông minh.*(trong bài|in the article)/i);
    // The background adds the built-in glossary's expansions once it has read it.
    expect(await poll(() => row('UBND'), (t) => /Ủy ban nhân dân/i.test(t))).toMatch(/Ủy ban nhân dân.*(từ điển|glossary)/i);
    expect(errors).toEqual([]);
  });

  it('shows the context menu\'s lookup beside the selection: the article\'s definition first, or that the acronym is unknown', async () => {
    const { popup, article, tabId, errors } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20)).toBeGreaterThan(20);
    // What the background sends after the menu's click (Firefox cannot dispatch a menu's click from a
    // test; Chromium's test runs the background's handler).
    const lookUp = (result: object) => sendToTab(popup, tabId, 'showLookup', { result, glossaryRead: true });
    await selectText(article, 'KCN');
    // The glossary's sense comes with the message; the article's own definition outranks it.
    await lookUp({ short: 'KCN', long: 'Khu chế xuất', source: 'glossary', senses: ['Khu chế xuất'] });
    expect(await poll(() => tooltipText(article), (t) => t.includes('khu công nghiệp'))).toMatch(/khu công nghiệp.*(trong bài|in the article)/i);
    await selectText(article, 'Bình Dương');
    await lookUp({ short: 'QZXW', long: null, source: null, senses: [] });
    expect(await poll(() => tooltipText(article), (t) => t.includes('QZXW'))).toMatch(/QZXW.*(chưa biết|does not know)/i);
    // Firefox gives the extension its keys too.
    const shortcuts = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser;
      return (await ext.commands.getAll()).filter((c) => c.name !== '_execute_browser_action').map((c) => [c.name, c.shortcut]).sort();
    });
    expect(shortcuts).toEqual([['highlight-selection', 'Alt+Shift+H'], ['next-acronym', 'Alt+Shift+K'], ['note-selection', 'Alt+Shift+G']]);
    // What the Alt+Shift+K command sends: the caret moves on to the next acronym, whose card opens.
    await selectText(article, 'đầu tư trong khu công nghiệp');
    await sendToTab(popup, tabId, 'nextAcronym', undefined);
    expect(await poll(() => tooltipText(article), (t) => t.startsWith('KCN'))).toMatch(/^KCN.*khu công nghiệp/i);
    expect(errors).toEqual([]);
  });

  it('adds an expansion for an unknown acronym from the popup, used in the tab and by the page\'s tooltip without a reload', async () => {
    const { popup, article, tabId, errors } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20)).toBeGreaterThan(20);
    await navigateExtensionPage(popup, `moz-extension://${UUID}/popup.html?tab=${tabId}`);
    expect(await poll(() => popup.evaluate(() => document.querySelector('.card-title') !== null), (ok) => ok)).toBe(true);
    const row = (short: string) => acronymRow(popup, short);
    expect(await poll(() => row('ICF'), (t) => t !== '')).not.toMatch(/Intelligent/);
    // Nothing explains ICF on the page yet: hovering it shows no card.
    const icf = await article.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.search(/\bICF\b/);
        if (i === -1) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 3);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(icf).not.toBeNull();

    // "+ Add to my glossary" fills the form's short form; the reader types the expansion and adds it.
    await popup.evaluate(() =>
      [...document.querySelectorAll('.acronym')].find((a) => a.querySelector('button.short')?.textContent === 'ICF')?.querySelector<HTMLElement>('button.add-mine')?.click(),
    );
    expect(await poll(() => popup.evaluate(() => document.querySelector<HTMLInputElement>('.glossary-form input')?.value ?? ''), (v) => v === 'ICF')).toBe('ICF');
    await popup.evaluate(() => document.querySelectorAll<HTMLInputElement>('.glossary-form input')[1]?.focus());
    await popup.keyboard.type('Intelligent Community Forum');
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.glossary-form button[type="submit"]')?.click());
    expect(await poll(() => row('ICF'), (t) => t.includes('Intelligent Community Forum'))).toMatch(/Intelligent Community Forum.*(của bạn|yours)/);
    const stored = await storedRows<{ short: string; long: string }>(popup, 'glossary');
    expect(stored.map((e) => `${e.short}=${e.long}`)).toEqual(['ICF=Intelligent Community Forum']);

    // The page's tooltip follows without a reload.
    const hoverIcf = async (): Promise<string> => {
      await article.mouse.move(1, 1);
      await article.mouse.move(icf!.x, icf!.y);
      return tooltipText(article);
    };
    expect(await poll(hoverIcf, (t) => t.includes('Intelligent Community Forum'))).toMatch(
      /Intelligent Community Forum.*(của bạn|yours)/,
    );
    await article.screenshot({ path: 'test-results/e2e/tooltip-my-glossary-firefox.png' });
    expect(errors).toEqual([]);
  });

  it('shows the card of an acronym inside a link the keyboard focuses, and names it as the link\'s description', async () => {
    const url = PAGES.bdoArticle.url;
    server.edit(url, (html) => html.replace('Bình Dương đang đi đúng hướng. ', 'Bình Dương đang đi đúng hướng. Theo <a href="#pre">báo cáo</a> của <a href="#imf">Quỹ Tiền tệ Quốc tế IMF</a>, kinh tế tăng. '));
    const { article, errors } = await openArticleWithExtensionPage(url);
    server.edit(url, null);
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20)).toBeGreaterThan(20);
    await article.evaluate(() => (document.querySelector('a[href="#pre"]') as HTMLElement).focus());
    await article.keyboard.press('Tab');
    expect(await poll(() => tooltipText(article), (t) => t.includes('Quỹ Tiền tệ Quốc tế'))).toMatch(/IMF.*Quỹ Tiền tệ Quốc tế/);
    const described = await article.evaluate(() => document.querySelector('a[href="#imf"]')!.getAttribute('aria-describedby'));
    expect(described).toBe(await article.evaluate(() => document.querySelector('sotay-tooltip')!.id));
    await article.keyboard.press('Tab');
    expect(await poll(() => tooltipText(article), (t) => t === '')).toBe('');
    expect(await article.evaluate(() => document.querySelector('a[href="#imf"]')!.getAttribute('aria-describedby'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('reads the article again when the site changes its text after load', async () => {
    const { article, errors } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);
    const before = await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20);
    expect(before).toBeGreaterThan(20);
    // The paragraph with ICF twice and IOC once now holds five others.
    await article.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Tháng 10-2023'))!;
      p.textContent = 'CẬP NHẬT: Sở GD-ĐT, BHXH, UNICEF, WHO và OECD phối hợp triển khai chương trình mới.';
    });
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n === before + 2)).toBe(before + 2);
    expect(errors).toEqual([]);
  });

  it('stores a highlight in the extension, paints it, and finds it again after a reload', async () => {
    const PASSAGE = 'Bình Dương đang đi đúng hướng.';
    const { popup, article, tabId, errors } = await openArticleWithExtensionPage(PAGES.bdoArticle.url);
    // What is highlighted is checked in the extension's database (see painted).
    // Wait until the content script has read the page and decorated it: acronyms and quotations.
    expect(await poll(() => painted(article, 'sotay-acronym'), (n) => n > 20)).toBeGreaterThan(20);
    expect(await poll(() => painted(article, 'sotay-quote'), (n) => n >= 2)).toBeGreaterThanOrEqual(2);
    await selectText(article, PASSAGE);
    // What the Alt+Shift+H command sends (a browser shortcut cannot be scripted).
    await sendToTab(popup, tabId, 'highlightSelection', { withNote: false });
    expect(await poll(() => painted(article, 'sotay-mark-yellow'), (n) => n === 1)).toBe(1);
    // selectText left the passage in view for the screenshot.
    await article.screenshot({ path: 'test-results/e2e/page-firefox.png' });

    await article.reload();
    expect(await poll(() => painted(article, 'sotay-mark-yellow'), (n) => n === 1)).toBe(1);
    const stored = await storedRows<{ exact: string }>(popup, 'highlights');
    expect(stored.map((h) => h.exact)).toEqual([PASSAGE]);
    expect(await article.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

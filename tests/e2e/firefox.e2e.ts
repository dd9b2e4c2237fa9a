import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionGlobals } from './chromium';
import { PAGES, startFixtureServer, type FixtureServer } from './fixture-server';

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

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await fn();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    last = await fn().catch(() => last);
  }
  return last;
}

describe.runIf(existsSync(FIREFOX))('Firefox ESR smoke test', () => {
  beforeAll(async () => {
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
    // Without the `tabs` permission tab URLs are hidden: the article's tab is the one that is new.
    const popup = await browser.newPage();
    await navigateExtensionPage(popup, `moz-extension://${UUID}/popup.html`);
    const tabIds = () =>
      popup.evaluate(async () => {
        const { browser: ext } = globalThis as unknown as ExtensionGlobals;
        return (await ext.tabs.query({})).map((t) => t.id ?? -1);
      });
    const before = new Set(await tabIds());
    const article = await browser.newPage();
    await article.goto(PAGES.bdoArticle.url);
    const added = (await tabIds()).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    const tabId = added[0];

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
});

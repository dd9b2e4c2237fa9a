import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The little of the extension API the tests call inside the browser. */
export interface TabsApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
}
export interface ExtensionGlobals {
  chrome: TabsApi;
  browser: TabsApi;
}

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, every request sent through `proxy`. */
export async function launchWithExtension(
  proxy: string,
  opts: { headless?: boolean; language?: 'vi' | 'en' } = {},
): Promise<ExtensionBrowser> {
  const language = opts.language ?? 'vi';
  const profile = mkdtempSync(join(tmpdir(), 'sotay-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    locale: language === 'vi' ? 'vi-VN' : 'en-US',
    // Chromium on Linux takes its UI language (and so the extension's) from the environment.
    env: { ...process.env, LANGUAGE: language, LANG: language === 'vi' ? 'vi_VN.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--proxy-server=http://${proxy}`,
      `--lang=${language}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new tab and returns the page with the browser's tab id for it. Without the `tabs`
 * permission (which Sổ Tay does not ask for) tabs.query hides URLs, so the new tab is the one id
 * that was not there before.
 */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () =>
    browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobals;
      return (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    });
  const before = new Set(await ids());
  const page = await browser.context.newPage();
  await page.goto(url);
  const added = (await ids()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0]! };
}

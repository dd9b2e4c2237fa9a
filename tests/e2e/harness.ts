import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, openTab, type ExtensionBrowser } from './chromium';
import { PAGES, startFixtureServer, type FixtureServer } from './fixture-server';
import { readTableInPage } from './stored-rows';

export const ARTIFACTS = 'test-results/e2e';

/**
 * One fixture server and one Chromium with the built extension for a test file, closed after it.
 * Read `.browser` and `.server` inside tests (they exist once beforeAll ran).
 */
export function useExtensionBrowser(): { browser: ExtensionBrowser; server: FixtureServer } {
  const ctx = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ctx.server = await startFixtureServer();
    ctx.browser = await launchWithExtension(ctx.server.proxy);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** The texts painted on the page under a CSS Custom Highlight name. */
export function painted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** The middle of the first range painted under `name` that starts with `text`, scrolled into view. */
export function pointOf(page: Page, name: string, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([n, t, i]) => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n!)!;
      const range = [...h].filter((r) => r.toString().startsWith(t!))[i!]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    [name, text, nth] as const,
  );
}

/** Waits for the page to draw twice: what a pointer move or a scroll schedules for the next frame has run. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Sends the content script in tab `tabId` one of the extension's messages, as the background does. */
export function messageTab(browser: ExtensionBrowser, tabId: number, type: string, data?: unknown): Promise<void> {
  return browser.worker.evaluate(
    async ([id, ty, d]) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } };
      await chrome.tabs.sendMessage(id, { id: 1, type: ty, data: d, timestamp: Date.now() });
    },
    [tabId, type, data] as const,
  );
}

/** What the browser sends the background when the reader presses a command's keys in tab `tabId`
 * (a browser shortcut cannot be scripted). */
export function pressCommand(browser: ExtensionBrowser, command: string, tabId: number): Promise<void> {
  return browser.worker.evaluate(
    ([name, id]) => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(command: string, tab: object): void } } } };
      chrome.commands.onCommand.dispatch(name, { id });
    },
    [command, tabId] as const,
  );
}

/** What names the focused element of `page`: its aria-label, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
}

/** The row of the popup's acronym tab for `short`. */
export function acronymRow(popup: Page, short: string) {
  return popup.locator('.acronym', { has: popup.locator(`button.short:text-is("${short}")`) });
}

/**
 * Opens the BDO article with `sentence` added to it, as if the site had printed it, and the popup's
 * acronym tab for it.
 */
export async function openBdoWithSentence(ctx: { browser: ExtensionBrowser; server: FixtureServer }, sentence: string): Promise<{ page: Page; tabId: number; popup: Page }> {
  const url = PAGES.bdoArticle.url;
  ctx.server.edit(url, (html) => html.replace('Bình Dương đang đi đúng hướng. ', `Bình Dương đang đi đúng hướng. ${sentence} `));
  const opened = await openBdoAcronyms(ctx.browser);
  ctx.server.edit(url, null);
  return opened;
}

/** Opens the BDO article and the popup's acronym tab for it. */
export async function openBdoAcronyms(browser: ExtensionBrowser): Promise<{ page: Page; tabId: number; popup: Page }> {
  const { page, tabId } = await openTab(browser, PAGES.bdoArticle.url);
  const popup = await openPopup(browser, tabId);
  await popup.getByRole('tab', { name: /Từ viết tắt/ }).click();
  return { page, tabId, popup };
}

/** Every row of `table` in the extension's database, read raw from one of its pages (the popup). */
export async function storedRows<T>(extensionPage: Page, table: 'articles' | 'highlights' | 'quotes' | 'glossary'): Promise<T[]> {
  return (await extensionPage.evaluate(readTableInPage, table)) as T[];
}

/** Opens the popup as a page, speaking for the tab `tabId`. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Selects the first `text` in `within` (the page's body by default) as the keyboard or caret
 * browsing would leave it: a Range, no events. Throws when the text is not there. */
export async function selectText(page: Page, text: string, within = 'body'): Promise<void> {
  await page.evaluate(
    ([t, root]) => {
      const walker = document.createTreeWalker(document.querySelector(root!)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(t!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + t!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${t}" is not on the page`);
    },
    [text, within] as const,
  );
}

/** Selects `text` on the page with a real mouse drag (the extension ignores synthetic events). */
export async function dragSelect(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const box = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(t);
      if (at === -1) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const char = (i: number) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect();
      };
      const first = char(at);
      const last = char(at + t.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${t}" is not on the page`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Clicks a button inside the closed shadow root of one of the extension's hosts (`sotay-mark-card`),
 * found by its text or aria-label: through the DevTools protocol, which sees closed roots as the
 * reader's eyes do, then with a real mouse click at its place.
 */
export async function clickInShadow(page: Page, host: string, name: string | RegExp): Promise<void> {
  // The card appears a moment after the click or the selection that asks for it.
  await page.waitForFunction((h) => document.querySelector(h) !== null, host);
  // The page may paint the card again between reading the tree and measuring the button (a
  // notebook change refreshes the marks): then the node is gone, or not laid out yet (a CI run had
  // "Could not compute box model"), and the tree is read again a moment later.
  for (let attempt = 1; ; attempt++) {
    try {
      await clickInShadowOnce(page, host, name);
      return;
    } catch (err) {
      if (attempt >= 3 || !/Could not find node|Could not compute box model/.test(String(err))) throw err;
      await page.waitForTimeout(100);
    }
  }
}

async function clickInShadowOnce(page: Page, host: string, name: string | RegExp): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const all = (n: CdpNode): CdpNode[] => [n, ...(n.children ?? []).flatMap(all), ...(n.shadowRoots ?? []).flatMap(all)];
    const text = (n: CdpNode): string => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(text).join(''));
    const label = (n: CdpNode) => {
      const a = n.attributes ?? [];
      const i = a.indexOf('aria-label');
      return i >= 0 ? a[i + 1]! : text(n).trim();
    };
    const hostNode = all(root).find((n) => n.nodeName === host.toUpperCase());
    if (!hostNode?.shadowRoots?.[0]) throw new Error(`no ${host} with a shadow root`);
    const matches = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
    const button = all(hostNode.shadowRoots[0]).find((n) => n.nodeName === 'BUTTON' && matches(label(n)));
    if (!button) throw new Error(`no button "${String(name)}" in ${host}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * Chooses "Tra từ viết tắt" in the context menu over `selection` in tab `tabId`. A native menu
 * cannot be clicked from a test, so the browser's own click event is dispatched to the extension's
 * listener, with what Chromium passes it.
 */
export async function chooseLookupMenu(browser: ExtensionBrowser, tabId: number, url: string, selection: string): Promise<void> {
  await browser.worker.evaluate(
    ([id, href, text]) => {
      const { chrome } = globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(info: object, tab: object): void } } } };
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'sotay-lookup-acronym', selectionText: text, editable: false, pageUrl: href }, { id, url: href });
    },
    [tabId, url, selection] as const,
  );
}

/** Puts the page's selection over the first occurrence of `text` in a painted range of `name` (a
 * collapsed caret inside it when `caret`), as a reader's selection or caret browsing would. */
export async function selectPainted(page: Page, name: string, text: string, caret = false): Promise<void> {
  await page.evaluate(
    async ([n, t, c]) => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n)!;
      const range = [...h].find((r) => r.toString() === t)!.cloneRange();
      // Scrolling hides the tooltip: let it settle before the selection asks for one.
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      await new Promise((done) => setTimeout(done, 300));
      if (c) range.setEnd(range.startContainer, range.startOffset + 1), range.collapse(false);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [name, text, caret] as const,
  );
}

/** The text of the extension's tooltip on the page (in an open shadow root), or "" when none shows. */
export function tooltipText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const card = document.querySelector('sotay-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return card && !card.hidden ? (card.textContent ?? '') : '';
  });
}

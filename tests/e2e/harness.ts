import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';

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

/** Opens the popup as a page, speaking for the tab `tabId`. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

import { browser } from 'wxt/browser';
import type { PageReading } from '@/lib/reading';
import { sendMessage } from '@/utils/messaging';

/**
 * The tab the popup speaks for: the active tab, or `?tab=ID` when the popup is opened as a page
 * (the end-to-end tests and the demo open it that way).
 */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Asks the tab's content script to read the page. On sites outside the curated list there is no
 * content script yet: the click on the toolbar button granted activeTab, so inject it and ask again.
 */
export async function readTab(tabId: number): Promise<PageReading> {
  try {
    return await sendMessage('readPage', undefined, tabId);
  } catch {
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
    return await sendMessage('readPage', undefined, tabId);
  }
}

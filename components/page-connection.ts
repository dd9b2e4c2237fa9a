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
  } catch (err) {
    // The content script answered with an error: report it rather than inject a second copy.
    if (!isMissingReceiver(err)) throw new ReadError(err);
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/content.js'],
    });
    return await sendMessage('readPage', undefined, tabId);
  }
}

/**
 * The content script was there but failed to read the page (not: was not there). `reason` is its
 * error as the messaging delivered it (name, message and fields kept), for the popup to word.
 */
export class ReadError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'ReadError';
  }
}

/** What the browsers say when no content script listens in the tab. */
function isMissingReceiver(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /No response|Could not establish connection|Receiving end does not exist/i.test(message);
}

import { sendMessage } from '@/utils/messaging';

/** Scrolls the page to a span of the article text (of its headline, `inTitle`) and flashes it;
 * failures are not the reader's problem. */
export function revealInPage(tabId: number, start: number, end: number, inTitle = false): void {
  sendMessage('revealOffset', { start, end, inTitle }, tabId).catch(() => undefined);
}

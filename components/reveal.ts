import { sendMessage } from '@/utils/messaging';

/** Scrolls the page to a span of the article text and flashes it; failures are not the reader's problem. */
export function revealInPage(tabId: number, start: number, end: number): void {
  sendMessage('revealOffset', { start, end }, tabId).catch(() => undefined);
}

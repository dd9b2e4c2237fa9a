import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from '@/lib/article';
import type { PageReading } from '@/lib/reading';

/**
 * Every message between the extension's parts, typed end to end. Content scripts never open
 * IndexedDB (theirs is the page's), so everything they store goes through the background.
 */
export interface ProtocolMap {
  /** popup → content script: extract and analyse the page (cached per URL). */
  readPage(): PageReading;
  /** popup → content script: scroll to a text offset of the article and flash it. */
  revealOffset(data: { start: number; end: number }): boolean;
  /** popup/content → background: store or update the article. */
  saveArticle(article: Article): { id: string; created: boolean };
  /** popup → background: is this URL saved? */
  savedArticle(url: string): { id: string; updatedAt: number } | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

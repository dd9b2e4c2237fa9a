import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AcronymInfo } from '@/lib/acronyms';
import type { LookupResult } from '@/lib/acronyms/lookup';
import type { Article } from '@/lib/article';
import type { GlossaryImport } from '@/lib/db/glossary-import';
import type { GlossaryRecord } from '@/lib/db/schema';
import type { Quote } from '@/lib/quotes';
import type { PageReading } from '@/lib/reading';

/**
 * Every message between the extension's parts, typed end to end. Content scripts never open
 * IndexedDB (theirs is the page's), so everything they store or look up goes through the background.
 */
export interface ProtocolMap {
  // popup → content script
  /** Extract and analyse the page (cached per URL). */
  readPage(): PageReading;
  /** Scroll to a span of the article text and flash it. */
  revealOffset(data: { start: number; end: number }): boolean;
  /** Saved quotations changed: repaint the page's quotation highlights. */
  refreshDecorations(): void;

  // background → content script
  /** Show the result of a context-menu lookup beside the reader's selection. */
  showLookup(data: LookupResult | null): void;

  // popup, content script → background
  saveArticle(article: Article): { id: string; created: boolean };
  savedArticle(url: string): { id: string; updatedAt: number } | null;
  /** Acronyms of the text with expansions from the article, the reader's glossary and the built-in one. */
  resolveAcronyms(text: string): AcronymInfo[];
  saveQuote(data: { article: Article; quote: Quote }): { id: string; created: boolean };
  /** Texts of the quotations saved from this URL. */
  savedQuotes(url: string): string[];
  /** The reader's glossary: writes go through the background, pages read the table directly. */
  addGlossaryEntry(data: { short: string; long: string; note: string }): GlossaryRecord;
  updateGlossaryEntry(data: { id: string; short: string; long: string; note: string }): GlossaryRecord | null;
  deleteGlossaryEntry(id: string): boolean;
  importGlossaryCsv(csv: string): GlossaryImport;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

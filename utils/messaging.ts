import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AcronymInfo } from '@/lib/acronyms';
import type { LookupResult } from '@/lib/acronyms/lookup';
import type { Article, MarkedAbbreviation } from '@/lib/article';
import type { GlossarySave } from '@/lib/db/glossary';
import type { GlossaryImport } from '@/lib/db/glossary-import';
import type { NewHighlight } from '@/lib/db/highlight-saving';
import type { HighlightRecord } from '@/lib/db/schema';
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
  /** Scroll to a span of the article text (of its headline, `inTitle`) and flash it. */
  revealOffset(data: { start: number; end: number; inTitle: boolean }): boolean;
  /** Saved quotations changed: repaint the page's quotation highlights. */
  refreshDecorations(): void;
  /** Which of the page's highlights are on the page now, and which could not be found. */
  pageMarks(): { anchored: string[]; orphans: string[] };
  /** Scroll to one of the reader's highlights and flash it. */
  revealHighlight(id: string): boolean;
  /** The reader's highlights changed elsewhere (popup, library): load them again. */
  refreshMarks(): void;

  // background → content script (keyboard shortcut, context menu)
  /** Highlight the current selection in yellow, and open its note when asked. */
  highlightSelection(data: { withNote: boolean }): void;

  // background → content script
  /** Show the result of a context-menu lookup beside the reader's selection; `glossaryRead` false
   * when the built-in glossary could not be read (only the reader's own was searched). */
  showLookup(data: { result: LookupResult | null; glossaryRead: boolean }): void;
  /** Moves the caret to the page's next acronym, opening its card (the keyboard's way). */
  nextAcronym(): void;

  // popup, content script → background
  saveArticle(article: Article): { id: string; created: boolean };
  savedArticle(url: string): { id: string; updatedAt: number } | null;
  /**
   * Acronyms of the text with expansions from the article, the reader's glossary and the built-in
   * one. `url`: the page's, for the reader's entries kept for its site (a content script's own is used);
   * `page`: the article's address, for the reader's corrections kept for that article.
   */
  /** `marked`: what the page's markup explains (Article.abbreviations). */
  resolveAcronyms(data: { text: string; url: string | null; page?: string | null; marked?: MarkedAbbreviation[] }): AcronymInfo[];
  saveQuote(data: { article: Article; quote: Quote }): { id: string; created: boolean };
  /** Texts of the quotations saved from this URL. */
  savedQuotes(url: string): string[];
  /** The reader's glossary: writes go through the background, pages read the table directly. */
  addGlossaryEntry(data: { short: string; long: string; note: string; site?: string; page?: string }): GlossarySave;
  /** An empty `site` or `page` clears it: the entry holds more widely again. */
  updateGlossaryEntry(data: { id: string; short: string; long: string; note: string; site?: string; page?: string }): GlossarySave | null;
  deleteGlossaryEntry(id: string): boolean;
  importGlossaryCsv(csv: string): GlossaryImport;
  /** The reader's highlights: saved with their article, in the extension's database. */
  saveHighlight(data: { article: Article } & NewHighlight): HighlightRecord;
  updateHighlight(data: { id: string; color: HighlightRecord['color']; note: string; tags: string[] }): HighlightRecord | null;
  deleteHighlight(id: string): boolean;
  undeleteHighlight(id: string): HighlightRecord | null;
  highlightsFor(url: string): HighlightRecord[];
  setArticleNote(data: { article: Article; note: string }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

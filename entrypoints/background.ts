import { browser, type Browser } from 'wxt/browser';
import { findAcronyms, loadGlossary, type AcronymInfo, type Glossary, type GlossaryData } from '@/lib/acronyms';
import { lastResult } from '@/lib/acronyms/last-result';
import { lookupAcronym } from '@/lib/acronyms/lookup';
import { checkedAbbreviations } from '@/lib/extract/abbreviations';
import { findArticleByUrl, saveArticle } from '@/lib/db/articles';
import { compactTombstones } from '@/lib/db/compact-tombstones';
import { addGlossaryEntry, deleteGlossaryEntry, updateGlossaryEntry } from '@/lib/db/glossary';
import { importGlossaryCsv } from '@/lib/db/glossary-import';
import { highlightsForUrl, saveHighlight, setArticleNote, undeleteHighlight } from '@/lib/db/highlight-saving';
import { deleteHighlight, updateHighlight } from '@/lib/db/highlights';
import {
  checkArticle,
  checkGlossaryEntry,
  checkHighlightEdit,
  checkNewHighlight,
  checkQuote,
} from '@/lib/db/input-checks';
import { saveQuote, savedQuotesFor } from '@/lib/db/quote-saving';
import { SotayDatabase } from '@/lib/db/schema';
import { correctionsPageFor, isExtensionPage, requireExtensionPage, requireSameSite } from '@/lib/sender-policy';
import { siteOf } from '@/lib/url';
import { onMessage, sendMessage } from '@/utils/messaging';
import { announceGlossaryChange } from '@/utils/notebook-changes';

const LOOKUP_MENU = 'sotay-lookup-acronym';
const HIGHLIGHT_MENU = 'sotay-highlight';
const LIBRARY_MENU = 'sotay-open-library';

type Sender = Browser.runtime.MessageSender;

export default defineBackground(() => {
  const db = new SotayDatabase();

  // The glossary, the largest file the extension ships, is read on first use and kept while the
  // worker lives (a failed read is forgotten, so the next lookup tries again).
  let glossary: Promise<Glossary> | undefined;
  const shippedGlossary = () =>
    (glossary ??= fetch(browser.runtime.getURL('/glossary/glossary.json'))
      .then((r) => r.json() as Promise<GlossaryData>)
      .then(loadGlossary)
      .catch((err: unknown) => {
        glossary = undefined;
        throw err;
      }));
  // Newest first: of two entries for one acronym kept in the same place, the one saved last wins.
  const userGlossary = () => db.glossary.orderBy('updatedAt').reverse().filter((e) => !e.deletedAt).toArray();

  // A content script runs inside a web page: it may read and write the highlights of the site it
  // is on, and never the glossary, another site's notes, or saved articles (lib/sender-policy.ts).
  const origin = browser.runtime.getURL('/');
  const onlyExtensionPages = (sender: Sender) => requireExtensionPage(sender, origin);
  const onlyThisSite = (sender: Sender, url: string | null) => requireSameSite(sender, origin, url);
  const highlightOfThisSite = async (sender: Sender, id: string) => {
    const record = await db.highlights.get(id);
    onlyThisSite(sender, record?.url ?? null);
  };

  onMessage('saveArticle', async ({ data, sender }) => {
    onlyExtensionPages(sender);
    const { record, created } = await saveArticle(db, checkArticle(data));
    return { id: record.id, created };
  });

  onMessage('savedArticle', async ({ data, sender }) => {
    onlyExtensionPages(sender);
    const record = await findArticleByUrl(db, data);
    return record ? { id: record.id, updatedAt: record.updatedAt } : null;
  });

  // The decoration and the popup ask for the same article in turn; a change to the reader's own
  // glossary changes the key.
  const lastAcronyms = lastResult<AcronymInfo[]>();
  onMessage('resolveAcronyms', async ({ data, sender }) => {
    const [g, user] = await Promise.all([shippedGlossary(), userGlossary()]);
    const text = String(data.text);
    // The reader's entries kept for one site apply on its pages; a web page gets its own site's.
    const url = isExtensionPage(sender, origin) ? data.url : sender.url;
    const site = url ? siteOf(url) : null;
    // And those kept for one article, in it (lib/sender-policy.ts says which a web page gets).
    const page = correctionsPageFor(sender, origin, data.page);
    const marked = checkedAbbreviations(data.marked);
    const key = `${site ?? ''}\n${page ?? ''}\n${JSON.stringify(user.map((e) => [e.short, e.long, e.site ?? '', e.page ?? '']))}\n${JSON.stringify(marked)}\n${text}`;
    return lastAcronyms(key, () => findAcronyms(text, { glossary: g, user, site, page, marked }));
  });

  onMessage('saveQuote', async ({ data, sender }) => {
    onlyExtensionPages(sender);
    const { record, created } = await saveQuote(db, checkArticle(data.article), checkQuote(data.quote));
    return { id: record.id, created };
  });

  onMessage('savedQuotes', async ({ data, sender }) => {
    onlyThisSite(sender, data);
    return (await savedQuotesFor(db, data)).map((q) => q.text);
  });

  // Every open page explains acronyms with the reader's glossary: a change made in one tab's popup or
  // on the library page reaches them all. Only a write that changed something is announced, and an
  // announcement that fails leaves the write done (the other pages catch up at their next reading).
  const thenAnnounce = async <T>(write: Promise<T>, changed: (result: T) => boolean): Promise<T> => {
    const result = await write;
    if (changed(result)) await announceGlossaryChange().catch(() => undefined);
    return result;
  };
  onMessage('addGlossaryEntry', ({ data, sender }) => {
    onlyExtensionPages(sender);
    return thenAnnounce(addGlossaryEntry(db, checkGlossaryEntry(data)), () => true);
  });
  onMessage('updateGlossaryEntry', async ({ data, sender }) => {
    onlyExtensionPages(sender);
    return (await thenAnnounce(updateGlossaryEntry(db, String(data.id), checkGlossaryEntry(data)), (saved) => saved !== undefined)) ?? null;
  });
  onMessage('deleteGlossaryEntry', ({ data, sender }) => {
    onlyExtensionPages(sender);
    return thenAnnounce(deleteGlossaryEntry(db, String(data)), (deleted) => deleted);
  });
  onMessage('importGlossaryCsv', ({ data, sender }) => {
    onlyExtensionPages(sender);
    return thenAnnounce(importGlossaryCsv(db, String(data)), (imported) => imported.ok && imported.added + imported.updated > 0);
  });

  onMessage('saveHighlight', ({ data, sender }) => {
    const article = checkArticle(data.article);
    onlyThisSite(sender, article.url);
    return saveHighlight(db, article, checkNewHighlight(data));
  });
  onMessage('updateHighlight', async ({ data, sender }) => {
    const { id, ...changes } = checkHighlightEdit(data);
    await highlightOfThisSite(sender, id);
    return (await updateHighlight(db, id, changes)) ?? null;
  });
  onMessage('deleteHighlight', async ({ data, sender }) => {
    await highlightOfThisSite(sender, String(data));
    return deleteHighlight(db, String(data));
  });
  onMessage('undeleteHighlight', async ({ data, sender }) => {
    await highlightOfThisSite(sender, String(data));
    return undeleteHighlight(db, String(data));
  });
  onMessage('highlightsFor', ({ data, sender }) => {
    onlyThisSite(sender, data);
    return highlightsForUrl(db, data);
  });
  onMessage('setArticleNote', ({ data, sender }) => {
    onlyExtensionPages(sender);
    return setArticleNote(db, checkArticle(data.article), String(data.note));
  });

  // Once per browser start (not on every wake of the service worker: the pass reads every table),
  // deletions older than a month keep only the fact of the deletion (lib/db/compact-tombstones.ts).
  const compact = () => void compactTombstones(db).catch(() => undefined);
  browser.runtime.onStartup.addListener(compact);
  browser.runtime.onInstalled.addListener(compact);

  // Menus are made again whenever the background starts (Firefox's MV2 background page does not
  // keep them across browser restarts); removeAll first so a restart never duplicates an id.
  const toolbarContext = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: LIBRARY_MENU, title: browser.i18n.getMessage('openLibrary'), contexts: [toolbarContext] });
    browser.contextMenus.create({ id: HIGHLIGHT_MENU, title: browser.i18n.getMessage('highlightSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: LOOKUP_MENU, title: browser.i18n.getMessage('lookupAcronym'), contexts: ['selection'] });
  });

  /** Sends to the tab's content script, injecting it first where it is not yet (activeTab granted). */
  const toTab = async (tabId: number, send: () => Promise<unknown>): Promise<void> => {
    try {
      await send();
    } catch {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      await send();
    }
  };

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (command === 'next-acronym') {
      await toTab(tabId, () => sendMessage('nextAcronym', undefined, tabId));
      return;
    }
    if (command !== 'highlight-selection' && command !== 'note-selection') return;
    const withNote = command === 'note-selection';
    await toTab(tabId, () => sendMessage('highlightSelection', { withNote }, tabId));
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === LIBRARY_MENU) {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      return;
    }
    if (tab?.id === undefined || !info.selectionText) return;
    const tabId = tab.id;
    if (info.menuItemId === HIGHLIGHT_MENU) {
      await toTab(tabId, () => sendMessage('highlightSelection', { withNote: false }, tabId));
      return;
    }
    if (info.menuItemId !== LOOKUP_MENU) return;
    // An unreadable glossary still leaves the reader's own and the article's definitions to show,
    // and the card says what could not be searched instead of showing nothing.
    const [g, user] = await Promise.all([shippedGlossary().catch(() => null), userGlossary()]);
    const result = lookupAcronym(info.selectionText, { glossary: g ?? undefined, user, site: tab.url ? siteOf(tab.url) : null });
    await toTab(tabId, () => sendMessage('showLookup', { result, glossaryRead: g !== null }, tabId));
  });
});

import { browser } from 'wxt/browser';
import { findAcronyms, loadGlossary, type Glossary, type GlossaryData } from '@/lib/acronyms';
import { lookupAcronym } from '@/lib/acronyms/lookup';
import { findArticleByUrl, saveArticle } from '@/lib/db/articles';
import { addGlossaryEntry, deleteGlossaryEntry, updateGlossaryEntry } from '@/lib/db/glossary';
import { importGlossaryCsv } from '@/lib/db/glossary-import';
import { highlightsForUrl, saveHighlight, setArticleNote, undeleteHighlight } from '@/lib/db/highlight-saving';
import { deleteHighlight, updateHighlight } from '@/lib/db/highlights';
import { saveQuote, savedQuotesFor } from '@/lib/db/quote-saving';
import { SotayDatabase } from '@/lib/db/schema';
import { onMessage, sendMessage } from '@/utils/messaging';

const LOOKUP_MENU = 'sotay-lookup-acronym';
const HIGHLIGHT_MENU = 'sotay-highlight';
const LIBRARY_MENU = 'sotay-open-library';

export default defineBackground(() => {
  const db = new SotayDatabase();

  // The 145 KB glossary is read on first use and kept while the worker lives.
  let glossary: Promise<Glossary> | undefined;
  const shippedGlossary = () =>
    (glossary ??= fetch(browser.runtime.getURL('/glossary/glossary.json'))
      .then((r) => r.json() as Promise<GlossaryData>)
      .then(loadGlossary));
  const userGlossary = () => db.glossary.filter((e) => !e.deletedAt).toArray();

  onMessage('saveArticle', async ({ data }) => {
    const { record, created } = await saveArticle(db, data);
    return { id: record.id, created };
  });

  onMessage('savedArticle', async ({ data }) => {
    const record = await findArticleByUrl(db, data);
    return record ? { id: record.id, updatedAt: record.updatedAt } : null;
  });

  onMessage('resolveAcronyms', async ({ data }) => {
    const [g, user] = await Promise.all([shippedGlossary(), userGlossary()]);
    return findAcronyms(data, { glossary: g, user });
  });

  onMessage('saveQuote', async ({ data }) => {
    const { record, created } = await saveQuote(db, data.article, data.quote);
    return { id: record.id, created };
  });

  onMessage('savedQuotes', async ({ data }) => (await savedQuotesFor(db, data)).map((q) => q.text));

  onMessage('addGlossaryEntry', ({ data }) => addGlossaryEntry(db, data));
  onMessage('updateGlossaryEntry', async ({ data: { id, ...changes } }) => (await updateGlossaryEntry(db, id, changes)) ?? null);
  onMessage('deleteGlossaryEntry', ({ data }) => deleteGlossaryEntry(db, data));
  onMessage('importGlossaryCsv', ({ data }) => importGlossaryCsv(db, data));

  onMessage('saveHighlight', ({ data: { article, ...h } }) => saveHighlight(db, article, h));
  onMessage('updateHighlight', async ({ data: { id, ...changes } }) => (await updateHighlight(db, id, changes)) ?? null);
  onMessage('deleteHighlight', ({ data }) => deleteHighlight(db, data));
  onMessage('undeleteHighlight', ({ data }) => undeleteHighlight(db, data));
  onMessage('highlightsFor', ({ data }) => highlightsForUrl(db, data));
  onMessage('setArticleNote', ({ data }) => setArticleNote(db, data.article, data.note));

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: LOOKUP_MENU,
      title: browser.i18n.getMessage('lookupAcronym'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: LIBRARY_MENU,
      title: browser.i18n.getMessage('openLibrary'),
      contexts: ['action'],
    });
    browser.contextMenus.create({
      id: HIGHLIGHT_MENU,
      title: browser.i18n.getMessage('highlightSelection'),
      contexts: ['selection'],
    });
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
    if (command !== 'highlight-selection' || tab?.id === undefined) return;
    const tabId = tab.id;
    await toTab(tabId, () => sendMessage('highlightSelection', undefined, tabId));
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === LIBRARY_MENU) {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      return;
    }
    if (tab?.id === undefined || !info.selectionText) return;
    const tabId = tab.id;
    if (info.menuItemId === HIGHLIGHT_MENU) {
      await toTab(tabId, () => sendMessage('highlightSelection', undefined, tabId));
      return;
    }
    if (info.menuItemId !== LOOKUP_MENU) return;
    const [g, user] = await Promise.all([shippedGlossary(), userGlossary()]);
    const result = lookupAcronym(info.selectionText, { glossary: g, user });
    await toTab(tabId, () => sendMessage('showLookup', result, tabId));
  });
});

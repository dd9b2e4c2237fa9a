import { browser } from 'wxt/browser';
import { findAcronyms, loadGlossary, type Glossary, type GlossaryData } from '@/lib/acronyms';
import { lookupAcronym } from '@/lib/acronyms/lookup';
import { findArticleByUrl, saveArticle } from '@/lib/db/articles';
import { addGlossaryEntry, deleteGlossaryEntry, updateGlossaryEntry } from '@/lib/db/glossary';
import { importGlossaryCsv } from '@/lib/db/glossary-import';
import { saveQuote, savedQuotesFor } from '@/lib/db/quote-saving';
import { SotayDatabase } from '@/lib/db/schema';
import { onMessage, sendMessage } from '@/utils/messaging';

const LOOKUP_MENU = 'sotay-lookup-acronym';

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

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: LOOKUP_MENU,
      title: browser.i18n.getMessage('lookupAcronym'),
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU || tab?.id === undefined || !info.selectionText) return;
    const [g, user] = await Promise.all([shippedGlossary(), userGlossary()]);
    const result = lookupAcronym(info.selectionText, { glossary: g, user });
    try {
      await sendMessage('showLookup', result, tab.id);
    } catch {
      // No content script on this site yet: the menu click granted activeTab, so bring it in.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      await sendMessage('showLookup', result, tab.id);
    }
  });

  // Ask once that the browser not evict the notebook under storage pressure.
  void navigator.storage?.persist?.();
});

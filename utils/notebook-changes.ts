import { browser } from 'wxt/browser';

const KEY = 'notebookChangedAt';
const RESTORED_KEY = 'notebookRestoredAt';
const GLOSSARY_KEY = 'glossaryChangedAt';

/**
 * Tells every open page that the notebook changed elsewhere (the notebook page deleted, tagged or
 * restored entries): a storage event reaches every content script without the `tabs` permission.
 */
export function announceNotebookChange(): Promise<void> {
  return browser.storage.local.set({ [KEY]: stamp() });
}

// Storage reports no change for a value written again: two announcements in one millisecond would
// be one.
let last = 0;
function stamp(): number {
  last = Math.max(Date.now(), last + 1);
  return last;
}

/** A change, and one that kept older stamps than what was read before (a restore merges a backup's
 * records as they were): a library page must read the notebook again, not only what changed since. */
export function announceNotebookRestore(): Promise<void> {
  const now = stamp();
  return browser.storage.local.set({ [KEY]: now, [RESTORED_KEY]: now });
}

/** Tells every open page and popup that the reader's glossary changed: their acronyms read again,
 * their highlights need not. */
export function announceGlossaryChange(): Promise<void> {
  return browser.storage.local.set({ [GLOSSARY_KEY]: stamp() });
}

/** Listens for `announceNotebookChange`; returns the function that stops listening. */
export function onNotebookChange(callback: () => void): () => void {
  return onStorageKey(KEY, callback);
}

// This page's own glossary changes, said to its own listeners at once.
const here = new EventTarget();

/**
 * Tells this page's listeners at once that the reader's glossary changed by its own hand (a save
 * from its form): the background's announcement reaches every other page, but Firefox delivers it
 * to the page that made the change two to three seconds later, and the row beside the form showed
 * the old reading meanwhile.
 */
export function glossaryChangedHere(): void {
  here.dispatchEvent(new Event(GLOSSARY_KEY));
}

/** Listens for `announceGlossaryChange` and `glossaryChangedHere`; returns the function that stops
 * listening. */
export function onGlossaryChange(callback: () => void): () => void {
  const stop = onStorageKey(GLOSSARY_KEY, callback);
  here.addEventListener(GLOSSARY_KEY, callback);
  return () => {
    stop();
    here.removeEventListener(GLOSSARY_KEY, callback);
  };
}

function onStorageKey(key: string, callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && key in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Listens for `announceNotebookRestore`; returns the function that stops listening. */
export function onNotebookRestore(callback: () => void): () => void {
  return onStorageKey(RESTORED_KEY, callback);
}

import { browser } from 'wxt/browser';

const KEY = 'notebookChangedAt';

/**
 * Tells every open page that the notebook changed elsewhere (the notebook page deleted, tagged or
 * restored entries): a storage event reaches every content script without the `tabs` permission.
 */
export function announceNotebookChange(): Promise<void> {
  return browser.storage.local.set({ [KEY]: Date.now() });
}

export function onNotebookChange(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) callback();
  });
}

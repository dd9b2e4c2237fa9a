/**
 * Every row of a table in the extension's database, read raw: the function an extension page (the
 * popup) evaluates, in Chromium through Playwright and in Firefox through Puppeteer.
 */
export function readTableInPage(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sotay');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    };
  });
}

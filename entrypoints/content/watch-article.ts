/**
 * Live articles change under the reader: a live blog adds an entry, a site rewrites a paragraph after
 * load. Sổ Tay's reading of the page is kept per address, so its underlines and the popup's lists
 * would go on describing the old text. This watches the article's own container (not the sidebars
 * and ads around it) and asks for a fresh reading once its text changed and settled.
 */

// A change waits for the page to stop changing; a page that keeps changing is read again at most
// this often (a reading runs the extractor over the whole page).
const SETTLE_MS = 1_000;
const MIN_INTERVAL_MS = 5_000;

/** Calls `onChange` after the text inside one of `roots()` (the article's container, its headline)
 * changed; returns the function that stops. */
export function watchArticleText(doc: Document, roots: () => Node[], onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const observer = new MutationObserver((records) => {
    const watched = roots();
    if (!records.some((r) => watched.some((root) => changesText(r, root)))) return;
    clearTimeout(timer);
    const wait = Math.max(SETTLE_MS, last + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(() => {
      last = Date.now();
      onChange();
    }, wait);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

function changesText(r: MutationRecord, root: Node): boolean {
  // The container itself went (the site rebuilt the article): whatever replaced it is read afresh.
  if (!root.isConnected) return true;
  if (!root.contains(r.target)) return false;
  if (r.type === 'characterData') return true;
  const text = (nodes: NodeList): number => Array.from(nodes).reduce((n, node) => n + (node.textContent?.trim().length ?? 0), 0);
  return text(r.addedNodes) + text(r.removedNodes) > 0;
}

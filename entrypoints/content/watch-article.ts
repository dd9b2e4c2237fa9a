/**
 * Live articles change under the reader: a live blog adds an entry, a site rewrites a paragraph after
 * load. Sổ Tay's reading of the page is kept per address, so its underlines and the popup's lists
 * would go on describing the old text. This watches the article's own container (not the sidebars
 * and ads around it) and asks for a fresh reading once its text changed and settled.
 */

// A change waits for the page to stop changing, but no longer than MAX_WAIT_MS (a clock ticking in
// the article would put it off for ever); readings come at most every MIN_INTERVAL_MS (one runs the
// extractor over the whole page).
const SETTLE_MS = 1_000;
const MAX_WAIT_MS = 5_000;
const MIN_INTERVAL_MS = 5_000;

/** Calls `onChange` after the text inside one of `roots()` (the article's container, its headline)
 * changed; returns the function that stops. */
export function watchArticleText(doc: Document, roots: () => Node[], onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  let pendingSince = 0;
  const observer = new MutationObserver((records) => {
    const watched = roots();
    if (!records.some((r) => watched.some((root) => changesText(r, root)))) return;
    const now = Date.now();
    pendingSince ||= now;
    clearTimeout(timer);
    const at = Math.max(Math.min(now + SETTLE_MS, pendingSince + MAX_WAIT_MS), last + MIN_INTERVAL_MS);
    timer = setTimeout(() => {
      pendingSince = 0;
      last = Date.now();
      onChange();
    }, at - now);
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

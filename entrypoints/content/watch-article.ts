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
// A change of numbers alone is read at most this often: a clock or "cập nhật 5 giây trước" ticking in
// the article would have the whole page read every five seconds, while a figure the site corrects
// (a toll, a score, a price) still reaches the underlines and the popup within half a minute.
const NUMBERS_INTERVAL_MS = 30_000;

/**
 * Calls `onChange` after the text inside the watched roots (the article's container, its headline)
 * changed, or after one of them left the page. Only the roots' subtrees and their ancestors' own
 * children are observed: a busy page's ads and sidebars make no records.
 */
export class ArticleWatch {
  private readonly observer = new MutationObserver((records) => this.onRecords(records));
  private roots: Node[] = [];
  /** The roots' text when watching began. */
  private texts: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = 0;
  private started = 0;
  private pendingSince = 0;
  /** The pending change changed words, not numbers alone. */
  private wordsPending = false;

  /** `onChange` says whether it read the page again: a change it let pass does not count against
   * the next one. */
  constructor(private readonly onChange: () => boolean) {}

  /** Watches these roots from now on, and no others. */
  watch(roots: Node[]): void {
    this.stop();
    this.roots = roots;
    // Observing a node again replaces its options: each node is observed once, a root's subtree
    // winning over an ancestor's children.
    const options = new Map<Node, MutationObserverInit>();
    for (const root of roots) options.set(root, { childList: true, subtree: true, characterData: true });
    for (const root of roots) {
      // A root taken off the page, with whatever wrapper held it, shows in some ancestor's children.
      for (let n = root.parentNode; n; n = n.parentNode) if (!options.has(n)) options.set(n, { childList: true });
    }
    for (const [node, init] of options) this.observer.observe(node, init);
    this.texts = roots.map((root) => root.textContent ?? '');
    this.started = Date.now();
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pendingSince = 0;
    this.wordsPending = false;
  }

  private onRecords(records: MutationRecord[]): void {
    // The container itself went (the site rebuilt the article): whatever replaced it is read afresh.
    // Else the text inside is compared whole, not record by record: a script that draws a paragraph
    // again in new nodes changes nothing.
    const inside = records.some((r) => this.roots.some((root) => !root.isConnected || root.contains(r.target)));
    if (!inside) return;
    const now = this.roots.map((root) => (root.isConnected ? (root.textContent ?? '') : null));
    if (now.every((text, i) => text === this.texts[i])) return;
    this.wordsPending ||= now.some((text, i) => text === null || !sameWords(text, this.texts[i] ?? ''));
    const time = Date.now();
    this.pendingSince ||= time;
    clearTimeout(this.timer);
    const since = this.wordsPending ? this.last + MIN_INTERVAL_MS : Math.max(this.last, this.started) + NUMBERS_INTERVAL_MS;
    const at = Math.max(Math.min(time + SETTLE_MS, this.pendingSince + MAX_WAIT_MS), since);
    this.timer = setTimeout(() => {
      this.pendingSince = 0;
      this.wordsPending = false;
      if (this.onChange()) this.last = Date.now();
    }, at - time);
  }
}

/** The same words, whatever their numbers ("Cập nhật 5 giây trước", "6 giây"). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.replace(/\p{Nd}+/gu, '0');
  return words(a) === words(b);
}

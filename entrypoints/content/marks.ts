import { t } from '@/components/i18n';
import { anchor, buildTextMap, describeRange } from '@/lib/anchoring';
import type { Article } from '@/lib/article';
import { selectorsOf } from '@/lib/db/highlight-selectors';
import type { HighlightRecord } from '@/lib/db/schema';
import { flashRange } from '@/lib/decorate/flash';
import { HIGHLIGHT_COLORS, paint, type HighlightColor } from '@/lib/decorate/highlights';
import { caretAt, targetAt } from '@/lib/decorate/hit-test';
import { MarkCard, type MarkCardAction } from '@/lib/decorate/mark-card';
import { sendMessage } from '@/utils/messaging';

/** How long late-loading pages get to show the passages of orphaned highlights. */
const RETRY_FOR_MS = 30_000;

/**
 * The reader's highlights on the live page: select → colour or note; click a highlight → edit,
 * delete (with undo). Records live in the extension's database (through the background); here
 * they are only anchored and painted.
 */
export class Marks {
  private records: HighlightRecord[] = [];
  private anchored = new Map<string, Range>();
  private readonly card: MarkCard;
  private observer: MutationObserver | null = null;
  private retryUntil = 0;
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly article: () => Article | null,
  ) {
    this.card = new MarkCard(doc, {
      colors: { yellow: t('colorYellow'), green: t('colorGreen'), blue: t('colorBlue'), pink: t('colorPink') },
      note: t('note'),
      notePlaceholder: t('notePlaceholder'),
      tags: t('tagsPlaceholder'),
      save: t('save'),
      remove: t('delete'),
      deleted: t('highlightDeleted'),
      undo: t('undo'),
      close: t('close'),
    });
    // Only the reader's own input opens the card: a page script cannot drive it.
    doc.addEventListener('mouseup', (e) => e.isTrusted && this.onPointerUp(e));
    doc.addEventListener('keyup', (e) => {
      if (e.isTrusted && (e.shiftKey || e.key === 'Shift')) this.offerForSelection(false);
    });
    doc.addEventListener('mousedown', (e) => {
      if (!this.card.contains(e.target)) this.card.hide();
    });
  }

  /** Loads this page's highlights and anchors them; orphans are retried while the page grows. */
  load(): Promise<void> {
    this.loading = (async () => {
      const article = this.article();
      this.records = article?.url ? await sendMessage('highlightsFor', article.url) : [];
      this.retryUntil = Date.now() + RETRY_FOR_MS;
      if (this.records.length) this.anchorAll();
      else {
        // Nothing (left) to show: clear what an earlier load painted, without walking the page.
        this.anchored.clear();
        this.paint();
      }
    })();
    return this.loading;
  }

  /** Which highlights are on the page; waits for a load in progress so none is reported early. */
  async state(): Promise<{ anchored: string[]; orphans: string[] }> {
    await this.loading.catch(() => undefined);
    const ids = this.records.map((r) => r.id);
    return { anchored: ids.filter((id) => this.anchored.has(id)), orphans: ids.filter((id) => !this.anchored.has(id)) };
  }

  reveal(id: string): boolean {
    const range = this.anchored.get(id);
    if (range) flashRange(range);
    return Boolean(range);
  }

  /**
   * Highlights the current selection in yellow (keyboard shortcuts, context menu); with a note, the
   * editor opens with the focus in it, so a keyboard-only reader can write and save (Ctrl+Enter).
   */
  async highlightSelection(withNote: boolean): Promise<void> {
    const range = this.selectionRange();
    if (range) await this.create(range, 'yellow', withNote);
  }

  private anchorAll(): void {
    const map = buildTextMap(this.doc.body);
    this.anchored.clear();
    for (const r of this.records) {
      const hit = anchor(this.doc.body, selectorsOf(r), { map });
      if (hit) this.anchored.set(r.id, hit.range);
    }
    this.paint();
    const orphans = this.records.length - this.anchored.size;
    if (orphans > 0 && Date.now() < this.retryUntil) this.watchForContent();
    else this.observer?.disconnect();
  }

  /** Single-page apps and lazy pages add the article after load: anchor again when the DOM settles. */
  private watchForContent(): void {
    if (this.observer) return;
    let timer = 0;
    this.observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (Date.now() > this.retryUntil) {
          this.observer?.disconnect();
          this.observer = null;
          return;
        }
        this.anchorAll();
      }, 600);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  private paint(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = this.records.filter((r) => r.color === color && this.anchored.has(r.id)).map((r) => this.anchored.get(r.id)!);
      paint(this.doc, `mark-${color}`, ranges);
    }
  }

  private selectionRange(): Range | null {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!range.toString().trim() || !this.doc.body.contains(range.commonAncestorContainer)) return null;
    return range;
  }

  private onPointerUp(e: MouseEvent): void {
    if (this.card.contains(e.target)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      if (this.offerForSelection(false)) return;
      const caret = caretAt(this.doc, e.clientX, e.clientY);
      if (!caret) return;
      const targets = this.records
        .filter((r) => this.anchored.has(r.id))
        .map((r) => ({ range: this.anchored.get(r.id)!, payload: r }));
      const hit = targetAt(targets, caret.node, caret.offset, e.clientX, e.clientY);
      if (hit) this.edit(hit.payload);
    }, 0);
  }

  private offerForSelection(focus: boolean): boolean {
    const range = this.selectionRange();
    if (!range || !this.article()) return false;
    this.card.showCreate(range, (a) => this.onCreateAction(range, a), focus);
    return true;
  }

  private onCreateAction(range: Range, action: MarkCardAction): void {
    if (action.kind === 'create') this.create(range, action.color, action.withNote).catch(() => this.card.hide());
  }

  private async create(range: Range, color: HighlightColor, withNote: boolean): Promise<void> {
    const article = this.article();
    if (!article) return;
    // The page may have changed since load: positions are taken on the text as it is now.
    const selectors = describeRange(this.doc.body, range, buildTextMap(this.doc.body));
    const record = await sendMessage('saveHighlight', { article, selectors, color, note: '', tags: [] });
    this.records.push(record);
    this.anchored.set(record.id, range.cloneRange());
    this.doc.getSelection()?.removeAllRanges();
    this.paint();
    this.card.hide();
    if (withNote) this.edit(record);
  }

  private edit(record: HighlightRecord): void {
    const range = this.anchored.get(record.id);
    if (!range) return;
    this.card.showEdit(range, record, async (action) => {
      if (action.kind === 'save') {
        const updated = await sendMessage('updateHighlight', { id: record.id, color: action.color, note: action.note, tags: action.tags });
        if (updated) this.replace(updated);
        this.card.hide();
      } else if (action.kind === 'delete') {
        await sendMessage('deleteHighlight', record.id);
        this.records = this.records.filter((r) => r.id !== record.id);
        this.paint();
        this.card.showUndo(range, async (a) => {
          if (a.kind !== 'undo') return;
          const back = await sendMessage('undeleteHighlight', record.id);
          if (back) {
            this.records.push(back);
            this.anchored.set(back.id, range);
            this.paint();
          }
          this.card.hide();
        });
      }
    });
  }

  private replace(record: HighlightRecord): void {
    this.records = this.records.map((r) => (r.id === record.id ? record : r));
    this.paint();
  }
}

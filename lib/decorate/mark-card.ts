import { fixedFrame, placeAt } from './fixed-frame';
import { HIGHLIGHT_COLORS, MARK_COLORS, type HighlightColor } from './highlights';

/**
 * The small card for the reader's highlights: colours for a fresh selection, or colour, note and
 * tags for an existing highlight, or an undo after a deletion. It holds the reader's notes, so it
 * lives in a closed shadow root (page scripts can neither style nor read it), acts only on trusted
 * (real) input, keeps its keystrokes from the page's listeners, is reachable by keyboard (Tab,
 * Enter, Escape, Ctrl+Enter to save), and sets text with textContent/value only.
 */
export interface MarkCardLabels {
  colors: Record<HighlightColor, string>;
  note: string;
  notePlaceholder: string;
  tags: string;
  save: string;
  remove: string;
  deleted: string;
  undo: string;
  close: string;
}

export type MarkCardAction =
  | { kind: 'create'; color: HighlightColor; withNote: boolean }
  | { kind: 'save'; color: HighlightColor; note: string; tags: string[] }
  | { kind: 'delete' }
  | { kind: 'undo' };

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; display: flex; flex-direction: column; gap: 6px; padding: 6px;
  background: #fff; color: #1d2327; border: 1px solid #c9d1d6; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, 'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif; max-width: 320px; }
.card[hidden] { display: none; }
.row { display: flex; gap: 6px; align-items: center; }
button { font: inherit; cursor: pointer; border: 1px solid transparent; border-radius: 6px; background: none; padding: 3px 8px; color: inherit; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0f626e; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px #c9d1d6; }
.swatch[aria-pressed='true'] { box-shadow: 0 0 0 2px #1d2327; }
.text { border-color: #c9d1d6; }
.primary { background: #0f626e; color: #fff; }
textarea, input { font: inherit; width: 290px; box-sizing: border-box; border: 1px solid #c9d1d6; border-radius: 6px; padding: 4px 6px; }
textarea { min-height: 64px; resize: vertical; }
.spacer { flex: 1; }
`;

export class MarkCard {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly card: HTMLElement;
  private onAction: (a: MarkCardAction) => void = () => undefined;
  private undoTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly labels: MarkCardLabels,
  ) {
    this.host = doc.createElement('sotay-mark-card');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.hidden = true;
    this.card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
    // What the reader types into a note is not the page's business (nor its keyboard shortcuts').
    for (const type of ['keydown', 'keyup', 'keypress', 'input'] as const) {
      this.host.addEventListener(type, (e) => e.stopPropagation());
    }
    // Keep the page's selection when a button of ours is pressed.
    this.card.addEventListener('mousedown', (e) => {
      if (!(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) e.preventDefault();
    });
    this.root.append(style, this.card);
  }

  /** True when an event happened inside the card (the page should ignore it). */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  /** Colours (and "note") for a fresh selection. */
  showCreate(range: Range, onAction: (a: MarkCardAction) => void, focus = false): void {
    this.reset(onAction);
    const row = this.el('div', 'row');
    for (const color of HIGHLIGHT_COLORS) {
      row.append(this.swatch(color, false, () => this.onAction({ kind: 'create', color, withNote: false })));
    }
    row.append(this.button(`✎ ${this.labels.note}`, 'text', () => this.onAction({ kind: 'create', color: 'yellow', withNote: true })));
    this.card.append(row);
    this.place(range, focus);
  }

  /** Colour, note and tags of an existing highlight. */
  showEdit(range: Range, current: { color: HighlightColor; note: string; tags: string[] }, onAction: (a: MarkCardAction) => void): void {
    this.reset(onAction);
    let color = current.color;
    const swatches = this.el('div', 'row');
    const paint = () => swatches.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['color'] === color)));
    for (const c of HIGHLIGHT_COLORS) {
      swatches.append(
        this.swatch(c, c === color, () => {
          color = c;
          paint();
        }),
      );
    }
    const note = this.doc.createElement('textarea');
    note.value = current.note;
    note.placeholder = this.labels.notePlaceholder;
    note.setAttribute('aria-label', this.labels.note);
    const tags = this.doc.createElement('input');
    tags.value = current.tags.join(', ');
    tags.placeholder = this.labels.tags;
    tags.setAttribute('aria-label', this.labels.tags);
    const actions = this.el('div', 'row');
    const save = () =>
      this.onAction({
        kind: 'save',
        color,
        note: note.value.trim(),
        tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean),
      });
    note.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
    });
    actions.append(
      this.button(this.labels.remove, 'text', () => this.onAction({ kind: 'delete' })),
      this.el('span', 'spacer'),
      this.button(this.labels.close, 'text', () => this.hide()),
      this.button(this.labels.save, 'primary', save),
    );
    this.card.append(swatches, note, tags, actions);
    this.place(range, false);
    note.focus();
  }

  /** "Deleted · Undo" for a few seconds. */
  showUndo(range: Range | null, onAction: (a: MarkCardAction) => void): void {
    this.reset(onAction);
    const row = this.el('div', 'row');
    const text = this.el('span', '');
    text.textContent = this.labels.deleted;
    row.append(text, this.button(this.labels.undo, 'primary', () => this.onAction({ kind: 'undo' })));
    this.card.append(row);
    if (range) this.place(range, false);
    this.undoTimer = window.setTimeout(() => this.hide(), 6000);
  }

  hide(): void {
    this.card.hidden = true;
    clearTimeout(this.undoTimer);
  }

  remove(): void {
    this.host.remove();
  }

  private reset(onAction: (a: MarkCardAction) => void): void {
    clearTimeout(this.undoTimer);
    this.onAction = onAction;
    this.card.replaceChildren();
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  private place(range: Range, focus: boolean): void {
    this.card.hidden = false;
    const frame = fixedFrame(this.card);
    const rect = range.getBoundingClientRect();
    const view = this.doc.defaultView;
    const h = this.card.offsetHeight * frame.scale;
    const top = rect.top - h - 8 < 4 ? rect.bottom + 8 : rect.top - h - 8;
    const maxLeft = (view?.innerWidth ?? 1000) - this.card.offsetWidth * frame.scale - 8;
    placeAt(this.card, frame, Math.max(4, Math.min(rect.left, maxLeft)), Math.max(4, top));
    if (focus) this.card.querySelector('button')?.focus();
  }

  private el(tag: string, className: string): HTMLElement {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    return el;
  }

  private button(label: string, className: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = label;
    // A page script can dispatch clicks into an open card; only the reader's own count.
    b.addEventListener('click', (e) => e.isTrusted && onClick());
    return b;
  }

  private swatch(color: HighlightColor, pressed: boolean, onClick: () => void): HTMLButtonElement {
    const b = this.button('', 'swatch', onClick);
    b.dataset['color'] = color;
    b.style.background = MARK_COLORS[color];
    b.setAttribute('aria-label', this.labels.colors[color]);
    b.title = this.labels.colors[color];
    b.setAttribute('aria-pressed', String(pressed));
    return b;
  }
}

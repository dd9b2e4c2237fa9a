/**
 * One small card floating over the page, in a shadow root so the page's styles cannot reach
 * it and ours cannot leak out. Content is set with textContent only: page text is never parsed as HTML.
 */
import { fixedFrame, placeAt } from './fixed-frame';

export interface TooltipContent {
  title: string;
  /** Several for a list a reader compares (a glossary's senses): one line each. */
  body: string | readonly string[];
  note?: string;
}

function bodyLines(content: TooltipContent): readonly string[] {
  return typeof content.body === 'string' ? [content.body] : content.body;
}

const CSS = `
/* Not selectable: a copy of the whole page (select all) would take the open card with it. */
:host { all: initial; user-select: none; -webkit-user-select: none; }
.card {
  position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  background: #1d2327; color: #fff; font: 13px/1.4 system-ui, 'Segoe UI', 'Noto Sans', Roboto, Arial, sans-serif;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); pointer-events: none; overflow-wrap: anywhere;
}
.card[hidden] { display: none; }
.title { font-weight: 700; }
.note { margin-top: 2px; color: #b9c6cc; font-size: 11px; }
.lines { white-space: pre-line; }
.clamped { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
/* Read by screen readers, never seen: the card says it on screen. */
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

// Before saying a card's words: a live region filled in the same task it was added in, or with the
// words it already holds, is not read again.
const SPEAK_AFTER_MS = 60;

// Pixels between the card and the word, and between the card and the window's edge.
const GAP = 6;
const EDGE = 4;

export class Tooltip {
  /** The host's id, which a focused link names as its description: the host sits in the page's tree,
   * and a description reads through its shadow root. One per card: a copy of the content script an
   * extension update left behind has its own. */
  readonly id = `sotay-tooltip-card-${Math.random().toString(36).slice(2, 10)}`;
  private readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  private readonly note: HTMLElement;
  private readonly live: HTMLElement;
  private speaking = 0;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('sotay-tooltip');
    this.host.id = this.id;
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    this.title = doc.createElement('div');
    this.title.className = 'title';
    this.body = doc.createElement('div');
    this.note = doc.createElement('div');
    this.note.className = 'note';
    this.card.append(this.title, this.body, this.note);
    this.live = doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('role', 'status');
    root.append(style, this.card, this.live);
  }

  /**
   * Says the card's words to a screen reader: for a card the caret or a lookup opened, which nothing
   * on the page points to (a focused link names the card as its description instead).
   */
  announce(content: TooltipContent, lead?: string): void {
    this.attach();
    const view = this.doc.defaultView;
    if (!view) return;
    this.live.textContent = '';
    view.clearTimeout(this.speaking);
    const words = [lead, content.title, bodyLines(content).join('; '), content.note].filter((w) => w).join('. ');
    this.speaking = view.setTimeout(() => (this.live.textContent = words), SPEAK_AFTER_MS);
  }

  /**
   * Shows the card below the range, or above it where there is more room there, and not over the word
   * it explains: a body too long for that side loses its last lines (the popup lists it whole). Only
   * a window with less than a line's room on both sides gets a card over the word.
   */
  show(range: Range, content: TooltipContent): void {
    this.attach();
    this.title.textContent = content.title;
    const lines = bodyLines(content);
    // Broken only between the lines of a list: a page's text in one body keeps its breaks collapsed.
    this.body.textContent = lines.join('\n');
    this.body.classList.toggle('lines', lines.length > 1);
    this.body.classList.remove('clamped');
    this.body.style.removeProperty('-webkit-line-clamp');
    this.note.textContent = content.note ?? '';
    this.note.hidden = !content.note;
    // Measured at its (0, 0), which is the window's corner unless the page moved it: a fixed card at
    // the last one's place near the right edge would measure narrower and taller than it is.
    this.card.hidden = false;
    const frame = fixedFrame(this.card);
    const rect = range.getBoundingClientRect();
    const view = this.doc.defaultView;
    const room = { below: (view?.innerHeight ?? Infinity) - rect.bottom - GAP - EDGE, above: rect.top - GAP - EDGE };
    // Sizes in the window's pixels, as the rooms are.
    let height = this.card.offsetHeight * frame.scale;
    const side = height <= room.below || room.below >= room.above ? 'below' : 'above';
    if (height > room[side] && view) {
      const lineHeight = (parseFloat(view.getComputedStyle(this.body).lineHeight) || 18) * frame.scale;
      const lines = Math.max(1, Math.floor((room[side] - (height - this.body.offsetHeight * frame.scale)) / lineHeight));
      this.body.classList.add('clamped');
      this.body.style.setProperty('-webkit-line-clamp', String(lines));
      height = this.card.offsetHeight * frame.scale;
    }
    const top = side === 'below' ? rect.bottom + GAP : rect.top - GAP - height;
    const maxLeft = (view?.innerWidth ?? 1000) - this.card.offsetWidth * frame.scale - 2 * EDGE;
    placeAt(this.card, frame, Math.max(EDGE, Math.min(rect.left, maxLeft)), Math.max(EDGE, top));
  }

  /** The host joins the page the first time it is needed: a page without a card gets no element. */
  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  hide(): void {
    this.card.hidden = true;
    // A word the caret only crossed is not said after it left, and what was said goes with the card.
    this.doc.defaultView?.clearTimeout(this.speaking);
    this.live.textContent = '';
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  remove(): void {
    this.doc.defaultView?.clearTimeout(this.speaking);
    this.host.remove();
  }
}

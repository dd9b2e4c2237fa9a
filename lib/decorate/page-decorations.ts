import type { AcronymInfo } from '../acronyms';
import { shownNames } from '../acronyms/shown-names';
import type { Quote } from '../quotes';
import type { ArticleRangeMapper } from './article-ranges';
import { paint, unpaint } from './highlights';
import { caretAt, nextTarget, targetAt, type Target } from './hit-test';
import { Tooltip, type TooltipContent } from './tooltip';

export interface DecorationLabels {
  source: Record<'text' | 'user' | 'glossary', string>;
  /** "in Vietnamese: trí tuệ nhân tạo", under a glossary expansion that is an English name. */
  inVietnamese: (long: string) => string;
  /** "viết tắt của Artificial Intelligence", under a Vietnamese name shown first: the glossary's for
   * an English expansion (see shown-names.ts), or the article's own beside the glossary's original. */
  originalName: (long: string) => string;
  /** The interface is in Vietnamese: an English expansion's Vietnamese name comes first. */
  vietnameseFirst: boolean;
  /** Beside a definition Sổ Tay read from the sentence without the letters confirming it. */
  guessed: string;
  unknownExpansion: string;
  /** "có thể gõ nhầm từ UBND: Ủy ban nhân dân", under an unknown short form one slip from another. */
  likelyTypoOf: (short: string, long: string) => string;
  unknownSpeaker: string;
  saved: string;
  /** Said before the first acronym when a step comes round to it from the last. */
  wrapped: string;
}

type NameLabels = Pick<DecorationLabels, 'inVietnamese' | 'originalName' | 'vietnameseFirst'>;

/** The name a card shows for an expansion, and the line saying its other name (shown-names.ts). */
export function cardNames(long: string, vietnameseLong: string | undefined, labels: NameLabels): { body: string; other?: string } {
  const { main, other } = shownNames(long, vietnameseLong, labels.vietnameseFirst);
  return { body: main, other: other && (other.is === 'original' ? labels.originalName(other.name) : labels.inVietnamese(other.name)) };
}

/** An acronym's card: its name as the reader's language shows it first, and under it where it came
 * from, whether it is a guess, its original name, its other name. */
export function acronymCard(a: AcronymInfo, labels: Pick<DecorationLabels, 'source' | 'guessed' | 'unknownExpansion' | 'likelyTypoOf'> & NameLabels): TooltipContent {
  const names = a.long ? cardNames(a.long, a.vietnameseLong, labels) : null;
  const typo = a.likelyTypoOf && labels.likelyTypoOf(a.likelyTypoOf.short, a.likelyTypoOf.long);
  const note = a.source
    ? [labels.source[a.source], a.source === 'text' && a.guessed && labels.guessed, a.glossaryLong && labels.originalName(a.glossaryLong), names?.other].filter(Boolean).join(' · ')
    : typo || undefined;
  return { title: a.short, body: names?.body ?? labels.unknownExpansion, note };
}

/** An acronym of the article, with where it stands in the headline too (offsets into the title), and
 * whether its `definition` is the headline's (offsets into the title, not the text). */
export type DecoratedAcronym = AcronymInfo & { titleOffsets?: readonly number[]; definitionInTitle?: true };

export interface Decorations {
  /** Acronyms with their expansions; null when underlining is off for this page. */
  acronyms: DecoratedAcronym[] | null;
  /** Quotations, with the ones the reader saved; null when highlighting is off for this page. */
  quotes: { quote: Quote; saved: boolean }[] | null;
  labels: DecorationLabels;
}

// A focused element this short holds an acronym as a link or a button does; a whole region the
// page focuses (a skip link's target) says nothing about one of the acronyms inside it.
const FOCUSED_TEXT_MAX = 300;

/**
 * Acronym underlines and quotation highlights on the live page, with a tooltip on hover, when the
 * caret (keyboard caret browsing, or a selection) is inside one, and when the keyboard focuses a
 * link or button that holds one.
 */
export class PageDecorations {
  private targets: Target<TooltipContent>[] = [];
  private acronymTargets: Target<TooltipContent>[] = [];
  private readonly tooltip: Tooltip;
  private frame = 0;
  private scrollFrame = 0;
  /** The element the keyboard focused and the acronym in it whose card shows: the card follows the
   * page's scrolling (focusing a link scrolls it into view), where a card the pointer showed goes,
   * and the element names it as its description for a screen reader. */
  private focused: { el: Element; target: Target<TooltipContent> } | null = null;
  /** The card shows for the caret or the selection: it goes when the caret moves off. */
  private forSelection = false;
  /** The card is one the reader asked for (a lookup), at this selection: it follows the page's
   * scrolling and stays until the selection goes, a click or a tap elsewhere, Escape, or the caret's
   * or a focused link's card; not when the article is painted again, nor for the pointer passing. */
  private lookup: Target<TooltipContent> | null = null;
  /** The target the caret stands in, whose card was said aloud. */
  private caretIn: Target<TooltipContent> | null = null;
  /** Where the pointer rests on a target whose card it showed. */
  private pointer: { x: number; y: number } | null = null;
  private labels: DecorationLabels | null = null;
  /** Said before the card the caret's next word opens: a step came round from the last to the first,
   * which a reader who cannot see the page would otherwise take for more of the article. */
  private sayFirst: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly toRange: ArticleRangeMapper,
    private readonly toTitleRange: ArticleRangeMapper = () => null,
  ) {
    this.tooltip = new Tooltip(doc);
    // For the page's life: a page that is no article has its paint cleared, not these listeners.
    const opts = { passive: true };
    doc.addEventListener('pointermove', (e) => this.onPointer(e), opts);
    doc.addEventListener('selectionchange', () => this.onCaret(), opts);
    doc.addEventListener('focusin', (e) => this.onFocus(e.target), opts);
    doc.addEventListener('focusout', () => this.unfocus(), opts);
    doc.addEventListener('scroll', () => this.onScroll(), { ...opts, capture: true });
    doc.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      this.release();
      // Closed, it stays closed when the page scrolls; the caret's next move opens it, and says it, again.
      this.forSelection = false;
      this.lookup = null;
      this.caretIn = null;
      this.tooltip.hide();
    }, opts);
    // A click, a tap or a right click dismisses a lookup's card, as a popover goes (the card takes no
    // pointer events: a click on it is the page's; the right click that asks for the next lookup
    // comes before that lookup). Not a pointer going down: a finger panning the page, or a drag of a
    // box's scrollbar, starts with one.
    const dismiss = (): void => {
      if (this.lookup) this.closeLookup();
    };
    doc.addEventListener('click', dismiss, opts);
    doc.addEventListener('contextmenu', dismiss, opts);
  }

  private closeLookup(): void {
    this.lookup = null;
    this.forSelection = false;
    this.tooltip.hide();
  }

  update({ acronyms, quotes, labels }: Decorations): void {
    this.labels = labels;
    const acronymTargets: Target<TooltipContent>[] = [];
    for (const a of acronyms ?? []) {
      const content = acronymCard(a, labels);
      const ranges = [
        ...(a.titleOffsets ?? []).map((at) => this.toTitleRange(at, at + a.short.length)),
        ...a.offsets.map((at) => this.toRange(at, at + a.short.length)),
      ];
      for (const range of ranges) if (range) acronymTargets.push({ range, payload: content });
    }
    const quoteTargets: Target<TooltipContent>[] = [];
    const saved: Range[] = [];
    for (const { quote, saved: isSaved } of quotes ?? []) {
      const range = this.toRange(quote.start, quote.end);
      if (!range) continue;
      if (isSaved) saved.push(range);
      quoteTargets.push({
        range,
        payload: {
          title: quote.speaker ?? labels.unknownSpeaker,
          body: quote.role ?? '',
          note: isSaved ? labels.saved : undefined,
        },
      });
    }
    if (acronyms) paint(this.doc, 'acronym', acronymTargets.map((t) => t.range));
    else unpaint('acronym');
    if (quotes) {
      paint(this.doc, 'quote', quoteTargets.map((t) => t.range));
      paint(this.doc, 'quote-saved', saved);
    } else {
      unpaint('quote');
      unpaint('quote-saved');
    }
    // Acronyms first: an acronym inside a quotation shows its own expansion.
    // A card the pointer showed stays under it if the new paint has a target there: a repaint (the
    // article read again after the site changed it) is not the reader moving away.
    const resting = this.tooltip.visible && !this.focused && !this.forSelection ? this.pointer : null;
    this.targets = [...acronymTargets, ...quoteTargets];
    this.acronymTargets = acronymTargets;
    if (this.lookup) return;
    this.release();
    this.tooltip.hide();
    if (resting) this.showAtPointer(resting.x, resting.y);
  }

  /** Takes the paint off (the page is no article, or no longer one), leaving open a card the reader
   * asked for: the lookup that brought this script to the page comes before its first reading. */
  clear(): void {
    unpaint('acronym');
    unpaint('quote');
    unpaint('quote-saved');
    this.targets = [];
    this.acronymTargets = [];
    if (this.lookup) return;
    this.release();
    this.caretIn = null;
    this.tooltip.hide();
    // Nothing of ours stays in the page's markup; the card comes back with the next it shows.
    this.tooltip.remove();
  }

  /** Shows a card at a range, for lookups the reader asks for (the context menu). */
  showAt(range: Range, content: TooltipContent): void {
    this.release();
    this.forSelection = true;
    this.lookup = { range: range.cloneRange(), payload: content };
    this.caretIn = null;
    this.tooltip.show(range, content);
    this.tooltip.announce(content);
  }

  /**
   * Moves the caret to the next acronym after it, or the first from the top of the window down, from
   * the last to the first: its card opens and is said as when the caret walks into it. The keyboard's
   * way from word to word, since the underlines are no stops for Tab. False when there is none.
   */
  stepToNextAcronym(): boolean {
    const selection = this.doc.getSelection();
    const focus = selection && selection.rangeCount > 0 ? selection.focusNode : null;
    const after = focus && this.doc.body?.contains(focus) ? { node: focus, offset: selection!.focusOffset } : null;
    const height = this.doc.defaultView?.innerHeight ?? Infinity;
    const found = nextTarget(this.acronymTargets, after, (t) => t.range.getBoundingClientRect().bottom > 0);
    if (!found || !selection) return false;
    const next = found.target;
    // The card goes with the caret, not with a link the keyboard focused before.
    this.release();
    const offScreen = () => {
      const rect = next.range.getBoundingClientRect();
      return rect.top < 0 || rect.bottom > height ? rect : null;
    };
    // Its block into view (in whatever box scrolls it), then the word itself where the block is taller
    // than the window; at once, whatever scrolling the page asks for, so the second sees the first.
    if (offScreen()) next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const still = offScreen();
    if (still) this.doc.defaultView?.scrollBy({ top: still.top - height / 2, behavior: 'instant' });
    // Said even where the caret stood in it already (the one acronym of a page, come round to): the
    // caret put where it is fires no selectionchange, so its card is opened here.
    this.caretIn = null;
    this.sayFirst = found.wrapped ? (this.labels?.wrapped ?? null) : null;
    selection.collapse(next.range.startContainer, next.range.startOffset);
    this.onCaret();
    return true;
  }

  private onPointer(e: PointerEvent): void {
    // Nothing to hover on a page that is no article: no hit-testing at every move.
    if (this.frame || (this.targets.length === 0 && !this.tooltip.visible)) return;
    const { clientX: x, clientY: y } = e;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.showAtPointer(x, y);
    });
  }

  private showAtPointer(x: number, y: number): void {
    // The pointer, resting on the word looked up when the menu closed, would swap the card the reader
    // asked for for the hover card, which goes when it moves off.
    if (this.lookup) return;
    const caret = caretAt(this.doc, x, y);
    const hit = caret && targetAt(this.targets, caret.node, caret.offset, x, y);
    this.pointer = hit ? { x, y } : null;
    this.release();
    this.forSelection = false;
    if (hit) this.tooltip.show(hit.range, hit.payload);
    else this.tooltip.hide();
  }

  private onFocus(target: EventTarget | null): void {
    const el = target as Element | null;
    if (!el || el.nodeType !== 1 || (el.textContent ?? '').length > FOCUSED_TEXT_MAX) return;
    // The keyboard's focus, not a click's (the pointer has its own card) nor a script's.
    if (!el.matches(':focus-visible')) return;
    const acronym = this.acronymTargets.find((t) => el.contains(t.range.startContainer));
    if (!acronym) return;
    this.release();
    this.lookup = null;
    this.tooltip.show(acronym.range, acronym.payload);
    el.setAttribute('aria-describedby', [...this.othersDescribing(el), this.tooltip.id].join(' '));
    this.focused = { el, target: acronym };
  }

  private unfocus(): void {
    if (this.focused) this.tooltip.hide();
    this.release();
  }

  /** Forgets the focused element, taking the card out of its descriptions and leaving whatever the
   * page put there meanwhile. */
  private release(): void {
    if (!this.focused) return;
    const { el } = this.focused;
    const rest = this.othersDescribing(el);
    if (rest.length) el.setAttribute('aria-describedby', rest.join(' '));
    else el.removeAttribute('aria-describedby');
    this.focused = null;
  }

  private othersDescribing(el: Element): string[] {
    return (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && id !== this.tooltip.id);
  }

  /** The target whose card follows the page's scrolling: the focused element's, the caret's, or the
   * lookup's. */
  private get anchored(): Target<TooltipContent> | null {
    return this.focused?.target ?? (this.forSelection ? (this.caretIn ?? this.lookup) : null);
  }

  private onScroll(): void {
    if (!this.anchored) return this.tooltip.hide();
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const anchored = this.anchored;
      if (!anchored) return;
      const { range, payload } = anchored;
      // Scrolled out of the window, the word takes its card with it until it comes back.
      const rect = range.getBoundingClientRect();
      const height = this.doc.defaultView?.innerHeight ?? Infinity;
      if (rect.bottom < 0 || rect.top > height) this.tooltip.hide();
      else this.tooltip.show(range, payload);
    });
  }

  private onCaret(): void {
    const sel = this.doc.getSelection();
    // The selection taken away (a page's script, another frame): a card it opened goes with it.
    if (!sel || sel.rangeCount === 0) {
      this.lookup = null;
      this.caretIn = null;
      if (this.forSelection) this.tooltip.hide();
      this.forSelection = false;
      return;
    }
    if (!sel.isCollapsed) return;
    const hit = targetAt(this.targets, sel.anchorNode!, sel.anchorOffset);
    if (hit) {
      // Once per word the caret enters, not at every step inside it (nor again after the pointer moved).
      if (this.caretIn !== hit) this.tooltip.announce(hit.payload, this.sayFirst ?? undefined);
      this.sayFirst = null;
      this.caretIn = hit;
      this.tooltip.show(hit.range, hit.payload);
      this.forSelection = true;
      this.lookup = null;
      return;
    }
    this.caretIn = null;
    this.sayFirst = null;
    this.lookup = null;
    if (this.forSelection) {
      this.tooltip.hide();
      this.forSelection = false;
    }
  }
}

import type { AcronymInfo } from '../acronyms';
import type { Quote } from '../quotes';
import type { ArticleRangeMapper } from './article-ranges';
import { paint, unpaint } from './highlights';
import { caretAt, targetAt, type Target } from './hit-test';
import { Tooltip, type TooltipContent } from './tooltip';

export interface DecorationLabels {
  source: Record<'text' | 'user' | 'glossary', string>;
  /** "từ điển: International Monetary Fund", under an expansion the article gives. */
  glossarySays: (long: string) => string;
  /** Beside a definition Sổ Tay read from the sentence without the letters confirming it. */
  guessed: string;
  unknownExpansion: string;
  unknownSpeaker: string;
  saved: string;
}

/** The line under an expansion: where it came from, whether it is a guess, the glossary's name. */
export function acronymNote(a: AcronymInfo, labels: Pick<DecorationLabels, 'source' | 'guessed' | 'glossarySays'>): string | undefined {
  if (!a.source) return undefined;
  return [labels.source[a.source], a.source === 'text' && a.guessed && labels.guessed, a.glossaryLong && labels.glossarySays(a.glossaryLong)]
    .filter(Boolean)
    .join(' · ');
}

export interface Decorations {
  /** Acronyms with their expansions; null when underlining is off for this page. */
  acronyms: AcronymInfo[] | null;
  /** Quotations, with the ones the reader saved; null when highlighting is off for this page. */
  quotes: { quote: Quote; saved: boolean }[] | null;
  labels: DecorationLabels;
}

/**
 * Acronym underlines and quotation highlights on the live page, with a tooltip on hover and when
 * the caret (keyboard caret browsing, or a selection) is inside one.
 */
export class PageDecorations {
  private targets: Target<TooltipContent>[] = [];
  private readonly tooltip: Tooltip;
  private frame = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly toRange: ArticleRangeMapper,
  ) {
    this.tooltip = new Tooltip(doc);
    const opts = { passive: true, signal: this.abort.signal };
    doc.addEventListener('pointermove', (e) => this.onPointer(e), opts);
    doc.addEventListener('selectionchange', () => this.onCaret(), opts);
    doc.addEventListener('scroll', () => this.tooltip.hide(), { ...opts, capture: true });
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.tooltip.hide(), opts);
  }

  update({ acronyms, quotes, labels }: Decorations): void {
    const acronymTargets: Target<TooltipContent>[] = [];
    for (const a of acronyms ?? []) {
      const content: TooltipContent = {
        title: a.short,
        body: a.long ?? labels.unknownExpansion,
        note: acronymNote(a, labels),
      };
      for (const at of a.offsets) {
        const range = this.toRange(at, at + a.short.length);
        if (range) acronymTargets.push({ range, payload: content });
      }
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
    this.targets = [...acronymTargets, ...quoteTargets];
    this.tooltip.hide();
  }

  /** Shows a card at a range, for lookups the reader asks for (the context menu). */
  showAt(range: Range, content: TooltipContent): void {
    this.tooltip.show(range, content);
  }

  destroy(): void {
    this.abort.abort();
    unpaint('acronym');
    unpaint('quote');
    unpaint('quote-saved');
    this.tooltip.remove();
  }

  private onPointer(e: PointerEvent): void {
    if (this.frame) return;
    const { clientX: x, clientY: y } = e;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const caret = caretAt(this.doc, x, y);
      const hit = caret && targetAt(this.targets, caret.node, caret.offset, x, y);
      if (hit) this.tooltip.show(hit.range, hit.payload);
      else this.tooltip.hide();
    });
  }

  private onCaret(): void {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return;
    const hit = targetAt(this.targets, sel.anchorNode!, sel.anchorOffset);
    if (hit) this.tooltip.show(hit.range, hit.payload);
  }
}

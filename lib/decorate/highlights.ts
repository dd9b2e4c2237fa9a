/**
 * Paints ranges with the CSS Custom Highlight API: nothing is inserted into the page's text or
 * layout, the page's scripts see an untouched DOM, and removing a decoration is one call. The one
 * thing added to the page is a <style> holding the `::highlight()` rules, which match nothing else.
 */

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export type DecorationKind = 'acronym' | 'quote' | 'quote-saved' | `mark-${HighlightColor}`;

const STYLE_ID = 'sotay-highlight-style';
const NAMES: Record<DecorationKind, string> = {
  acronym: 'sotay-acronym',
  quote: 'sotay-quote',
  'quote-saved': 'sotay-quote-saved',
  'mark-yellow': 'sotay-mark-yellow',
  'mark-green': 'sotay-mark-green',
  'mark-blue': 'sotay-mark-blue',
  'mark-pink': 'sotay-mark-pink',
};

/** The reader's own highlights, strong enough to tell apart from the quotation tint. */
export const MARK_COLORS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 226, 72, 0.65)',
  green: 'rgba(120, 220, 120, 0.55)',
  blue: 'rgba(120, 180, 255, 0.5)',
  pink: 'rgba(255, 140, 190, 0.5)',
};
const RULES = `
::highlight(sotay-acronym) { text-decoration: underline dotted currentColor; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(sotay-quote) { background-color: rgba(224, 179, 65, 0.22); }
::highlight(sotay-quote-saved) { background-color: rgba(224, 179, 65, 0.45); }
${Object.entries(MARK_COLORS)
  .map(([color, rgba]) => `::highlight(sotay-mark-${color}) { background-color: ${rgba}; }`)
  .join('\n')}
`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

export function paint(doc: Document, kind: DecorationKind, ranges: Range[]): void {
  const r = registry();
  if (!r) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = RULES;
    (doc.head ?? doc.documentElement).append(style);
  }
  if (ranges.length) r.highlights.set(NAMES[kind], new r.Highlight(...ranges));
  else r.highlights.delete(NAMES[kind]);
}

export function unpaint(kind: DecorationKind): void {
  registry()?.highlights.delete(NAMES[kind]);
}

/**
 * Paints ranges with the CSS Custom Highlight API: nothing is inserted into the page's text or
 * layout, the page's scripts see an untouched DOM, and removing a decoration is one call. The one
 * thing added to the page is a <style> holding the `::highlight()` rules, which match nothing else.
 */

export type DecorationKind = 'acronym' | 'quote' | 'quote-saved';

const STYLE_ID = 'sotay-highlight-style';
const NAMES: Record<DecorationKind, string> = {
  acronym: 'sotay-acronym',
  quote: 'sotay-quote',
  'quote-saved': 'sotay-quote-saved',
};
const RULES = `
::highlight(sotay-acronym) { text-decoration: underline dotted rgba(15, 98, 110, 0.9); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(sotay-quote) { background-color: rgba(224, 179, 65, 0.22); }
::highlight(sotay-quote-saved) { background-color: rgba(224, 179, 65, 0.45); }
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

export function supportsHighlights(): boolean {
  return registry() !== null;
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

/**
 * Scrolls a range into view, flashes it and puts the caret at its start. The CSS Custom Highlight
 * API paints without touching the page's DOM; where it is missing (older Firefox ESR) the range is
 * selected instead, which the reader sees and which changes nothing either.
 */
const STYLE_ID = 'sotay-flash-style';
const HIGHLIGHT = 'sotay-flash';

export function flashRange(range: Range, ms = 1800): void {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ behavior: 'smooth', block: 'center' });

  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    if (!doc.getElementById(STYLE_ID)) {
      const style = doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 209, 71, 0.75); color: inherit; }`;
      (doc.head ?? doc.documentElement).append(style);
    }
    const flash = new HighlightCtor(range);
    highlights.set(HIGHLIGHT, flash);
    // The caret goes to its start, where a keyboard reader goes on from (caret browsing, the next
    // acronym's command); on an acronym its card opens there. Not out of a field the reader is
    // typing in (a search box): the field keeps focus, and its typing would go nowhere.
    if (!isEditing(doc.activeElement)) doc.getSelection()?.collapse(range.startContainer, range.startOffset);
    // A later flash replaces this one: only remove what is still ours.
    setTimeout(() => {
      if ((highlights as Map<string, unknown>).get(HIGHLIGHT) === flash) highlights.delete(HIGHLIGHT);
    }, ms);
    return;
  }
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

// Fields that take typing (a checkbox or a button does not).
const TYPED_IN = 'textarea, select, input:not([type=button], [type=checkbox], [type=radio], [type=submit], [type=reset], [type=image], [type=file], [type=range], [type=color])';

function isEditing(el: Element | null): boolean {
  return el !== null && (el.matches(TYPED_IN) || (el as HTMLElement).isContentEditable === true);
}

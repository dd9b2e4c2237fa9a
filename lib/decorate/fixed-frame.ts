/**
 * Where a card with `position: fixed` really lands. Our cards hang from <html>, and a page that gives
 * <html> a transform, `will-change`, `perspective`, `contain` or a filter makes it the containing
 * block of fixed boxes, which then move with the document instead of the window; `zoom` on <html>
 * scales their pixels. The card is measured where `left: 0; top: 0` puts it: that point, and the
 * size of one of its pixels in the window's, turn a place in the window into the card's own offsets.
 */
export interface FixedFrame {
  /** Where the card's (0, 0) is in the window. */
  x: number;
  y: number;
  /** The window's pixels per CSS pixel of the card. */
  scale: number;
}

// How far the card is moved to measure the size of its pixels: far enough that rounding is nothing.
const PROBE = 1_000;

/** Measures the card at its (0, 0) and PROBE pixels away, and leaves it at (0, 0); it must be shown.
 * (Its size would not do: offsetWidth is rounded, and the error grows with the document's scroll.) */
export function fixedFrame(card: HTMLElement): FixedFrame {
  card.style.left = `${PROBE}px`;
  card.style.top = '0px';
  const far = card.getBoundingClientRect();
  card.style.left = '0px';
  const box = card.getBoundingClientRect();
  const measured = (far.left - box.left) / PROBE;
  // Within a thousandth of 1 the page does not scale (sub-pixel layout aside).
  const scale = measured > 0 && Math.abs(measured - 1) > 1e-3 ? measured : 1;
  return { x: box.left, y: box.top, scale };
}

/** Moves the card so that its top left corner is at (x, y) in the window. */
export function placeAt(card: HTMLElement, frame: FixedFrame, x: number, y: number): void {
  card.style.left = `${(x - frame.x) / frame.scale}px`;
  card.style.top = `${(y - frame.y) / frame.scale}px`;
}

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

/** Puts the card at its (0, 0) and measures it there; it must be shown. */
export function fixedFrame(card: HTMLElement): FixedFrame {
  card.style.left = '0px';
  card.style.top = '0px';
  const box = card.getBoundingClientRect();
  const scale = card.offsetWidth > 0 && box.width > 0 ? box.width / card.offsetWidth : 1;
  return { x: box.left, y: box.top, scale };
}

/** Moves the card so that its top left corner is at (x, y) in the window. */
export function placeAt(card: HTMLElement, frame: FixedFrame, x: number, y: number): void {
  card.style.left = `${(x - frame.x) / frame.scale}px`;
  card.style.top = `${(y - frame.y) / frame.scale}px`;
}

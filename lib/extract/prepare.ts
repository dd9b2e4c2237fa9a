/**
 * A stripped clone for Readability. Readability mutates the document it parses, so it never sees
 * the live page; and it walks every element several times, so what cannot hold article text
 * (scripts, styles, inline SVG icons, iframes, form controls, site navigation, the page header and
 * footer outside the article) is removed first. On news pages this removes a third to a half of the
 * elements and makes Readability faster than on the untouched page.
 */

const STRIP = [
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
  'nav',
  '[role="navigation"]',
].join(',');

/** The article's own header (with the h1) and footer (with the author) are kept. */
function isPageChrome(el: Element): boolean {
  if (el.closest('article, main, [role="main"], [itemprop="articleBody"]')) return false;
  return !el.querySelector('h1, article, main, [itemprop="articleBody"]');
}

export interface PreparedClone {
  doc: Document;
  elements: number;
}

export function countElements(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

export function prepareClone(doc: Document): PreparedClone {
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(clone.querySelectorAll(STRIP))) el.remove();
  for (const el of Array.from(clone.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]'))) {
    if (el.isConnected && isPageChrome(el)) el.remove();
  }
  return { doc: clone, elements: countElements(clone) };
}

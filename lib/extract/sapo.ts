/**
 * The sapo (lead paragraph) that Vietnamese articles print in bold under the headline. Metadata
 * descriptions are often the sapo, sometimes truncated ("…") or suffixed (" - VnExpress"), so the
 * text shown on the page is preferred, and a description is only trusted when the page shows it.
 */
import { fold } from '../text/normalize';
import { clean, linkDensity, metaContent, textOf } from './dom';
import type { LdArticle } from './jsonld';
import { stripSiteSuffix } from './title';

const SAPO_SELECTORS = [
  '.sapo',
  '.article__sapo',
  '.detail-sapo',
  '.the-article-summary',
  '[data-role="sapo"]',
  'h2[class*="sapo"]',
  '[class*="sapo"]',
  'p.description',
  '.article-summary',
  '.lead',
  '.summary',
  '.description',
  '[itemprop="description"]:not(meta)',
];

function comparable(s: string): string {
  return fold(s)
    .replace(/(\.\.\.|…)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** a and b are the same lead paragraph, allowing one to be a truncation of the other. */
export function sameLead(a: string, b: string): boolean {
  const fa = comparable(a);
  const fb = comparable(b);
  if (fa.length < 20 || fb.length < 20) return fa === fb && fa.length > 0;
  if (fa === fb) return true;
  const [short, long] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  return long.startsWith(short) && short.length >= 60;
}

export function metaDescription(doc: Document, ld: LdArticle | null, aliases: readonly string[]): string | null {
  const d = ld?.description ?? metaContent(doc, ['og:description', 'description', 'twitter:description']);
  return d ? stripSiteSuffix(d, aliases) : null;
}

/** Sapo boxes on the page, in document order, skipping teasers inside link lists. */
function sapoBoxes(doc: Document): string[] {
  const seen = new Set<Element>();
  const out: string[] = [];
  for (const sel of SAPO_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 10)) {
      if (seen.has(el) || el.closest('a, li, nav, footer')) continue;
      seen.add(el);
      const t = textOf(el);
      if (t.length >= 40 && t.length <= 1200 && linkDensity(el) < 0.5) out.push(t);
    }
  }
  return out;
}

export interface SapoInput {
  description: string | null;
  /** First body paragraph and whether it is set in bold. */
  firstParagraph: { text: string; bold: boolean } | null;
}

export interface SapoChoice {
  sapo: string | null;
  /** The sapo was the body's first paragraph, which must then leave the body. */
  fromBody: boolean;
}

export function findSapo(doc: Document, input: SapoInput): SapoChoice {
  const { description, firstParagraph } = input;
  const boxes = sapoBoxes(doc);
  if (description) {
    const box = boxes.find((b) => sameLead(b, description));
    if (box) return { sapo: box, fromBody: false };
    if (firstParagraph && sameLead(firstParagraph.text, description)) return { sapo: firstParagraph.text, fromBody: true };
  }
  if (boxes[0]) return { sapo: boxes[0], fromBody: false };
  if (description) {
    const bodyText = comparable(textOf(doc.body ?? doc.documentElement));
    const d = comparable(description);
    if (d.length >= 20 && bodyText.includes(d)) return { sapo: description, fromBody: false };
  }
  if (firstParagraph?.bold && firstParagraph.text.length >= 60) return { sapo: firstParagraph.text, fromBody: true };
  return { sapo: null, fromBody: false };
}

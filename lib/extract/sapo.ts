/**
 * The sapo (lead paragraph) that Vietnamese articles print in bold under the headline. Metadata
 * descriptions are often the sapo, sometimes truncated ("…") or suffixed (" - VnExpress"), so the
 * text shown on the page is preferred, and a description is only trusted when the page shows it.
 */
import { fold } from '../text/normalize';
import { linkDensity, metaContent, textOf } from './dom';
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

/** Teasers of other articles carry sapo classes too; they live in lists, sidebars and related boxes. */
const ELSEWHERE = 'a, li, nav, footer, aside, [class*="footer"], [class*="sidebar"], [class*="relate"], [class*="box-category"]';

interface SapoBox {
  text: string;
  /** Comes after the page's first h1: the article's own sapo sits under its headline. */
  afterHeadline: boolean;
}

/** Sapo boxes on the page, by selector priority, skipping teasers. */
function sapoBoxes(doc: Document): SapoBox[] {
  const h1 = doc.querySelector('h1');
  const seen = new Set<Element>();
  const out: SapoBox[] = [];
  for (const sel of SAPO_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 10)) {
      if (seen.has(el) || el.closest(ELSEWHERE)) continue;
      seen.add(el);
      const text = textOf(el);
      if (text.length >= 40 && text.length <= 1200 && linkDensity(el) < 0.5) {
        out.push({ text, afterHeadline: !!h1 && (h1.compareDocumentPosition(el) & 4) !== 0 });
      }
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
    const box = boxes.find((b) => sameLead(b.text, description));
    if (box) return { sapo: box.text, fromBody: false };
    if (firstParagraph && sameLead(firstParagraph.text, description)) return { sapo: firstParagraph.text, fromBody: true };
  }
  const underHeadline = boxes.find((b) => b.afterHeadline);
  if (underHeadline) return { sapo: underHeadline.text, fromBody: false };
  if (description) {
    const bodyText = comparable(textOf(doc.body ?? doc.documentElement));
    const d = comparable(description);
    if (d.length >= 20 && bodyText.includes(d)) return { sapo: description, fromBody: false };
  }
  if (firstParagraph?.bold && firstParagraph.text.length >= 60) return { sapo: firstParagraph.text, fromBody: true };
  return { sapo: null, fromBody: false };
}

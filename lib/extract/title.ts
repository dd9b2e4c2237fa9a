/**
 * The headline as the page shows it. <title> and og:title often carry the publication
 * (" - Báo Bình Dương", " | VnExpress"), while the page's <h1> does not; the h1 is taken when it
 * agrees with the metadata, so a sidebar h1 or a logo h1 cannot win.
 */
import { fold } from '../text/normalize';
import { clean, metaContent, textOf } from './dom';
import type { LdArticle } from './jsonld';

const SEPARATORS = /\s+[-|–—:»]\s+|\s*\|\s*/;
const SITE_WORDS = /^(bao|tap chi|tin tuc|tin nhanh|trang tin|cong thong tin|dien tu|online)\b/;

function isSiteSegment(segment: string, aliases: readonly string[], leading: boolean): boolean {
  const f = fold(segment).trim();
  if (!f) return true;
  if (/\b[\w-]+\.(vn|com|net|org)\b/.test(f)) return true;
  if (SITE_WORDS.test(f)) return true;
  // A one-word brand may be followed by a section ("VnExpress Sức khỏe"). A multi-word alias may be
  // a place ("Bình Dương"): it only counts as the whole trailing segment, never as a leading one,
  // where "Bình Dương - mô hình…" is the headline itself.
  return aliases.some((a) =>
    a.includes(' ') ? !leading && f === a : f === a || (a.length >= 4 && f.startsWith(`${a} `)),
  );
}

/** Remove a leading or trailing publication segment: "Tiêu đề - Báo X Sức khỏe" → "Tiêu đề". */
export function stripSiteSuffix(title: string, aliases: readonly string[]): string {
  let t = clean(title);
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const cut = (seg: string): string => clean(seg);
    if (isSiteSegment(last, aliases, false)) {
      const idx = t.lastIndexOf(last);
      t = cut(t.slice(0, idx).replace(/[\s\-|–—:»]+$/, ''));
    } else if (isSiteSegment(first, aliases, true) && fold(first).length < 30) {
      t = cut(t.slice(first.length).replace(/^[\s\-|–—:»]+/, ''));
    } else break;
  }
  return t;
}

function agrees(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  const [short, long] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  return short.length >= 0.6 * long.length && long.includes(short);
}

export function findTitle(
  doc: Document,
  ld: LdArticle | null,
  aliases: readonly string[],
  readabilityTitle?: string | null,
): string {
  const metaTitle =
    ld?.headline ?? metaContent(doc, ['og:title', 'twitter:title']) ?? null;
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const references = [metaTitle, docTitle, readabilityTitle]
    .map((t) => (t ? stripSiteSuffix(t, aliases) : ''))
    .filter((t) => t.length > 0);
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 8).map(textOf).filter((t) => t.length > 0);
  for (const h of h1s) {
    if (references.some((r) => agrees(h, r))) return h;
  }
  return references[0] ?? h1s[0] ?? '';
}

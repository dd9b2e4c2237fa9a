/** Which publication a page belongs to, and its language. */
import { newsSiteFor } from '../sites';
import { clean, metaContent } from './dom';
import type { LdArticle } from './jsonld';
import { fold } from '../text/normalize';

/** "genk.vn", "https://cafef.vn" and bare lower-case slugs ("cafef") are identifiers, not names. */
function looksLikeName(s: string): boolean {
  if (/^https?:\/\//i.test(s) || /^[\w-]+(\.[\w-]+)+$/.test(s)) return false;
  return /\p{Lu}/u.test(s) || /\s/.test(s);
}

/**
 * og:site_name when it is a real name ("Báo Nhân Dân điện tử"); otherwise the curated name for the
 * host (og:site_name "vnexpress.net" → "VnExpress"), then JSON-LD publisher, then Readability's.
 */
export function findSiteName(
  doc: Document,
  host: string | null,
  ld: LdArticle | null,
  readabilitySite?: string | null,
): string | null {
  const og = metaContent(doc, ['og:site_name', 'application-name']);
  if (og && looksLikeName(og)) return og;
  const curated = host ? newsSiteFor(host) : undefined;
  if (curated) return curated.name;
  for (const c of [ld?.publisher, clean(readabilitySite)]) {
    if (c && looksLikeName(c)) return c;
  }
  return og ?? host;
}

/** Names a page may use for its own publication, folded, for rejecting them as authors or suffixes. */
export function siteAliases(siteName: string | null, host: string | null, extra: (string | null | undefined)[] = []): string[] {
  const out = new Set<string>();
  const add = (s: string | null | undefined): void => {
    const f = s ? fold(clean(s)) : '';
    if (f.length >= 2) out.add(f);
  };
  add(siteName);
  extra.forEach(add);
  if (host) {
    add(host);
    const label = host.split('.')[0];
    add(label);
    const curated = newsSiteFor(host);
    add(curated?.name);
  }
  for (const s of Array.from(out)) {
    add(s.replace(/^(bao|tap chi|tin nhanh|trang tin|cong thong tin)\s+/, ''));
    add(s.replace(/\s+(dien tu|online|\.vn|\.net)$/, ''));
  }
  return Array.from(out);
}

/** Primary language subtag of <html lang>, 'vi' when the page does not say. */
export function findLang(doc: Document): string {
  const raw = doc.documentElement?.getAttribute('lang') ?? metaContent(doc, ['og:locale', 'language', 'content-language']);
  const primary = clean(raw).toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'vi';
}

/**
 * Canonical article URLs: one key per article however the reader arrived (from Zalo, Facebook, a
 * newsletter), so saved notes and highlights find each other.
 */

/** Query parameters that only say where a click came from. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'zarsrc', 'gidzl', 'zaloid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'referrer',
  'share', 'spm', 'cmpid', 'itm_source', 'itm_medium', 'itm_campaign', 'itm_content', 'vn_source',
  'vn_medium', 'vn_campaign', 'vn_content', 'vn_term', 'vn_webview', 'vnesrc', 'mkt_tok', 'oly_enc_id',
  'oly_anon_id', '__twitter_impression', 'amp', 's_cid', 'at_medium', 'at_campaign',
]);
const TRACKING_PREFIX = /^(utm_|pk_|hsa_|mtm_|at_|__)/i;

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIX.test(n);
}

/**
 * A URL without tracking parameters, fragment or default port, with a lower-case host; null when it
 * is not an http(s) URL. Other parameters keep their order (some CMSs route by them: `?id=123`).
 */
export function cleanUrl(raw: string, base?: string | null): string | null {
  let u: URL;
  try {
    u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  const keep = Array.from(u.searchParams.entries()).filter(([k]) => !isTracking(k));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  return u.toString();
}

/** The host of a URL in lower case, without "www.": "baobinhduong.vn". Null for a malformed URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Second-level suffixes under which a site is three labels long ("tuoitre.vn" vs "nld.com.vn"). */
const SECOND_LEVEL = /\.(com|net|org|gov|edu|ac|co|info|biz|int|health|name|pro)\.[a-z]{2}$/;

/**
 * The site a URL belongs to, without "www." and subdomains: "m.vnexpress.net" and
 * "vnexpress.net" are one site, "nld.com.vn" is not "com.vn". Null for a malformed URL.
 */
export function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (/^[\d.]+$/.test(host) || !host.includes('.')) return host;
  const labels = host.split('.');
  return labels.slice(SECOND_LEVEL.test(host) ? -3 : -2).join('.');
}

// A host name as `siteOf` gives it: "vnexpress.net", "nld.com.vn", "localhost", "127.0.0.1".
const SITE_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** Whether `name` is a site as `siteOf` writes one (lower case, no scheme, path or port). */
export function isSiteName(name: string): boolean {
  return name.length <= 253 && SITE_NAME.test(name);
}

export function sameSite(a: string, b: string): boolean {
  const x = siteOf(a);
  return x !== null && x === siteOf(b);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * The canonical URL of a page: <link rel=canonical>, then og:url, then the page's own URL, cleaned.
 * A canonical pointing at a site's home page from an article URL is a CMS mistake and is ignored.
 * So is one on another site: a page must not pass itself off as an article the reader saved
 * elsewhere (an aggregator republishing it, or a hostile page reaching for its notes).
 * Given a string, just cleans it.
 */
export function canonicalUrl(source: Document | string, pageUrl?: string | null): string | null {
  if (typeof source === 'string') return cleanUrl(source, pageUrl);
  const doc = source;
  const base = pageUrl ?? (doc.URL && /^https?:/.test(doc.URL) ? doc.URL : null);
  const page = base ? cleanUrl(base) : null;
  const declared = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of declared) {
    if (!href || !href.trim()) continue;
    const c = cleanUrl(href, base);
    if (!c) continue;
    if (page && pathOf(c) === '/' && pathOf(page) !== '/') continue;
    if (page && !sameSite(c, page)) continue;
    return c;
  }
  return page;
}

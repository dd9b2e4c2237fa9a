/**
 * Schema.org JSON-LD, the most reliable metadata a Vietnamese news page carries when it has any.
 * Pages wrap the article in @graph, in arrays, or give @type as an array; some escape every
 * non-ASCII letter (\u1ea5t) and some leave raw newlines inside strings, so parsing is forgiving.
 */
import { clean } from './dom';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

export interface LdArticle {
  type: string;
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  /** Person authors first; organizations are kept apart so they are not taken for a reporter. */
  authors: string[];
  orgAuthors: string[];
  publisher: string | null;
  url: string | null;
}

export interface LdInfo {
  article: LdArticle | null;
  /** Every @type seen, to tell a podcast or video page from an article. */
  types: string[];
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|ReviewNewsArticle|BackgroundNewsArticle)$/;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseLoose(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Raw control characters inside strings are the usual reason a CMS's JSON-LD fails to parse.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function flatten(v: Json | undefined, out: JsonObject[]): void {
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out);
  } else if (isObject(v)) {
    out.push(v);
    if (v['@graph'] !== undefined) flatten(v['@graph'], out);
  }
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(decodeEntities(v)) || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
  }
  return null;
}

/** Some CMSs HTML-escape inside JSON ("&quot;La Roja&quot;"). */
function decodeEntities(s: string): string {
  return s.replace(/&(quot|amp|apos|lt|gt|#39|#34|#x27);/g, (_, e: string) =>
    ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"', '#x27': "'" })[e] ?? _,
  );
}

function names(v: Json | undefined, wantOrg: boolean): string[] {
  const out: string[] = [];
  const visit = (x: Json | undefined): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (typeof x === 'string' && !wantOrg) {
      const s = str(x);
      if (s) out.push(s);
    } else if (isObject(x)) {
      const isOrg = typesOf(x).some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t));
      if (isOrg === wantOrg) {
        const s = str(x['name']);
        if (s) out.push(s);
      }
    }
  };
  visit(v);
  return out;
}

export function readJsonLd(doc: Document): LdInfo {
  const objects: JsonObject[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    flatten(parseLoose(s.textContent ?? ''), objects);
  }
  const types = objects.flatMap(typesOf);
  const node = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  if (!node) return { article: null, types };
  const publisher = node['publisher'];
  const mainEntity = node['mainEntityOfPage'];
  return {
    types,
    article: {
      type: typesOf(node)[0] ?? 'Article',
      headline: str(node['headline']) ?? str(node['name']),
      description: str(node['description']),
      datePublished: str(node['datePublished']) ?? str(node['dateCreated']),
      authors: names(node['author'], false),
      orgAuthors: names(node['author'], true),
      publisher: isObject(publisher) ? str(publisher['name']) : str(publisher),
      url: str(node['url']) ?? (isObject(mainEntity) ? str(mainEntity['@id']) : str(mainEntity)),
    },
  };
}

/**
 * Citations of saved articles as CSL-JSON, BibTeX and RIS through citation-js. Each article is a
 * newspaper article (CSL "article-newspaper", RIS "NEWS") with title, author, issued date,
 * container-title = site, URL and accessed = the day it was saved.
 *
 * Vietnamese names are written family-first ("Nguyễn Trọng Luật"), so the Western given/family
 * split would file the author under "Luật"; every author is one `literal` name instead. Two gaps in
 * citation-js 0.8 are filled here: its BibTeX output transliterates to ASCII and drops the horn
 * of ư/ơ ("Dương" → "Duong"), so the UTF-8 output is used with LaTeX's special characters escaped
 * by us; and its RIS output drops the authors of NEWS entries and the full date, so the RIS record
 * citation-js maps is completed (AU, DA) and written without its 70-column hard wrapping, which
 * readers join back with a stray space.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { ArticleRecord } from '../../db/schema';
import { fold, nfc } from '../../text/normalize';
import { siteOf } from '../filters';
import type { ExportFile } from '../types';

export interface CslName {
  literal: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [number, number?, number?][] };
  'container-title'?: string;
  URL: string;
  accessed: { 'date-parts': [number, number, number][] };
  language?: string;
}

/**
 * The people of a byline. Separators between names are commas, semicolons and spaced dashes
 * ("Ngọc Thanh - Minh Anh"); "và" is not split, as it also joins words inside agency names.
 * A leading "Theo" (a wire credit, "Theo TTXVN") is dropped.
 */
export function bylineAuthors(byline: string | null): CslName[] {
  if (!byline) return [];
  return nfc(byline)
    .split(/\s*[,;]\s*|\s+[-–—]\s+/)
    .map((s) => s.replace(/^theo\s+/i, '').trim())
    .filter(Boolean)
    .map((literal) => ({ literal }));
}

function dateParts(value: string | null): [number, number?, number?] | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return parts;
}

function utcDay(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** An ASCII key "luat2023kien": first author's last syllable (or the site), year, first title word. */
function citationKey(article: ArticleRecord, authors: CslName[], taken: Set<string>): string {
  const ascii = (s: string) => fold(s).replace(/[^a-z0-9 ]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const who = authors[0] ? ascii(authors[0].literal).at(-1) : ascii(siteOf(article))[0];
  const year = dateParts(article.published)?.[0] ?? '';
  const word = ascii(article.title)[0] ?? '';
  const base = `${who ?? 'bai'}${year}${word}` || 'bai';
  let key = base;
  for (let i = 0; taken.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
  taken.add(key);
  return key;
}

export function toCslItems(articles: readonly ArticleRecord[]): CslItem[] {
  const taken = new Set<string>();
  return articles.map((a) => {
    const author = bylineAuthors(a.byline);
    const issued = dateParts(a.published);
    const site = siteOf(a);
    const item: CslItem = {
      id: a.id,
      'citation-key': citationKey(a, author, taken),
      type: 'article-newspaper',
      title: nfc(a.title),
      URL: a.url,
      accessed: { 'date-parts': [utcDay(a.createdAt)] },
    };
    if (author.length) item.author = author;
    if (issued) item.issued = { 'date-parts': [issued] };
    if (site) item['container-title'] = nfc(site);
    if (a.lang) item.language = a.lang;
    return item;
  });
}

export function exportCslJson(articles: readonly ArticleRecord[], name = 'sotay-citations.json'): ExportFile {
  // Through citation-js so what we write is what it reads as CSL (it drops fields it does not know).
  const data = new Cite(toCslItems(articles)).format('data', { format: 'object' });
  return { name, mime: 'application/vnd.citationstyles.csl+json', content: `${JSON.stringify(data, null, 2)}\n` };
}

/** LaTeX's special characters, escaped so a title with "%" or "&" does not break the .bib file. */
export function latexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`,
  );
}

interface BibtexConfig {
  format: { asciiOnly: boolean };
}

export function exportBibtex(articles: readonly ArticleRecord[], name = 'sotay-citations.bib'): ExportFile {
  const items = toCslItems(articles).map((item) => ({
    ...item,
    // The whole title in braces keeps its capitals (place names, acronyms) in every style.
    title: `<span class="nocase">${latexEscape(item.title)}</span>`,
    author: item.author?.map((n) => ({ literal: latexEscape(n.literal) })),
    'container-title': item['container-title'] && latexEscape(item['container-title']),
  }));
  const config = plugins.config.get('@bibtex') as BibtexConfig;
  const ascii = config.format.asciiOnly;
  // The option is global in citation-js; formatting is synchronous, so restoring it at once is safe.
  config.format.asciiOnly = false;
  let content: string;
  try {
    content = String(new Cite(items).format('bibtex'));
  } finally {
    config.format.asciiOnly = ascii;
  }
  return { name, mime: 'application/x-bibtex;charset=utf-8', content };
}

/** RIS tags in the usual order; anything else citation-js adds follows. */
const RIS_ORDER = ['TY', 'TI', 'AU', 'T2', 'PY', 'DA', 'UR', 'Y2', 'LA', 'ID'];

export function exportRis(articles: readonly ArticleRecord[], name = 'sotay-citations.ris'): ExportFile {
  const items = toCslItems(articles);
  const records = new Cite(items).format('ris', { format: 'object', spec: 'new' }) as Record<string, string | string[]>[];
  const text = records
    .map((rec, i) => {
      const item = items[i];
      const fields: Record<string, string | string[]> = { ...rec };
      if (item?.author?.length) fields.AU = item.author.map((a) => a.literal);
      const issued = item?.issued?.['date-parts'][0];
      if (issued) fields.DA = `${issued[0]}/${pad(issued[1])}/${pad(issued[2])}/`;
      if (item?.language) fields.LA = item.language;
      const tags = [...RIS_ORDER.filter((t) => t in fields), ...Object.keys(fields).filter((t) => !RIS_ORDER.includes(t))];
      const lines = tags.flatMap((tag) => [fields[tag] ?? []].flat().map((v) => `${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`));
      return [...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n');
  return { name, mime: 'application/x-research-info-systems;charset=utf-8', content: `${text}\r\n` };
}

const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));

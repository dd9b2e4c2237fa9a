/** Shared test helpers: loading pages and their expected JSON, comparing text, token F1. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../lib/extract/node-dom';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const SHARED = resolve(REPO, '../shared');
export const CORPUS_HTML = join(SHARED, 'corpus/html');
export const FIXTURES_HTML = join(REPO, 'tests/fixtures/html');

export interface Expected {
  title: string;
  published: string | null;
  byline: string | null;
  byline_note?: string;
  siteName: string | null;
  sapo: string | null;
  paragraphs: string[];
  captions: string[];
  absent: string[];
}

export interface Page {
  name: string;
  /** 'corpus' pages are real saved pages; 'fixture' pages were written for this project. */
  origin: 'corpus' | 'fixture';
  htmlPath: string;
  expected: Expected | null;
}

function pagesIn(dir: string, origin: Page['origin']): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      let expected: Expected | null = null;
      try {
        expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      } catch {
        expected = null;
      }
      return { name, origin, htmlPath: join(dir, f), expected };
    });
}

/** Every page with HTML: the shared corpus (referenced in place, never copied) and our fixtures. */
export function allPages(): Page[] {
  return [...pagesIn(CORPUS_HTML, 'corpus'), ...pagesIn(FIXTURES_HTML, 'fixture')];
}

const docs = new Map<string, Document>();

/** Parsed once per test file; extract() never mutates it, which the tests also check. */
export function loadDoc(page: Page): Document {
  let d = docs.get(page.htmlPath);
  if (!d) {
    d = parseHtml(readFileSync(page.htmlPath, 'utf8'));
    docs.set(page.htmlPath, d);
  }
  return d;
}

/** NFC, whitespace collapsed: how expected strings are compared. */
export function norm(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function tokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Bag-of-tokens F1 between two texts. */
export function tokenF1(got: string, want: string): number {
  const a = tokens(got);
  const b = tokens(want);
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const p = overlap / a.length;
  const r = overlap / b.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function expectedBody(e: Expected): string {
  return [e.sapo ?? '', ...e.paragraphs, ...e.captions].join('\n');
}

export function articleBody(a: Article): string {
  return [a.sapo ?? '', ...a.paragraphs, ...a.captions].join('\n');
}

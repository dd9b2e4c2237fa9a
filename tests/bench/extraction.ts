/**
 * Extraction benchmark: for every saved page (../shared/corpus/html and tests/fixtures/html), time
 * `extract()` against bare Readability on the same parsed page in the same run, and count metadata
 * fields (title, published, byline, sapo) that match the expected JSON, ours vs Readability's
 * (title, publishedTime, byline, excerpt).
 *
 *   npx tsx tests/bench/extraction.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { time } from './timing';
import { isArticle } from '../../lib/article';
import { extract } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/node-dom';
import { allPages, articleBody, expectedBody, norm, tokenF1, type Expected } from '../extract/helpers';

const WARMUP = 2;
const RUNS = 11;
const FIELDS = ['title', 'published', 'byline', 'sapo'] as const;
type Field = (typeof FIELDS)[number];

const timed = (fn: () => unknown): number => time(fn, RUNS, WARMUP);

function sameField(got: string | null | undefined, want: string | null): boolean {
  return norm(got ?? null) === norm(want);
}

export interface PageRow {
  page: string;
  kb: number;
  elements: number;
  oursMs: number;
  readabilityMs: number;
  ratio: number;
  result: string;
  f1: number | null;
  oursFields: number;
  readabilityFields: number;
  fields: number;
  misses: string[];
}

export async function benchExtraction(): Promise<Record<string, unknown>> {
  const rows: PageRow[] = [];
  for (const page of allPages()) {
    const html = readFileSync(page.htmlPath, 'utf8');
    const doc = parseHtml(html);
    const ours = extract(doc);
    const bare = new Readability(doc.cloneNode(true) as Document).parse();
    const oursMs = timed(() => extract(doc));
    const readabilityMs = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
    const e: Expected | null = page.expected;
    let oursFields = 0;
    let readabilityFields = 0;
    const misses: string[] = [];
    if (e) {
      const readabilityValue: Record<Field, string | null | undefined> = {
        title: bare?.title,
        published: bare?.publishedTime,
        byline: bare?.byline,
        sapo: bare?.excerpt,
      };
      for (const f of FIELDS) {
        const mine = isArticle(ours) ? ours[f] : null;
        if (sameField(mine, e[f])) oursFields++;
        else misses.push(`${f}: ${JSON.stringify(mine)}`);
        if (sameField(readabilityValue[f], e[f])) readabilityFields++;
      }
    }
    rows.push({
      page: page.name,
      kb: Math.round(html.length / 1024),
      elements: doc.getElementsByTagName('*').length,
      oursMs,
      readabilityMs,
      ratio: oursMs / readabilityMs,
      result: isArticle(ours) ? 'article' : ours.reason,
      f1: e && isArticle(ours) ? tokenF1(articleBody(ours), expectedBody(e)) : null,
      oursFields,
      readabilityFields,
      fields: e ? FIELDS.length : 0,
      misses,
    });
  }
  const withExpected = rows.filter((r) => r.fields > 0);
  const total = withExpected.reduce((n, r) => n + r.fields, 0);
  const ours = withExpected.reduce((n, r) => n + r.oursFields, 0);
  const readability = withExpected.reduce((n, r) => n + r.readabilityFields, 0);
  const sumOurs = rows.reduce((n, r) => n + r.oursMs, 0);
  const sumReadability = rows.reduce((n, r) => n + r.readabilityMs, 0);
  return {
    runs: RUNS,
    rows,
    fields: { ours, readability, total },
    minF1: Math.min(...withExpected.map((r) => r.f1 ?? 0)),
    totalMs: { ours: sumOurs, readability: sumReadability, ratio: sumOurs / sumReadability },
  };
}

export function printExtraction(result: Record<string, unknown>): void {
  const rows = result['rows'] as PageRow[];
  const fields = result['fields'] as { ours: number; readability: number; total: number };
  const totalMs = result['totalMs'] as { ours: number; readability: number; ratio: number };
  const pad = (s: string | number, n: number): string => String(s).padEnd(n);
  const lpad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(`extract() vs bare Readability, median of ${RUNS} runs after ${WARMUP} warm-up (happy-dom)\n`);
  console.log(`${pad('page', 60)}${lpad('KB', 5)}${lpad('elems', 7)}${lpad('ours ms', 9)}${lpad('Rdb ms', 9)}${lpad('ratio', 7)}  ${pad('result', 15)}${lpad('F1', 6)}${lpad('fields', 8)}${lpad('Rdb', 5)}`);
  for (const r of rows) {
    console.log(
      `${pad(r.page.slice(0, 59), 60)}${lpad(r.kb, 5)}${lpad(r.elements, 7)}${lpad(r.oursMs.toFixed(1), 9)}${lpad(r.readabilityMs.toFixed(1), 9)}${lpad(r.ratio.toFixed(2), 7)}  ${pad(r.result, 15)}${lpad(r.f1 === null ? '-' : r.f1.toFixed(3), 6)}${lpad(r.fields ? `${r.oursFields}/${r.fields}` : '-', 8)}${lpad(r.fields ? `${r.readabilityFields}/${r.fields}` : '-', 5)}`,
    );
    for (const m of r.misses) console.log(`    miss ${m}`);
  }
  console.log(`\ntotal time: ours ${totalMs.ours.toFixed(1)} ms vs Readability ${totalMs.readability.toFixed(1)} ms (ratio ${totalMs.ratio.toFixed(2)})`);
  console.log(`metadata fields right: ours ${fields.ours}/${fields.total} vs Readability ${fields.readability}/${fields.total}`);
  console.log(`lowest token F1 on an article page: ${(result['minF1'] as number).toFixed(3)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchExtraction().then(printExtraction, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

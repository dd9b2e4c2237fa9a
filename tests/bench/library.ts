/**
 * Library engine at notebook scale, in Node with fake-indexeddb (an in-memory IndexedDB; a real
 * browser's IndexedDB is slower to write and faster to read, so treat the database timings as
 * relative). 5,000 articles, 20,000 highlights/notes and 10,000 quotations, generated with a seeded
 * PRNG from the VietNews dev sentences. Reports: search index build, search latency (median and p95
 * over 100 typical queries, with and without diacritics), export of everything in each format,
 * backup, and restore into an empty database and into the same database.
 * Run: npx tsx tests/bench/library.ts   (package.json's "bench:library" should point here)
 */
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_NAME, SotayDatabase } from '../../lib/db/schema';
import { createBackup } from '../../lib/library/backup';
import { exportBibtex, exportCslJson, exportRis } from '../../lib/library/export/citations';
import { exportCsv } from '../../lib/library/export/csv';
import { exportMarkdown } from '../../lib/library/export/markdown';
import { selectForExport } from '../../lib/library/export/selection';
import { exportWebAnnotations } from '../../lib/library/export/web-annotation';
import { restoreBackup } from '../../lib/library/restore';
import { createSearchIndex } from '../../lib/library/search';
import { readSnapshot } from '../../lib/library/snapshot';
import { liveItems } from '../../lib/library/types';
import { fold } from '../../lib/text/normalize';
import { pick } from '../library/gen';
import { seedNotebook } from './notebook-data';


const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 100) / 100;
};

export interface LibraryBench {
  records: { articles: number; highlights: number; quotes: number };
  indexBuildMs: number;
  search: Record<'withDiacritics' | 'withoutDiacritics' | 'prefix', { medianMs: number; p95Ms: number; meanHits: number }>;
  exportMs: Record<string, { ms: number; bytes: number }>;
  backup: { ms: number; bytes: number };
  restoreEmptyMs: number;
  restoreSameMs: number;
  restoreSameWritten: number;
}

export async function benchLibrary(): Promise<LibraryBench> {
  const { db, data, rng } = await seedNotebook();

  const snapshot = await readSnapshot(db);
  let t0 = performance.now();
  const index = createSearchIndex(liveItems(snapshot));
  const indexBuildMs = ms(t0);

  // Typical queries: one to three consecutive syllables from real titles and highlights.
  const phrases: string[] = [];
  for (let i = 0; i < 100; i++) {
    const source = i % 2 ? pick(rng, data.articles).title : pick(rng, data.highlights).exact;
    const words = source.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    const k = 1 + (i % 3);
    const at = Math.floor(rng() * Math.max(1, words.length - k));
    phrases.push(words.slice(at, at + k).join(' ').replace(/[^\p{L}\p{N}\s]/gu, '') || 'thành phố');
  }
  const time = (queries: string[]) => {
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const t = performance.now();
      hits += index.search(q).length;
      times.push(performance.now() - t);
    }
    return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), meanHits: Math.round(hits / queries.length) };
  };
  time(phrases.slice(0, 10)); // warm-up
  const search = {
    withDiacritics: time(phrases),
    withoutDiacritics: time(phrases.map(fold)),
    // What the page sends while the reader types: the last word cut short.
    prefix: time(phrases.map((p) => p.slice(0, Math.max(2, p.length - 2)))),
  };

  const set = selectForExport(snapshot, 'all');
  const exportMs: LibraryBench['exportMs'] = {};
  const measure = (name: string, run: () => { content: string }[]) => {
    const t = performance.now();
    const files = run();
    exportMs[name] = { ms: ms(t), bytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0) };
  };
  measure('markdown', () => exportMarkdown(set));
  measure('csv', () => [exportCsv(set)]);
  measure('webAnnotation', () => [exportWebAnnotations(set)]);
  measure('bibtex', () => [exportBibtex(set.articles)]);
  measure('ris', () => [exportRis(set.articles)]);
  measure('cslJson', () => [exportCslJson(set.articles)]);

  t0 = performance.now();
  const blob = await createBackup(db);
  const backup = { ms: ms(t0), bytes: blob.size };

  const empty = new SotayDatabase(`${DB_NAME}-bench-empty`);
  await empty.delete();
  await empty.open();
  t0 = performance.now();
  await restoreBackup(empty, blob);
  const restoreEmptyMs = ms(t0);
  t0 = performance.now();
  const same = await restoreBackup(db, blob);
  const restoreSameMs = ms(t0);
  await empty.delete();
  await db.delete();

  return {
    records: { articles: data.articles.length, highlights: data.highlights.length, quotes: data.quotes.length },
    indexBuildMs,
    search,
    exportMs,
    backup,
    restoreEmptyMs,
    restoreSameMs,
    restoreSameWritten: same.written,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchLibrary();
  console.log('Library engine, fake-indexeddb in Node (in-memory IndexedDB), seeded VietNews-based records');
  console.log(`records: ${r.records.articles} articles, ${r.records.highlights} highlights/notes, ${r.records.quotes} quotations`);
  console.log(`search index build: ${r.indexBuildMs} ms`);
  for (const [k, v] of Object.entries(r.search)) console.log(`search ${k}: median ${v.medianMs} ms, p95 ${v.p95Ms} ms (mean ${v.meanHits} hits, 100 queries)`);
  for (const [k, v] of Object.entries(r.exportMs)) console.log(`export ${k}: ${v.ms} ms, ${(v.bytes / 1e6).toFixed(1)} MB`);
  console.log(`backup (JSON): ${r.backup.ms} ms, ${(r.backup.bytes / 1e6).toFixed(1)} MB`);
  console.log(`restore into an empty database: ${r.restoreEmptyMs} ms`);
  console.log(`restore into the same database: ${r.restoreSameMs} ms (${r.restoreSameWritten} records written)`);
}

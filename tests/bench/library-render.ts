/**
 * The notebook page in Debian's Chromium with the built extension: time to first rendered entry and
 * to the first search result, for an empty notebook (the baseline, same run) and for 5,000 articles,
 * 20,000 highlights and 10,000 quotations restored from a generated backup. Needs `npm run build`.
 *
 *   npx tsx tests/bench/library-render.ts
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_NAME, SotayDatabase } from '../../lib/db/schema';
import { createBackup } from '../../lib/library/backup';
import { launchWithExtension } from '../e2e/chromium';
import { startFixtureServer } from '../e2e/fixture-server';
import { generateSnapshot, mulberry32 } from '../library/gen';

const DATASET = new URL('../../../shared/summarization/vietnews-dev.jsonl', import.meta.url);

async function backupFile(): Promise<string> {
  const sentences = readFileSync(DATASET, 'utf8').split('\n').filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { sentences: string[] }).sentences);
  const data = generateSnapshot(mulberry32(2024), { articles: 5_000, highlights: 20_000, quotes: 10_000, glossary: 50, sentences });
  const db = new SotayDatabase(DB_NAME);
  await db.open();
  await db.transaction('rw', [db.articles, db.quotes, db.highlights, db.glossary], async () => {
    await db.articles.bulkAdd(data.articles);
    await db.quotes.bulkAdd(data.quotes);
    await db.highlights.bulkAdd(data.highlights);
    await db.glossary.bulkAdd(data.glossary);
  });
  const blob = await createBackup(db);
  const file = join(mkdtempSync(join(tmpdir(), 'sotay-bench-')), 'backup.json');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await db.delete();
  return file;
}

const server = await startFixtureServer();
const browser = await launchWithExtension(server.proxy);
const url = `chrome-extension://${browser.extensionId}/library.html`;
const page = await browser.context.newPage();

async function firstRender(expectItems: boolean): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.locator(expectItems ? '.item' : '.empty').first().waitFor({ timeout: 120_000 });
  return Date.now() - t0;
}

async function firstSearch(query: string): Promise<number> {
  const t0 = Date.now();
  await page.getByRole('searchbox').fill(query);
  await page.locator('.item mark').first().waitFor({ timeout: 120_000 });
  return Date.now() - t0;
}

const emptyMs = await firstRender(false);
const file = await backupFile();
await page.locator('.backup input[type=file]').setInputFiles(file);
const t0 = Date.now();
await page.locator('.backup .status').waitFor({ timeout: 300_000 });
const restoreMs = Date.now() - t0;
const fullMs = await firstRender(true);
const searchMs = await firstSearch('thanh pho');
const nextSearchMs = await firstSearch('kinh te');
console.log('| notebook page in Chromium | ms |');
console.log('|---|---:|');
console.log(`| first render, empty notebook (baseline) | ${emptyMs} |`);
console.log(`| restore of 35,050 records from a backup file | ${restoreMs} |`);
console.log(`| first render, 35,050 records (first 100 shown) | ${fullMs} (${(fullMs / emptyMs).toFixed(1)}× empty) |`);
console.log(`| first search (builds the index) | ${searchMs} |`);
console.log(`| next search | ${nextSearchMs} |`);
await browser.close();
await server.close();

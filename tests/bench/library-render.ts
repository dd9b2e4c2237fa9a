/**
 * The notebook page in Debian's Chromium with the built extension: time to first rendered entry (the
 * newest entries, read before the whole notebook) and to the first search result, for an empty
 * notebook (the baseline, same run) and for 5,000 articles, 20,000 highlights and 10,000 quotations
 * restored from a generated backup. Needs `npm run build`.
 *
 *   npx tsx tests/bench/library-render.ts
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../lib/library/backup';
import { launchWithExtension } from '../e2e/chromium';
import { startFixtureServer } from '../e2e/fixture-server';
import { seedNotebook } from './notebook-data';

async function backupFile(): Promise<string> {
  const { db } = await seedNotebook();
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
  const ms = Date.now() - t0;
  // What the reader sees then: the newest entries, the rest of the notebook still being read.
  if (expectItems) await page.screenshot({ path: 'test-results/bench/library-first-render.png' });
  return ms;
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

/** Tags the first entry listed and waits until the list shows the tag: what a change costs. */
async function tagFirst(tag: string): Promise<number> {
  await page.locator('.item input[type=checkbox]').first().check();
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Gắn thẻ…' }).click();
  const field = page.getByRole('combobox', { name: 'Thẻ cho các mục đã chọn' });
  await field.fill(tag);
  await field.press('Enter');
  await page.locator('.item .tag', { hasText: `#${tag}` }).first().waitFor({ timeout: 120_000 });
  return Date.now() - t0;
}
const tagMs = await tagFirst('đọc-lại');
console.log('| notebook page in Chromium | ms |');
console.log('|---|---:|');
console.log(`| first render, empty notebook (baseline) | ${emptyMs} |`);
console.log(`| restore of 35,050 records from a backup file | ${restoreMs} |`);
console.log(`| first render, 35,050 records (first 100 shown) | ${fullMs} (${(fullMs / emptyMs).toFixed(1)}× empty) |`);
console.log(`| first search, typed right after the first render (waits for the whole read and the background index) | ${searchMs} |`);
console.log(`| next search | ${nextSearchMs} |`);
console.log(`| tag one entry, until the list shows it | ${tagMs} |`);
await browser.close();
await server.close();

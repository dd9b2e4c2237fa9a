/**
 * `npm run bench`: speed and size, as ratios to bare Readability measured in the same run (shared,
 * noisy machines make absolute milliseconds meaningless between runs). Quality benchmarks have
 * their own scripts: bench:summary, bench:acronyms, bench:quotes, bench:sentences, bench:anchoring.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { findAcronyms, loadGlossary, type GlossaryData } from '../../lib/acronyms';
import { isArticle, type Article } from '../../lib/article';
import { articleRangeMapper } from '../../lib/decorate/article-ranges';
import { extract } from '../../lib/extract';
import { parseHtml } from '../../lib/extract/node-dom';
import { findQuotes } from '../../lib/quotes';
import { summarize } from '../../lib/summary';
import { benchExtraction, printExtraction } from './extraction';
import { measureLongPageScale, syntheticArticle as acronymArticle } from './acronyms-speed';
import { syntheticQuoteArticle } from './quotes-speed';
import { syntheticArticle as summaryArticle } from './summary-speed';
import { loadDataset } from './summary';
import { time } from './timing';


const CONTAINERS = {
  'BDO fixture (18 KB)': { file: 'tests/fixtures/html/bdo-horasis-2023.html', marker: 'Tháng 10-2023, ICF' },
  'VnExpress page (247 KB)': { file: '../shared/corpus/html/vnexpress-2025-10-22.html', marker: 'Ngày 22/10, BS.CK2' },
} as const;
type Container = keyof typeof CONTAINERS;

/**
 * A real page (menus, sidebar, related news, comments) with its article body replaced by `text`, so
 * Readability parses the page such an article comes in. Two containers: a light and a heavy page.
 */
function pageFor(container: Container, title: string, text: string): Document {
  const { file, marker } = CONTAINERS[container];
  const doc = parseHtml(readFileSync(file, 'utf8'), 'https://baobinhduong.vn/bai-a1.html');
  const first = [...doc.querySelectorAll('p')].find((p) => p.textContent?.includes(marker));
  const body = first?.parentElement;
  if (!body) throw new Error(`${file} changed: no body paragraph with "${marker}"`);
  for (const p of [...body.querySelectorAll('p, h2, h3, figure')]) p.remove();
  for (const para of text.split(/\n+/).filter((p) => p.trim())) {
    const p = doc.createElement('p');
    p.textContent = para;
    body.append(p);
  }
  const h1 = doc.querySelector('h1');
  if (h1) h1.textContent = title;
  return parseHtml(`<!doctype html>${doc.documentElement.outerHTML}`, 'https://baobinhduong.vn/bai-a1.html');
}

interface CostRow {
  feature: string;
  container: Container;
  words: number;
  featureMs: number;
  readabilityMs: number;
  ratio: number;
}

/** Times `run` on the extracted article of the page against Readability.parse() of that page. */
function cost(feature: string, container: Container, title: string, text: string, run: (doc: Document, article: Article) => unknown): CostRow {
  const doc = pageFor(container, title, text);
  const article = extract(doc, doc.URL);
  if (!isArticle(article)) throw new Error(`the ${feature} page is not an article`);
  const readabilityMs = time(() => new Readability(doc.cloneNode(true) as Document).parse(), 5);
  const featureMs = time(() => run(doc, article));
  return { feature, container, words: article.wordCount, featureMs, readabilityMs, ratio: featureMs / readabilityMs };
}

function sizes(): { file: string; raw: number; gzip: number }[] {
  const out: { file: string; raw: number; gzip: number }[] = [];
  const add = (file: string) => {
    if (!existsSync(file)) return;
    const buf = readFileSync(file);
    out.push({ file, raw: buf.length, gzip: gzipSync(buf).length });
  };
  add('.output/chrome-mv3/content-scripts/content.js');
  add('.output/chrome-mv3/background.js');
  const chunks = '.output/chrome-mv3/chunks';
  if (existsSync(chunks)) for (const f of readdirSync(chunks)) add(join(chunks, f));
  add('public/glossary/glossary.json');
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  console.log('## Extraction: extract() vs bare Readability.parse() on the same page\n');
  printExtraction(await benchExtraction());

  console.log('\n## Analysis cost as a ratio to the Readability parse of the same page\n');
  const items = loadDataset();
  const title = items[0]!.title;
  const rows: CostRow[] = [];
  const glossaryJson = readFileSync('public/glossary/glossary.json', 'utf8');
  const glossary = loadGlossary(JSON.parse(glossaryJson) as GlossaryData);
  const acronymText = acronymArticle(5_000, 200);
  const quoteArticle = syntheticQuoteArticle(5_000);
  for (const container of Object.keys(CONTAINERS) as Container[]) {
    for (const words of [500, 1_500, 5_000]) {
      rows.push(cost('summary', container, title, summaryArticle(items, words), (_d, a) => summarize({ text: a.text, title })));
    }
    rows.push(cost('acronyms: find + expand', container, title, acronymText, (_d, a) => findAcronyms(a.text, { glossary })));
    rows.push(
      cost('acronyms: + page ranges', container, title, acronymText, (doc, a) => {
        const toRange = articleRangeMapper(a, doc.body);
        for (const x of findAcronyms(a.text, { glossary })) for (const at of x.offsets) toRange(at, at + x.short.length);
      }),
    );
    rows.push(cost(`quotes (${quoteArticle.planted} planted)`, container, title, quoteArticle.text, (_d, a) => findQuotes(a.text)));
  }
  console.log('| feature | page | words | feature ms | Readability ms | ratio |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.feature} | ${r.container} | ${r.words} | ${r.featureMs.toFixed(1)} | ${r.readabilityMs.toFixed(1)} | ${r.ratio.toFixed(2)} |`);
  }
  const glossaryLoadMs = time(() => loadGlossary(JSON.parse(glossaryJson) as GlossaryData), 5);
  console.log(`\nGlossary parse + index: ${glossaryLoadMs.toFixed(1)} ms (background only, on first acronym lookup).`);
  console.log(`Acronyms on a bracket-free page 4× longer: ${measureLongPageScale().toFixed(1)}× the time (linear: about 4).`);

  console.log('\n## Built sizes (run `npm run build` first)\n');
  console.log('| file | raw | gzip |');
  console.log('|---|---:|---:|');
  for (const s of sizes()) console.log(`| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  if (!existsSync('.output/chrome-mv3')) console.log('(no build found)');
}

await main();

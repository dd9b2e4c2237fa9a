/**
 * Speed of the acronym engine: glossary load (JSON parse + index) and findAcronyms on a synthetic
 * 5,000-word article with about 200 acronym occurrences, glossary loaded (median of 5 runs after
 * one warm-up; the warm-up also builds the sense bags that the first multi-sense lookup needs).
 *
 * Run: npx tsx tests/bench/acronyms-speed.ts   (or import { benchAcronymSpeed })
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { findAcronyms, loadGlossary, type GlossaryData } from '../../lib/acronyms';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface AcronymSpeed {
  words: number;
  occurrences: number;
  /** Cold (first call in the process, includes JIT warm-up) and median of 5 warm loads. */
  glossaryFirstLoadMs: number;
  glossaryLoadMs: number;
  firstRunMs: number;
  medianMs: number;
  /**
   * Time on a page four times longer, as a multiple of the time on the shorter one: about 4 when the
   * work grows with the text. Bracket-free text, where a search for brackets has nothing near to stop
   * it (it was 12 before the search was bounded).
   */
  longPageScale: number;
}

/** Sentences with acronyms and no brackets, `n` of them. */
function bracketFreeText(n: number): string {
  return Array.from({ length: n }, (_, i) => `Ngày ${(i % 28) + 1}, UBND xã cùng HĐND họp bàn về đường sá.`).join(' ');
}

/** How much longer findAcronyms takes on a bracket-free page four times longer (see AcronymSpeed). */
export function measureLongPageScale(): number {
  const short = bracketFreeText(4000);
  const long = bracketFreeText(16000);
  medianRunMs(short, 1);
  return medianRunMs(long, 3) / medianRunMs(short, 3);
}

function medianRunMs(text: string, runs: number): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    findAcronyms(text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? 0;
}

const FILLER = 'Chiều nay tại hội trường tỉnh các đại biểu đã thảo luận về kế hoạch phát triển kinh tế xã hội năm tới với nhiều ý kiến đóng góp'.split(' ');
const ACRONYM_SENTENCES = [
  'Ủy ban nhân dân (UBND) tỉnh họp với các KCN',
  'Chủ tịch HĐQT Công ty CP nói về GDP và FDI',
  'Sở GD-ĐT TP.HCM làm việc với ThS Lan về IoT',
  'khoản vay 10 triệu USD theo Nghị định 51/2012/NĐ-CP',
];

export function syntheticArticle(targetWords = 5000, targetAcronyms = 200): string {
  const parts: string[] = [];
  let words = 0;
  let acronyms = 0;
  let i = 0;
  const every = Math.floor(targetWords / (targetAcronyms / 2));
  while (words < targetWords) {
    const w = FILLER[i % FILLER.length] ?? 'và';
    parts.push(w);
    words++;
    i++;
    if (words % every === 0 && acronyms < targetAcronyms) {
      const s = ACRONYM_SENTENCES[(words / every) % ACRONYM_SENTENCES.length] ?? '';
      parts.push(`, ${s}.`);
      words += s.split(' ').length;
      acronyms += s.split(' ').filter((x) => /\p{Lu}.*\p{Lu}/u.test(x)).length;
    }
  }
  return parts.join(' ');
}

export async function benchAcronymSpeed(): Promise<AcronymSpeed> {
  const raw = readFileSync(join(root, 'public', 'glossary', 'glossary.json'), 'utf8');
  const t0 = performance.now();
  const glossary = loadGlossary(JSON.parse(raw) as GlossaryData);
  const glossaryFirstLoadMs = performance.now() - t0;
  const loads: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    loadGlossary(JSON.parse(raw) as GlossaryData);
    loads.push(performance.now() - t);
  }
  loads.sort((a, b) => a - b);
  const glossaryLoadMs = loads[2] ?? 0;

  const text = syntheticArticle();
  const t1 = performance.now();
  const first = findAcronyms(text, { glossary });
  const firstRunMs = performance.now() - t1;
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    findAcronyms(text, { glossary });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const longPageScale = measureLongPageScale();
  return {
    words: text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length,
    occurrences: first.reduce((n, a) => n + a.count, 0),
    glossaryFirstLoadMs,
    glossaryLoadMs,
    firstRunMs,
    medianMs: times[2] ?? 0,
    longPageScale,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchAcronymSpeed().then((r) =>
    console.log(
      `acronyms speed: ${r.words} words, ${r.occurrences} acronym occurrences\n` +
        `  glossary load (JSON.parse + index) first ${r.glossaryFirstLoadMs.toFixed(1)} ms, median of 5 ${r.glossaryLoadMs.toFixed(1)} ms\n` +
        `  findAcronyms first run ${r.firstRunMs.toFixed(1)} ms, median of 5 ${r.medianMs.toFixed(1)} ms\n` +
        `  a bracket-free page 4× longer takes ${r.longPageScale.toFixed(1)}× the time (linear: about 4)`,
    ),
  );
}

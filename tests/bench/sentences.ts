/**
 * Sentence-boundary benchmark on UD_Vietnamese-VTB test (800 gold `# text =` sentences, CC BY-SA 4.0).
 * Consecutive sentences of a document are joined with a space into chunks (paragraphs), split back, and
 * the chunk-internal boundaries (sentence end offsets) are scored for precision, recall and F1.
 * Two renderings of the same sentences:
 * - raw: the treebank's tokenised text as given ("nói : " Tôi ... ? " .", "400 . 000 đ");
 * - detokenised: punctuation glued the way news sites print it ("nói: "Tôi ...?".", "400.000 đ").
 * The baseline splits on [.!?] followed by whitespace and a capital letter.
 * Run: npx tsx tests/bench/sentences.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../lib/text/sentences';
import type { Span } from '../../lib/text/span';
import { SENTENCE_CASES } from '../text/sentence-cases';

const CONLLU = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/segmentation/vi_vtb-ud-test.conllu');
const CHUNK = 10;

interface Doc {
  id: string;
  sentences: string[];
}

function readDocs(path: string): Doc[] {
  const docs: Doc[] = [];
  let id = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const sid = /^# sent_id = (.+)-s\d+$/.exec(line);
    if (sid?.[1] !== undefined) id = sid[1];
    const t = /^# text =(.*)$/.exec(line);
    if (t?.[1] === undefined) continue;
    const text = t[1].trim().normalize('NFC');
    const last = docs[docs.length - 1];
    if (last?.id === id) last.sentences.push(text);
    else docs.push({ id, sentences: [text] });
  }
  return docs;
}

/** Glue tokenised punctuation back; straight quotes alternate open/close within a sentence. */
export function detokenize(s: string): string {
  let quote = false;
  const parts = s.split(' ');
  let out = '';
  let glueNext = false;
  for (const p of parts) {
    if (p === '') continue;
    let glue = glueNext;
    glueNext = false;
    if (/^[.,;:!?…)\]%]+$/.test(p) || /^\.{2,}$/.test(p)) glue = true;
    if (p === '"') {
      quote = !quote;
      if (quote) glueNext = true;
      else glue = true;
    }
    if (p === '(' || p === '[') glueNext = true;
    out += (out === '' || glue ? '' : ' ') + p;
  }
  // "400 . 000" and "1 , 9" were one number before tokenisation.
  return out.replace(/(\d)([.,]) ?(\d)/g, '$1$2$3');
}

interface Chunk {
  text: string;
  gold: Set<number>;
}

function chunks(docs: Doc[], render: (s: string) => string): Chunk[] {
  const out: Chunk[] = [];
  for (const doc of docs) {
    for (let i = 0; i < doc.sentences.length; i += CHUNK) {
      const group = doc.sentences.slice(i, i + CHUNK).map(render);
      const gold = new Set<number>();
      let text = '';
      for (const [k, s] of group.entries()) {
        text += (k === 0 ? '' : ' ') + s;
        if (k < group.length - 1) gold.add(text.length);
      }
      out.push({ text, gold });
    }
  }
  return out;
}

export function baselineSplit(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s+\p{Lu})/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

function score(cs: Chunk[], split: (t: string) => Span[], errors?: string[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cs) {
    const spans = split(c.text);
    const predicted = new Set(spans.slice(0, -1).map((s) => s.end));
    for (const b of predicted) {
      if (c.gold.has(b)) tp++;
      else {
        fp++;
        errors?.push(`FP …${c.text.slice(Math.max(0, b - 40), b)}‖${c.text.slice(b, b + 30)}…`);
      }
    }
    for (const b of c.gold) {
      if (!predicted.has(b)) {
        fn++;
        errors?.push(`FN …${c.text.slice(Math.max(0, b - 40), b)}‖${c.text.slice(b, b + 30)}…`);
      }
    }
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, f1, tp, fp, fn };
}

function msPer1000Sentences(cs: Chunk[], sentences: number): number {
  for (const c of cs) splitSentences(c.text); // warm up the JIT
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const c of cs) splitSentences(c.text);
  return ((performance.now() - t0) / rounds / sentences) * 1000;
}

export interface SentenceBench {
  sentences: number;
  chunks: number;
  hardCases: { cases: number; ours: Score; baseline: Score };
  raw: { ours: Score; baseline: Score };
  detokenized: { ours: Score; baseline: Score };
  msPer1000: number;
  errors: string[];
}

export async function benchSentences(): Promise<SentenceBench> {
  const docs = readDocs(CONLLU);
  const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
  const raw = chunks(docs, (s) => s);
  const detok = chunks(docs, detokenize);
  const errors: string[] = [];
  const hard: Chunk[] = chunks(
    SENTENCE_CASES.map(([id, s]) => ({ id, sentences: s })),
    (s) => s,
  );
  const result: SentenceBench = {
    sentences,
    chunks: raw.length,
    hardCases: { cases: hard.length, ours: score(hard, splitSentences), baseline: score(hard, baselineSplit) },
    raw: { ours: score(raw, splitSentences, process.argv.includes('--raw') ? errors : undefined), baseline: score(raw, baselineSplit) },
    detokenized: { ours: score(detok, splitSentences, process.argv.includes('--raw') ? undefined : errors), baseline: score(detok, baselineSplit) },
    msPer1000: msPer1000Sentences(detok, sentences),
    errors,
  };
  return result;
}

const pct = (x: number): string => (100 * x).toFixed(1);
const row = (name: string, s: Score): string =>
  `  ${name.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchSentences();
  console.log(`UD_Vietnamese-VTB test: ${r.sentences} sentences in ${r.chunks} chunks of ≤${CHUNK}`);
  console.log('raw (tokenised) text:');
  console.log(row('ours', r.raw.ours));
  console.log(row('baseline', r.raw.baseline));
  console.log('detokenised text:');
  console.log(row('ours', r.detokenized.ours));
  console.log(row('baseline', r.detokenized.baseline));
  console.log(`hard cases (tests/text/sentence-cases.ts, ${r.hardCases.cases} paragraphs):`);
  console.log(row('ours', r.hardCases.ours));
  console.log(row('baseline', r.hardCases.baseline));
  console.log(`speed: ${r.msPer1000.toFixed(2)} ms per 1,000 sentences (detokenised)`);
  if (process.argv.includes('--errors')) for (const e of r.errors) console.log(e);
}

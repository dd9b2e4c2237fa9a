/**
 * Speed of findQuotes on a synthetic article of about 5,000 words with about 60 quotations:
 * narrative sentences from the VietNews dev set (which carry their own scare quotes), with a
 * quotation sentence in one of six attribution patterns after every ~80 words, in paragraphs.
 * Timed as the median of 15 runs after a warm-up. Run: npx tsx tests/bench/quotes-speed.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotes } from '../../lib/quotes';
import { countWords } from '../../lib/text/words';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATASET = join(root, '..', 'shared', 'summarization', 'vietnews-dev.jsonl');

const PEOPLE = ['ông Nguyễn Văn An', 'bà Trần Thị Bích', 'anh Lê Quốc Cường', 'chị Phạm Thu Dung', 'TS. Hoàng Minh Đức'];
const PATTERNS: ((who: string, n: number) => string)[] = [
  (w, n) => `“Chúng tôi đã hoàn thành ${n} hạng mục trong quý này và sẽ tiếp tục đẩy nhanh tiến độ”, ${w} cho biết.`,
  (w, n) => `${w[0]!.toUpperCase()}${w.slice(1)}, Giám đốc Sở Xây dựng, nhấn mạnh: “Mỗi công trình chậm ${n} ngày là người dân chịu thiệt”.`,
  (w) => `Theo ${w}, “việc công khai thông tin là điều kiện để doanh nghiệp yên tâm đầu tư lâu dài”.`,
  (w) => `“Nếu không sửa quy định”, ${w} nói, “các dự án sẽ tiếp tục nằm trên giấy”.`,
  (w, n) => `${w[0]!.toUpperCase()}${w.slice(1)}: Năm nay địa phương cần thêm ${n} tỷ đồng cho giáo dục.`,
];

export function syntheticQuoteArticle(targetWords = 5_000, everyWords = 80): { text: string; planted: number } {
  const pool = readFileSync(DATASET, 'utf8').split('\n').filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { sentences: string[] }).sentences);
  const paragraphs: string[] = [];
  let para: string[] = [];
  let words = 0;
  let sinceQuote = 0;
  let planted = 0;
  for (let i = 0; words < targetWords; i++) {
    let s = pool[i % pool.length]!;
    if (sinceQuote >= everyWords) {
      s = PATTERNS[planted % PATTERNS.length]!(PEOPLE[planted % PEOPLE.length]!, planted + 2);
      // The interrupted pattern is two quotations.
      planted += planted % PATTERNS.length === 3 ? 2 : 1;
      sinceQuote = 0;
      // A colon statement runs to the paragraph's end, so it closes its paragraph.
      para.push(s);
      if (s.includes(': Năm nay')) {
        paragraphs.push(para.join(' '));
        para = [];
      }
    } else para.push(s);
    const n = countWords(s);
    words += n;
    sinceQuote += n;
    if (para.length >= 4) {
      paragraphs.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) paragraphs.push(para.join(' '));
  return { text: paragraphs.join('\n'), planted };
}

export interface QuoteSpeed {
  words: number;
  planted: number;
  found: number;
  medianMs: number;
}

export async function benchQuoteSpeed(targetWords = 5_000, runs = 15): Promise<QuoteSpeed> {
  const { text, planted } = syntheticQuoteArticle(targetWords);
  findQuotes(text);
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = findQuotes(text).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { words: countWords(text), planted, found, medianMs: times[Math.floor(times.length / 2)]! };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchQuoteSpeed().then((r) =>
    console.log(`findQuotes on ${r.words} words with ${r.planted} planted quotations: ${r.found} found, median ${r.medianMs.toFixed(1)} ms`),
  );
}

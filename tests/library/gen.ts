/**
 * A tiny seeded generator of notebook records for property tests and the benchmark: mulberry32,
 * Vietnamese-looking text from a sentence pool, and stamps spread over a year.
 */
import type { ArticleRecord, GlossaryRecord, HighlightRecord, QuoteRecord } from '../../lib/db/schema';
import type { Snapshot } from '../../lib/library/types';

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export const SAMPLE_SENTENCES = [
  'Thành phố thông minh là mục tiêu của Bình Dương trong giai đoạn 2021-2025.',
  'Luật Đất đai sửa đổi được Quốc hội thông qua với 432 đại biểu tán thành.',
  'UBND TP.HCM đề xuất tăng 12.000 tỷ đồng cho giáo dục, y tế và giao thông.',
  'Người dân Đà Nẵng chờ đợi dự án cầu vượt suốt 3 năm qua: “Bao giờ mới xong?”',
  'Theo ông Nguyễn Văn An, doanh nghiệp cần 50% vốn đối ứng; #hashtag & %phí.',
  'Giá xăng giảm lần thứ ba liên tiếp, về mức 22.500 đồng/lít.',
  'Hà Nội mưa lớn, nhiều tuyến phố ngập sâu — cảnh báo lũ quét ở vùng núi phía Bắc.',
  'Chị Phạm Thu Dung nói: "Tôi rất vui" và cười.\nDòng thứ hai, với dấu phẩy, và = công thức',
];
const SPEAKERS = ['ông Nguyễn Văn An', 'bà Trần Thị Bích', 'Nguyễn Trọng Luật', 'TS. Hoàng Minh Đức', null];
const SITES = ['Báo Bình Dương', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', null];
const TAGS = ['đô thị', 'FDI', 'giáo dục', 'luật', 'lũ lụt', 'y tế', 'Đà Nẵng'];
const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

export interface GenOptions {
  articles: number;
  quotes: number;
  highlights: number;
  glossary?: number;
  sentences?: readonly string[];
  /** Share of records generated as tombstones. */
  deletedShare?: number;
  idPrefix?: string;
  baseTime?: number;
}

export function generateSnapshot(rng: Rng, o: GenOptions): Snapshot {
  const sentences = o.sentences ?? SAMPLE_SENTENCES;
  const base = o.baseTime ?? Date.UTC(2024, 0, 1);
  const prefix = o.idPrefix ?? '';
  const hex = () => Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  const uuid = () => `${prefix}${hex()}-${hex().slice(0, 4)}-4${hex().slice(0, 3)}-8${hex().slice(0, 3)}-${hex()}${hex().slice(0, 4)}`;
  const stamps = () => {
    const createdAt = base + int(rng, 0, 365 * 86_400_000);
    const updatedAt = createdAt + (rng() < 0.5 ? 0 : int(rng, 1, 30 * 86_400_000));
    const deleted = rng() < (o.deletedShare ?? 0);
    return deleted ? { createdAt, updatedAt, deletedAt: updatedAt } : { createdAt, updatedAt };
  };
  const tags = () => (rng() < 0.5 ? [] : [...new Set([pick(rng, TAGS), pick(rng, TAGS)])]);
  const sentence = () => pick(rng, sentences);
  const articles: ArticleRecord[] = [];
  for (let i = 0; i < o.articles; i++) {
    const paragraphs = [sentence(), sentence(), sentence()];
    const id = uuid();
    const published = rng() < 0.9 ? new Date(base - int(rng, 0, 2 * 365) * 86_400_000).toISOString().slice(0, 10) : null;
    articles.push({
      id,
      ...stamps(),
      url: `https://bao.example.vn/${prefix}bai-${i}-${id.slice(-6)}.html`,
      title: sentence().slice(0, int(rng, 30, 90)),
      sapo: rng() < 0.8 ? sentence() : null,
      byline: pick(rng, SPEAKERS),
      published,
      siteName: pick(rng, SITES),
      lang: 'vi',
      text: paragraphs.join('\n'),
      paragraphs,
      captions: [],
      wordCount: paragraphs.join(' ').split(/\s+/).length,
      readingMinutes: 1,
      tags: tags(),
      note: rng() < 0.3 ? sentence() : '',
    });
  }
  const articleOf = () => pick(rng, articles);
  const quotes: QuoteRecord[] = [];
  for (let i = 0; i < o.quotes && articles.length; i++) {
    const a = articleOf();
    const start = int(rng, 0, Math.max(0, a.text.length - 20));
    quotes.push({
      id: uuid(), ...stamps(), articleId: a.id, url: a.url, text: a.text.slice(start, start + int(rng, 10, 60)), start,
      speaker: pick(rng, SPEAKERS), role: rng() < 0.3 ? 'Giám đốc Sở Xây dựng' : null, kind: rng() < 0.8 ? 'direct' : 'colon', tags: tags(),
    });
  }
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < o.highlights && articles.length; i++) {
    const a = articleOf();
    const start = int(rng, 0, Math.max(0, a.text.length - 20));
    const end = Math.min(a.text.length, start + int(rng, 5, 80));
    highlights.push({
      id: uuid(), ...stamps(), articleId: a.id, url: a.url, exact: a.text.slice(start, end),
      prefix: a.text.slice(Math.max(0, start - 32), start), suffix: a.text.slice(end, end + 32), start, end,
      color: pick(rng, COLORS), note: rng() < 0.4 ? sentence() : '', tags: tags(),
    });
  }
  const glossary: GlossaryRecord[] = [];
  // Every third entry is kept for a site, every third after it for one article.
  const kept = (i: number) => (i % 3 === 1 ? { site: 'vnexpress.net' } : i % 3 === 2 ? { page: `https://tuoitre.vn/bai-${i}.htm` } : {});
  for (let i = 0; i < (o.glossary ?? 0); i++) glossary.push({ id: uuid(), ...stamps(), short: `VT${i}`, long: sentence().slice(0, 30), note: '', ...kept(i) });
  return { articles, quotes, highlights, glossary };
}

/** A record with a later version: an edited note/tag or a deletion, `dt` ms after the current one. */
export function evolve<T extends { updatedAt: number; deletedAt?: number; tags: string[] }>(rng: Rng, r: T, dt: number): T {
  const updatedAt = r.updatedAt + dt;
  if (rng() < 0.3) return { ...r, updatedAt, deletedAt: updatedAt };
  return { ...r, updatedAt, tags: [...r.tags, `sửa-${dt}`] };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../lib/summary';
import { countWords } from '../../lib/text/words';

const BDO = readFileSync(new URL('../../../shared/corpus/bdo-horasis-2023.txt', import.meta.url), 'utf8').normalize('NFC');
const BDO_TITLE = 'Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới';

interface Item {
  title: string;
  sentences: string[];
}
const NEWS: Item[] = readFileSync(new URL('../../../shared/summarization/vietnews-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, 20)
  .map((l) => JSON.parse(l) as Item);

function offsetsHold(text: string, out: ReturnType<typeof summarize>): void {
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('summarize: budgets', () => {
  it('returns exactly the requested number of sentences', () => {
    for (const n of [1, 2, 4]) expect(summarize({ text: BDO, title: BDO_TITLE }, { sentences: n })).toHaveLength(n);
  });

  it('uses 3–5 sentences by default, more for longer articles', () => {
    const short = NEWS.map((a) => a.sentences.join(' ')).find((t) => countWords(t) < 300)!;
    expect(summarize({ text: short })).toHaveLength(3);
    const long = Array.from({ length: 6 }, () => BDO).join('\n');
    const n = summarize({ text: long }).length;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(5);
  });

  it('stays within a word budget with whole sentences, and fills it', () => {
    for (const budget of [40, 80, 150, 300]) {
      const out = summarize({ text: BDO, title: BDO_TITLE }, { words: budget });
      const total = out.reduce((n, s) => n + countWords(s.text), 0);
      expect(total).toBeLessThanOrEqual(budget);
      // Filled: no eligible sentence left out would still fit (each candidate is ≥ 6 words).
      expect(total).toBeGreaterThan(budget / 2);
    }
  });

  it('gives one sentence when even the shortest is longer than the word budget', () => {
    const out = summarize({ text: BDO, title: BDO_TITLE }, { words: 3 });
    expect(out).toHaveLength(1);
  });

  it('stops at whichever of sentences and words is reached first', () => {
    expect(summarize({ text: BDO }, { sentences: 1, words: 500 })).toHaveLength(1);
    const out = summarize({ text: BDO }, { sentences: 10, words: 10 });
    expect(out).toHaveLength(1);
  });

  it('returns nothing for a zero budget', () => {
    expect(summarize({ text: BDO }, { sentences: 0 })).toEqual([]);
    expect(summarize({ text: BDO }, { words: 0 })).toEqual([]);
  });
});

describe('summarize: output shape', () => {
  it('returns sentences in article order with exact offsets', () => {
    for (const a of NEWS) {
      const text = a.sentences.join(' ');
      const out = summarize({ text, title: a.title }, { sentences: 4 });
      offsetsHold(text, out);
      for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThan(out[i - 1]!.end - 1);
    }
    offsetsHold(BDO, summarize({ text: BDO, title: BDO_TITLE }, { sentences: 5 }));
  });

  it('is deterministic', () => {
    const a = summarize({ text: BDO, title: BDO_TITLE }, { sentences: 4 });
    const b = summarize({ text: BDO, title: BDO_TITLE }, { sentences: 4 });
    expect(b).toEqual(a);
  });

  it('handles empty, blank and one-sentence articles', () => {
    expect(summarize({ text: '' })).toEqual([]);
    expect(summarize({ text: '  \n\n ' })).toEqual([]);
    const one = 'Ngày 25/2, TAND TP Đà Nẵng tuyên phạt Hồ Xuân Huy 12 năm tù về tội lừa đảo chiếm đoạt tài sản.';
    expect(summarize({ text: one })).toEqual([{ text: one, start: 0, end: one.length }]);
  });

  it('prefers the sentences that share the title topic', () => {
    const text = [
      'Thời tiết cuối tuần ở miền Bắc khá đẹp, nhiều gia đình đưa con đi chơi công viên.',
      'Giá xăng giảm mạnh từ chiều nay sau phiên điều hành của liên bộ Công Thương và Tài chính.',
      'Một số cửa hàng bán lẻ trong thành phố đông khách hơn thường lệ vào buổi tối.',
      'Liên bộ cho biết giá xăng giảm nhờ giá dầu thế giới đi xuống trong kỳ điều hành vừa qua.',
    ].join(' ');
    const out = summarize({ text, title: 'Giá xăng giảm mạnh' }, { sentences: 1 });
    expect(out[0]!.text).toContain('Giá xăng giảm mạnh');
  });
});

describe('summarize: redundancy', () => {
  it('does not pick two sentences that say the same thing', () => {
    const a = 'Giá xăng giảm mạnh từ chiều nay sau phiên điều hành của liên bộ Công Thương và Tài chính.';
    const b = 'Chiều nay, giá xăng giảm mạnh sau phiên điều hành của liên bộ Công Thương và Tài chính.';
    const c = 'Giá dầu diesel cũng giảm nhẹ, trong khi giá xăng sinh học được giữ nguyên như kỳ trước.';
    const text = [a, b, c].join(' ');
    const out = summarize({ text, title: 'Giá xăng giảm mạnh chiều nay' }, { sentences: 2 }).map((s) => s.text);
    expect(out).toHaveLength(2);
    expect(out).toContain(c);
  });
});

describe('summarize: lines that answer the one before', () => {
  it('prefers a line that stands alone to one opening with "Tuy nhiên", "Do đó" and the like', () => {
    const title = 'Giá xăng giảm mạnh chiều nay';
    const lines = [
      'Người dân mua xăng chiều nay trả ít hơn hôm qua gần một nghìn đồng mỗi lít tại các cửa hàng.',
      'Tuy nhiên, giá xăng giảm mạnh chiều nay vẫn chưa đủ để kéo giá cước vận tải đi xuống ngay.',
      'Do đó, giá xăng giảm mạnh chiều nay chưa làm các hãng taxi công bố giảm giá cước ngay.',
      'Liên bộ Công Thương và Tài chính quyết định giá xăng giảm mạnh từ chiều nay.',
    ];
    const picked = summarize({ text: lines.join(' '), title }, { sentences: 1 }).map((s) => s.text);
    expect(picked).toEqual([lines[3]]);
    // Still a summary when nothing else is left.
    expect(summarize({ text: lines.slice(1, 3).join(' '), title }, { sentences: 1 })).toHaveLength(1);
  });

  it('reads "Song" as a conjunction only with its comma', () => {
    const lines = [
      'Song Hye-kyo xuất hiện rạng rỡ tại sự kiện thời trang ở Seoul tối qua cùng nhiều ngôi sao.',
      'Nữ diễn viên rạng rỡ tại sự kiện thời trang ở Seoul, nơi nhiều người hâm mộ chờ từ sớm.',
    ];
    const picked = summarize({ text: lines.join(' '), title: 'Song Hye-kyo rạng rỡ tại sự kiện thời trang ở Seoul' }, { sentences: 1 });
    expect(picked.map((s) => s.text)).toEqual([lines[0]]);
  });
});

describe('summarize: never a caption, credit, byline, heading or fragment', () => {
  const out = summarize({ text: BDO, title: BDO_TITLE }, { sentences: 12 });

  it('skips the photo captions and credits of the BDO article', () => {
    expect(out.length).toBeGreaterThan(5);
    for (const s of out) {
      expect(s.text).not.toMatch(/Ảnh:/);
      expect(s.text).not.toContain('thực hiện nghi thức khai mạc');
      expect(s.text).not.toContain('Các diễn giả góp ý, đề xuất giải pháp');
      expect(s.text).not.toBe('NGỌC THANH');
      expect(s.text).not.toBe('Lấy con người làm cốt lõi');
      expect(s.text).not.toContain('Cập nhật:');
    }
  });

  it('skips caption lines, credits, short and cut-quote sentences even when they match the title', () => {
    const title = 'Bình Dương kiến tạo cộng đồng thông minh';
    const lines = [
      'Bình Dương kiến tạo cộng đồng thông minh',
      'Bình Dương kiến tạo cộng đồng thông minh tại hội thảo sáng nay. Ảnh: QUỐC CHIẾN',
      'Ảnh: Bình Dương kiến tạo cộng đồng thông minh.',
      'Bình Dương thông minh.',
      'BÌNH DƯƠNG KIẾN TẠO CỘNG ĐỒNG THÔNG MINH.',
      '“Bình Dương kiến tạo cộng đồng thông minh. Đây là một hướng đi đúng của tỉnh.',
      'Tỉnh đã đầu tư nhiều năm cho hạ tầng số và dịch vụ công trực tuyến cho người dân.',
      'Người dân được hưởng lợi từ các dịch vụ công trực tuyến mà tỉnh triển khai.',
    ];
    const text = lines.join('\n');
    const picked = summarize({ text, title }, { sentences: 10 });
    expect(picked.map((s) => s.text)).toEqual([lines[6], lines[7]]);
  });
});

describe('summarize: scale', () => {
  it('finishes a 50,000-word article quickly', () => {
    const pool = NEWS.flatMap((a) => a.sentences);
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; words < 50_000; i++) {
      const s = pool[i % pool.length]!;
      parts.push(s);
      words += countWords(s);
      if (i % 7 === 6) parts.push('\n');
    }
    const text = parts.join(' ');
    const t0 = performance.now();
    const out = summarize({ text }, { sentences: 5 });
    const ms = performance.now() - t0;
    expect(out).toHaveLength(5);
    offsetsHold(text, out);
    expect(ms).toBeLessThan(5_000);
  });
});

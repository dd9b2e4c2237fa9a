import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, type Fact } from '../../lib/summary';
import { splitSentences } from '../../lib/text/sentences';

const BDO = readFileSync(new URL('../../../shared/corpus/bdo-horasis-2023.txt', import.meta.url), 'utf8').normalize('NFC');

const pairs = (facts: Fact[]) => facts.map((f) => `${f.kind}:${f.text}`);

describe('extractFacts on the BDO article', () => {
  const facts = extractFacts(BDO);

  it('finds the stated figures with their units', () => {
    expect(pairs(facts)).toEqual(
      expect.arrayContaining(['amount:12.000m2', 'duration:24 năm', 'date:Tháng 10-2023', 'date:05-12-2023', 'amount:10MB']),
    );
  });

  it('does not list ordinals, versions or bare years as facts', () => {
    const texts = facts.map((f) => f.text);
    expect(texts.some((t) => /^4(\.0)?$/.test(t))).toBe(false);
    expect(texts.some((t) => t.startsWith('2023 '))).toBe(false);
    expect(texts).not.toContain('1');
  });

  it('links each fact to the sentence that contains it, with exact offsets', () => {
    const sentences = splitSentences(BDO);
    for (const f of facts) {
      expect(BDO.slice(f.start, f.end)).toBe(f.text);
      const s = sentences.find((x) => x.start === f.sentenceStart);
      expect(s, f.text).toBeDefined();
      expect(f.start).toBeGreaterThanOrEqual(s!.start);
      expect(f.end).toBeLessThanOrEqual(s!.end);
    }
    const area = facts.find((f) => f.text === '12.000m2')!;
    expect(BDO.slice(area.sentenceStart)).toMatch(/^“?Chúng tôi vừa xây dựng nhà máy thứ 4/);
  });
});

describe('extractFacts on news sentences', () => {
  const cases: [string, string[]][] = [
    [
      'Chỉ với lời “nổ” này, từ tháng 10/2016 đến 9/2017, nhiều người đã bị lừa với tổng số tiền 3,2 tỷ đồng.',
      ['date:tháng 10/2016', 'date:9/2017', 'amount:3,2 tỷ đồng'],
    ],
    ['Tổng vốn dự án là 770 tỷ đồng, lợi nhuận dự kiến tăng 15-25% mỗi năm.', ['amount:770 tỷ đồng', 'percent:15-25%']],
    ['Ngày 18/7, lúc 17h30, hơn 120 người đã có mặt.', ['date:Ngày 18/7', 'date:17h30', 'count:120 người']],
    ['Bị cáo lĩnh 12 năm tù; nhà máy rộng 1.500 ha, vốn 2,5 triệu USD.', ['duration:12 năm', 'amount:1.500 ha', 'amount:2,5 triệu USD']],
    ['Tối 27/6, công an cho biết đây là lần thứ 4 trong năm 2023.', ['date:Tối 27/6', 'date:năm 2023']],
    ['Sản lượng quý III/2023 đạt 3 triệu tấn, tăng 5,4 phần trăm.', ['date:quý III/2023', 'amount:3 triệu tấn', 'percent:5,4 phần trăm']],
  ];
  for (const [text, expected] of cases) {
    it(text.slice(0, 40), () => {
      const facts = extractFacts(text);
      expect(pairs(facts)).toEqual(expected);
      for (const f of facts) expect(f.sentenceStart).toBe(0);
    });
  }

  it('gives the second sentence its own start', () => {
    const text = 'Giá vàng tăng mạnh. Sáng 5/3, giá vàng lên 80 triệu đồng mỗi lượng.';
    const f = extractFacts(text);
    expect(pairs(f)).toEqual(['date:Sáng 5/3', 'amount:80 triệu đồng']);
    expect(f.every((x) => x.sentenceStart === text.indexOf('Sáng'))).toBe(true);
  });

  it('returns nothing for text without figures', () => {
    expect(extractFacts('Công nghiệp 4.0 mở ra cơ hội mới cho doanh nghiệp.')).toEqual([]);
    expect(extractFacts('')).toEqual([]);
  });
});

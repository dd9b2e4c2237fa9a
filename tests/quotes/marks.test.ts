import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from '../../lib/quotes/marks';

const inner = (t: string, s: { open: number; close: number | null }): string => t.slice(s.open + 1, s.close ?? undefined);

describe('findMarkedSpans', () => {
  it('pairs curly, straight and guillemet marks', () => {
    const t = 'A “một” B "hai" C «ba» D';
    expect(findMarkedSpans(t).map((s) => inner(t, s))).toEqual(['một', 'hai', 'ba']);
  });

  it('pairs mismatched marks by their position', () => {
    const t = 'Ông nói "Do đó, không thể”- ông Thắng quả quyết.';
    const [s] = findMarkedSpans(t);
    expect(inner(t, s!)).toBe('Do đó, không thể');
  });

  it('leaves a quotation open when the next one starts before it closes', () => {
    const t = 'nói: “Câu một. Câu hai. Ông B cho biết: “Câu ba”.';
    const spans = findMarkedSpans(t);
    expect(spans).toHaveLength(2);
    expect(spans[0]!.close).toBeNull();
    expect(spans[0]!.limit).toBe(t.indexOf('“Câu ba'));
    expect(inner(t, spans[1]!)).toBe('Câu ba');
  });

  it('keeps a nested quotation inside the outer one', () => {
    const t = 'Ông nói: “Họ hô “chạy đi” rồi bỏ chạy”. Hết.';
    const spans = findMarkedSpans(t);
    expect(spans).toHaveLength(1);
    expect(inner(t, spans[0]!)).toBe('Họ hô “chạy đi” rồi bỏ chạy');
  });

  it('continues a quotation reopened at the next paragraph', () => {
    const t = 'Bà nói: “Đoạn một.\n“Đoạn hai”.';
    const [s] = findMarkedSpans(t);
    expect(s!.reopened).toEqual([t.indexOf('“Đoạn hai')]);
    expect(s!.close).toBe(t.lastIndexOf('”'));
  });

  it('ends an unclosed quotation at its paragraph when nothing reopens it', () => {
    const t = 'Bà nói: “Đoạn một.\nĐoạn kể tiếp.';
    const [s] = findMarkedSpans(t);
    expect(s!.close).toBeNull();
    expect(s!.limit).toBe(t.indexOf('\n'));
  });

  it('ignores single marks and apostrophes outside quotations', () => {
    expect(findMarkedSpans('Chỉ số Standard & Poor’s 500 và ‘tạm’ thôi.')).toEqual([]);
  });
});

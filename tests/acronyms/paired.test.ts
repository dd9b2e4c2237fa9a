import { describe, expect, it } from 'vitest';
import { definedAs } from './helpers';

describe('two short forms in one pair of brackets after their two names', () => {
  it('reads each name by its spelling, joined by a comma or "và"', () => {
    const titles = 'Thủ tướng công nhận chức danh giáo sư, phó giáo sư (GS, PGS) cho 1.226 người.';
    expect(definedAs(titles, 'GS')).toBe('giáo sư');
    expect(definedAs(titles, 'PGS')).toBe('phó giáo sư');
    const forces = 'Lực lượng phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC và CNCH) có mặt kịp thời.';
    expect(definedAs(forces, 'PCCC')).toBe('phòng cháy chữa cháy');
    expect(definedAs(forces, 'CNCH')).toBe('cứu nạn cứu hộ');
    // A list ends in "và" where its short forms take a comma.
    expect(definedAs('Hội đồng nhân dân và Ủy ban nhân dân (HĐND, UBND) tỉnh họp.', 'UBND')).toBe('Ủy ban nhân dân');
  });

  it('leaves a pair its words do not spell to the other readings', () => {
    // The second name does not spell its short form: no pair is read.
    expect(definedAs('Ông là giáo sư, tiến sĩ y khoa (GS, TSKH) tại Pháp.', 'GS')).toBeNull();
  });
});

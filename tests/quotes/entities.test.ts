import { describe, expect, it } from 'vitest';
import { scanEntities, speakerFrom } from '../../lib/quotes/entities';

const resolve = (text: string, phrase: string) => speakerFrom(phrase, text.length, scanEntities(text));

describe('speaker resolution across sentences', () => {
  const text = 'Bà Trần Thị Mai, Giám đốc Sở Y tế, cho biết A. Ông Lê Văn Hùng, Chủ tịch Hội Nông dân, nói B. Tổ chức Ân xá quốc tế cáo buộc C.';

  it('expands a short name to the full name given earlier, with its role', () => {
    expect(resolve(text, 'ông Hùng')).toEqual({ speaker: 'Lê Văn Hùng', role: 'Chủ tịch Hội Nông dân' });
    expect(resolve(text, 'bà Mai')).toEqual({ speaker: 'Trần Thị Mai', role: 'Giám đốc Sở Y tế' });
  });

  it('resolves "ông này", "bà" and "vị giám đốc" to the latest fitting person', () => {
    expect(resolve(text, 'ông này')?.speaker).toBe('Lê Văn Hùng');
    expect(resolve(text, 'bà')?.speaker).toBe('Trần Thị Mai');
    expect(resolve(text, 'vị giám đốc')?.speaker).toBe('Trần Thị Mai');
  });

  it('resolves "Tổ chức này" to the organisation', () => {
    expect(resolve(text, 'Tổ chức này')?.speaker).toBe('Tổ chức Ân xá quốc tế');
  });

  it('leaves a reference without antecedent unresolved instead of guessing', () => {
    expect(resolve('Trời mưa to suốt đêm.', 'ông này')).toBeNull();
    expect(resolve('Trời mưa to suốt đêm.', 'ông Meade')).toEqual({ speaker: 'Meade', role: null });
  });
});

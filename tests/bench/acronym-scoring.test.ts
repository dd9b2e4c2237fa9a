import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchAcronyms, nearLong, normLong } from './acronyms';

describe('acronym bench scoring', () => {
  it('normLong ignores case, tone placement, dash and apostrophe typography, spacing', () => {
    expect(normLong('Uỷ ban  Nhân dân')).toBe(normLong('ủy ban nhân dân'));
    expect(normLong('Toà trọng tài – Hague’s')).toBe(normLong("Tòa trọng tài - Hague's"));
  });

  it('nearLong: the same name with its edges within two words', () => {
    expect(nearLong('Hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối', 'phòng thủ tên lửa tầm cao giai đoạn cuối')).toBe(true);
    expect(nearLong('Nhà nước Hồi giáo', 'Nhà nước Hồi giáo tự xưng')).toBe(true);
    expect(nearLong('thời điểm Toà trọng tài thường trực quốc tế', 'Tòa trọng tài thường trực quốc tế')).toBe(true);
    expect(nearLong('Quỹ Tiền tệ Quốc tế', 'Quỹ Tiền tệ Quốc tế')).toBe(true);
  });

  it('nearLong: another name, a part of a word or a longer difference is not near', () => {
    // The ministry an agency belongs to is not the agency.
    expect(nearLong('Bộ Quốc phòng Mỹ', 'Cơ quan Tìm kiếm tù binh và người mất tích thuộc Bộ Quốc phòng Mỹ')).toBe(false);
    expect(nearLong('máy bay ném bom', 'hiện diện liên tục của máy bay ném bom')).toBe(false);
    expect(nearLong('Hải quân Trung Quốc', "People's Liberation Army")).toBe(false);
    expect(nearLong('an ninh mạng', 'an ninh mạng quốc gia')).toBe(true);
    expect(nearLong('an ninh', 'an ninh mạng quốc gia')).toBe(false);
    expect(nearLong('inh mạng', 'an ninh mạng')).toBe(false);
    expect(nearLong(null, 'Quỹ Tiền tệ Quốc tế')).toBe(false);
    // A short name and the body around it are two bodies.
    expect(nearLong('Chính phủ', 'Văn phòng Chính phủ')).toBe(false);
    expect(nearLong('Công an', 'Bộ Công an')).toBe(false);
  });

  it('nearLong: quotes, commas and the spacing of dashes do not count', () => {
    expect(nearLong('"Nhà nước Hồi giáo"', 'Nhà nước Hồi giáo')).toBe(true);
    expect(nearLong('Quỹ Tiền tệ Quốc tế,', 'Quỹ Tiền tệ Quốc tế')).toBe(true);
    expect(nearLong('Hàng không-Vũ trụ Mỹ', 'Hàng không - Vũ trụ Mỹ')).toBe(true);
  });

  it('splits definition precision by the guess flag, and offers only on wrong ones', async () => {
    // One confirmed reading (spelled by its letters), one guess that is right, one guess one word
    // too long (gold leaves "trinh sát" out).
    const text = 'Thành phố thông minh (TPTM) là xu hướng. Tổ chức Giám sát Nhân quyền Syria (SOHR) cho hay. Mỹ đã trao hợp đồng chế tạo trinh sát cơ không người lái (UAV) ScanEagle.';
    const at = (s: string): number => text.indexOf(s);
    const gold = [{ id: 'g', text, acronyms: [
      { short: 'TPTM', long: 'Thành phố thông minh', defined_in_text: true, offset: at('TPTM') },
      { short: 'SOHR', long: 'Tổ chức Giám sát Nhân quyền Syria', defined_in_text: true, offset: at('SOHR') },
      { short: 'UAV', long: 'cơ không người lái', defined_in_text: true, offset: at('UAV') },
    ] }];
    const path = join(mkdtempSync(join(tmpdir(), 'sotay-bench-')), 'gold.json');
    writeFileSync(path, JSON.stringify(gold));
    const r = await benchAcronyms(path);
    expect(r.definitions).toMatchObject({ predicted: 3, correct: 2, guessed: 2, guessedCorrect: 1 });
    expect(r.definitions.offered).toBeLessThanOrEqual(r.definitions.predicted - r.definitions.correct);
    expect(r.errors.filter((e) => e.includes('definition FP'))).toEqual([expect.stringContaining('UAV')]);
    expect(r.errors.find((e) => e.includes('definition FP'))).toContain('[flagged as a guess]');
  });
});

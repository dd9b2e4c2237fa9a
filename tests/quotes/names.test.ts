import { describe, expect, it } from 'vitest';
import { parseSpeaker } from '../../lib/quotes/names';

const p = (s: string) => parseSpeaker(s);

describe('parseSpeaker', () => {
  it('reads honorific + name + role appositives', () => {
    expect(p('ông Nguyễn Trọng Luật, Tổng Giám đốc Cicor Việt Nam')).toMatchObject({ name: 'Nguyễn Trọng Luật', role: 'Tổng Giám đốc Cicor Việt Nam', gender: 'm' });
    expect(p('Ông John Jung, Chủ tịch, Đồng sáng lập ICF')).toMatchObject({ name: 'John Jung', role: 'Chủ tịch, Đồng sáng lập ICF' });
    expect(p('ông Nguyễn Tấn Thắng - Giám đốc Sở GD-ĐT')).toMatchObject({ name: 'Nguyễn Tấn Thắng', role: 'Giám đốc Sở GD-ĐT' });
  });

  it('reads degrees and ranks', () => {
    expect(p('PGS.TS Nguyễn Văn Bình')?.name).toBe('Nguyễn Văn Bình');
    expect(p('TS. Hoàng Minh Đức')?.name).toBe('Hoàng Minh Đức');
    expect(p('Thượng tướng Lê Văn Hòa')).toMatchObject({ name: 'Lê Văn Hòa', role: 'Thượng tướng' });
  });

  it('splits a title from the name after it, skipping a country', () => {
    expect(p('trưởng đoàn Trương Hải Tùng')).toMatchObject({ name: 'Trương Hải Tùng', role: 'trưởng đoàn' });
    expect(p('Ngoại trưởng Pháp Laurent Fabius')).toMatchObject({ name: 'Laurent Fabius', role: 'Ngoại trưởng Pháp' });
    expect(p('Nữ phát ngôn viên Hoa Xuân Oánh của Bộ Ngoại giao Trung Quốc')).toMatchObject({
      name: 'Hoa Xuân Oánh', role: 'phát ngôn viên của Bộ Ngoại giao Trung Quốc',
    });
  });

  it('does not take an organisation for a name', () => {
    expect(p('Tổng Giám đốc Cicor Việt Nam')?.name).toBeNull();
    expect(p('phát ngôn viên Văn phòng Tổng thống Hàn Quốc')).toMatchObject({ name: null, speaker: 'phát ngôn viên Văn phòng Tổng thống Hàn Quốc' });
  });

  it('keeps an unnamed speaker in the text’s words, minus quantity words and media classifiers', () => {
    expect(p('một quan chức chính quyền Hàn Quốc khác')?.speaker).toBe('một quan chức chính quyền Hàn Quốc khác');
    expect(p('Nhiều người dân Cuba')?.speaker).toBe('người dân Cuba');
    expect(p('Tờ Granma của Đảng Cộng sản Cuba')?.speaker).toBe('Granma');
    expect(p('CNRP')?.speaker).toBe('CNRP');
  });
});

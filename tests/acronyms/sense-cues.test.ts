import { describe, expect, it } from 'vitest';
import { reading } from './helpers';

describe('titles that share their letters', () => {
  it('are told apart by the article\'s words', () => {
    expect(reading('TBT Nguyễn Phú Trọng chủ trì hội nghị Trung ương Đảng.', 'TBT')).toBe('tổng bí thư');
    expect(reading('Lễ tưởng niệm cố TBT Nguyễn Văn Linh; Bộ Chính trị đánh giá cao công lao của ông với Đảng.', 'TBT')).toBe('tổng bí thư');
    expect(reading('TBT Lê Văn A của báo Tuổi Trẻ cho biết tờ báo sẽ ra ấn phẩm mới.', 'TBT')).toBe('tổng biên tập');
  });

  it('keep the usual one where the words say nothing', () => {
    expect(reading('TBT Lê Văn A cho biết sẽ nghỉ hưu vào tháng sau.', 'TBT')).toBe('tổng biên tập');
  });
});

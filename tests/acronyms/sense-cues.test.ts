import { describe, expect, it } from 'vitest';
import { reading } from './helpers';

describe('titles that share their letters', () => {
  it('are told apart by the article\'s words', () => {
    expect(reading('TBT Nguyễn Phú Trọng chủ trì hội nghị Trung ương Đảng.', 'TBT')).toBe('tổng bí thư');
    expect(reading('Lễ tưởng niệm cố TBT Nguyễn Văn Linh; Bộ Chính trị đánh giá cao công lao của ông với Đảng.', 'TBT')).toBe('tổng bí thư');
    expect(reading('TBT Tô Lâm trình bày báo cáo chính trị tại Đại hội XIV của Đảng.', 'TBT')).toBe('tổng bí thư');
    expect(reading('TBT Tô Lâm chủ trì phiên họp của Bộ Chính trị, nghe báo cáo.', 'TBT')).toBe('tổng bí thư');
    // A paper's words outweigh the Party's where the editor speaks of the paper.
    expect(reading('TBT Lê Văn A của tờ báo Nhân Dân cho biết toà soạn và các phóng viên, nhà báo sẽ đưa tin về Đại hội Đảng.', 'TBT')).toBe('tổng biên tập');
  });

  it('read the paper named after the title', () => {
    expect(reading('TBT Báo Quân đội nhân dân hoàn thành tốt nhiệm vụ chính trị tại Đại hội Chi bộ.', 'TBT')).toBe('tổng biên tập');
  });

  it('read a prime minister where the article writes one', () => {
    expect(reading('TT Nhật Bản Shinzo Abe hôm qua đã thăm Trân Châu Cảng. Thủ tướng Abe cho biết.', 'TT')).toBe('Thủ tướng');
    expect(reading('Cựu TT Na Uy bị tạm giữ ở sân bay Mỹ.\nCựu Thủ tướng Na Uy Kjell Magne Bondevik bị tạm giữ.', 'TT')).toBe('Thủ tướng');
    // The title written out before the same name decides where both are written.
    expect(reading('TT Trump và Thủ tướng Abe hội đàm; Tổng thống Trump nói.', 'TT')).toBe('Tổng thống');
    // A syllable of one title in another word is no cue ("tướng" of the generals).
    expect(reading('Bí ẩn lý do TT Putin bất ngờ "trảm" Tư lệnh không quân và nhiều tướng lĩnh cấp cao.', 'TT')).toBe('Tổng thống');
  });

  it('are no cue in every "báo"', () => {
    expect(reading('Hàng rào kỹ thuật TBT khiến doanh nghiệp xuất khẩu gặp khó; các nước cảnh báo.', 'TBT')).toBe('Technical Barriers to Trade');
  });

  it('keep the usual one where the words say nothing', () => {
    expect(reading('TBT Lê Văn A cho biết sẽ nghỉ hưu vào tháng sau.', 'TBT')).toBe('tổng biên tập');
  });
});

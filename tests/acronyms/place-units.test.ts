import { describe, expect, it } from 'vitest';
import { reading } from './helpers';

describe('an administrative unit before a place in an address', () => {
  it('is the unit, not the usual sense', () => {
    expect(reading('Nguyễn Văn B (SN 1990, trú tại TT. Đăk Tô, huyện Đăk Tô) bị bắt.', 'TT')).toBe('thị trấn');
    expect(reading('Ông A, trú TT Phú Mỹ, huyện Tân Thành, bị khởi tố.', 'TT')).toBe('thị trấn');
    // The larger unit in brackets, or written short without a space; "phát hiện tại" is found at.
    expect(reading('Vụ việc xảy ra tại TT Phú Mỹ (huyện Tân Thành, tỉnh Bà Rịa - Vũng Tàu).', 'TT')).toBe('thị trấn');
    expect(reading('Nguyễn Văn A, trú TT Đông Anh, H.Đông Anh, Hà Nội, bị bắt.', 'TT')).toBe('thị trấn');
    expect(reading('Thi thể được phát hiện tại TT. Long Thành vào sáng nay.', 'TT')).toBe('thị trấn');
    // The larger unit after the name says so where nothing before does.
    expect(reading('Chợ TT Lộc Ninh, huyện Lộc Ninh vừa được xây lại.', 'TT')).toBe('thị trấn');
  });

  it('is not read before a centre\'s field, a person or in running text', () => {
    expect(reading('Bệnh nhân được đưa đi cấp cứu tại TT Y tế huyện Đăk Tô.', 'TT')).toBe('trung tâm');
    expect(reading('Nạn nhân được chuyển đến điều trị ở TT Y tế Bình Chánh.', 'TT')).toBe('trung tâm');
    expect(reading('Hiện tại TT Trump vẫn chưa bình luận; Donald Trump sẽ lên tiếng sau.', 'TT')).toBe('Tổng thống');
    expect(reading('Hiện tại TT. Trump vẫn chưa bình luận.', 'TT')).not.toBe('thị trấn');
    expect(reading('Ông nói hiện tại TT. Putin vẫn làm việc.', 'TT')).not.toBe('thị trấn');
    expect(reading('Quyền quyết định cuối cùng thuộc TT Putin.', 'TT')).toBe('Tổng thống');
    expect(reading('Lý do TT Putin bất ngờ gặp ông Trump, theo Donald Trump.', 'TT')).toBe('Tổng thống');
    expect(reading('Ý kiến về TT Trump được nhắc lại; Donald Trump không bình luận.', 'TT')).toBe('Tổng thống');
    expect(reading('Các bạn trẻ tìm TT trên mạng xã hội và chia sẻ thông tin.', 'TT')).toBe('thông tin');
  });
});

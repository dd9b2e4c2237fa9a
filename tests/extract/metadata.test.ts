import { describe, expect, it } from 'vitest';
import { authorFromLine, normalizeByline, recaseName } from '../../lib/extract/byline';
import { isBoilerplate } from '../../lib/extract/boilerplate';
import { siteAliases } from '../../lib/extract/site';
import { stripSiteSuffix } from '../../lib/extract/title';
import { sameLead } from '../../lib/extract/sapo';

const vne = siteAliases('VnExpress', 'vnexpress.net');
const bdo = siteAliases('Báo Bình Dương', 'baobinhduong.vn');

describe('byline', () => {
  it.each([
    ['NGỌC THANH', 'Ngọc Thanh'],
    ['QUỐC CHIẾN', 'Quốc Chiến'],
    ['ĐẶNG ÁNH', 'Đặng Ánh'],
    ['Lê Phương', 'Lê Phương'],
    ['TP', 'TP'],
    ['H.L', 'H.L'],
  ])('recases %s → %s', (raw, want) => expect(recaseName(raw)).toBe(want));

  it.each([
    ['Theo Phạm Trường', 'Phạm Trường'],
    ['Thế Duyệt, Đời sống Pháp luật', 'Thế Duyệt'],
    ['Ngọc Thanh - Báo Tin tức', 'Ngọc Thanh'],
    ['NGỌC THANH - THANH HƯƠNG', 'Ngọc Thanh, Thanh Hương'],
    ['Bài và ảnh: MINH DUY', 'Minh Duy'],
    ['TP', 'TP'],
  ])('normalizes %s → %s', (raw, want) => expect(normalizeByline(raw, bdo)).toBe(want));

  it.each([['VnExpress'], ['Báo VnExpress'], ['vnexpress.net'], ['VCCorp.vn'], ['https://cafef.vn'], ['Tin nhanh VnExpress'], ['Theo Tiền Phong']])(
    'rejects the site name %s',
    (raw) => expect(normalizeByline(raw, vne)).toBeNull(),
  );

  it('rejects "Báo Bình Dương" on its own site and sentences everywhere', () => {
    expect(normalizeByline('Báo Bình Dương', bdo)).toBeNull();
    expect(normalizeByline('Theo ông John Jung, Chủ tịch, Đồng sáng lập ICF, những thành tựu', bdo)).toBeNull();
  });

  it('recognizes closing author lines and not prose', () => {
    expect(authorFromLine('NGỌC THANH', bdo, null)).toBe('Ngọc Thanh');
    expect(authorFromLine('TP', bdo, 'TP')).toBe('TP');
    expect(authorFromLine('Hà Nội', bdo, null)).toBe('Hà Nội'); // a two-word capitalized line reads as a name
    expect(authorFromLine('Bình Dương đang đi đúng hướng.', bdo, null)).toBeNull();
    expect(authorFromLine('Chia sẻ bài viết', bdo, null)).toBeNull();
  });
});

describe('title suffix', () => {
  it.each([
    ['Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non - Báo VnExpress Sức khỏe', vne, 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non'],
    ['Hà Nội mở thêm ba tuyến buýt điện | VnExpress', vne, 'Hà Nội mở thêm ba tuyến buýt điện'],
    ['Kiến tạo cộng đồng thông minh - Báo Bình Dương Online', bdo, 'Kiến tạo cộng đồng thông minh'],
    ['Bình Dương - mô hình kiến tạo cộng đồng thông minh', bdo, 'Bình Dương - mô hình kiến tạo cộng đồng thông minh'],
    ['Đầu tư công - Bình Dương dẫn đầu', bdo, 'Đầu tư công - Bình Dương dẫn đầu'],
  ])('%s', (raw, aliases, want) => expect(stripSiteSuffix(raw, aliases)).toBe(want));
});

describe('sapo matching', () => {
  it('accepts a truncated description and rejects a different paragraph', () => {
    const full =
      'Nhân sự kiện Horasis châu Á 2023 diễn ra tại địa phương, tỉnh tổ chức phiên chuyên đề đặc biệt về cộng đồng thông minh hướng đến sẵn sàng đầu tư.';
    expect(sameLead(`${full.slice(0, 100)}...`, full)).toBe(true);
    expect(sameLead('Tháng 10-2023, ICF chính thức vinh danh Bình Dương đạt danh hiệu Cộng đồng thông minh.', full)).toBe(false);
  });
});

describe('boilerplate', () => {
  it.each([
    'Chia sẻ bài viết',
    'LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản.',
    'Gửi file đính kèm không quá 10MB Đính kèm File',
    'Quay lên trên',
    'Trở lên trên',
    'Tin liên quan',
    'Link bài gốc',
    'Từ khóa: Horasis, thành phố thông minh',
    'CHIA SẺ'.normalize('NFD'),
  ])('%s is page furniture', (line) => expect(isBoilerplate(line)).toBe(true));

  it.each([
    'Chia sẻ với phóng viên, ông Nguyễn Văn A cho biết dự án sẽ hoàn thành trong năm nay.',
    'Tin liên tục được cập nhật trong ngày.',
    'Theo ông John Jung, Chủ tịch, Đồng sáng lập ICF, những thành tựu mà Bình Dương đạt được.',
  ])('%s is prose', (line) => expect(isBoilerplate(line)).toBe(false));
});

describe('byline roles', () => {
  it('does not take a role abbreviation for initials', () => {
    expect(normalizeByline('PV', bdo)).toBeNull();
    expect(normalizeByline('Nhóm PV', bdo)).toBeNull();
    expect(normalizeByline('NTH', bdo)).toBe('NTH');
  });
});

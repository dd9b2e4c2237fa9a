/**
 * Short news texts written for this project (not taken from any site), annotated by the rules of
 * ../shared/gold/README.md, to check the engine on text it was not tuned on.
 */
export interface OwnAcronym {
  short: string;
  long: string;
  defined: boolean;
}

export interface OwnText {
  id: string;
  text: string;
  acronyms: OwnAcronym[];
  /** All-caps or acronym-like strings that must not be reported. */
  not: string[];
}

export const OWN_TEXTS: OwnText[] = [
  {
    id: 'giao-duc',
    text:
      'Sáng 12/3, Sở Giáo dục và Đào tạo (GD-ĐT) TP.HCM tổ chức hội nghị về an toàn trường học. ' +
      'Theo Tổ chức Y tế Thế giới (WHO), trẻ em cần ngủ đủ giấc. Ông Trần Minh Khoa, Giám đốc Sở GD-ĐT, ' +
      'cho biết năm học tới các trường THPT sẽ tăng giờ học kỹ năng. ThS Lê Thu Hà, giảng viên trường ' +
      'ĐH Sư phạm, nói học sinh lớp 12 cần được tư vấn hướng nghiệp sớm.\n\nẢnh: MINH QUÂN\n\nHOÀNG AN',
    acronyms: [
      { short: 'GD-ĐT', long: 'Giáo dục và Đào tạo', defined: true },
      { short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh', defined: false },
      { short: 'WHO', long: 'Tổ chức Y tế Thế giới', defined: true },
      { short: 'THPT', long: 'Trung học phổ thông', defined: false },
      { short: 'ThS', long: 'Thạc sĩ', defined: false },
      { short: 'ĐH', long: 'Đại học', defined: false },
    ],
    not: ['MINH', 'QUÂN', 'HOÀNG', 'AN'],
  },
  {
    id: 'kinh-te',
    text:
      'Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 5 tăng 0,3%. Vốn đầu tư trực tiếp nước ' +
      'ngoài (FDI) giải ngân đạt 8,2 tỷ USD. Ngân hàng Nhà nước (NHNN) cho biết sẽ hỗ trợ các doanh ' +
      'nghiệp nhỏ và vừa (DNNVV) tiếp cận vốn. Nhà máy điện mặt trời mới có công suất 500 MW, khởi công ' +
      'từ quý II. Hãng cũng vừa nhận chiếc A321 thứ 30. Nhiều DNNVV cho rằng lãi suất vẫn cao.',
    acronyms: [
      { short: 'CPI', long: 'chỉ số giá tiêu dùng', defined: true },
      // Capital ("vốn") has no letter in Foreign Direct Investment: the gold sets' convention.
      { short: 'FDI', long: 'đầu tư trực tiếp nước ngoài', defined: true },
      { short: 'USD', long: 'United States dollar', defined: false },
      { short: 'NHNN', long: 'Ngân hàng Nhà nước', defined: true },
      { short: 'DNNVV', long: 'doanh nghiệp nhỏ và vừa', defined: true },
    ],
    not: ['MW', 'II', 'A321'],
  },
  {
    id: 'doi-ngoai',
    text:
      'Tại hội nghị, đại diện VCCI (Phòng Thương mại và Công nghiệp Việt Nam) đề xuất giảm thủ tục. ' +
      'ASEAN, viết tắt của Association of Southeast Asian Nations, hiện có 10 thành viên. Chủ tịch ' +
      'UBND tỉnh Quảng Ninh cho biết Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương ' +
      '(CPTPP) mở ra nhiều cơ hội. Cuộc họp diễn ra vào thế kỷ XXI của hội nhập, theo lời ông. (Theo TTXVN)',
    acronyms: [
      { short: 'VCCI', long: 'Phòng Thương mại và Công nghiệp Việt Nam', defined: true },
      { short: 'ASEAN', long: 'Association of Southeast Asian Nations', defined: true },
      { short: 'UBND', long: 'Ủy ban nhân dân', defined: false },
      { short: 'CPTPP', long: 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', defined: true },
      { short: 'TTXVN', long: 'Thông tấn xã Việt Nam', defined: false },
    ],
    not: ['XXI'],
  },
  {
    id: 'cong-nghe',
    text:
      'Các hãng đang đưa trí tuệ nhân tạo (AI) vào điện thoại. Mẫu máy mới có bộ nhớ 256 GB, hỗ trợ 5G ' +
      'và kết nối các thiết bị IoT trong nhà. PGS.TS Nguyễn Hữu Tài cho rằng AI sẽ thay đổi cách học. ' +
      'Phiên bản dùng chip X1 sẽ có mặt tại Việt Nam (VN) từ tháng sau, giá khoảng 20 triệu đồng. T.L',
    acronyms: [
      { short: 'AI', long: 'trí tuệ nhân tạo', defined: true },
      { short: 'IoT', long: 'Internet of Things', defined: false },
      // A network's generation: the figure and G (Generation) are an initialism, neither a unit nor
      // a model (GB, X1).
      { short: '5G', long: 'Fifth Generation', defined: false },
      { short: 'PGS.TS', long: 'Phó giáo sư, Tiến sĩ', defined: false },
      { short: 'VN', long: 'Việt Nam', defined: true },
    ],
    not: ['GB', 'X1', 'T.L'],
  },
];

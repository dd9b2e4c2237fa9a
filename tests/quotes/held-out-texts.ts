import type { OwnText } from './own-texts';

/**
 * Three short news texts written by a reviewer AFTER the quotation engine was finished and never
 * used to tune it: the closest thing to unseen articles this repository has. Measure on them
 * (npm run bench:quotes); do not fit rules to them — write new held-out texts after any tuning.
 * First measured 2026-11-28: 8/8 quotations found, 0 false positives, 6/8 speakers right.
 */
export const HELD_OUT_TEXTS: OwnText[] = [
  {
    id: 'held-out-cu-chi',
    text: [
      'Sáng 12/3, tại buổi làm việc với lãnh đạo huyện Củ Chi, bà Trần Thị Mai, Giám đốc Sở Nông nghiệp TP.HCM, cho biết năm nay thành phố sẽ hỗ trợ nông dân chuyển đổi 500 ha lúa kém hiệu quả. "Chúng tôi không để bà con phải tự xoay xở với giống mới", bà Mai nói.',
      'Theo ông Lê Văn Hùng, Chủ tịch UBND huyện Củ Chi, nguồn nước tưới là khó khăn lớn nhất. "Kênh Đông đã xuống cấp nhiều năm. Nếu không sửa, mùa khô tới sẽ thiếu nước", ông Hùng nhấn mạnh.',
      'Một nông dân ở xã Tân Thạnh Đông chia sẻ: "Tôi trồng lúa ba mươi năm rồi, giờ đổi sang rau thì phải học lại từ đầu."',
    ].join('\n'),
    quotes: [
      { text: 'Chúng tôi không để bà con phải tự xoay xở với giống mới', speaker: 'Trần Thị Mai', kind: 'direct' },
      { text: 'Kênh Đông đã xuống cấp nhiều năm. Nếu không sửa, mùa khô tới sẽ thiếu nước', speaker: 'Lê Văn Hùng', kind: 'direct' },
      { text: 'Tôi trồng lúa ba mươi năm rồi, giờ đổi sang rau thì phải học lại từ đầu.', speaker: 'Một nông dân ở xã Tân Thạnh Đông', kind: 'direct' },
    ],
  },
  {
    id: 'held-out-hoi-thao',
    text: [
      'Phát biểu tại hội thảo, PGS.TS Nguyễn Đức Thành, Viện trưởng Viện Nghiên cứu kinh tế, khẳng định: “Tăng trưởng năm nay phụ thuộc lớn vào xuất khẩu”. Ông cho rằng doanh nghiệp nhỏ cần được tiếp cận vốn dễ hơn.',
      '“Lãi suất đã giảm nhưng thủ tục vẫn rườm rà”, vị chuyên gia nói thêm.',
      'Đại diện Ngân hàng Nhà nước, bà Phạm Thanh Hà cho biết cơ quan này đang xem xét nới điều kiện cho vay. “Chúng tôi sẽ có hướng dẫn trong quý tới”, bà Hà nói.',
    ].join('\n'),
    quotes: [
      { text: 'Tăng trưởng năm nay phụ thuộc lớn vào xuất khẩu', speaker: 'Nguyễn Đức Thành', kind: 'direct' },
      { text: 'Lãi suất đã giảm nhưng thủ tục vẫn rườm rà', speaker: 'Nguyễn Đức Thành', kind: 'direct' },
      { text: 'Chúng tôi sẽ có hướng dẫn trong quý tới', speaker: 'Phạm Thanh Hà', kind: 'direct' },
    ],
  },
  {
    id: 'held-out-can-gio',
    text: [
      'Dự án cầu Cần Giờ được kỳ vọng là “cú hích” cho du lịch vùng biển. Ông Võ Minh Tuấn, Tổng Giám đốc Công ty Xây dựng Sài Gòn, nói: “Cầu sẽ thông xe trước Tết nếu thời tiết thuận lợi”.',
      'Trao đổi với phóng viên, anh Nguyễn Văn Tâm, một hướng dẫn viên du lịch, bày tỏ: “Khách hỏi về Cần Giờ nhiều lắm, nhưng đi phà mất thời gian”. Anh Tâm cho biết thêm nhiều công ty lữ hành đã chuẩn bị tour mới.',
    ].join('\n'),
    quotes: [
      { text: 'Cầu sẽ thông xe trước Tết nếu thời tiết thuận lợi', speaker: 'Võ Minh Tuấn', kind: 'direct' },
      { text: 'Khách hỏi về Cần Giờ nhiều lắm, nhưng đi phà mất thời gian', speaker: 'Nguyễn Văn Tâm', kind: 'direct' },
    ],
  },
];

/**
 * Four short news texts written for these tests (not taken from any source), annotated by the
 * gold README's rules. They cover patterns the development set has few or none of, so the rules
 * are checked on text they were not tuned on: "Theo bà X, “…”", a quotation interrupted by its
 * attribution, one spanning two paragraphs, «…» and mismatched marks, a nested ‘…’, "ông này",
 * "vị giám đốc", "người này", unnamed speakers, titles, scare quotes and a sign with no author.
 */

export interface OwnQuote {
  /** The quoted words exactly as in the text (start is found with indexOf). */
  text: string;
  speaker: string | null;
  kind: 'direct' | 'colon';
}

export interface OwnText {
  id: string;
  text: string;
  quotes: OwnQuote[];
}

export const OWN_TEXTS: OwnText[] = [
  {
    id: 'own-dongnai-doanh-nghiep',
    text: [
      'Chiều 12/3, UBND tỉnh Đồng Nai tổ chức hội nghị gặp gỡ doanh nghiệp đầu năm.',
      'Phát biểu tại hội nghị, bà Trần Thị Hồng Vân, Phó Giám đốc Sở Kế hoạch và Đầu tư, cho biết năm qua tỉnh thu hút hơn 1,2 tỷ USD vốn FDI. “Chúng tôi sẽ rút ngắn thời gian cấp phép xuống còn 10 ngày làm việc”, bà Vân khẳng định.',
      'Theo bà Vân, “thủ tục hành chính vẫn là điểm nghẽn lớn nhất mà doanh nghiệp phản ánh trong nhiều năm qua”.',
      '“Nếu doanh nghiệp chờ đợi quá lâu”, ông Lê Minh Quang, Giám đốc Công ty Thép Phương Nam, nói, “họ sẽ chuyển dự án sang tỉnh khác”. Ông này đề nghị tỉnh công khai tiến độ xử lý hồ sơ trên mạng.',
      'Vị giám đốc nhấn mạnh: “Doanh nghiệp không cần ưu đãi thêm. Doanh nghiệp cần sự minh bạch.',
      '“Khi mọi thứ rõ ràng, chúng tôi tự tin mở rộng sản xuất”.',
      'Hội nghị cũng nghe các ý kiến về “cơ chế một cửa” và chương trình “Doanh nghiệp đồng hành cùng tỉnh”.',
      'Một tiểu thương ở chợ Biên Hòa than thở: Giá thuê sạp tăng gấp đôi mà khách thì vắng. Chợ chỉ đông vào dịp Tết.',
    ].join('\n'),
    quotes: [
      { text: 'Chúng tôi sẽ rút ngắn thời gian cấp phép xuống còn 10 ngày làm việc', speaker: 'Trần Thị Hồng Vân', kind: 'direct' },
      { text: 'thủ tục hành chính vẫn là điểm nghẽn lớn nhất mà doanh nghiệp phản ánh trong nhiều năm qua', speaker: 'Trần Thị Hồng Vân', kind: 'direct' },
      { text: 'Nếu doanh nghiệp chờ đợi quá lâu', speaker: 'Lê Minh Quang', kind: 'direct' },
      { text: 'họ sẽ chuyển dự án sang tỉnh khác', speaker: 'Lê Minh Quang', kind: 'direct' },
      { text: 'Doanh nghiệp không cần ưu đãi thêm. Doanh nghiệp cần sự minh bạch.\n“Khi mọi thứ rõ ràng, chúng tôi tự tin mở rộng sản xuất', speaker: 'Lê Minh Quang', kind: 'direct' },
      { text: 'Giá thuê sạp tăng gấp đôi mà khách thì vắng. Chợ chỉ đông vào dịp Tết.', speaker: 'Một tiểu thương ở chợ Biên Hòa', kind: 'colon' },
    ],
  },
  {
    id: 'own-hue-y-te',
    text: 'Sáng 5/11, tại TP Huế, Bộ Y tế phối hợp với UBND tỉnh Thừa Thiên Huế tổ chức hội thảo “Nâng cao chất lượng khám chữa bệnh tuyến cơ sở”. PGS.TS Nguyễn Văn Bình, Giám đốc Bệnh viện Trung ương Huế, nhận định nhân lực y tế ở vùng sâu vẫn thiếu trầm trọng. "Mỗi năm chúng tôi đào tạo hàng trăm bác sĩ trẻ nhưng rất ít người chịu về huyện", ông Bình nói. Theo ông, cần có chính sách đãi ngộ riêng, kể cả hỗ trợ nhà ở. Một bác sĩ trẻ đang công tác tại huyện A Lưới chia sẻ: "Lương không đủ sống, nhưng điều khiến tôi nản nhất là thiếu trang thiết bị". Nhiều người dân cho rằng bệnh viện tuyến huyện là "trạm trung chuyển" lên tuyến trên. Thứ trưởng Bộ Y tế Trần Văn Thuấn khẳng định Bộ sẽ "ưu tiên nguồn lực cho tuyến cơ sở". Trước đó, tỉnh đã phát động phong trào “Vì sức khỏe cộng đồng” tại 9 huyện. MINH AN',
    quotes: [
      { text: 'Mỗi năm chúng tôi đào tạo hàng trăm bác sĩ trẻ nhưng rất ít người chịu về huyện', speaker: 'Nguyễn Văn Bình', kind: 'direct' },
      { text: 'Lương không đủ sống, nhưng điều khiến tôi nản nhất là thiếu trang thiết bị', speaker: 'Một bác sĩ trẻ đang công tác tại huyện A Lưới', kind: 'direct' },
      { text: 'ưu tiên nguồn lực cho tuyến cơ sở', speaker: 'Trần Văn Thuấn', kind: 'direct' },
    ],
  },
  {
    id: 'own-q7-chay-kho',
    text: 'Cơ quan chức năng quận 7 đang điều tra vụ cháy tại một kho hàng trên đường Nguyễn Thị Thập. Một người dân sống gần hiện trường kể lại: “Tôi nghe tiếng nổ lớn rồi thấy khói đen bốc lên, mọi người la lên ‘chạy đi, chạy đi’ nên ai cũng hoảng". Ông Phạm Quốc Hưng, chủ kho hàng, cho biết toàn bộ hàng hóa đã được mua bảo hiểm. «Thiệt hại ước tính khoảng 3 tỷ đồng, may mắn là không có ai bị thương», ông này nói. Trước cổng kho, một tấm biển ghi "Cấm lửa" vẫn còn nguyên. Đại tá Võ Thanh Sơn, Trưởng Công an quận 7: Lực lượng chữa cháy đã có mặt sau 7 phút nhận tin báo. Vụ việc đang được làm rõ.',
    quotes: [
      { text: 'Tôi nghe tiếng nổ lớn rồi thấy khói đen bốc lên, mọi người la lên ‘chạy đi, chạy đi’ nên ai cũng hoảng', speaker: 'Một người dân sống gần hiện trường', kind: 'direct' },
      { text: 'Thiệt hại ước tính khoảng 3 tỷ đồng, may mắn là không có ai bị thương', speaker: 'Phạm Quốc Hưng', kind: 'direct' },
      { text: 'Cấm lửa', speaker: null, kind: 'direct' },
      { text: 'Lực lượng chữa cháy đã có mặt sau 7 phút nhận tin báo.', speaker: 'Võ Thanh Sơn', kind: 'colon' },
    ],
  },
  {
    id: 'own-gia-xang',
    text: [
      'Giá xăng tăng lần thứ ba liên tiếp',
      'Từ 15h chiều nay, giá xăng RON 95 tăng thêm 520 đồng mỗi lít, lên mức cao nhất trong năm.',
      'Chị Nguyễn Thu Trang, nhân viên văn phòng ở quận Cầu Giấy, than: “Mỗi tháng tôi đổ xăng hết gần 800.000 đồng, giờ lại tăng nữa thì không biết xoay xở thế nào”.',
      'Theo một chuyên gia kinh tế, việc điều chỉnh giá là “bình thường” trong bối cảnh giá thế giới biến động. Người này cho rằng: “Điều quan trọng là quỹ bình ổn phải được sử dụng minh bạch”.',
      'Nhiều người gọi đây là “cơn bão giá” thứ hai trong năm.',
      '“Đây là đợt tăng giá cuối cùng của quý”, đại diện Bộ Công Thương cho biết.',
    ].join('\n'),
    quotes: [
      { text: 'Mỗi tháng tôi đổ xăng hết gần 800.000 đồng, giờ lại tăng nữa thì không biết xoay xở thế nào', speaker: 'Nguyễn Thu Trang', kind: 'direct' },
      { text: 'Điều quan trọng là quỹ bình ổn phải được sử dụng minh bạch', speaker: 'một chuyên gia kinh tế', kind: 'direct' },
      { text: 'Đây là đợt tăng giá cuối cùng của quý', speaker: 'đại diện Bộ Công Thương', kind: 'direct' },
    ],
  },
];

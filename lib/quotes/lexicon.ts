/**
 * Word lists for Vietnamese news attribution. They describe how the language and the genre work
 * (speech verbs, honorifics, job titles, organisation heads), never particular people or articles.
 * Entries are lower-case NFC; multi-word entries are space-separated syllables.
 */

/** Verbs that report speech or writing; longer entries first is not required (matching sorts). */
export const SPEECH_VERBS = [
  'nói', 'nói rõ', 'nói thêm', 'cho biết', 'cho hay', 'chia sẻ', 'nhấn mạnh', 'khẳng định', 'cho rằng',
  'phát biểu', 'bày tỏ', 'thông tin', 'nhận định', 'lưu ý', 'đề nghị', 'nhận xét', 'tuyên bố',
  'quả quyết', 'tiết lộ', 'giải thích', 'lý giải', 'kể', 'kể lại', 'trả lời', 'hỏi', 'thừa nhận',
  'cảnh báo', 'biện hộ', 'chỉ trích', 'cáo buộc', 'lên tiếng', 'khuyến cáo', 'kêu gọi', 'đề xuất',
  'góp ý', 'phân tích', 'bình luận', 'nhắn nhủ', 'tâm sự', 'thổ lộ', 'bộc bạch', 'khuyên', 'gợi ý',
  'nhắc lại', 'xác nhận', 'phủ nhận', 'bác bỏ', 'thông báo', 'đưa tin', 'nêu rõ', 'chỉ rõ',
  'kết luận', 'bổ sung', 'phản hồi', 'phàn nàn', 'trình bày', 'nhấn mạnh rằng',
  'than thở', 'khoe', 'hứa', 'cam kết', 'thừa nhận', 'trấn an', 'dặn', 'dặn dò', 'hồi tưởng',
  'viết', 'ghi', 'tuyên bố', 'khẳng định', 'chất vấn', 'đáp', 'nhận xét', 'đánh giá', 'dự báo',
  'quả quyết', 'cho biết thêm', 'nói tiếp', 'thốt lên', 'kêu', 'than', 'bình luận',
  // Feelings and instructions a speaker voices right before the words: "X xúc động: “…”".
  'xúc động', 'bức xúc', 'trăn trở', 'băn khoăn', 'nhớ lại', 'nhắc nhở', 'động viên', 'yêu cầu',
  'chỉ đạo', 'hào hứng', 'phấn khởi', 'ví von',
  // Court and everyday reporting: "bị cáo khai", "Song liền bảo: “…”" (see COMPOUNDS in attribution.ts).
  'khai', 'khai nhận', 'bảo', 'mách bảo', 'đảm bảo', 'chỉ bảo', 'dạy bảo',
];

/**
 * Titles and honorifics written before a personal name. Degrees keep their dots ("PGS.TS.").
 * "anh", "chị", "em", "cô" are ambiguous words: they only count before a capitalised name.
 */
export const HONORIFICS = [
  'ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cậu', 'cụ', 'thầy', 'em', 'cháu', 'mr', 'mrs', 'ms',
  'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'pgs.ts', 'gs.ts', 'ths.bs', 'bs.ck1', 'bs.ck2',
  'bs.cki', 'bs.ckii', 'tiến sĩ', 'tiến sỹ', 'thạc sĩ', 'thạc sỹ', 'giáo sư', 'phó giáo sư', 'bác sĩ',
  'bác sỹ', 'luật sư', 'kỹ sư', 'nhà báo', 'nhà văn', 'nhà thơ', 'nghệ sĩ', 'nsnd', 'nsưt', 'nghệ nhân',
  'linh mục', 'hòa thượng', 'thượng tọa', 'đại đức', 'ni sư', 'đồng chí', 'dr',
];

/** Military and police ranks: honorific and part of the role at once. */
export const RANKS = [
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá',
  'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'chuẩn đô đốc', 'phó đô đốc', 'đô đốc',
];

/** Words a job title starts with ("Phó Chủ tịch Thường trực UBND tỉnh", "trưởng đoàn"…). */
export const ROLE_HEADS = [
  'tổ trưởng', 'tổ phó', 'trưởng thôn', 'trưởng ấp', 'trưởng bản', 'trưởng khu phố',
  'chủ tịch', 'phó chủ tịch', 'tổng giám đốc', 'phó tổng giám đốc', 'giám đốc', 'phó giám đốc',
  'trưởng', 'phó trưởng', 'bộ trưởng', 'thứ trưởng', 'thủ tướng', 'phó thủ tướng', 'tổng thống',
  'phó tổng thống', 'ngoại trưởng', 'chủ nhiệm', 'phó chủ nhiệm', 'bí thư', 'phó bí thư', 'ủy viên',
  'uỷ viên', 'đại biểu', 'đại sứ', 'tổng bí thư', 'hiệu trưởng', 'phó hiệu trưởng', 'hiệu phó',
  'viện trưởng', 'phó viện trưởng', 'cục trưởng', 'phó cục trưởng', 'vụ trưởng', 'phó vụ trưởng',
  'chánh văn phòng', 'chánh án', 'chánh thanh tra', 'tổng thư ký', 'thư ký', 'người phát ngôn',
  'phát ngôn viên', 'chuyên gia', 'đại diện', 'lãnh đạo', 'ceo', 'cfo', 'cto', 'coo', 'founder',
  'nhà sáng lập', 'đồng sáng lập', 'người sáng lập', 'tổng biên tập', 'phó tổng biên tập', 'trợ lý',
  'cố vấn', 'chỉ huy trưởng', 'chỉ huy', 'tư lệnh', 'phó tư lệnh', 'chính ủy', 'tham mưu trưởng',
  'huấn luyện viên', 'hlv', 'đội trưởng', 'nghiên cứu viên', 'giảng viên', 'giáo viên', 'nhà nghiên cứu',
  'nhà kinh tế', 'nhà phân tích', 'quản lý', 'điều phối viên', 'phóng viên', 'nghị sĩ', 'nghị sỹ',
  'thượng nghị sĩ', 'hạ nghị sĩ', 'thống đốc', 'phó thống đốc', 'thị trưởng', 'quốc vương', 'nhà vua',
  'hoàng tử', 'công chúa', 'giáo hoàng', 'nguyên thủ', 'chủ tọa', 'tổng lãnh sự', 'lãnh sự',
  'kiểm toán viên', 'kế toán trưởng', 'bác sĩ', 'bác sỹ', 'luật sư', 'kỹ sư', 'kiến trúc sư',
  'chủ nhiệm khoa', 'trưởng khoa', 'trưởng phòng', 'trưởng ban', 'trưởng đoàn', 'trưởng nhóm',
  'trưởng thôn', 'trưởng ấp', 'trưởng công an', 'chủ doanh nghiệp', 'chủ cơ sở', 'chủ quán',
  'chủ nhà hàng', 'tổng lãnh đạo', 'thủ lĩnh', 'người đứng đầu', 'người đại diện', 'tổng chỉ huy',
  // Sport and school: "tiền vệ Nguyễn Hoàng Đức", "học sinh lớp 12A1".
  'tiền vệ', 'tiền đạo', 'hậu vệ', 'trung vệ', 'thủ môn', 'thủ quân', 'đội phó', 'cầu thủ',
  'vận động viên', 'vđv', 'trọng tài', 'học sinh', 'sinh viên', 'nghiên cứu sinh',
];

/** Words that open an organisation's name; such a name is never a person's. */
export const ORG_HEADS = [
  'bộ', 'sở', 'tổng cục', 'cục', 'vụ', 'viện', 'ủy ban', 'uỷ ban', 'ubnd', 'hđnd', 'văn phòng', 'ban',
  'hội', 'hội đồng', 'hiệp hội', 'liên đoàn', 'liên minh', 'công ty', 'tập đoàn', 'tổng công ty',
  'ngân hàng', 'quỹ', 'tổ chức', 'đảng', 'nhà trắng', 'điện kremlin', 'lầu năm góc', 'chính phủ',
  'quốc hội', 'trường', 'bệnh viện', 'đại học', 'học viện', 'trung tâm', 'đài', 'báo', 'tờ', 'hãng',
  'hãng tin', 'hãng thông tấn', 'thông tấn xã', 'liên hợp quốc', 'liên hiệp quốc', 'cơ quan',
  'câu lạc bộ', 'clb', 'đội', 'tòa án', 'viện kiểm sát', 'công an', 'phòng', 'chi cục', 'tỉnh ủy',
  'thành ủy', 'huyện ủy', 'ủy ban nhân dân', 'mặt trận', 'đoàn', 'khu', 'nhà máy', 'tạp chí',
  'kênh', 'thời báo', 'nhật báo', 'tuần báo', 'lực lượng', 'quân đội', 'bộ tư lệnh', 'doanh nghiệp',
];

/** Country and region names that follow a title ("Ngoại trưởng Pháp Laurent Fabius"). */
export const PLACES = [
  'việt nam', 'mỹ', 'hoa kỳ', 'pháp', 'anh', 'đức', 'nga', 'trung quốc', 'nhật', 'nhật bản',
  'hàn quốc', 'triều tiên', 'ấn độ', 'úc', 'australia', 'canada', 'ý', 'italy', 'tây ban nha',
  'bồ đào nha', 'hà lan', 'bỉ', 'thụy sĩ', 'thụy điển', 'na uy', 'đan mạch', 'phần lan', 'ba lan',
  'ukraine', 'iran', 'iraq', 'israel', 'syria', 'thổ nhĩ kỳ', 'ai cập', 'lào', 'campuchia',
  'thái lan', 'malaysia', 'singapore', 'indonesia', 'philippines', 'myanmar', 'brazil', 'argentina',
  'mexico', 'cuba', 'venezuela', 'nam phi', 'saudi arabia', 'đài loan', 'hồng kông', 'hong kong',
  'eu', 'asean', 'new zealand', 'pakistan', 'afghanistan', 'bangladesh', 'sri lanka', 'nepal',
  'triều tiên', 'mông cổ', 'kazakhstan', 'séc', 'hungary', 'áo', 'hy lạp', 'romania', 'belarus',
  'estonia', 'latvia', 'litva', 'lithuania', 'qatar', 'kuwait', 'yemen', 'libya', 'nigeria', 'kenya', 'serbia',
  'croatia', 'bulgaria', 'slovakia', 'chile', 'colombia', 'peru', 'uzbekistan', 'azerbaijan', 'armenia',
];

/** Common Vietnamese (and Sino-Vietnamese) family names: a capitalised run starting with one is a name. */
export const SURNAMES = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ',
  'ngô', 'dương', 'lý', 'trương', 'đinh', 'lâm', 'mai', 'lại', 'tô', 'hà', 'đoàn', 'trịnh', 'cao',
  'lương', 'chu', 'thái', 'tạ', 'quách', 'triệu', 'vương', 'đào', 'tăng', 'lưu', 'hứa', 'kiều', 'châu',
  'văn', 'tống', 'la', 'lò', 'mạc', 'khúc', 'từ', 'doãn', 'giang', 'diệp', 'âu', 'kim', 'tập', 'hoa',
  'quan', 'thân', 'nông', 'phùng', 'cù', 'ông', 'bạch', 'an', 'lục', 'nghiêm', 'khổng', 'mạnh', 'cung',
];

/** Pronoun-like words that stand for the speaker only through the context. */
export const PERSON_NOUNS = [
  'người', 'vị', 'quan chức', 'chuyên gia', 'nhân viên', 'người dân', 'cư dân', 'nhân chứng',
  'giới', 'nhà', 'phát ngôn viên', 'người phát ngôn', 'đại diện', 'lãnh đạo', 'cậu bé', 'cô bé',
  'quân nhân', 'bé', 'cháu', 'em', 'học sinh', 'sinh viên', 'phụ huynh', 'bệnh nhân', 'nạn nhân', 'thí sinh',
  'cầu thủ', 'tài xế', 'nông dân', 'công nhân', 'tiểu thương', 'du khách', 'khách hàng',
  'người thân', 'gia đình', 'giáo viên', 'bác sĩ', 'cán bộ', 'chiến sĩ', 'binh sĩ', 'sỹ quan',
  'sĩ quan', 'cảnh sát', 'nhà đầu tư', 'doanh nhân', 'chủ', 'cụ', 'bà cụ', 'ông cụ', 'thanh niên',
  'người đàn ông', 'người phụ nữ', 'phụ nữ', 'cô gái', 'chàng trai', 'nhà phân tích', 'nghị sĩ',
];

/** Auxiliaries and adverbs that sit between a subject and its verb; stripped from a subject. */
export const SUBJECT_TRAILERS = [
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'lại', 'vẫn', 'thì', 'còn', 'luôn', 'từng', 'đều', 'chỉ',
  'liền', 'bèn', 'thẳng thừng', 'công khai', 'trước đó', 'sau đó', 'tiếp tục', 'cũng đã', 'thường',
  'nhiều lần', 'một lần nữa', 'khi', 'thì', 'đã từng', 'cũng từng', 'đồng thời', 'hôm qua', 'hôm nay',
  'sau khi', 'trước khi', 'cũng vừa', 'mới đây', 'gần đây', 'luôn luôn', 'không ngừng', 'ngay',
  'lập tức', 'trực tiếp', 'chính thức', 'tỏ ra', 'thậm chí', 'có lần', 'không quên', 'rất', 'hết sức',
];

/** Connectives that open a clause before its subject. */
export const SUBJECT_LEADERS = [
  'và', 'nhưng', 'tuy nhiên', 'dù', 'mặc dù', 'còn', 'song', 'thế nhưng', 'trong khi đó', 'trong khi',
  'khi đó', 'sau đó', 'trước đó', 'đồng thời', 'bên cạnh đó', 'ngoài ra', 'do đó', 'vì vậy', 'vậy mà',
  'rồi', 'thế là', 'cuối cùng', 'mà', 'bởi vì', 'vì', 'nên', 'thì',
  // "… thì được một người bạn của H. cho biết": the one who told.
  'được', 'cụ thể',
];

/** Quantity words dropped from an unnamed speaker ("Nhiều người dân Cuba" → "người dân Cuba"). */
export const QUANTIFIERS = ['nhiều', 'hầu hết', 'đa số', 'phần lớn', 'không ít'];

/** Classifiers before a publication's name, not part of it ("Tờ Granma", "hãng tin AFP"). */
export const MEDIA_CLASSIFIERS = ['tờ', 'hãng tin', 'hãng thông tấn', 'trang tin', 'trang', 'kênh'];

/**
 * Nouns that make the next quoted words a name (of an event, a work, a prize, a law), not speech:
 * "phiên chuyên đề “Bình Dương - …”", "danh hiệu “Best Act”".
 */
export const TITLE_CUES = [
  'phiên', 'chuyên đề', 'hội thảo', 'hội nghị', 'diễn đàn', 'tọa đàm', 'chủ đề', 'chương trình',
  'cuộc thi', 'giải', 'giải thưởng', 'danh hiệu', 'lễ', 'lễ hội', 'sự kiện', 'dự án', 'đề án',
  'chiến dịch', 'phong trào', 'tác phẩm', 'cuốn sách', 'sách', 'cuốn', 'bộ phim', 'phim', 'bài hát',
  'ca khúc', 'album', 'vở', 'vở kịch', 'tiểu thuyết', 'truyện', 'bài báo', 'bài viết', 'tựa đề',
  'tiêu đề', 'tên gọi', 'mang tên', 'có tên', 'tội', 'tội danh', 'vụ án', 'hành vi', 'đặt tên', 'gọi là', 'mệnh danh', 'biệt danh', 'biệt hiệu',
  'thương hiệu', 'nhãn hiệu', 'sản phẩm', 'chuyên mục', 'tờ', 'báo', 'tạp chí', 'nhà máy',
  'tàu', 'kế hoạch', 'luật', 'bộ luật', 'nghị định', 'thông tư', 'nghị quyết', 'quyết định',
  'hiệp định', 'cụm từ', 'khái niệm', 'thuật ngữ', 'cái gọi là', 'được gọi là', 'dự thảo',
  'chiến lược', 'gói', 'ứng dụng', 'website', 'trang web', 'show', 'gameshow', 'triển lãm', 'hãng',
  'công ty', 'tập đoàn', 'nhãn', 'tour', 'đề tài', 'cuộc vận động', 'giải đấu', 'coi là', 'xem là',
  'coi như', 'được coi', 'được xem', 'vai trò', 'vai', 'tình trạng', 'kiểu', 'chữ',
];

/** Nouns for written content whose quoted words are a quotation of someone's writing or slogan. */
export const CONTENT_CUES = [
  'nội dung', 'dòng chữ', 'biểu ngữ', 'khẩu hiệu', 'băng rôn', 'băng-rôn', 'tấm biển', 'thông điệp',
  'lời nhắn', 'tin nhắn', 'dòng trạng thái', 'bức thư', 'lá thư', 'lời nhắn nhủ', 'câu nói', 'lời',
  'hô vang', 'hô to', 'hô', 'câu hỏi', 'dòng tin',
];

/** Verbs by which a subject authors written content ("người thân … treo băng rôn với nội dung"). */
export const AUTHORING_VERBS = ['treo', 'viết', 'ghi', 'dán', 'đăng', 'gửi', 'để lại', 'căng', 'giăng'];

/** First- and second-person words: quoted words containing one are someone's speech. */
export const PERSONAL_PRONOUNS = [
  'tôi', 'chúng tôi', 'chúng ta', 'tụi tôi', 'bọn tôi', 'tao', 'tớ', 'chúng tao', 'chúng mình',
  'tụi mình', 'chúng em', 'quý vị',
];

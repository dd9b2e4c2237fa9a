/** Word lists and patterns that find where an acronym's long form starts and ends. */
import { HONORIFICS, PLACES, RANKS, ROLE_HEADS, SPEECH_VERBS } from '../../quotes/lexicon';
import { alternation } from '../../quotes/words';

// Where a noun phrase before "(ABBR)" cannot start from further back.
// A full stop ends the phrase, but not the one of a city's short form before an initialism ("đài
// Tiếng nói nhân dân TP. HCM (VOH)"); "… trung tâm TP. Tổ chức …" is a sentence end. Nor does the
// one of "St." in a saint's city ("Diễn đàn Kinh tế quốc tế St. Petersburg (SPIEF)").
export const HARD_STOP = /[!?;:()[\]“”"«»\n–—]|(?<!(?:^|[^\p{L}])(?:TP|TX|TT|St))\.(?=\s)|(?<=(?:^|[^\p{L}])(?:TP|TX|TT))\.(?=\s(?!\p{Lu}{2,}\b))|\s-\s/gu;

// Words that end a noun phrase on its left: prepositions, conjunctions, determiners, auxiliaries and
// adverbs ("phải", "muốn", "vẫn", "lại"), "rằng", personal titles, "tên" (a name follows it: "có tên Kế hoạch
// …"). "và" is handled apart because names contain it ("Đầu tư và Phát triển").
export const LEFT_STOPS = new Set(['việc', 'các', 'những', 'của', 'về', 'do', 'bởi', 'cho', 'với', 'tại', 'ở', 'trong', 'là', 'rằng', 'như', 'theo', 'từ', 'đến', 'vào', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'được', 'bị', 'đã', 'đang', 'sẽ', 'khi', 'nếu', 'giữa', 'qua', 'sang', 'thay', 'cùng', 'gồm', 'thuộc', 'một', 'hai', 'ba', 'mọi', 'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'có', 'này', 'đó', 'nhằm', 'để', 'bằng', 'trên', 'dưới', 'sau', 'trước', 'vừa', 'cũng', 'tên', 'lại', 'vẫn', 'còn', 'đều', 'rất', 'tới', 'phải', 'làm', 'muốn', 'nên', 'cả']);

// Units written after a figure ("120 mm", "5.000 m2").
// "võ sĩ 35 tuổi võ tự do (MMA)": an age is a figure's unit too.
export const UNIT_WORD = /^(?:mm|cm|m|m2|m3|km|km2|kg|g|ha|ml|kw|mw|gw|kv|kwh|tuổi)$/iu;

// Classifiers that open a noun phrase and are no part of a term. Not those that often open
// compounds ("bức xạ", "căn cứ", "ngôi sao", "trái phiếu", "kiểu dáng", "loại bỏ", "con người").
export const CLASSIFIERS = new Set(['chiếc', 'quả', 'cuốn', 'quyển', 'mẫu', 'khối', 'vụ', 'cuộc', 'đợt', 'cơn', 'phiên', 'buổi']);

// Lower-case number words ("hàng trăm", "vài", "hàng loạt") end a phrase as a figure does; not "tỷ", which also
// opens "tỷ lệ".
export const QUANTITIES = new Set(['chục', 'trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'vài', 'mấy', 'nhiều', 'loạt']);

export const ROLES = [...ROLE_HEADS, ...RANKS].map((r) => r.split(' '));

// Words before a person's name: titles, roles, and the sports and arts ones news puts a club or a
// band after ("thủ môn Nguyễn Filip (CAHN)").
export const PERSON_WORDS = [
  ...HONORIFICS, ...ROLE_HEADS, ...RANKS, 'thủ môn', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'cầu thủ', 'ca sĩ', 'diễn viên',
  'vận động viên', 'võ sĩ', 'người mẫu', 'nhạc sĩ', 'đạo diễn', 'tay vợt', 'kỳ thủ',
].map((r) => r.split(' '));

export const PERSONAL_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú']);

// Nouns that open the name of an organisation, programme or thing ("Trưởng Trung tâm X (ABC)" names
// "Trung tâm X"). Two-word heads are listed as two words.
export const HEADS = [
  'cơ quan', 'công ty', 'tổng công ty', 'cty', 'tổng cty', 'ctcp', 'tổng ctcp', 'tập đoàn', 'ngân hàng', 'quỹ', 'đài', 'hãng', 'đảng', 'bộ', 'sở', 'viện',
  'học viện', 'trường', 'đại học', 'hội', 'hiệp hội', 'tổ chức', 'liên minh', 'liên đoàn', 'ủy ban', 'uỷ ban', 'ban',
  'liên doanh', 'cục', 'tổng cục', 'chi cục', 'bệnh viện', 'trung tâm', 'văn phòng', 'hội đồng', 'lực lượng', 'chương trình', 'dự án',
  'hệ thống', 'giải thưởng', 'diễn đàn', 'mạng lưới', 'hiệp định', 'hiệp ước', 'công ước', 'hãng tin', 'thông tấn xã',
  'tạp chí', 'nhóm', 'câu lạc bộ', 'phong trào', 'mặt trận', 'tòa án', 'toà án', 'viện kiểm sát', 'liên hợp quốc', 'cảng',
  'cộng đồng', 'khu', 'phòng', 'quân đội', 'chính phủ', 'hội nghị', 'sàn', 'chỉ số', 'cơ chế', 'quỹ đầu tư',
  'đại hội', 'lễ hội', 'liên hoan', 'hạ viện', 'thượng viện', 'ủy hội', 'uỷ hội', 'phái bộ', 'phái đoàn', 'biệt đội',
  'nhà hát', 'bảo tàng', 'thư viện', 'nhà xuất bản', 'nhà máy', 'xí nghiệp', 'hợp tác xã', 'thỏa thuận', 'thoả thuận', 'đại hội đồng',
  // "đặc khu hành chính (SAR)": a special zone, whose "đặc" is the name's S, not a "khu".
  'đặc khu',
].map((h) => h.split(' '));

// Common lower-case verbs that take the defined term as object ("đưa trí tuệ nhân tạo (AI) vào…").
export const VERBS = [
  'đưa', 'dùng', 'ký', 'có', 'gồm', 'mua', 'bán', 'nhận', 'lập', 'gọi', 'coi', 'xem', 'chọn', 'sử dụng', 'áp dụng',
  'ứng dụng', 'xây dựng', 'triển khai', 'thực hiện', 'thúc đẩy', 'đẩy mạnh', 'tăng cường', 'phát triển', 'tham gia', 'ban hành',
  'thông qua', 'kêu gọi', 'thành lập', 'hướng tới', 'sở hữu', 'trang bị', 'chế tạo', 'sản xuất', 'thử nghiệm',
  'bắn rơi', 'bắn hạ', 'hạn chế', 'dự kiến', 'dự định', 'cung cấp', 'thu hồi', 'lắp', 'lắp đặt', 'dẫn lời',
  'bắn thử', 'cử', 'bắt đầu', 'dự', 'thu giữ', 'bắt giữ', 'tịch thu', 'trình làng', 'ra mắt', 'thua', 'thả', 'công bố', 'đề xuất', 'chờ',
  // "mừng công thử thành công tên lửa xuyên lục địa (ICBM)", "ghép thành công tế bào gốc tạo máu
  // (HSCT)", "xem xét khả năng …": a test, a success, a look; "tiếp tục" before a name (phrase.ts).
  'thử', 'thành công', 'xem xét', 'tiếp tục',
  // "đạt khả năng hoạt động ban đầu (IOC)": what is reached; "rút khỏi thỏa thuận hạt nhân Iran
  // (JCPOA)", "phê chuẩn Hiệp định …": what a state leaves, ratifies, breaks.
  'đạt', 'đạt được', 'rút khỏi', 'phê chuẩn', 'vi phạm', 'tuân thủ', 'từ bỏ', 'loại bỏ', 'loại trừ',
  // "Quân đội Nga đưa ra thông báo hàng không (NOTAM)": what is issued; "sẽ diễn ra buổi đấu giá cổ
  // phiếu lần đầu ra công chúng (IPO)": what takes place.
  'đưa ra', 'phát đi', 'tận dụng', 'gửi', 'diễn ra',
  // "đòi hỏi Nga thiết kế đầu dò radar chủ động (ARH)", "LTV nghiên cứu tên lửa siêu tốc (HVM)": what
  // is required, designed, studied (by whom a capital names: phrase.ts `inTerm`). Not "thực hiện",
  // a word of terms ("kế hoạch hành động chung toàn diện", "đơn vị thực hiện"), nor "vận hành",
  // "gây ra", "phá huỷ" ("hệ thống vận hành tàu tự động (ATO)", "vận hành thương mại (COD)", "khí
  // gây ra hiệu ứng nhà kính (GHG)", "vũ khí phá hủy vệ tinh (ASAT)").
  'đòi hỏi', 'thiết kế', 'nghiên cứu',
  // "ông Bolton giữ chức Cố vấn An ninh Quốc gia (NSA)": the post a person holds, not the person.
  'giữ chức', 'giữ chức vụ', 'giữ chức danh', 'đảm nhiệm', 'đảm nhận',
  // Verbs of saying that are no noun of a term ("Tổng thống Trump khẳng định trinh sát cơ không
  // người lái (UAV) …"); not "tiết lộ", "xác nhận", "tuyên bố" ("thỏa thuận không tiết lộ thông tin
  // (NDA)", "mã xác nhận", "tuyên bố chung").
  'khẳng định', 'cho biết', 'cho hay', 'nhấn mạnh', 'cho rằng', 'thừa nhận', 'phủ nhận', 'cáo buộc',
  // "Matxcơva chỉ trích Báo cáo đánh giá tình hình hạt nhân (NPR)": what a state criticises,
  // condemns or opposes.
  'chỉ trích', 'lên án', 'phản đối',
  // "là đảm bảo tỉ lệ an toàn vốn tối thiểu (CAR)": what is ensured (not a rate's: phrase.ts
  // `inTerm`; not "bảo đảm", a word of terms: "bảo đảm hoạt động bay (ANS)"); "kết quả giám định
  // acid flohydric (HF)": what is examined.
  'đảm bảo', 'giám định',
  // "sau khi đánh bại Cảnh sát địa phương Afghanistan (ALP)": who is beaten; "làm tăng đáng kể tiết
  // diện phản xạ radar (RCS)": what grows ("làm" alone already stops a name).
  'đánh bại', 'tăng đáng kể', 'giảm đáng kể',
].map((v) => v.split(' '));

// Where, not what: "phía bắc đường ranh giới quân sự (DML)", "phía Nam …".
export const SIDES = ['phía bắc', 'phía nam', 'phía đông', 'phía tây'].map((v) => v.split(' '));

// Nouns that say what kind of thing the term is, before it: "hình thức hợp tác công tư (PPP)", "mô
// hình phát triển đô thị theo định hướng giao thông công cộng (TOD)".
export const KIND_NOUNS = ['hình thức', 'phương thức', 'loại hình', 'mô hình', 'phiên bản'].map((k) => k.split(' '));

// Words a one-syllable verb above makes with its neighbour, where it is no verb: "hàng tiêu dùng nhanh
// (FMCG)", "giao diện lập trình ứng dụng (API)", "nhận dạng qua tần số vô tuyến (RFID)".
export const NOT_VERBS = new Set([
  'thử thách', 'thử việc', 'xây lắp', 'bán đảo', 'truyền đạt', 'diễn đạt', 'biểu đạt', 'thành đạt', 'phát đạt', 'tiêu dùng', 'người dùng', 'nhận dạng', 'nhận diện', 'bán dẫn', 'bán lẻ', 'bán buôn', 'mua bán', 'lập trình', 'lập pháp',
  'ký hiệu', 'ký sinh', 'chọn lọc', 'lắp ráp', 'bầu cử', 'ứng cử', 'đề cử', 'tiến cử', 'tuyển cử', 'cử tri', 'cử nhân',
  'cử hành', 'cử chỉ', 'cử tạ', 'cử động', 'cử tọa', 'cử toạ', 'thi cử', 'khoa cử', 'dự thầu', 'dự tuyển', 'dự án',
  'dự báo', 'dự bị', 'dự đoán', 'dự luật', 'dự phòng', 'dự thảo', 'dự toán', 'dự trữ', 'dự tính', 'dự trù', 'dự khuyết',
  'dự thính', 'dự ước', 'can dự', 'thua lỗ', 'thả nổi', 'thả rông', 'bán hàng',
]);

// Nouns whose success is a term, not a deed: "yếu tố thành công then chốt (KSF)", "tỷ lệ thành công".
export const NOUNS_OF_SUCCESS = new Set(['yếu tố', 'tỷ lệ', 'tỉ lệ', 'chìa khóa', 'chìa khoá', 'bí quyết', 'câu chuyện', 'nhân tố']);

// After the short form in its brackets: "(VNCB, tiền thân là TrustBank)", "(ABC, nay là …)". A role or a
// place after a comma ("Nguyễn Văn Bình (CSGT, thuộc Phòng PC08)") says who someone is, not what the
// letters stand for.
export const HISTORY_ASIDE = /^,\s*(?:tiền thân là|trước đây là|trước là|nay là|hiện là|tên cũ là|nguyên)\s/iu;

// A firm's legal suffix after its short form ("(DIC Corp)"), or where a body is ("cảng container quốc
// tế Việt Nam (VICT, quận 7)"): the name before still defines it, when it is a body's name (a head
// noun) or spelled, not a person's.
export const FIRM_SUFFIX = /^\s+(?:Corp\.?|Corporation|Group|JSC|Holdings|Co\.,? Ltd\.?)\s*$/u;
export const PLACE_ASIDE = /^,\s*(?:quận|huyện|tỉnh|thành phố|TP\.?|thị xã|xã|phường|(?:có\s+)?trụ sở(?:\s+chính)?\s+(?:ở|tại))\s/u;
// Where it is, after "tại" or "ở" ("Trung tâm Quốc tế khoa học và giáo dục liên ngành (ICISE, tại TP
// Quy Nhơn)"): as often where a group of the body or a parent's plant is ("Nhóm nhà khoa học (NASA,
// tại Houston)", "Tập đoàn Hòa Phát (HPDQ, tại Quảng Ngãi)"), so only a name that spells or
// translates the letters, or whose words give them where nothing else knows them.
export const LOCATIVE_ASIDE = /^,\s*(?:đặt\s+)?(?:ở|tại)\s/u;
// Whose the body is ("trường Quốc tế Bắc Mỹ (SNA, một thành viên của Tập đoàn Nguyễn Hoàng)",
// "(TCTK, thuộc Bộ Kế hoạch và Đầu tư)", "(…, đơn vị trực thuộc Bộ Y tế)", "(…, là đơn vị sự nghiệp
// thuộc …)"): the same.
// The member's word may stand right before its parent's name ("(VNTT, đơn vị thành viên Tổng Công ty
// Becamex IDC)").
const MEMBER = '(?:đơn vị thành viên|công ty con|công ty thành viên|thành viên)';
export const PARENT_ASIDE = new RegExp(String.raw`^,\s*(?:là\s+)?(?:một\s+)?(?:(?:(?:thành viên|đơn vị|công ty con|công ty thành viên)(?:\s+\p{Ll}+){0,2}?\s+)?(?:(?:trực\s+)?thuộc|của)\s|${MEMBER}\s+(?=\p{Lu}))`, 'u');
// The parent's own name right after a dash or a comma ("Trung tâm Quản lý điều hành bay (ADCC - Bộ
// Quốc phòng)", "(VAWR, Bộ NN & PTNT)"): a ministry, a province's committee or a department over the
// body. Not a body's own name in another language, which such heads rarely open.
export const PARENT_NAMED = /^\s*(?:[-–]|,)\s*(?:Bộ|Tổng cục|Sở|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Viện Hàn lâm|Đại học Quốc gia|ĐHQG)\s+\p{Lu}/u;
// Alone in brackets after a short form, what the body is to another ("FLC (công ty mẹ của Bamboo
// Airways)"): it describes the body, not what its letters stand for.
export const KIN_OF = new RegExp(String.raw`^(?:${MEMBER}|công ty mẹ|cổ đông(?: lớn)?|chủ đầu tư|chủ sở hữu|đối tác)\s+(?:(?:trực\s+)?thuộc|của)\s`, 'u');
// The part a firm plays, after its short form ("Công ty TNHH xử lý chất thải rắn Việt Nam (VWS, chủ
// đầu tư)"): the same.
export const ROLE_ASIDE = /^,\s*(?:chủ đầu tư|nhà đầu tư|chủ dự án|nhà thầu(?: chính| phụ)?|tổng thầu|đơn vị (?:thi công|tư vấn|chủ quản)|cơ quan chủ quản|bên (?:mua|bán|thuê|vay)|nguyên đơn|bị đơn)(?: dự án)?\s*$/u;

// Inside the brackets before the short form; a firm noun there ("sau đây viết tắt công ty GTS") is
// not part of what the letters stand for. A listed firm's ticker ("Công ty CP Hoàng Anh Gia Lai (mã
// HAG)") is its short name too.
// "mã", "mã chứng khoán", "mã CK:", "HoSE:" before a listed firm's ticker.
// The stock exchanges a ticker trades on, in any case ("HOSE", "Hose", "UPCoM").
export const EXCHANGES = /^(?:HOSE|HSX|HNX|UPCOM|NYSE|NASDAQ)$/i;

export const TICKER_WORD = /(?:[Mm]ã(?: chứng khoán| cổ phiếu| CK)?|MCK|HoSE|HOSE|HSX|HNX|UPCoM|UPCOM):?/u;

// Before the short form in a listed firm's brackets: its brand or its other short name and a dash
// or a comma, then maybe the ticker word ("(Eximbank - mã EIB)", "(BIDV, mã BID)", "(Vietnam
// Airlines, mã HVN)", "(Vietcombank, HoSE: VCB)"); the firm's noun may open the short name
// ("(công ty 577, mã CK: NBB)").
export const LISTED_BEFORE = new RegExp(`^(?:\\p{Lu}|(?:[Cc]ông ty|[Cc]ty|[Tt]ập đoàn) [\\p{Lu}\\p{N}])[\\p{L}\\p{N}&]*(?: \\p{Lu}[\\p{L}\\p{N}]*){0,2}(?: [-–]|,)(?: ${TICKER_WORD.source})? $`, 'u');
// After it: the exchange or the ticker ("(mã GMD, sàn HoSE)", "(MB, mã MBB)").
export const LISTED_AFTER = new RegExp(`^(?:,|\\s[-–])\\s*(?:sàn \\p{Lu}\\p{L}+|niêm yết trên sàn \\p{Lu}\\p{L}+|${TICKER_WORD.source} \\p{Lu}[\\p{Lu}\\p{N}]+)\\s*$`, 'u');

// "(sau đây viết tắt công ty GTS)", "(còn gọi tắt là nhóm GAFA)": what the short form stands for may be
// named by its kind; a firm's noun is caught, as the short form stands for what follows it.
export const INSIDE_BEFORE_SHORT = new RegExp(
  `^(?:(?:(?:sau đây|dưới đây|còn) )?(?:được )?(?:(?:tên )?(?:viết|gọi) tắt|gọi)(?: là)?:?(?: (công ty|tổng công ty|cty|tổng cty|tập đoàn|ngân hàng)| nhóm)?|(?:tên )?tiếng anh(?: là|:)|${TICKER_WORD.source})\\s+$`,
  'iu',
);
// "viết tắt của", "tên viết tắt của", "từ viết tắt từ": how an article says a word is a short form.
export const SHORT_FORM_OF = String.raw`(?:(?:tên|từ|chữ)\s+)?viết tắt (?:của|từ)`;
// "BRICS (gồm Nga, Ấn Độ, Trung Quốc, Nam Phi, Brazil)": a group's members.
export const INSIDE_BEFORE_LONG = new RegExp(String.raw`^(?:${SHORT_FORM_OF}|tiếng anh(?: là|:)|tức(?: là)?|nghĩa là|gồm(?: có)?)\s+`, 'iu');
// '"LOL" là từ viết tắt của …': the short form may be quoted.
export const AFTER_SHORT_LONG = new RegExp(String.raw`^\s*["”]?\s*(?:,|-|–|là)?\s*(?:là\s+)?${SHORT_FORM_OF}\s+`, 'iu');
// What a writer calls the words a short form stands for, written before them: "cụm từ (tiếng Pháp)",
// "các chữ". Not "chữ" alone, which opens words ("chữ ký", "Chữ thập đỏ").
// "4 chữ", "bốn từ": the number of the words counted before them ("viết tắt của 4 chữ Science, …").
export const WORDS_FOR_THE_NAME = String.raw`(?:cụm từ|cụm chữ|các chữ|các từ|(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám)\s+(?:chữ|từ)(?:\s+cái)?(?:\s+đầu)?)(?:\s+tiếng\s+\p{L}+)?`;
// "…, gọi tắt là ABBR", "… hay còn có tên viết tắt là BZ".
// "(Mỹ gọi tắt là CVID)", "(thường gọi tắt là CBAM)": who shortens it so, a capitalised name, or how
// often, before "gọi tắt"/"viết tắt" (not before "gọi là": "Loại tên lửa mới (Mỹ gọi là ICBM)" names
// another thing).
export const SHORTENED_BY = /^(?:(?:thường|hay|vẫn|cũng) |\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)? )(?:gọi|viết) tắt(?: là)?:?\s+$/u;
// "…, hay còn gọi là PSA", "(thường được gọi là PROMESA)", "Cơ quan An ninh Liên bang Nga, tức FSB":
// another name, not said to be short.
export const ALSO_CALLED = /(?:,|-|–|\()\s*(?:(?:(?:hay|hoặc)\s+)?(?:(?:còn|thường)\s+)?(?:được\s+)?gọi\s+là|tức(?:\s+là)?)\s*$/iu;
export const BEFORE_SHORT = /(?:,|-|–)?\s*(?:(?:hay|hoặc)\s+)?(?:(?:sau đây|còn)\s+)?(?:được\s+|có\s+)?(?:tên\s+)?(?:gọi|viết) tắt(?:\s+là|:)\s*$/iu;

/**
 * Administrative units that open a place name ("huyện Bình Chánh", "xã Đức Dũng"); words are single
 * syllables, so "thị xã", "thị trấn", "khu phố" are met by their last one.
 */
export const PLACE_UNIT = /^(?:huyện|quận|xã|phường|trấn|tỉnh|thôn|ấp|đường|phố|TP|TX)$/iu;

/** Short forms that name a place ("TP. HCM", "TX. Bỉm Sơn", "HN", a region: "ĐBSCL"): in brackets
 * they say where. */
export const PLACE_SHORT = /^(?:(?:TP|TX|TT)(?:\.\s?|\s)\p{Lu}.*|TPHCM|HN|HCM|SG|VN|ĐBSCL|ĐBSH)$/u;

export const FIRMS = ['công ty', 'tổng công ty', 'cty', 'tổng cty', 'ctcp', 'tổng ctcp', 'tập đoàn'].map((h) => h.split(' '));

// Words of a company's legal form: "công ty TNHH MTV", "công ty cổ phần", "TNHH Một thành viên".
export const LEGAL_FORM = new Set(['tnhh', 'mtv', 'cp', 'cổ', 'phần', 'một', 'thành', 'viên', 'trách', 'nhiệm', 'hữu', 'hạn']);

export const DETERMINERS = new Set(['những', 'các']);

// Nouns a plural name opens with, whose "các" is the name's: "Các lực lượng dân chủ Syria (SDF)"
// (Forces), "các Đơn vị Bảo vệ Nhân dân (YPG)" (Units), "các nước xuất khẩu dầu mỏ (OPEC)".
export const PLURAL_NAME_HEADS = ['lực lượng', 'đơn vị', 'đội', 'nước', 'quốc gia', 'nền kinh tế', 'tiểu vương quốc'].map((h) => h.split(' '));

// Words with a stop word for a syllable: "Quân đội Syria Tự do (FSA)" goes on past "do", "Trung tâm
// Dịch vụ việc làm (HNESC)" past "việc", "tổng sản phẩm trong nước (GDP)" past "trong", "Lực lượng
// Phòng vệ trên biển (MSDF)" past "trên".
export const STOP_COMPOUNDS = new Set([
  'tự do', 'lý do', 'việc làm', 'trong nước', 'trên biển', 'trên không', 'tên lửa', 'tên miền', 'tên tuổi', 'mắc phải',
  'gặp phải', 'đi lại', 'qua lại', 'trở lại', 'làm giàu', 'làm việc', 'giá cả',
  // "Công ty Cổ phần Thiết bị Sao Mai", "hệ thống theo dõi tàu cá", "năng lượng thay thế", "doanh
  // nghiệp nhỏ và vừa", "quân dự bị", "Quỹ từ thiện …", "Văn phòng Nội các": nouns from the compounds
  // of a word-segmented news corpus.
  'thiết bị', 'theo dõi', 'thay thế', 'và vừa', 'dự bị', 'lặp lại', 'cho vay', 'từ thiện', 'nội các', 'bằng chứng',
  'cân bằng', 'mặt bằng', 'vụ việc', 'công việc', 'sự việc', 'bằng cấp', 'trước bạ', 'từ trường', 'tiến tới',
  // "tấn công từ chối dịch vụ (DDoS)": the verb "từ chối" (deny), no "từ" (from).
  'từ chối', 'từ xa', 'tại chỗ',
]);

// The same, but only capitalised in a name ("Ngân hàng Phát triển Nhà Đồng bằng sông Cửu Long",
// "Công ty Cổ phần Điện từ Việt"): in lower case their first syllable often closes another word
// ("mua điện từ", "triệu đồng bằng", "bắt đầu vào", "thành công bằng", "trụ sở tại", "ngôi nhà ở").
export const CAPITAL_STOP_COMPOUNDS = new Set(['đồng bằng', 'điện từ', 'công bằng', 'đầu vào', 'chứng từ', 'sở tại', 'nhà ở']);

// Common words whose second syllable is a head noun: "cán bộ Công an huyện …" has no ministry in it.
export const ENDS_IN_HEAD = new Set([
  'cán bộ', 'toàn bộ', 'nội bộ', 'đồng bộ', 'tiến bộ', 'sơ bộ', 'trụ sở', 'cơ sở', 'xã hội', 'cơ hội', 'thị trường',
  'môi trường', 'hiện trường', 'chiến trường', 'quảng trường', 'thư viện', 'ngân quỹ', 'bố cục', 'quốc phòng',
  'dự phòng', 'đề phòng', 'đại hội', 'lễ hội', 'đổ bộ', 'quốc hội', 'hạ viện', 'thượng viện', 'ủy hội', 'uỷ hội',
  // "Quốc vụ viện" (China's State Council) is one body, not a "viện"; an office ("văn phòng") is no
  // "phòng".
  'vụ viện', 'văn phòng',
]);

// Common words whose first syllable is a head noun: "tội phạm … phòng chống …" names no office.
export const OPENS_WITH_HEAD = new Set(['phòng chống', 'phòng ngừa', 'phòng tránh', 'phòng thủ', 'phòng vệ', 'phòng không', 'hội nhập', 'sở hữu', 'khu vực', 'đài loan', 'đảng viên', 'bộ binh', 'bộ đội', 'bộ phận',
  'khu trục', 'viện trợ', 'trường hợp', 'hội đàm', 'hội viên', 'ban hành', 'ban đầu', 'cục bộ', 'sở thích']);

// Heads that introduce another body's name rather than name one: "hội nghị thượng đỉnh Diễn đàn Hợp
// tác Kinh tế Châu Á - Thái Bình Dương (APEC)", "lực lượng đối lập Quân đội Syria Tự do (FSA)", "Nhóm
// nổi dậy Quân đội Tự do Syria (FSA)", "cơ chế Uỷ hội sông Mekong quốc tế (MRC)".
export const GENERIC_HEADS = [['hội', 'nghị'], ['lực', 'lượng'], ['nhóm'], ['cơ', 'chế']];

// A head that classifies rather than names ("tổ chức", "hệ thống", "hiệp ước"), in lower case or
// capitalised (except a capitalised "Tổ chức": see innerName), is part of the name only when the
// acronym has a letter for it: its own initial opening the acronym, or anywhere the letter of the
// English word it translates ("tổ chức Hợp tác Thượng Hải (SCO)": O for Organisation). Without one
// it says what kind of thing follows: "tổ chức (khủng bố) Nhà nước Hồi giáo (IS)", "hệ thống phòng
// thủ … (THAAD)", where H is "High". An office's head, by the English words it translates in names
// (văn phòng: Office; cục: Agency, Administration, Bureau, Department, Service; sở: Board,
// Department, Exchange, Service; bộ: Code, Department, Ministry): "Văn phòng Đại diện thương mại Mỹ
// (USTR)" has no O for Office; "Cục Thời tiết Quốc gia Mỹ (NWS)" has the S of Service, "Bộ Quy tắc
// ứng xử (COC)" the C of Code, "Sở Giao dịch Liên lục địa (ICE)" the E of Exchange (which exchanges
// also write X: HNX, SGX); nhóm: Group (Team and Task Force in HEAD_LAST_LETTERS). Heads not listed
// ("trung tâm", "ngân hàng") stay whatever the letters:
// "trung tâm Lưu ký chứng khoán Việt Nam (VSD)".
export const HEAD_LETTERS: Record<string, string> = {
  'tổ chức': 'o', 'tạp chí': 'jmr', 'hệ thống': 's', 'hiệp ước': 't', 'hiệp định': 'at', 'công ước': 'c',
  'lực lượng': 'fc', 'chương trình': 'p', 'dự án': 'p', 'hội nghị': 'cms', 'nhóm': 'g',
  'văn phòng': 'o', 'cục': 'abds', 'sở': 'bdesx', 'bộ': 'cdm', 'đảng': 'p', 'đại hội đồng': 'ga',
};

// Heads whose English word's letter counts only where it ends the acronym, as English puts the word
// last: "nhóm" for Team and Task Force ("Nhóm điều tra quốc tế (JIT)", "Nhóm Đặc nhiệm Tài chính
// (FATF)"); elsewhere T opens Vietnamese words ("nhóm Tuần tra Tự nguyện (TTV)", "nhóm Tín dụng Đen
// Tân Phú (TDĐ)") and F English ones ("Nhóm nổi dậy Quân đội Tự do Syria (FSA)": Free).
export const HEAD_LAST_LETTERS: Record<string, string> = { 'nhóm': 'tf' };

/** Whether the acronym's `letters` have a letter for the English word of the classifying `head`
 * (HEAD_LETTERS, HEAD_LAST_LETTERS, or `more` besides). */
export function headLetterIn(head: string, letters: readonly string[], more = ''): boolean {
  const anywhere = (HEAD_LETTERS[head] ?? '') + more;
  return [...anywhere].some((c) => letters.includes(c)) || [...(HEAD_LAST_LETTERS[head] ?? '')].some((c) => letters.at(-1) === c);
}

// What a broadcaster sends, which opens its name after "Đài": Television, Radio, Voice.
export const BROADCAST_MEDIA = ['truyền hình', 'phát thanh', 'tiếng nói'].map((m) => m.split(' '));

// What a lower-case term is ("công nghệ phân bổ lực phanh điện tử (EBD)", "chức năng chống trượt
// (TCS)"), with the letters of its English word: it stays only where the acronym ends with one, as
// English puts the kind last ("công nghệ thông tin (IT)").
export const TERM_KINDS: Record<string, string> = { 'khả năng': 'c', 'công nghệ': 't', 'chức năng': 'f', 'tính năng': 'f', 'phương pháp': 'm', 'giải đấu': 'tcl', 'nền tảng': 'p', 'kỹ thuật': 'te', 'đơn vị': 'u', 'hàm lượng': 'cl' };

// "Đại hội Dân tộc Phi cầm quyền (ANC)": the ruling party's name, then that it rules.
export const TRAILING_QUALIFIERS = [['tự', 'xưng'], ['lần', 'thứ'], ['cầm', 'quyền'], ['hiện', 'hành']];

export const SAID_BEFORE = new RegExp(`(?:[:,]|(?:^|\\s)(?:${alternation(SPEECH_VERBS)}))\\s*$`, 'iu');

// Heads of treaties and laws, which are never a word inside another name ("Chiến lược", "Kế hoạch"
// are: "Viện Nghiên cứu Chiến lược Quốc tế").
export const TREATY_HEADS = ['thỏa thuận', 'thoả thuận', 'hiệp định', 'hiệp ước', 'công ước', 'đạo luật', 'nghị định', 'nghị quyết', 'bộ luật'].map((h) => h.split(' '));

// Heads of the titles of treaties, laws and plans, which run on past prepositions: "Công ước Liên
// Hợp Quốc về Luật Biển (UNCLOS)", "Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)".
export const DOCUMENT_HEADS = [
  ...TREATY_HEADS,
  ...['tuyên bố', 'bộ quy tắc', 'quy tắc', 'luật', 'chiến lược', 'kế hoạch', 'quy chế', 'khuôn khổ', 'sáng kiến', 'báo cáo'].map((h) => h.split(' ')),
];

// The stop words such a title crosses; others ("là", "đã", "khi") end the clause it stands in.
// Prepositions of where: "ở", "tại" ("Viện Mỹ tại Đài Loan", "nhà nghiên cứu tại Viện …").
export const SEATS = new Set(['ở', 'tại']);

export const TITLE_STOPS = new Set(['về', 'của', 'ở', 'tại', 'trong', 'giữa', 'các', 'những', 'cho', 'với', 'có', 'đối', 'để']);

// Countries and regions, in lower case (the quotes' list): "mỹ", "nhật bản", "nam phi".
export const COUNTRIES = new Set(PLACES);

// Vietnam's provinces and cities of two words, some opening with a word that is also a surname ("Hà
// Nội", "Lâm Đồng", "Cao Bằng", "Phan Thiết"): after a short form they are a place ("TT Hà Nội",
// "Sở VH, TT Hà Nội"), not a person's name.
export const PROVINCES_LIKE_NAMES = new Set([
  'hà nội', 'hà tĩnh', 'hà giang', 'hà nam', 'lâm đồng', 'cao bằng', 'đồng nai', 'đồng tháp', 'lào cai', 'vĩnh phúc',
  'vĩnh long', 'phú thọ', 'phú yên', 'kiên giang', 'quảng nam', 'quảng ninh', 'quảng ngãi', 'quảng bình', 'quảng trị',
  'lạng sơn', 'phan thiết', 'hải phòng', 'hải dương', 'thái bình', 'thái nguyên', 'đà nẵng', 'đà lạt', 'bắc ninh',
  'bắc giang', 'nam định',
]);

// English words an initialism skips (and French ones).
export const ENGLISH_FUNCTION = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with', 'from', 'per', 'de', 'du', 'des', 'la', 'le', 'et']);
// Small words inside a foreign name: "Citizens for Responsibility and Ethics", "Hayat Tahrir al-Sham".
export const FOREIGN_NAME_LINKS = new Set([...ENGLISH_FUNCTION, 'al', 'der', 'und']);

// A price move in a market report: the sentence a ticker is named in.
export const PRICE_MOVE = /(?:^|\s)(?:tăng|giảm|phục hồi(?= (?:nhẹ|mạnh|lên|trở lại|\d))|đứng giá|tham chiếu|trần|sàn|sắc (?:xanh|đỏ|tím)|khớp lệnh|\d[\d.,]*\s*(?:đồng|điểm|%))/u;

// Words that end a listed firm's name in a market report: its price moves ("mã SHB của ngân hàng Sài
// Gòn Hà Nội tăng lên 13.200 đồng").
export const MARKET_VERBS = new Set(['tăng', 'giảm', 'đứng', 'lên', 'xuống', 'đạt', 'chạm', 'mất', 'đóng', 'khớp', 'dẫn']);

// Where a name written after its short form ends: punctuation or a spaced dash.
export const NAME_END = /[,.;:()\n]|\s[-–]\s/;

// A firm's organs, named before the firm: its board, its management, its shareholders' meeting
// ("Hội đồng quản trị Tổng công ty Thép Việt Nam (VNS)", "ban TGĐ công ty … (TTC Land)").
export const FIRM_ORGANS = [
  'hội đồng quản trị', 'hđqt', 'ban giám đốc', 'ban tổng giám đốc', 'ban tgđ', 'ban lãnh đạo', 'ban điều hành', 'ban kiểm soát', 'đại hội đồng cổ đông', 'đại hội cổ đông',
  // The firm's party committee and union: "Ban thường vụ Đảng uỷ Công ty … (HFIC)".
  'ban thường vụ đảng uỷ', 'ban thường vụ đảng ủy', 'ban chấp hành đảng bộ', 'đảng uỷ', 'đảng ủy', 'đảng bộ', 'công đoàn',
  // A school's boards: "Chủ tịch Hội đồng tín thác Đại học Fulbright Việt Nam (FUV)".
  'hội đồng tín thác', 'hội đồng trường', 'ban giám hiệu',
].map((o) => o.split(' '));

// Heads of the bodies others belong to: ministries, departments, committees, schools, hospitals.
export const PARENT_HEADS = ['bộ', 'sở', 'ủy ban', 'uỷ ban', 'chính phủ', 'tổng cục', 'cục', 'viện', 'học viện', 'đại học', 'trường', 'bệnh viện'].map((h) => h.split(' '));

// What one body does to another: a clause between two names needs one of these, since names in
// sentence case hold lower-case words of their own ("Trung tâm Nghiên cứu ứng dụng công nghệ …").
// Not "giới thiệu" nor "hợp tác", which open units' names ("Trung tâm giới thiệu việc làm …").
export const DEEDS = ['phối hợp', 'tài trợ', 'quyết định', 'giải thể', 'xử phạt', 'phạt', 'kiện', 'cấm', 'khởi tố', 'trừng phạt', 'công nhận', 'bắt giữ', 'tấn công', 'chỉ trích', 'cáo buộc', 'ủng hộ', 'đình chỉ', 'thu hồi', 'dẫn nguồn', 'dẫn lời', 'trích dẫn'].map((v) => v.split(' '));

// Deeds addressed to a body, often a ministry: "Tập đoàn Điện lực Việt Nam gửi Bộ Công Thương (MOIT)".
export const ADDRESSED = ['gửi', 'ký văn bản', 'ký kết', 'chỉ đạo', 'đề nghị', 'yêu cầu', 'báo cáo'].map((v) => v.split(' '));

// Verbs of holding, issuing and announcing (of VERBS, and "chủ trì"), which no name holds (unlike "phát triển", "xây dựng",
// "hỗ trợ": "Viện nghiên cứu phát triển cộng đồng", "Quỹ hỗ trợ phát triển hợp tác xã").
export const PRESIDING = ['chủ trì', 'công bố', 'ban hành', 'thông qua', 'kêu gọi', 'đề xuất', 'khẳng định', 'cho biết', 'cho hay', 'nhấn mạnh', 'cho rằng', 'cáo buộc'].map((v) => v.split(' '));

// Meetings and events, held at a place and named for their organiser.
export const MEETINGS = ['hội nghị', 'hội thảo', 'đại hội', 'diễn đàn', 'lễ hội', 'liên hoan', 'cuộc họp', 'phiên họp', 'hội chợ'].map((m) => m.split(' '));

// The words for an airport before its place's name ("sân bay quốc tế Los Angeles (LAX)").
export const AIRPORTS = ['sân bay quốc tế', 'cảng hàng không quốc tế', 'sân bay', 'cảng hàng không', 'phi trường'].map((a) => a.split(' '));

// Who leads a delegation ("Trưởng đoàn quan chức cấp cao (SOM)"): a title that heads no description.
export const DELEGATION_LEADERS = ['trưởng đoàn', 'phó trưởng đoàn', 'trưởng phái đoàn'].map((r) => r.split(' '));

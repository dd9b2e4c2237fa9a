import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const shorts = (text: string): string[] => findAcronyms(text).map((a) => a.short);

describe('detection', () => {
  it('finds capitals runs with Vietnamese letters and digits inside titles', () => {
    expect(shorts('Chủ tịch HĐQT và Chủ tịch UBND tỉnh gặp BS.CK2 Hồng.')).toEqual(['HĐQT', 'UBND', 'BS.CK2']);
  });

  it('keeps dotted, hyphenated and slashed forms whole, and "TP. HCM" as one form', () => {
    expect(shorts('Sở GD-ĐT TP.HCM ban hành Nghị định 51/2012/NĐ-CP và hợp đồng 070234/TDDH, 395/11/HĐTD-11.')).toEqual([
      'GD-ĐT',
      'TP.HCM',
      'NĐ-CP',
      'TDDH',
      'HĐTD',
    ]);
    // In a number the issuer may be written in mixed case; elsewhere a mixed part is a name's.
    expect(shorts('Theo Quyết định 09/2007/QĐ-TTg, dịch vụ VNPT-Tax.')).toEqual(['QĐ-TTg', 'VNPT']);
    expect(shorts('Đội về TP. HCM rồi ra TP Đà Nẵng.')).toEqual(['TP. HCM', 'TP']);
    // A plate's series letters are no initialism; a count before a dash is no plate.
    expect(shorts('Xe đạp điện mang BKS 74 MĐ 3-000.35 và xe 51 LD - 123.45 của KCN; 20 NV - 300 chỉ tiêu.')).toEqual(['BKS', 'KCN', 'NV']);
    expect(shorts('Xe mang BKS 74 MĐ 3-000.35. Xe biển số 51 LD - 123.45, chạy nhanh.')).toEqual(['BKS']);
    // A foreign plate opens with its letters, right after the word for a plate.
    expect(shorts('Chiếc xe 9 chỗ mang biển UN - 2645 của Lào nhập cảnh vào Việt Nam.')).toEqual([]);
    expect(shorts('Tổ công tác phát hiện tàu sắt có số đăng ký VS - 14039078 do ông Chưởng điều khiển.')).toEqual([]);
    // Without a word for a plate or a vehicle before it, five digits are a wage, not a plate.
    expect(shorts('Công ty tuyển 20 NV - 12000 đồng/giờ.')).toEqual(['NV']);
    // "TP HCM" with a space alone is one form too; "TT HĐND" stays two.
    expect(shorts('Đội về TP HCM, gặp TT HĐND tỉnh.')).toEqual(['TP HCM', 'TT', 'HĐND']);
  });

  it('finds mixed-case initialisms and ampersand forms', () => {
    expect(shorts('ThS Lan nói về IoT; chỉ số S&P 500 tăng, Bộ KH&CN họp.')).toEqual(['ThS', 'IoT', 'S&P', 'KH&CN']);
    // A name written a capital a syllable, two such words side by side; one alone may be a short form
    // (QA 022274).
    expect(shorts('Ông TaKa HaShi Hide tử vong; tàu RoRo cập cảng.')).toEqual(['RoRo']);
    expect(shorts('Viện iSEE nói về eKYC và vắc xin mRNA trên iPhone chạy iOS')).toEqual(['iSEE', 'eKYC', 'mRNA']);
    // A few short forms are written like words; other capitalised words are names.
    expect(shorts('Fed tăng lãi suất; Cty Ford Vietnam Ltd và Nxb Trẻ')).toEqual(['Fed', 'Cty', 'Ltd', 'Nxb']);
    // A master's degree, written like a word or with a dot inside.
    expect(shorts('Theo Th.S Nguyễn Văn An và Ths Hoàng Thuý Nga')).toEqual(['Th.S', 'Ths']);
    // Capitals in the plural, up to five; a syllable whose second letter slipped into capitals is
    // a typo ("Bắc NInh").
    expect(shorts('tiến hành hoạt động tự do hàng hải (FONOPs) và SMEs')).toEqual(['FONOPs', 'SMEs']);
    expect(shorts('Giới trẻ săn TICKETs xem phim')).toEqual([]);
    expect(shorts('Công an TP Bắc NInh phát hiện')).toEqual(['TP']);
    expect(shorts('Khoa ở tháp Effein - ẢNh: FBNV.')).toEqual(['FBNV']);
    expect(shorts('Quyết định 12/QĐ-TTg; ThS Nguyễn An.')).toEqual(['QĐ-TTg', 'ThS']);
    expect(shorts('Công an Tp. Hà Nội, sự phát triển của Tp Đà Nẵng và tuyến Vinh - Tp. HCM')).toEqual(['Tp', 'Tp. HCM']);
    // Roads keep their numbers; other letters and digits name models.
    expect(shorts('Quốc lộ QL1A nối đường ĐT743, xe A320 chạy qua')).toEqual(['QL1A', 'ĐT743']);
    // A nerve agent's designation and the forces' electronics designations stand for nothing.
    expect(shorts('Ông bị sát hại bằng chất độc thần kinh VX; tàu có gói đối kháng AN / SLQ -32 và radar AN/SPY-1D.')).toEqual([]);
    // The type after the slash, its number after an en dash; elsewhere the same letters stand.
    expect(shorts('Máy bay có radar AN / APS– 145 theo dõi 2.000 mục tiêu; xe tăng có hệ thống APS.')).toEqual(['APS']);
    // So do an applicant's ranked choices; a van's model has three digits.
    expect(shorts('Hãy để NV1 trường ưa thích nhất, NV10 trường dự phòng; xe Nissan NV200')).toEqual(['NV1', 'NV10']);
    // A document's kind after its number and its issuer across a spaced dash are one short form.
    expect(shorts('Nghị định 86/2015/NĐ - CP, 34/2018/QĐ - TTg và 12/2019/NĐ – CP của Chính phủ')).toEqual(['NĐ - CP', 'QĐ - TTg', 'NĐ – CP']);
    // The Assembly's term in a law's number; elsewhere letters and digits are a model's.
    expect(shorts('Nghị quyết số 55/2017/QH14 và mẫu QH14 mới')).toEqual(['QH14']);
    expect(shorts('Bộ NN & PTNT cho biết; UBND - HĐND tỉnh')).toEqual(['NN & PTNT', 'UBND - HĐND']);
    // Two short capitals words joined by a spaced dash are one name, as gold annotators read them.
    expect(shorts('Sở TN - MT, Bộ LĐ - TBXH và đảng ZANU - PF')).toEqual(['TN - MT', 'LĐ - TBXH', 'ZANU - PF']);
    // A city's prefix after the dash opens the city's name (held-out 018359, 018619).
    expect(shorts('phó giám đốc VCCI - TP. HCM nhận định')).toEqual(['VCCI', 'TP. HCM']);
    expect(shorts('TTO - TP HCM vừa công bố')).toEqual(['TTO', 'TP HCM']);
    // A gas's formula with its count spaced off is no certificate of origin: where no word follows
    // the count, or a gas's word or another formula comes before it. A form number, or a count of
    // what follows, is not the formula's.
    expect(shorts('Mức khí thải (CO 2) và SO 2 tăng; lượng khí CH 4 cũng tăng.')).toEqual([]);
    expect(shorts('Iran tích trữ 300 kg uranium hexafluoride (UF 6), vi phạm JCPOA.')).toEqual(['JCPOA']);
    expect(shorts('Doanh nghiệp nộp mẫu CO 25 để xuất khẩu.')).toEqual(['CO']);
    expect(shorts('Doanh nghiệp chỉ được cấp CO 2 lần; tín dụng của các NH 2 tháng đầu năm tăng.')).toEqual(['CO', 'NH']);
    // Only a gas's formula, after the gas's own word ("không khí", "dầu khí", "số lượng" are none).
    expect(findAcronyms('Không khí tại các NH 2 ngày giáp Tết sôi động; ngành dầu khí NH 3 năm liền tài trợ.').map((a) => [a.short, a.count])).toEqual([['NH', 2]]);
    expect(shorts('Số lượng CO 4 tháng đầu năm tăng; hàm lượng NH 3 vượt ngưỡng.')).toEqual(['CO']);
    // CO is a gas of its own: after a gas's word the count may be of the dead or the hours.
    expect(findAcronyms('Ngạt khí CO 2 vợ chồng tử vong; nồng độ CO 2 giờ sau vẫn cao; rò rỉ khí CO 2 lần.').map((a) => [a.short, a.count])).toEqual([['CO', 3]]);
    // Two currencies quoted against each other are two.
    expect(findAcronyms('Chênh lệch lãi suất VND - USD âm; cặp EUR - USD giảm.').map((a) => [a.short, a.count])).toEqual([['VND', 1], ['USD', 2], ['EUR', 1]]);
    // Not the Singapore dollar, whose code alone is more often a department of education.
    expect(shorts('Tỷ giá SGD - VND ở mức 18.150 đồng.')).toEqual(['SGD - VND']);
    // One form written twice is two uses of it; two letters twice name a ministry.
    expect(findAcronyms('Chỉ số đồng USD - USD Index tăng; Bộ TT - TT họp.').map((a) => [a.short, a.count])).toEqual([['USD', 2], ['TT - TT', 1]]);
    // Not a roman numeral, which numbers what comes before it.
    expect(shorts('điểm chuẩn của Cơ sở II - TP. HCM năm nay')).toEqual(['TP. HCM']);
    // A dash before words goes on the sentence; a paper's dateline opening a paragraph is no pair.
    expect(shorts('thứ trưởng Bộ NN - PTNT - tại buổi làm việc')).toEqual(['NN - PTNT']);
    expect(shorts('Rạp Công Nhân\nTTO - UBND TP. HCM vừa chấp thuận')).toEqual(['TTO', 'UBND', 'TP. HCM']);
    // The second may be written in mixed case: "Quyết định 1120 / QĐ - TTg".
    expect(shorts('Quyết định số 1120 / QĐ - TTg của Thủ tướng')).toEqual(['QĐ - TTg']);
    // Elsewhere a mixed-case second is a term of its own.
    expect(shorts('Giải pháp AI - IoT giúp nông dân')).toEqual(['AI', 'IoT']);
    // An en dash more often joins two ("SGN – HAN", "XS – XL"); a ticker and its exchange stay two.
    expect(shorts('chặng bay SGN – HAN và cổ phiếu VNM - HOSE')).toEqual(['SGN', 'HAN', 'VNM', 'HOSE']);
    // Single capitals joined by a spaced "&" are left alone: "nhóm A & B", "vitamin C & E".
    expect(shorts('nhóm A & B và vitamin C & E')).toEqual([]);
    expect(shorts('Sở LĐ - TB & XH tỉnh; Bộ NN & PTNT - UBND tỉnh')).toEqual(['LĐ - TB & XH', 'NN & PTNT', 'UBND']);
    expect(shorts('HĐND - UBND & MTTQ tỉnh')).toEqual(['HĐND', 'UBND', 'MTTQ']);
    // After a dash link the "&" part closes a three-part name only when short: here two bodies.
    expect(shorts('Sở GD - ĐT & UBND tỉnh họp')).toEqual(['GD', 'ĐT', 'UBND']);
    // A comma lists ("ĐH, CĐ & TC" are three levels of school), so it does not join.
    expect(shorts('các trường ĐH, CĐ & TC; UBND, HĐND & MTTQ')).toEqual(['ĐH', 'CĐ & TC', 'UBND', 'HĐND', 'MTTQ']);
  });

  it('a compound short name alone in brackets after its name is one form, wherever it stands', () => {
    const text = 'do tổng công ty Điện lực Dầu khí Việt Nam (PV Power) làm; sau này PV Power còn nợ, PV cũng vậy.';
    expect(findAcronyms(text).map((a) => [a.short, a.count])).toEqual([['PV Power', 2], ['PV', 1]]);
    expect(shorts('Hội đồng Bảo an Liên hợp quốc (HĐBA LHQ) họp; công ty CP phát triển đô thị dầu khí (PVC – Mekong) và Đại học Moscow (NUST MISIS)')).toEqual(['HĐBA LHQ', 'CP', 'PVC – Mekong', 'NUST MISIS']);
    expect(shorts('Tổng công ty Khí Việt Nam (PV Gas) công bố, PV Gas lãi lớn')).toEqual(['PV Gas']);
    // A name written in sentence case, whose words give every letter of both parts.
    expect(shorts('nghị quyết của Hội đồng bảo an Liên Hợp Quốc (HĐBA LHQ) do Mỹ soạn thảo')).toEqual(['HĐBA LHQ']);
    // A firm's generic word, a paper's word, an exchange and a city's short name are not part of
    // the name.
    expect(shorts('CTCP Tập đoàn IPP Bình Dương (IPP Group) và Trường ĐH Bách khoa (ĐHQG TP.HCM)')).toEqual(['CTCP', 'IPP', 'ĐH', 'ĐHQG', 'TP.HCM']);
    expect(shorts('theo tờ Quân đội Nhân dân nhật báo (PLA Daily) của Trung Quốc')).toEqual(['PLA']);
    // Nor a brand's English word after a group's initials: a land or metals arm is the group's.
    expect(shorts('Công ty Cổ phần Địa ốc Sài Gòn Thương Tín (TTC Land) vừa công bố.')).toEqual(['TTC']);
    expect(shorts('cổ phiếu của Tập đoàn Hòa Phát (HPG - HOSE) tăng')).toEqual(['HPG', 'HOSE']);
    // Nor after no body's name: a person's club, school or post, or no name at all.
    expect(shorts('Tiền vệ Nguyễn Hoàng Đức (CLB Viettel) và ông Nguyễn Văn Thắng (GĐ Agribank)')).toEqual(['CLB', 'GĐ']);
    expect(shorts('Cập nhật lúc 9 giờ. (VTV Cantho)')).toEqual(['VTV']);
    // A head's syllable inside a common word names no body; a person's name before the bracket
    // outweighs a body earlier in the clause; a sentence ending in an initialism ends the clause.
    expect(shorts('Chiều qua, cán bộ Nguyễn Văn Hùng (GĐ Agribank) bàn giao')).toEqual(['GĐ']);
    expect(shorts('Đại diện Ngân hàng Nhà nước là ông Nguyễn Văn An (GĐ Agribank) phát biểu')).toEqual(['GĐ']);
    expect(shorts('Ông làm ở Tập đoàn EVN. Tiền vệ Nguyễn Hoàng Đức (CLB Viettel) ghi bàn')).toEqual(['EVN', 'CLB']);
    // "TP." does not end it; a firm's name may go on in lower case; a Vietnamese place says whose.
    expect(shorts('Tổng công ty Điện lực TP. Hà Nội (EVN HANOI) cho biết')).toEqual(['TP', 'EVN HANOI']);
    expect(shorts('và Công ty cổ phần đầu tư xây lắp Kinh Bắc (PV C.KBC). Tuy nhiên')).toEqual(['PV C.KBC']);
    expect(shorts('Sinh viên Trường Đại học Y Dược (ĐH Huế) giành giải nhất')).toEqual(['ĐH']);
    expect(shorts('Theo chuyên gia của đài Anh (BBC Sport), Arsenal thắng')).toEqual(['BBC']);
  });

  it('lists no word set in capitals that reads as a name (BASICO), unless something defines it', () => {
    const found = findAcronyms('Công ty BASICO và nhóm VIETKIDS hợp tác với ASEAN, LMFAO và VSIP.', { glossary: shippedGlossary() }).map((a) => a.short);
    expect(found).toEqual(['ASEAN', 'LMFAO', 'VSIP']);
    // Such a word the glossary knows is listed ("SSEAYP", "WWOOF"); a brand is not ("SSANGYONG").
    expect(findAcronyms('Các đại biểu SSEAYP năm nay, trang trại WWOOF và hãng xe SSANGYONG.', { glossary: shippedGlossary() }).map((a) => a.short)).toEqual(['SSEAYP', 'WWOOF']);
    // Four letters whose consonants and vowels take turns read as a word too, unless the glossary
    // knows them (NATO, LIMA's exhibition); four consonants or a doubled one do not.
    const four = findAcronyms('Giá vàng DOJI và điện thoại MINI; NATO dự triển lãm LIMA, còn UBND và KCN thì không.', { glossary: shippedGlossary() }).map((a) => a.short);
    expect(four).toEqual(['NATO', 'LIMA', 'UBND', 'KCN']);
    // Alone in brackets after a name, a word in capitals is a short form even when nothing defines it.
    const bracketed = findAcronyms('Một cơ quan của Mỹ (BARDA) cho biết BASICO', { glossary: shippedGlossary() });
    expect(bracketed.map((a) => [a.short, a.long])).toEqual([['BARDA', null]]);
    // Followed by a country it is no more a short form than a firm's name is ("TOYOTA (Nhật Bản)").
    const listed = findAcronyms('Các hãng TOYOTA (Nhật Bản) và AIRBUS (Pháp) cùng tham gia.', { glossary: shippedGlossary() });
    expect(listed.map((a) => a.short)).toEqual([]);
    // After a quoted name as well.
    const quoted = findAcronyms('Họ bàn về “Luật chống khủng bố” (BARDA) cho biết BASICO', { glossary: shippedGlossary() });
    expect(quoted.map((a) => [a.short, a.long])).toEqual([['BARDA', null]]);
    // Nor the short words of such a name, unknown beside it ("tàu EVER DIADEM", "HSIANG FUH 6").
    const ships = findAcronyms('Hai tàu EVER DIADEM (Singapore) và tàu cá HSIANG FUH 6 (Đài Loan) đến cứu; TCX và NATO thì không.', { glossary: shippedGlossary() });
    expect(ships.map((a) => a.short)).toEqual(['TCX', 'NATO']);
    // A website's unknown letters before its domain (QA 010235); known ones keep their reading.
    expect(findAcronyms('Theo trang VZ.ru, Nga sẽ triển khai; báo VOV.vn đưa tin.', { glossary: shippedGlossary() }).map((a) => a.short)).toEqual(['VOV']);
    // Unknown letters that open a ship's name after its word (QA 009685); a navy's prefix stays.
    const ship = (text: string): string[] => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => a.short);
    expect(ship('Những người vận hành tàu thương mại ACX Crystal cho biết thuyền viên an toàn.')).toEqual([]);
    expect(ship('Tàu INS Vikramaditya cập cảng; tàu ACX chở hàng.')).toEqual(['INS', 'ACX']);
    // Beside a short form the glossary knows, a word is a short form too ("UNICEF WASH", a programme).
    expect(findAcronyms('Chương trình UNICEF WASH hỗ trợ nước sạch.', { glossary: shippedGlossary() }).map((a) => a.short)).toEqual(['UNICEF', 'WASH']);
  });

  it('skips roman numerals, units, model designations and brand words', () => {
    expect(shorts('Quý III, thế kỷ XXI, ổ 64 GB, 500 MW, 500 MVA, FA-50, U.23, A321, V1000, COVID-19, iPhone, PetroTimes.')).toEqual([]);
    // A maker's model name runs on in capitals and figures; an airliner's variant after its number.
    expect(shorts('Lamborghini Murcielago SV, Porsche 911 GT2 RS, Rolls - Royce Phantom EWB, Mercedes Benz SL 63 AMG, xe Jaguar XJ, Mercedes GLC 300.')).toEqual([]);
    // Right after the maker with no model word, only after a vehicle's word or before a number.
    expect(shorts('Tesla CEO Elon Musk nói; Ford EU cho biết; xe Toyota Vios BS 29A bị giữ.')).toEqual(['CEO', 'EU', 'BS']);
    // A model known by itself names no maker: its trim follows it (a QA read).
    expect(shorts('Chiếc xe Land Cruiser GXR và Camry XLE bị thu giữ; Camry BS 29A thì không.')).toEqual(['BS']);
    // Only a trim's letters: a body's after the model is whose the car is, a model may be a place.
    expect(shorts('Đoàn xe Land Cruiser LHQ bị phục kích; chiếc Innova CA huyện gặp nạn; thành phố Tucson UA.')).toEqual(['LHQ', 'CA', 'UA']);
    expect(shorts('Hãng mua 44 máy bay A321 NEO và chiếc Boeing 737 - MAX.')).toEqual([]);
    // An airline's letters before a flight's number: after the words for a flight, or where the
    // article also writes them joined to it.
    expect(shorts('Chuyến bay MH 370 mất tích năm 2014.')).toEqual([]);
    expect(shorts('Vụ đánh bom chuyến bay PA 103 trên bầu trời Lockerbie.')).toEqual([]);
    expect(shorts('Kẻ không tặc MH370 đã lên kế hoạch; máy bay MH 370 rơi ở Campuchia.')).toEqual([]);
    // One more flight in a list of the airline's joined numbers.
    expect(shorts('Vietnam Airlines (VNA) huỷ 8 chuyến (gồm VN9556, VN9561, VN1344, VN 9351) trong ngày.')).toEqual(['VNA']);
    // After "có số hiệu" in an article on flights, the same letters' other flights, and letters the
    // article writes joined to another number (QA 010429).
    expect(shorts('Các chuyến bay bị huỷ gồm các chuyến của hãng Jetstar Pacific có số hiệu BL 161 tới Hà Nội, BL 165 tới Đà Nẵng, KA 299 và KA 297 tới Hà Nội. Chuyến KA294 cũng bị huỷ.')).toEqual([]);
    expect(shorts('Tàu có số hiệu BL 161 cập cảng.')).toEqual(['BL']);
    // No year: the airline's letters elsewhere may be the parliament's ("QH 2021 - 2026").
    expect(shorts('Chuyến bay QH 1521 cất cánh. Đại biểu QH 2021 - 2026 họp; VN1185 bị huỷ, chiến lược VN 2030.')).toEqual(['QH', 'VN']);
    expect(shorts('Chuyến bay VN 2020 từ Hà Nội đi Tokyo bị hoãn.')).toEqual([]);
    // A second flight paired with the first, and the number after "mang số hiệu".
    expect(shorts('Chuyến bay BL 302 / BL 303 bị huỷ; máy bay mang số hiệu QH 202 hạ cánh.')).toEqual([]);
    // Not a road after a flight of another airline, nor after a figure.
    expect(shorts('Hành khách chuyến bay VN 214, QL 51 bị ùn tắc.')).toEqual(['QL']);
    expect(shorts('Hành khách đi máy bay từ 10 và QL 51 bị ùn tắc.')).toEqual(['QL']);
    // A road's, a ship's letters are written joined to their numbers too: still read.
    expect(shorts('Máy bay cứu hộ bay dọc QL 14; QL14 và QL141 ngập; tàu HQ 604 (HQ604) tuần tra.')).toEqual(['QL', 'QL14', 'QL141', 'HQ']);
    // Letters inside a model's designation written with spaces (QA 007696, 007759); a boat's number
    // with its TS, and hotels counted, are still read.
    expect(shorts('được trang bị hai động cơ tua bin cánh quạt D -30 - KP 2 và hệ thống điện tử.')).toEqual([]);
    expect(shorts('cụm cảm biến 101KS Atoll; tổ hợp trinh sát 101 KS - N là một thành phần quan trọng.')).toEqual([]);
    expect(shorts('tàu chở dầu QN -0222 - TS trọng tải 80 tấn bị đắm.')).toEqual(['TS']);
    expect(shorts('Thành phố có 101 KS đạt chuẩn ba sao.')).toEqual(['KS']);
    // A word or an age group with a number before a dash is no model (review).
    expect(shorts('Phòng chống dịch Covid-19 - BYT khuyến cáo; sau trận thua U-23 - HLV Park nói.')).toEqual(['BYT', 'HLV']);
    // A train's letters before its number, after a train's word or where the article writes them
    // joined (QA 020659); a navy's ship in an article on railways is still read.
    expect(shorts('Sáng 6/8, tàu SP2 trật bánh. Lúc 4h, đoàn tàu SP 2 từ Lào Cai về Hà Nội vào ga Yên Viên.')).toEqual([]);
    expect(shorts('Chuyến tàu SE 1 xuất phát từ ga Hà Nội.')).toEqual([]);
    expect(shorts('Ngành đường sắt phối hợp với tàu HQ 561 vận chuyển hàng cứu trợ.')).toEqual(['HQ']);
    // Nor a navy's ship after "đoàn tàu", nor a road an article on railways writes both ways (review).
    expect(findAcronyms('Đường sắt tạm dừng; biên đội gồm đoàn tàu HQ 561 và tàu HQ 571.').map((a) => [a.short, a.count])).toEqual([['HQ', 2]]);
    expect(shorts('Tuyến đường sắt chạy song song QL 1; đoạn QL1 bị ngập, đoàn tàu SE 1 dừng lại.')).toEqual(['QL', 'QL1']);
    // Not a place, a plate, a firm's legal form or what follows the maker's Vietnamese words.
    expect(shorts('Ford VN cho biết xe Lexus BSK 51A bị giữ; hãng Toyota cho biết TMV tăng giá; BMW AG đồng ý.')).toEqual(['VN', 'BSK', 'TMV', 'BMW', 'AG']);
    // A treaty's number alone in brackets after its name is no model's: the treaty is listed.
    expect(shorts('số phận của Hiệp ước Cắt giảm vũ khí tấn công chiến lược (START -3), văn kiện cuối cùng')).toEqual(['START']);
    expect(shorts('Tên lửa DF -41 và tổ hợp (HQ -9) được trưng bày.')).toEqual([]);
    // A ship's gross tonnage; "OK", a word.
    expect(shorts('Tàu có tổng trọng tải 17.542 DWT, tổng dung tích 11.290 GT. OK, cà phê sữa đá Việt Nam!')).toEqual([]);
    // Registration numbers with a spaced dash ("sà lan HP -4727") are designations too.
    expect(shorts('xúc than từ sà lan HP -4727 sang tàu HD -1652; UBND tỉnh')).toEqual(['UBND']);
    // A works package's or a project's code written with a space, as "CP2" is without; not what a
    // figure measures after the letters.
    expect(shorts('Tại gói thầu CP 2, nhà thầu chậm tiến độ. Phối cảnh dự án SS 1. UBND tỉnh')).toEqual(['UBND']);
    expect(shorts('nhiều dự án ĐZ 220 kV tỉnh Quảng Ngãi')).toEqual(['ĐZ']);
    expect(shorts('Dự án QL 1A đoạn qua Bình Định')).toEqual(['QL']);
    // A road's kilometre post: the unit before its number.
    expect(shorts('Vụ tai nạn xảy ra tại KM 1571+300 trên QL 14, UBND xã đã có mặt.')).toEqual(['QL', 'UBND']);
    // A land title's series before its six digits, where the title is named; not a contract's, nor a
    // phone's word.
    expect(shorts('Ngân hàng nhận thế chấp sổ đỏ AG 947993 và AD 733692 của Công ty Thanh Bình.')).toEqual([]);
    expect(shorts('Ông A ký HĐ 123456 với Công ty X để thuê đất. Liên hệ ĐT 823456.')).toEqual(['HĐ', 'ĐT']);
    // A unit's symbol after a price's slash, not a course's credit.
    expect(shorts('Học phí năm nay là 350.000 đồng/HP đối với sinh viên chính quy.')).toEqual(['HP']);
    // A promotion's KM (khuyến mãi) is not.
    expect(shorts('Chương trình KM 50% và được KM 200.000 đồng.')).toEqual(['KM']);
    // A price per unit: the unit after the currency's slash, with no number before it.
    expect(shorts('Giá điện bình quân tương đương 2.134 đồng / KWh. Giá bán 50 USD/MWh.')).toEqual(['USD']);
    // A ratio per unit, after a measure and its slash.
    expect(shorts('Diện tích rừng bị mất do làm thuỷ điện trung bình khoảng 15 ha / MW.')).toEqual([]);
    // A fishing boat's province code is part of its number, as a plate's series is; TS after it is
    // read (thủy sản).
    expect(shorts('Tàu cá BĐ 96789 TS và tàu QNg 90999 TS của ngư dân')).toEqual(['TS']);
    expect(shorts('Tàu cá QNa 023.72 TS của ngư dân bị chìm.')).toEqual(['TS']);
    // A fishing boat's kind may take several words, and some write a three-letter code in capitals.
    expect(shorts('Tàu câu mực QNA 90073 bị chìm. Tàu vỏ thép QNG 99999 đã về bến.')).toEqual([]);
    expect(shorts('Tàu cá số hiệu QN 90568 gặp nạn; tàu cá số QN 90569 cũng vậy.')).toEqual([]);
    // After "mang số hiệu" too (QA 010256); the navy's HQ is no province's code.
    expect(shorts('Hai tàu cá mang số hiệu KG 93895 và 90946 bị bắt giữ.')).toEqual([]);
    expect(shorts('Tàu mang số hiệu HQ 9051 và tàu HQ 9052 tuần tra.')).toEqual(['HQ']);
    expect(shorts('Tàu cao tốc Quang Minh (QN – 3338) chở khách ra Vân Đồn.')).toEqual([]);
    expect(shorts('Tàu Ánh Dương QN 3598 phục vụ du khách; tàu SAR 274 trực cứu nạn')).toEqual(['SAR']);
    // A ship's name in capitals after the word for a ship (vietnews-test-009126, QA 022636); a prefix
    // before a name in lower case stays.
    expect(shorts('Tàu KUM YA chở 6.300 tấn than; tàu chở dầu SBI ANTARES cập cảng; tàu USS John McCain.')).toEqual(['USS']);
    // A ship's kind and its owner's initials are no name (review).
    expect(shorts('Tàu FPSO PTSC Lam Sơn hoạt động; tàu chở dầu VLCC NEW DIAMOND bốc cháy.')).toEqual(['FPSO', 'PTSC', 'VLCC']);
    // The same number again is the same boat's, without the word for it (QA 022257).
    expect(findAcronyms('Tàu Ánh Dương QN 3598 bốc cháy. QN 3598 là tàu vỏ gỗ đóng năm 2005. Tỉnh QN chỉ đạo xử lý.').map((a) => [a.short, a.count])).toEqual([['QN', 1]]);
    // A sentence may end on the number; a decimal is no boat's.
    expect(shorts('Nhiều người chứng kiến thương tích của tàu ĐNa 90152. Từ đó ĐNA là khu vực')).toEqual(['ĐNA']);
    // Not a coast guard's ship, nor a standard's year.
    expect(shorts('Sau đó, tàu CSB 8001 cập cảng. Các chủ tàu phải đáp ứng IMO 2020.')).toEqual(['CSB', 'IMO']);
    // Models set apart the same way: "DF -41", "MiG -29", "Su -25".
    expect(shorts('tên lửa DF -41, tiêm kích MiG -29 và Su -25 của NATO')).toEqual(['NATO']);
    // A broadcaster's channel by its number, after a channel's word or before a report (QA 010975,
    // 011300); letters of that shape before a number elsewhere are a model's.
    expect(shorts('Theo kênh CCTV -7 của quân đội Trung Quốc; NBC -4 hôm qua đưa tin; tên lửa KBS -2 được phóng.')).toEqual(['CCTV', 'NBC']);
    // After a weapon's word its number may be set apart by a space alone, or a spaced dash; a company
    // is no weapon ("XM 25 năm": xi măng, 25 years).
    expect(shorts('Lính Mỹ dùng súng phóng lựu XM 25, tên lửa hành trình AGM 88 và tên lửa SM - 3 của NATO.')).toEqual(['NATO']);
    expect(shorts('Công ty XM 25 năm tuổi.')).toEqual(['XM']);
    // A mine's model, and the same letters' next number in the list without the weapon's word (QA
    // 010439); the letters elsewhere keep their reading.
    expect(shorts('Tàu mang ngư lôi, thuỷ lôi MK 57, MK 60 CAPTOR và radar của NATO.')).toEqual(['NATO']);
    // The list goes on from the item before, itself read without the weapon's word.
    expect(shorts('Tàu mang ngư lôi, thuỷ lôi MK 57, MK 60 và MK 62 của NATO.')).toEqual(['NATO']);
    expect(shorts('Tàu mang thủy lôi MK 57. Theo tờ MK, Nga đã phản đối.')).toEqual(['MK']);
    // "hay", "cùng (với)" join a list too (session 63's review).
    expect(shorts('Tàu mang tên lửa SM - 3 hay SM - 6, tên lửa SM - 2 cùng với SM - 6 và bom MK 82 cùng MK 84.')).toEqual([]);
    // A ship's kind names its hull number; a calibre or a range is no model's number, and a weapon's
    // letters elsewhere in the article are theirs (review).
    expect(findAcronyms('Tàu quét thuỷ lôi HQ - 861 và tàu HQ - 862 đã diễn tập; tàu tên lửa HQ 375 tuần tra.').map((a) => [a.short, a.count])).toEqual([['HQ', 3]]);
    // A missile frigate's hull number, and the next in its list (session 63's review); a Chinese missile's
    // letters after the weapon's word alone stay a model's.
    expect(findAcronyms('Hải quân nhận hai tàu hộ vệ tên lửa HQ - 011 Đinh Tiên Hoàng và HQ - 012 Lý Thái Tổ.', { glossary: shippedGlossary() }).map((a) => [a.short, a.long, a.count])).toEqual([['HQ', 'Hải quân', 2]]);
    expect(shorts('Trung Quốc bố trí tên lửa HQ - 9 trên đảo Phú Lâm.')).toEqual([]);
    // A missile patrol boat's too (a reread: nothing pinned it).
    expect(findAcronyms('Tàu tuần tra tên lửa HQ - 15 đã cập cảng Cam Ranh.', { glossary: shippedGlossary() }).map((a) => [a.short, a.long])).toEqual([['HQ', 'Hải quân']]);
    expect(findAcronyms('Ukraine nhận đạn pháo NATO 155 mm. Tại thượng đỉnh NATO 2023, các nước cam kết.').map((a) => [a.short, a.count])).toEqual([['NATO', 2]]);
    expect(shorts('Mỹ chuyển thuỷ lôi MK 57. Năm sau, MK 2024 ra đời.')).toEqual(['MK']);
    // A ship that carries the weapon is no ship's kind; a verb after the number is no unit; the
    // list's letters are a model's though the weapon comes back later (second review).
    expect(shorts('Tàu mang thuỷ lôi MK 57, MK 60; tàu ngầm phóng ngư lôi MK 48; tên lửa KH - 101 tấn công Kiev.')).toEqual([]);
    expect(shorts('Máy bay thả bom MK 82, MK 84 xuống mục tiêu. Hôm qua, chúng thả bom MK 84 lần nữa.')).toEqual([]);
    // What a ship fires is no ship's kind ("tàu phóng tên lửa KH - 35"); a calibre in "li" is no
    // model's number (third review).
    expect(shorts('Tàu phóng tên lửa KH - 35 vào mục tiêu; tàu phóng ngư lôi HQ - 333 tuần tra.')).toEqual([]);
    // Only the navy's hull number after a missile boat's or a gunboat's kind: other letters there
    // are a model's (fourth review).
    expect(shorts('Hai tàu pháo TT - 400 TP và tàu tên lửa BPS - 500 được trang bị tên lửa KH - 35; tàu pháo AK 176.')).toEqual([]);
    expect(findAcronyms('Ukraine nhận đạn pháo NATO 155 li. Thượng đỉnh NATO 2023.').map((a) => [a.short, a.count])).toEqual([['NATO', 2]]);
    // Not any words after the weapon's: a hospital's or a road's code (review).
    expect(shorts('Bệnh nhân được trực thăng chuyển về BV 108; rà phá bom mìn dọc QL 9.')).toEqual(['BV', 'QL']);
    // A class's roman number and subgroup letter, or a model's after its letter and a dash (not a
    // ticker after another: "VHM - VIC", held-out text 018374).
    expect(shorts('Rắn hổ mang chúa là loài quý hiếm nhóm IB; NASA phóng tên lửa H - IIA.')).toEqual(['NASA']);
    // A run of X stands in for characters to be written.
    expect(shorts('Soạn tin theo cú pháp GASG gửi 8377, trong đó XXXX là 4 ký tự cuối giấy tờ.')).toEqual(['GASG']);
    // NATO's names for Soviet missiles; a variant's letters where a designation ends; a team's
    // country after its age group stays.
    expect(shorts('Tàu mang tên lửa SS - N -25 Switchblade và pháo ZiS - S -53.')).toEqual([]);
    expect(shorts('Hệ thống tên lửa Buk - M 2 EK do Nga phát triển; bán 769 tên lửa TOW -2 B RF cho Ả Rập.')).toEqual([]);
    expect(shorts('Đội tuyển U-23 VN thắng đậm.')).toEqual(['VN']);
    // What the session-59 review found these rules must leave alone: a rank in words after "hạng",
    // a block's or a team's code with a letter between dashes.
    expect(shorts('ĐT Việt Nam giành hạng ba, ĐT Indonesia xếp hạng tư tại AFF Cup.')).toEqual(['ĐT', 'AFF']);
    expect(shorts('Sông Lam Nghệ An xếp hạng ba, HN đứng đầu bảng.')).toEqual(['HN']);
    expect(shorts('Tòa nhà CT - A - 12 tại khu đô thị Linh Đàm bị cháy.')).toEqual(['CT']);
    expect(shorts('Tên lửa RS -28 Samat, với tên gọi khác ở NATO là SS - X -30 Satan 2.')).toEqual(['NATO']);
    // A driving licence's classes listed after "hạng"; tickers listed after "nhóm" stay.
    expect(shorts('Học viên được đào tạo hạng A1, hạng B1 và hạng A 2 - A 4, B2, C, D, E, FB3, FC, FD, EF. Ngoài ra UBND tỉnh cho biết.')).toEqual(['UBND']);
    expect(shorts('Đối với nhóm HNX30, PVC và PVS đã tăng giá.')).toEqual(['HNX30', 'PVC', 'PVS']);
    expect(shorts('Các loại IC nhập khẩu tăng; các loại VB quy phạm pháp luật.')).toEqual(['IC', 'VB']);
    // Horsepower after a figure with a thousands dot.
    expect(shorts('Tàu cá có công suất 1.150 CV, dài 21 m.')).toEqual([]);
    // An ion a water report measures, its count and charge spaced off.
    expect(shorts('Các vị trí có giá trị thông số amoni (NH 4 +); hàm lượng tổng chất rắn lơ lửng (TSS) vượt quy định.')).toEqual(['TSS']);
    // Gases listed by formula: NO and CO beside others are formulas as CO2 is; NOx is one anywhere.
    expect(shorts('Trạm quan trắc 6 thông số ô nhiễm là PM10, PM 2.5, NO 2 / NO / NOx, CO, SO2 và O 3.')).toEqual(['PM10', 'PM']);
    expect(shorts('Lượng khí thải NOx tăng. Ông là CO của công ty.')).toEqual(['CO']);
    // Compounds in mixed case are formulas too, not short forms like ThS (QA 022401).
    expect(shorts('Xe chở 26 tấn axit clohidric (HCl) bị lật; dung dịch NaOH và KCl. ThS An có mặt.')).toEqual(['ThS']);
    // A single capital joined by a spaced "&" is one initialism with its partner, as "M&A" is; not a
    // link of a longer chain of single letters.
    expect(shorts('Thị trường M & A sôi động, chi cho R & D tăng, hãng AT & T và NN & PTNT.')).toEqual(['M & A', 'R & D', 'AT & T', 'NN & PTNT']);
    expect(shorts('Các hạng A & B & C của giải')).toEqual([]);
    // Letters in their order, roman numerals and the letters of a table, a lot or a size label two.
    expect(shorts('Khu A & B, tòa nhà C & D, bảng E & F, lô G & K, size S & M, Thế chiến I & II.')).toEqual([]);
    // Later letters name firms, and "bằng", "giai đoạn" are no class.
    expect(shorts('Hãng luật K & L Gates tăng trưởng bằng M & A, đang ở giai đoạn R & D.')).toEqual(['K & L', 'M & A', 'R & D']);
    // Capitals and a number name a firm where they stand alone in brackets after its name, or after
    // the word for a ticker; then every use is the name ("DP 2" and "DP2" alike).
    expect(shorts('Công ty Cổ phần Xây lắp điện I (PC1) lãi lớn; cổ phiếu PC1 tăng.')).toEqual(['PC1']);
    expect(shorts('Công ty cổ phần Dược phẩm Trung ương 2 (mã chứng khoán: DP 2) bị phạt; DP2 kháng cáo.')).toEqual(['DP 2', 'DP2']);
    expect(shorts('Công ty CP Đầu tư và Xây dựng HUD3 (mã HU 3 - HOSE) bị phạt.')).toEqual(['CP', 'HU 3', 'HOSE']);
    // Letters of a longer name too; not a session counted in words before the brackets.
    expect(shorts('Bán cổ phần tại Tổng công ty Phát điện 3 (GENCO 3). GENCO 3 sẽ niêm yết.')).toEqual(['GENCO 3']);
    expect(shorts('Kazakhstan sẽ tổ chức Hội nghị lần thứ tư (MSEAP 4) vào năm 2019.')).not.toContain('MSEAP 4');
    // Whatever body it names where the words right before the number spell its letters; not a
    // flight or a model whose letters the words before do not spell.
    expect(shorts('Bạn trẻ đến gặp gỡ Văn học tuổi 20 (VHT 20) ở NXB Trẻ; giải VHT 20 năm nay.')).toEqual(['VHT 20', 'NXB']);
    expect(shorts('Chuyến bay vượt tuổi 20 (VHT 20) hạ cánh.')).not.toContain('VHT 20');
    // A version the name ends with, written after its short form, is the short form's: every use.
    expect(shorts('Cách mạng công nghiệp 4.0 (CMCN 4.0) mở ra cơ hội; CMCN 4.0 đòi hỏi kỹ năng mới.')).toEqual(['CMCN 4.0']);
    expect(findAcronyms('trong bối cảnh cách mạng công nghiệp 4.0 (CMCN4.0) và chuyển đổi số')[0]).toMatchObject({ short: 'CMCN4.0', long: 'cách mạng công nghiệp 4.0', definedInText: true });
    // Only where the words before the version spell the letters: "chuẩn 3.0" names no USB.
    expect(shorts('Cổng kết nối chuẩn 3.0 (USB 3.0) nhanh hơn. Máy có 2 cổng USB 3.0 và 1 cổng USB.')).toEqual(['USB']);
    // A name that ends in another number has no version for the form to carry.
    expect(shorts('Cách mạng công nghiệp lần thứ 3 (CMCN 4.0) ra sao?')).toEqual(['CMCN']);
    // A count after a ticker is no part of it.
    expect(shorts('Cổ phiếu mã VCB 5 phiên liên tiếp tăng giá, trong khi VCB của ngân hàng giảm.')).toEqual(['VCB']);
    expect(shorts('Khối ngoại mua mã VHM 2,5 triệu cổ phiếu, mã SHB 45,6 triệu.')).toEqual(['VHM', 'SHB']);
    // Elsewhere such a shape is a model, a flight or a vaccine's.
    expect(shorts('Chuyến bay (MH17) bị bắn hạ; tiêm kích F16 và vaccine (AZ1) được nhắc tới.')).toEqual([]);
    // A variant after a model's designation is the model's name; after a maker's model number,
    // wherever else the article writes it too.
    expect(shorts('Tiêm kích Su-30 SM và trực thăng Mi -28 NM của VKS Nga bay qua.')).toEqual(['VKS']);
    // A second variant after the first and a slash (QA 010714, 011164).
    expect(shorts('Tiêm kích MiG -29 K / KUB và MiG-29K/KUB của VKS Nga.')).toEqual(['VKS']);
    // Only in a sentence on arms: a virus's subtypes are no model's (review).
    expect(shorts('Mẫu virus HIV - 1 AB / AG được phát hiện.')).toEqual(['HIV', 'AG']);
    // A designer's variant after a weapon's foreign name and a dash, where the sentence is of arms.
    expect(shorts('Đây là phiên bản mặt đất của tên lửa hành trình Kalibr - NK của VKS Nga.')).toEqual(['VKS']);
    // An air-defence system's or a radar's (QA 009250, vietnews-test-012210); a rifle's AK alone stays.
    expect(shorts('Tổ hợp phòng không Osa - AK khai hoả; radar Zhuk - AE lắp trên tiêm kích.')).toEqual([]);
    expect(shorts('Lính cầm súng AK tuần tra.')).toEqual(['AK']);
    expect(shorts('Căn phòng không có cửa sổ, khách sạn Marriott - AE mở cửa.')).toEqual(['AE']);
    // The variant wherever its name and dash come again; the letters alone elsewhere stay.
    expect(findAcronyms('Tổ hợp phòng không Osa - AK khai hoả trong diễn tập. Trước đó, lính cầm súng AK tuần tra.').map((a) => [a.short, a.count])).toEqual([['AK', 1]]);
    expect(findAcronyms('Tên lửa hành trình Kalibr - NK được phóng. Nếu như Kalibr - NK có tầm bắn 2.500 km. Hàng NK tăng.').map((a) => [a.short, a.count])).toEqual([['NK', 1]]);
    expect(shorts('Hàng hóa Trung Quốc - NK tăng mạnh.')).toEqual(['NK']);
    // A design bureau's name written whole; not a virus's name before an initialism.
    expect(shorts('Một máy bay Sukhoi -25 UB của Nga gặp nạn; dịch Covid -19 WHO cảnh báo.')).toEqual(['WHO']);
    expect(shorts('Boeing 737 MAX bị cấm bay. Các máy bay MAX 8 của FAA vẫn nằm đất.')).toEqual(['FAA']);
    // An airliner's variant after the word for an aircraft and a model number; not after a count, a
    // sample's size, a banknote's line or a price.
    expect(shorts('Lỗi phần mềm của máy bay 737 MAX; phi công điều khiển 737 MAX. Có hơn 300 DN tham gia.')).toEqual(['DN']);
    expect(shorts('Hãng nhận thêm 2 máy bay 321 CEO. CEO Đặng Ngọc Hòa cho biết hãng mở đường bay.')).toEqual(['CEO']);
    expect(shorts('Khảo sát trên mẫu 500 HS; tờ tiền dòng 100 USD phát hành trước 1996; thuê máy bay 5000 EUR.')).toEqual(['HS', 'USD', 'EUR']);
    // After a code, only that use: KCN is still the industrial park elsewhere.
    expect(shorts('Nhà máy đặt tại lô CN-5 KCN Quang Minh. KCN Quang Minh có 50 doanh nghiệp.')).toEqual(['KCN']);
    // Not a maker's model number: a Vietnamese word, a year, an age group, or a variant defined in brackets.
    expect(shorts('Năm 2019 UBND tỉnh họp; Quyết định 2020 QĐ; tiêm kích Su-30 SM (Super Maneuverable)')).toEqual(['UBND', 'QĐ', 'SM']);
    // Brackets that open on another short form say something else of the model (QA 007794).
    expect(shorts('phát triển dựa trên nền tảng tiêm kích Su -30 MKI (NATO định danh: Flanker-H) của Ấn Độ.')).toEqual(['NATO']);
    // Brackets that open on its own letters define it: both uses count (review).
    expect(findAcronyms('Tiêm kích Su-30 SM (SM - Super Maneuverable) bay qua.').map((a) => [a.short, a.count])).toEqual([['SM', 2]]);
    expect(shorts('Olympic Paris 2024 IOC trao cờ; Chủ tịch IOC phát biểu. Quý I-2024 DN tăng; đội U-23 VN thắng, VN dẫn đầu.')).toEqual(['IOC', 'DN', 'VN']);
    // An event's edition is no designation: four letters or more, then a year.
    expect(shorts('Triển lãm MSPO -2018 mở cửa, tàu HD -2018 cập cảng')).toEqual(['MSPO']);
    // A programme's letters and its experimental mark; a unit of peak power after a quantity.
    expect(shorts('Mẫu chiến đấu cơ TF-X ra mắt, KF-X bay thử; nhà máy có 35 MWp điện mặt trời.')).toEqual([]);
    // Letters right after a ship's foreign name are the name's; a prefix before it is an acronym.
    expect(shorts('Tàu USS John S. McCain va chạm với tàu chở dầu Alnic MC ngoài khơi; tàu Hải Cảnh HC chạy qua.')).toEqual(['USS', 'HC']);
    // Written again without "tàu", the same name keeps its letters; another use of them stays.
    expect(shorts('Tàu va chạm với tàu chở dầu Alnic MC, cờ Liberia. Tàu cắt ngang lộ trình của Alnic MC, theo Reuters.')).toEqual([]);
    expect(shorts('Tàu chở dầu Alnic MC, cờ Liberia, gặp nạn. MC Trấn Thành dẫn chương trình.')).toEqual(['MC']);
    // A prefix before a name after a country or a train's system stays.
    expect(shorts('Tàu tuần duyên Philippines BRP Cabra bị bắn vòi rồng; tàu cao tốc Shinkansen JR East chạy.')).toEqual(['BRP', 'JR']);
    // A weapon's production block, a ship class's flight: a roman numeral and a letter.
    expect(shorts('Tàu thử tên lửa Harpoon Block IC và NSM; SM-3 Block IIA, tàu lớp Flight IIIA, gói thầu IC')).toEqual(['NSM', 'IC']);
    // Written in lower case too (QA 007614: "tên lửa đánh chặn SM -3 block IB" read a baccalaureate).
    expect(shorts('Mỹ thử thành công tên lửa đánh chặn SM -3 block IB trên biển.')).toEqual([]);
    // A market index falling is no registration number.
    expect(shorts('Chỉ số HNX -0,35 điểm')).toEqual(['HNX']);
    expect(shorts('HNX -1 điểm, HOSE -3 điểm')).toEqual(['HNX', 'HOSE']);
    // Groups of countries are read as initialisms, though shaped like a designation.
    expect(shorts('Hội nghị G7 và G20, tàu G3 - 12')).toEqual(['G7', 'G20']);
    // A spaced slash joins two capitals on each side, and single letters alone in brackets, but not
    // currencies, a model or a byline's source.
    expect(shorts('Nghị quyết 36 - NQ / TW, tỷ giá USD / VND, qua thư tín dụng (L / C), tiêm kích F / A -18.\nQV (T / H)')).toEqual(['NQ / TW', 'USD', 'VND', 'L / C']);
    // After a document's number its kind may name an issuer of more letters.
    expect(shorts('Theo Kết luận thanh tra số 195 KL / TTCP, học sinh ĐH / CĐ phải nộp.')).toEqual(['KL / TTCP', 'ĐH', 'CĐ']);
    // Not a size after a figure.
    expect(shorts('Máy có ổ cứng 2 TB / SSD 512 GB.')).toEqual(['SSD']);
    expect(shorts('Tại Tp. HCM và TP. HCM')).toEqual(['Tp. HCM', 'TP. HCM']);
    // Two short forms paired by a slash stay two: only a document's kind and its issuer join.
    expect(shorts('xét tuyển ĐH / CĐ, cho HS / SV, Quyết định 12 - QĐ / TW')).toEqual(['ĐH', 'CĐ', 'HS', 'SV', 'QĐ / TW']);
    // A place's short form closing a name before the dash is no part of the next initialism.
    expect(shorts('(Phòng Thương mại và công nghiệp VN - VCCI), quan hệ VN - EU và Sở GD - ĐT')).toEqual(['VN', 'VCCI', 'EU', 'GD - ĐT']);
    // Stock indices by their market and size; other letters and digits stay designations.
    expect(shorts('Rổ VN30 và HNX30 tăng, máy bay A320 và tàu VN31 thì không')).toEqual(['VN30', 'HNX30']);
    expect(shorts('thượng đỉnh nhóm G 20 tại Osaka')).toEqual(['G 20']);
    // The G20's women's group, spaced or not (QA 012083); another letter and 20 is a model.
    expect(shorts('Hội nghị của phụ nữ các nước G20, viết tắt là W 20; W20 họp tại Berlin.')).toEqual(['G20', 'W 20', 'W20']);
    expect(shorts('Vận tải cơ Y 20 và điện thoại S20 ra mắt.')).toEqual([]);
    // Only where the article names the G20: elsewhere a size, a phone (second review).
    expect(shorts('Kệ sách W20 x D25 x H180 cm; tủ W 20 x D 30 cm; điện thoại Samsung W20 ra mắt.')).toEqual([]);
    // The strategy's other spacing only where the article names the strategy; a plot's classes elsewhere.
    expect(shorts('Lô đất A 2 / D 2 được rao bán.')).toEqual([]);
    // Britain's services spaced as some papers write them; petrol by its octane number.
    expect(shorts('sau khi Cơ quan tình báo Anh (MI 5) nhận tin, cựu điệp viên MI 6 và MI 7')).toEqual(['MI 5', 'MI 6', 'MI']);
    // A helicopter's and a phone's model, spaced as the services are.
    expect(shorts('chiếc trực thăng MI 6 rơi; điện thoại Xiaomi MI 5 ra mắt')).toEqual([]);
    expect(findAcronyms('2 mẫu xăng RON92 không đạt chuẩn, xăng RON95 - III giảm giá').map((a) => [a.short, a.offsets])).toEqual([['RON', [11, 39]]]);
    expect(findAcronyms('xăng RON95-III giảm, RON95-V tăng').map((a) => [a.short, a.offsets])).toEqual([['RON', [5, 21]]]);
    // A number then three capitals or more names a body or a standard; not a unit, nor two capitals.
    expect(shorts('bê bối quỹ 1MDB và chuẩn 3GPP; nhà máy 35MW, thẻ 4GB, camera 25MP, sóng 5GHZ, xe 4WD, Công ty 4PLUS, radar 3DELRR')).toEqual(['1MDB', '3GPP', '3DELRR']);
    expect(shorts('hệ thống C4ISR, nhóm C4ADS; tiêm kích F15SG, máy bay B52H, khẩu pháo M109A7')).toEqual(['C4ISR', 'C4ADS']);
    // A unit's symbol written after a number somewhere is that unit everywhere, its name in brackets
    // too; a unit made of initials defined in the text is still an initialism.
    expect(shorts('đạt 10.000 megawatt (MW) từ điện mặt trời và 2.725 MW từ các đập')).toEqual([]);
    expect(shorts('tốc độ 24 khung hình / giây (hay còn gọi là FPS), phim 60 FPS')).toEqual(['FPS']);
    // A year is no quantity: "năm 2015 MB đã …" is the bank.
    expect(shorts('Năm 2015 MB đã nhận giải thưởng. MB là ngân hàng lớn.')).toEqual(['MB']);
    // Nor a date, nor a unit's letters where the text names a body by them in brackets.
    expect(shorts('Ngân hàng Quân đội (MB) nhận giải. Tính đến ngày 30/6, MB đạt lãi.')).toEqual(['MB']);
    expect(shorts('Ngân hàng Quân đội (MB) công bố gói cước 500 MB.')).toEqual(['MB']);
  });

  it('reads a firm\'s initials before "Co" (Company) as one initialism', () => {
    expect(shorts('Tổng Công ty phân bón và hoá chất dầu khí (PVFCCo) xác nhận; PVFCCo không được khấu trừ.')).toEqual(['PVFCCo']);
  });

  it('skips names and headings set in capitals, and bylines of initials', () => {
    const text = 'LẤY CON NGƯỜI LÀM CỐT LÕI\n\nẢnh: QUỐC CHIẾN. Tin từ AFP.\n\nNGỌC THANH';
    expect(shorts(text)).toEqual(['AFP']);
    expect(shorts('Họ nói “sẽ làm”. CT (Theo Yonhap)')).toEqual([]);
    // Alone, "TƯ" is Trung ương; beside other words in capitals it is a heading's word.
    expect(shorts('Ban Tuyên giáo TƯ và văn bản chỉ đạo của TƯ.\n\nCÔNG TY TƯ VẤN, SỞ TƯ PHÁP')).toEqual(['TƯ']);
    // A photo's credit: the author's name, then initials of where they work ("phát thanh" it is not).
    expect(shorts('Hiện trường vụ tai nạn. Ảnh : Tuan PT')).toEqual([]);
    expect(shorts('Người dân xếp hàng (Ảnh: Ngọc Thanh VH).')).toEqual([]);
    // An agency's name is the credit itself, and a caption's words are no name.
    expect(shorts('Ảnh: AFP\nẢnh: Sở GD cung cấp. Ảnh: Ngọc Thanh TTXVN')).toEqual(['AFP', 'GD', 'TTXVN']);
    expect(shorts('Ông V.Putin và N.T.H đến.')).toEqual([]);
    // The writer's initials on a line of their own after the last sentence, whatever follows them.
    expect(shorts('Dự án sẽ hoàn thành trong năm nay.\nQV\nTheo VnExpress')).toEqual([]);
    expect(shorts('Giá xăng tăng mạnh trong tuần qua.\n\nPV\n\nTheo Thời báo Kinh tế Việt Nam (VnEconomy)\n\nXem thêm: Giá vàng hôm nay')).toEqual([]);
    expect(shorts('PV\n\nGiá xăng tăng mạnh trong tuần qua.')).toEqual([]);
  });

  it('takes initials on a line of their own after another short line for a table\'s cell', () => {
    const table = 'Vốn vay theo nhà tài trợ:\n\nNhà tài trợ\n\nTriệu USD\n\nADB\n\n635\n\nWB\n\n800';
    expect(shorts(table)).toEqual(expect.arrayContaining(['ADB', 'WB']));
    expect(shorts(`${table}\n\nTheo Bộ Tài chính, các khoản vay đều được giải ngân đúng hạn.`)).toEqual(expect.arrayContaining(['ADB', 'WB']));
  });

  it('counts whole-token occurrences only (CP is not inside TMCP)', () => {
    const text = 'Ngân hàng TMCP A và Công ty CP B; CP B tăng.';
    const [tmcp, cp] = findAcronyms(text);
    expect(tmcp).toMatchObject({ short: 'TMCP', count: 1, offsets: [text.indexOf('TMCP')] });
    expect(cp).toMatchObject({ short: 'CP', count: 2, offsets: [text.indexOf('CP B'), text.lastIndexOf('CP B')] });
  });

  it('gives offsets into the text passed in, even when it is NFD', () => {
    const nfd = 'Ủy ban nhân dân (UBND) họp; UBND đồng ý.'.normalize('NFD');
    const [ubnd] = findAcronyms(nfd);
    expect(ubnd?.offsets.map((o) => nfd.slice(o, o + 4))).toEqual(['UBND', 'UBND']);
    expect(ubnd?.long).toBe('Ủy ban nhân dân');
    // Where the article defines it, in the same text: the reader is shown the definition there.
    expect(nfd.slice(ubnd?.definition?.start, ubnd?.definition?.end).normalize('NFC')).toBe('Ủy ban nhân dân');
    expect(findAcronyms('Theo UBND tỉnh, dự án chậm.').find((a) => a.short === 'UBND')?.definition).toBeUndefined();
  });
});

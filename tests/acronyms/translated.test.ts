import { describe, expect, it } from 'vitest';
import { findAcronyms, loadGlossary } from '../../lib/acronyms';
import { translatedName, type KnownWords } from '../../lib/acronyms/define/translated';
import { kindBeforeEnglishName } from '../../lib/acronyms/define/english-edges';
import { wordsIn } from '../../lib/acronyms/match';
import { definedAs, shippedGlossary } from './helpers';

// A small table of its own, so these tests do not move with the shipped data.
const glossary = loadGlossary({
  version: 1,
  entries: {
    ICBM: 'Intercontinental Ballistic Missile',
    PLA: 'People’s Liberation Army',
    IS: 'Islamic State',
    FDA: 'Food and Drug Administration',
    FED: 'Federal Reserve',
    SCO: 'Shanghai Cooperation Organisation',
    JSDF: 'Japan Self-Defence Forces',
    COC: 'Code of Conduct in the South China Sea',
    APEC: 'Asia-Pacific Economic Cooperation',
    RFID: 'Radio-Frequency Identification',
    PCA: 'Permanent Court of Arbitration',
    ROE: 'Return on Equity',
    ROAE: 'Return on Average Equity',
    SLBM: 'Submarine-Launched Ballistic Missile',
    EPS: 'Earnings Per Share',
    UCLA: 'University of California, Los Angeles',
    FAA: 'Federal Aviation Administration',
    CSIS: 'Center for Strategic and International Studies',
    OFAC: 'Office of Foreign Assets Control',
  },
  translations: {
    'tên lửa': 'Missile',
    'đạn đạo': 'Ballistic',
    'xuyên lục địa': 'Intercontinental',
    'khả năng': 'Capability',
    'bám bắt': 'Tracking',
    'hiệp ước': 'Treaty',
    'lực lượng': 'Forces|Force',
    'hạt nhân': 'Nuclear',
    'tầm trung': 'Intermediate-Range|Intermediate',
    'cơ quan': 'Agency|Authority',
    'khảo sát': 'Survey',
    'địa chất': 'Geological',
    'Mỹ': 'United States|American',
    'Trung Quốc': 'China',
    quân: 'Army',
    'giải phóng': 'Liberation',
    'nhân dân': 'People',
    'nghiên cứu': 'Research|Studies',
    'dự án': 'Projects',
    'quốc phòng': 'Defense',
    'tiên tiến': 'Advanced',
    'tiểu vùng': 'Subregion',
    'mở rộng': 'Greater',
    'hội nghị': 'Conference|Summit',
    'hợp tác': 'Co-operation',
    'nhà nước': 'State',
    'hồi giáo': 'Islamic',
    'an ninh': 'Security',
    cục: 'Administration|Bureau',
    'quản lý': 'Administration|Management',
    'thực phẩm': 'Food',
    'dược phẩm': 'Drug',
    'dự trữ': 'Reserve',
    'liên bang': 'Federal',
    'trung tâm': 'Centers',
    'kiểm soát': 'Control',
    'phòng chống': 'Prevention',
    phòng: 'Chamber',
    chống: 'Counter',
    'dịch bệnh': 'Disease',
    'Hàn Quốc': 'Korea',
    'tổ chức': 'Organization',
    'Thượng Hải': 'Shanghai',
    'phòng vệ': 'Self-Defense',
    'Nhật Bản': 'Japan',
    'chỉ huy': 'Command',
    'bộ quy tắc': 'Code',
    'quy tắc ứng xử': 'Code of Conduct',
    'ứng xử': 'Conduct',
    'bộ quy tắc ứng xử': 'Code of Conduct',
    'Biển Đông': 'South China Sea',
    'diễn đàn': 'Forum',
    'kinh tế': 'Economic',
    'châu Á - Thái Bình Dương': 'Asia-Pacific',
    'nhận dạng': 'Identification',
    'tần số vô tuyến': 'Radio Frequency',
    'toà trọng tài': 'Court of Arbitration',
    'thường trực': 'Permanent',
    'Hà Lan': 'Netherlands',
    'lợi nhuận': 'Return',
    'vốn chủ sở hữu': 'Equity',
    'bình quân': 'Average',
    'chỉ tiêu': 'Target',
    'tình báo': 'Intelligence',
    'tàu ngầm': 'Submarine',
    phóng: 'Launched',
    lãi: 'Earnings',
    'cổ phiếu': 'Share',
    'đại học': 'University',
    'hàng không': 'Aviation',
    'xây dựng': 'Build',
    'chuyển giao': 'Transfer',
    'chiến lược': 'Strategic',
    'quốc tế': 'International',
    'văn phòng': 'Office',
    'nước ngoài': 'Foreign',
    'tài sản': 'Assets',
    'chủ tịch': 'Chairman',
    'viện hàn lâm': 'Academy',
    'hoàng gia': 'Royal',
    Campuchia: 'Cambodia',
  },
});

const def = (text: string, short: string): string | null => definedAs(text, short, glossary);


/** What the shipped glossary and table read for `short` in `text`. */
const shipped = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short);

describe('Vietnamese names of English initialisms, aligned by what their words translate', () => {
  it('starts where the words stop translating the letters', () => {
    expect(def('Mỹ nâng cao khả năng bám bắt tên lửa đạn đạo xuyên lục địa (ICBM) của Triều Tiên.', 'ICBM')).toBe('tên lửa đạn đạo xuyên lục địa');
    // Without the table the phrase runs back further.
    expect(findAcronyms('Mỹ nâng cao khả năng bám bắt tên lửa đạn đạo xuyên lục địa (ICBM).').find((a) => a.short === 'ICBM')?.long).not.toBe('tên lửa đạn đạo xuyên lục địa');
  });

  it('leaves out a head the letters have no word for, keeping the plural after it', () => {
    expect(def('Nga rút khỏi Hiệp ước các lực lượng hạt nhân tầm trung (INF) năm 2019.', 'INF')).toBe('các lực lượng hạt nhân tầm trung');
    // With the shipped table: a word the English name leaves out stands inside ("trang bị", equipment,
    // in Foreign Military Sales).
    expect(definedAs('thiết bị được chuyển giao thông qua chương trình Bán trang bị quân sự cho nước ngoài (FMS) của chính phủ Mỹ.', 'FMS', shippedGlossary())).toBe('Bán trang bị quân sự cho nước ngoài');
    expect(def('Theo Cơ quan Khảo sát địa chất Mỹ (USGS), trận động đất mạnh 6,1 độ.', 'USGS')).toBe('Khảo sát địa chất Mỹ');
    expect(def('Hội nghị Thượng đỉnh Hợp tác Tiểu vùng Mê Công mở rộng (GMS) lần thứ 6', 'GMS')).toBe('Tiểu vùng Mê Công mở rộng');
    // The shipped table's launcher's vehicle: "xe chở" Transporter, "phóng" Launcher.
    expect(definedAs('Ông nói về xe chở và phóng đạn (TEL) mới của Triều Tiên.', 'TEL', shippedGlossary())).toBe('xe chở và phóng đạn');
  });

  it("reads the United Kingdom's official Vietnamese names whole, in either word order (QA 010995)", () => {
    expect(shipped('Người dân chọn không ly khai khỏi Vương quốc Liên hiệp Anh và Bắc Ireland (UK) trong khi 45% phản đối.', 'UK')?.long).toBe('Vương quốc Liên hiệp Anh và Bắc Ireland');
    expect(shipped('Người dân chọn ở lại Liên hiệp Vương quốc Anh và Bắc Ireland (UK) trong cuộc bỏ phiếu.', 'UK')?.long).toBe('Liên hiệp Vương quốc Anh và Bắc Ireland');
    expect(shipped('Người dân chọn ở lại Vương quốc Liên hiệp Anh (UK) trong cuộc bỏ phiếu.', 'UK')?.long).toBe('Vương quốc Liên hiệp Anh');
  });

  it("reads a soldier missing in action, Russia's airborne troops by their Russian name, the biggest bomb by its nickname (QA 011838, 011455, 011504)", () => {
    expect(shipped('Vấn đề tìm kiếm tù binh chiến tranh (POW) và mất tích trong chiến tranh (MIA) vẫn là nỗi khúc mắc.', 'MIA')?.long).toBe('mất tích trong chiến tranh');
    expect(shipped('Số quân nhân bị thương trong chiến đấu (WIA) tăng mạnh.', 'WIA')?.long).toBe('bị thương trong chiến đấu');
    // Only with who is missing or wounded: "trong chiến tranh" alone is no Action, and takes no War
    // from a resolution's name (review).
    const wpr = shipped('Quốc hội Mỹ thông qua Nghị quyết Quyền hạn trong chiến tranh (WPR) năm 1973.', 'WPR');
    expect([wpr?.long, wpr?.guessed ?? false]).toEqual(['Nghị quyết Quyền hạn trong chiến tranh', false]);
    expect(shipped('Quân đội Nga có Lực lượng đổ bộ đường không (VDV) hùng hậu.', 'VDV')?.long).toBe('Lực lượng đổ bộ đường không');
    expect(shipped('Họ được tuyển mộ từ đặc nhiệm và các đơn vị đổ bộ đường không (VDV).', 'VDV')?.definedInText).toBe(true);
    // The bomb's nickname, which the press translates, after a designation (QA 011654); its own name
    // elsewhere.
    expect(shipped('Không quân Mỹ trang bị bom GBU -43 / B MOAB (Mẹ của các loại bom) cho oanh tạc cơ B -52.', 'MOAB')?.long).toBe('Mẹ của các loại bom');
    expect(shipped('Mỹ thả quả bom MOAB xuống Afghanistan.', 'MOAB')?.long).toBe('Massive Ordnance Air Blast');
    // A landing craft and a sinking exercise the glossary now knows, whose Vietnamese the table meets
    // (QA 012150, 011380).
    expect(shipped('Hải quân Mỹ thường đi tuần bằng các xuồng đổ bộ nhỏ (LCP) được trang bị bom chìm.', 'LCP')?.long).toBe('xuồng đổ bộ nhỏ');
    expect(shipped('Hải quân Mỹ và Australia thực hiện bài tập đánh chìm tàu chiến (SINKEX) trong khu vực.', 'SINKEX')?.long).toBe('bài tập đánh chìm tàu chiến');
    // Elsewhere the letters are still the athletes.
    expect(shipped('Các VDV Việt Nam giành 5 HCV tại SEA Games.', 'VDV')?.long).toBe('vận động viên');
  });

  it('reads "liên tục" as Continuous: every word of a monitoring system translated, no guess', () => {
    const cems = shipped('Bước thứ hai là áp dụng hệ thống giám sát phát thải liên tục (CEMS) vào các ngành công nghiệp.', 'CEMS');
    expect(cems?.long).toBe('hệ thống giám sát phát thải liên tục');
    expect(cems?.guessed).toBeFalsy();
  });

  it('reads a comma as the "and" of the English name, and one word as two of its letters', () => {
    expect(definedAs('đòn giáng nặng nề với Trung Quốc và sáng kiến Vành đai, Con đường (BRI) do Bắc Kinh khởi xướng.', 'BRI', shippedGlossary())).toBe('sáng kiến Vành đai, Con đường');
    // "đồng tính" is both Lesbian and Gay.
    const lgbt = shipped('Cần bảo vệ cộng đồng LGBT (đồng tính, song tính và chuyển giới) khỏi tổn thương.', 'LGBT');
    expect(lgbt?.long).toBe('đồng tính, song tính và chuyển giới');
    expect(lgbt?.definedInText).toBe(true);
    // A comma still ends a name whose English one has no "and".
    expect(definedAs('Tại Nhật Bản, Lực lượng Phòng vệ (JSDF) tăng cường tuần tra.', 'JSDF', shippedGlossary())).toBe('Lực lượng Phòng vệ');
  });

  it("reads a radar's cross-section by its words, without the verb before it", () => {
    const rcs = shipped('Kiểu thiết kế này có khả năng giảm diện tích phản xạ radar (RCS) cũng như độ bộc lộ hồng ngoại.', 'RCS');
    expect(rcs?.long).toBe('diện tích phản xạ radar');
    expect(rcs?.guessed).toBeFalsy();
  });

  it('reads "người sở hữu" as one word, Owner, not People and Own', () => {
    // Read apart, "Người" gave AOPA's P, "Phi công" (Airmen) its last A, and the head was left out.
    expect(definedAs('Ông là hướng dẫn viên bay của Hiệp hội Phi công và Người sở hữu máy bay (AOPA), đào tạo phi công.', 'AOPA', shippedGlossary())).toBe('Hiệp hội Phi công và Người sở hữu máy bay');
  });

  it('reaches back to a head the letters have a word for, past function words', () => {
    expect(def('Binh sĩ quân Giải phóng Nhân dân Trung Quốc (PLA) tập trận.', 'PLA')).toBe('quân Giải phóng Nhân dân Trung Quốc');
    expect(def('Cơ quan Nghiên cứu các dự án Quốc phòng Tiên tiến (DARPA) công bố', 'DARPA')).toBe('Cơ quan Nghiên cứu các dự án Quốc phòng Tiên tiến');
  });

  it('takes only the words of the English name when the glossary knows it', () => {
    // Security and Islamic give the letters of IS, but Security is not in Islamic State.
    expect(def('các phần tử an ninh Hồi giáo (IS) tấn công', 'IS')).not.toBe('an ninh Hồi giáo');
    expect(def('các phần tử Nhà nước Hồi giáo (IS) tấn công', 'IS')).toBe('Nhà nước Hồi giáo');
    // Unknown to the glossary, any English word with the right initial will do.
    expect(def('lực lượng an ninh Hồi giáo (SI) tấn công', 'SI')).toBe('an ninh Hồi giáo');
  });

  it('changes nothing when a word in the way is not in the table', () => {
    // "phòng thủ" is unknown here: the name rules decide, as without the table.
    const text = 'Hàn Quốc triển khai hệ thống phòng thủ tên lửa tầm cao (THAAD) của Mỹ.';
    expect(def(text, 'THAAD')).toBe(findAcronyms(text).find((a) => a.short === 'THAAD')?.long ?? null);
  });

  it('keeps a head that translates one English word with the word after it', () => {
    // "Cục Quản lý" is the Administration; a Bureau is not in Federal Reserve.
    expect(def('Cục Quản lý Thực phẩm và Dược phẩm (FDA) của Mỹ vừa phê duyệt', 'FDA')).toBe('Cục Quản lý Thực phẩm và Dược phẩm');
    expect(def('Cục Dự trữ liên bang (FED) tăng lãi suất', 'FED')).toBe('Dự trữ liên bang');
  });

  it('leaves out an office head the glossary\'s English name has no word for, when the rest of the name translates it', () => {
    const t = loadGlossary({
      version: 1,
      entries: { CBP: 'Customs and Border Protection', DLT: 'Distributed Ledger Technology', FBI: 'Federal Bureau of Investigation' },
      translations: { cục: 'Bureau|Agency|Department', sở: 'Department', 'hải quan': 'Customs', 'biên phòng': 'Border', 'giao thông': 'Transport', 'điều tra': 'Investigation', 'liên bang': 'Federal' },
    });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === short)?.long;
    // The letters alone keep "Cục": B could be Bureau (it is Border).
    expect(findAcronyms('Cục Hải quan và Biên phòng Mỹ (CBP) cho biết.').find((a) => a.short === 'CBP')?.long).toBe('Cục Hải quan và Biên phòng Mỹ');
    expect(long('Cục Hải quan và Biên phòng Mỹ (CBP) cho biết.', 'CBP')).toBe('Hải quan và Biên phòng Mỹ');
    // The Bureau is in the FBI's name.
    expect(long('Cục Điều tra Liên bang (FBI) cho biết.', 'FBI')).toBe('Cục Điều tra Liên bang');
    // With the words after it, the head is one unit of the name: "Sở Giao dịch" is the Exchange.
    const x = loadGlossary({ version: 1, entries: { HOSE: 'Ho Chi Minh City Stock Exchange' }, translations: { sở: 'Department', 'sở giao dịch': 'Exchange', 'chứng khoán': 'Stock' } });
    expect(findAcronyms('Sở Giao dịch chứng khoán TPHCM (HoSE) cho biết.', { glossary: x }).find((a) => a.short === 'HoSE')?.long).toBe('Sở Giao dịch chứng khoán TPHCM');
    // The glossary's DLT is another thing: no word of "Giao thông Đường bộ Bangkok" is in it, so it says nothing.
    expect(long('Sở Giao thông Đường bộ Bangkok (DLT) cho biết.', 'DLT')).toBe('Sở Giao thông Đường bộ Bangkok');
  });

  it('leaves out a noun saying what kind of thing the term is, when the English name has no word for it', () => {
    const t = loadGlossary({
      version: 1,
      entries: { THAAD: 'Terminal High Altitude Area Defense', ICBM: 'Intercontinental Ballistic Missile', FDI: 'Foreign Direct Investment', GPS: 'Global Positioning System' },
      translations: { 'tên lửa': 'Missile', 'phòng thủ': 'Defense', 'tầm cao': 'High Altitude', 'đạn đạo': 'Ballistic', 'xuyên lục địa': 'Intercontinental', vốn: 'Capital', 'đầu tư': 'Investment', 'nước ngoài': 'Foreign', 'tín hiệu': 'Signals', 'định vị': 'Positioning', 'toàn cầu': 'Global' },
    });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === short)?.long;
    expect(long('Hàn Quốc triển khai tên lửa phòng thủ tầm cao giai đoạn cuối (THAAD) của Mỹ.', 'THAAD')).toBe('phòng thủ tầm cao giai đoạn cuối');
    expect(long('Doanh nghiệp có vốn đầu tư nước ngoài (FDI) tăng mạnh.', 'FDI')).toBe('đầu tư nước ngoài');
    expect(long('Thiết bị này dùng tín hiệu định vị toàn cầu (GPS) từ vệ tinh.', 'GPS')).toBe('định vị toàn cầu');
    // The Missile is in the ICBM's name; two words left are too few to be a name alone.
    expect(long('Triều Tiên phóng thử tên lửa đạn đạo xuyên lục địa (ICBM) hôm qua.', 'ICBM')).toMatch(/^tên lửa/);
    expect(long('Doanh nghiệp này có 100% vốn nước ngoài (FDI), người đại diện cho biết.', 'FDI')).toBe('vốn nước ngoài');
    // A preposition opening the sentence is capitalised, and no word of the name after it; inside one
    // it may be a place's.
    const tlip = findAcronyms('Khu công nghiệp Từ Liêm (TLIP) mở rộng.', { glossary: shippedGlossary() }).find((a) => a.short === 'TLIP');
    expect(tlip).toMatchObject({ long: 'Khu công nghiệp Từ Liêm' });
    expect(tlip?.guessed).toBeUndefined();
    expect(findAcronyms('Theo trung tâm Ứng dụng không quân Mỹ (AFTAC), hệ thống mới hoạt động.', { glossary: shippedGlossary() }).find((a) => a.short === 'AFTAC')?.long).toBe('trung tâm Ứng dụng không quân Mỹ');
    // Nor is a determiner: the footage is no part of the station's name.
    const footage = findAcronyms('Các cảnh quay từ đài truyền hình CCTV hôm nay cho thấy công nhân cứu hộ.', { glossary: shippedGlossary() }).find((a) => a.short === 'CCTV');
    expect(footage).toMatchObject({ long: 'China Central Television', source: 'glossary' });
    // A person who practises it, capitalised at a sentence's start too; not where the English name
    // has the person ("cầu thủ xuất sắc nhất (MVP)" is the Most Valuable Player).
    // The shipped glossary: its word table reads "Võ sĩ võ" as two Martial Arts.
    const person = (text: string, short: string) => findAcronyms(text, { glossary: shippedGlossary() }).find((a) => a.short === short)?.long;
    expect(person('Võ sĩ võ tự do (MMA) người Mỹ thắng trận.', 'MMA')).toBe('võ tự do');
    expect(person('Anh là võ sĩ võ tự do (MMA) nổi tiếng.', 'MMA')).toBe('võ tự do');
    expect(person('Anh được bầu là cầu thủ xuất sắc nhất (MVP) của giải.', 'MVP')).toBe('cầu thủ xuất sắc nhất');
    expect(person('Anh được bầu là vận động viên xuất sắc nhất (MVP) của giải.', 'MVP')).toBe('vận động viên xuất sắc nhất');
    // "giá" is a syllable of "giá trị", Value, not a price before the name.
    const v = loadGlossary({ version: 1, entries: { NAV: 'Net Asset Value' }, translations: { giá: 'Price', 'giá trị': 'Value', 'tài sản': 'Asset', ròng: 'Net' } });
    const knownV: KnownWords = { translations: v.translations, expansions: (s) => v.lookup(s)?.senses ?? [], aligned: new Map() };
    const nav = 'giá trị tài sản ròng';
    expect(kindBeforeEnglishName(wordsIn(nav, 0, nav.length), 'NAV', knownV)).toBe(0);
    const thaad = 'tên lửa phòng thủ tầm cao giai đoạn cuối';
    expect(kindBeforeEnglishName(wordsIn(thaad, 0, thaad.length), 'THAAD', { ...knownV, translations: t.translations, expansions: (s) => t.lookup(s)?.senses ?? [] })).toBe(2);
  });

  it('starts a lower-case name where the words of its English name start, past what is done with it', () => {
    const t = loadGlossary({
      version: 1,
      entries: { IRBM: 'Intermediate-Range Ballistic Missile', STOVL: 'Short Take-Off and Vertical Landing', ROV: 'Remotely Operated Vehicle', AIS: 'Automatic Identification System', PISA: 'Programme for International Student Assessment', FONOP: 'Freedom of Navigation Operation' },
      translations: { 'tự do': 'Freedom', 'hàng hải': 'Navigation', 'đánh giá': 'Assessment', 'học sinh': 'Student', 'quốc tế': 'International', 'tên lửa': 'Missile', 'đạn đạo': 'Ballistic', 'tầm xa': 'Long Range', 'cất hạ cánh': 'Take-Off and Landing', 'thẳng đứng': 'Vertical', 'điều khiển': 'Operated', 'từ xa': 'Remotely', 'tự động': 'Automatic', 'nhận dạng': 'Identification', 'máy bay': 'Aircraft' },
    });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === short)?.long;
    expect(long('Triều Tiên tính phương án phóng tên lửa đạn đạo tầm xa (IRBM) về phía đảo Guam.', 'IRBM')).toBe('tên lửa đạn đạo tầm xa');
    expect(long('Tàu được thiết kế để vận hành máy bay cất hạ cánh thẳng đứng (STOVL) của Mỹ.', 'STOVL')).toBe('cất hạ cánh thẳng đứng');
    // The English head (Vehicle, System) has no word here: the words before it are the thing itself.
    expect(long('Đội cứu hộ thả robot ngầm điều khiển từ xa (ROV) xuống đáy biển.', 'ROV')).toBe('robot ngầm điều khiển từ xa');
    expect(long('Dữ liệu từ thiết bị tự động nhận dạng (AIS) cho thấy tàu đã rời cảng.', 'AIS')).toBe('thiết bị tự động nhận dạng');
    // Nor where the head comes before "for" (Programme), which "kỳ khảo sát" says (review).
    expect(long('Việt Nam lần đầu tham gia kỳ khảo sát đánh giá học sinh quốc tế (PISA) vào năm 2012.', 'PISA')).toBe('kỳ khảo sát đánh giá học sinh quốc tế');
    // Nor where the last word may be the head, untranslated (Operation), though Freedom is.
    expect(long('Mỹ có kế hoạch thực hiện các cuộc tuần tra tự do hàng hải (FONOP) tại Biển Đông.', 'FONOP')).toBe('tuần tra tự do hàng hải');
  });

  it('starts a named phrase where the glossary\'s Vietnamese reading opens inside it', () => {
    const g = loadGlossary({ version: 1, entries: { GRDP: 'Gross Regional Domestic Product|tổng sản phẩm trên địa bàn', VNS: 'công ty thép Việt Nam' }, translations: {} });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: g }).find((a) => a.short === short)?.long;
    expect(long('Chỉ tiêu không đạt là tốc độ tăng trưởng tổng sản phẩm nội tỉnh (GRDP) năm nay.', 'GRDP')).toBe('tổng sản phẩm nội tỉnh');
    // After a capital the name began earlier.
    expect(long('Ông là lãnh đạo Tổng công ty thép Việt Nam (VNS) từ năm 2010.', 'VNS')).toBe('Tổng công ty thép Việt Nam');
  });

  it("starts a named phrase where the glossary's Vietnamese reading opens a few words before it, past a stop word", () => {
    const g = loadGlossary({ version: 1, entries: { SIPAS: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước' }, translations: {} });
    const long = (text: string) => findAcronyms(text, { glossary: g }).find((a) => a.short === 'SIPAS')?.long;
    expect(long('Bộ công bố chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của các địa phương.')).toBe('chỉ số hài lòng về sự phục vụ hành chính');
    // Not across a comma: the opening belongs to another clause.
    expect(long('Về chỉ số hài lòng, sự phục vụ hành chính (SIPAS) được nâng cao.')).not.toContain('chỉ số');
    // Nor across "và", which joins a second thing.
    expect(long('Bộ đo chỉ số hài lòng và sự phục vụ hành chính (SIPAS) hằng năm.')).not.toContain('chỉ số');
  });

  it('reads back past "trên địa bàn" to the glossary\'s name, and no further than the name', () => {
    const g = loadGlossary({
      version: 1,
      entries: { GRDP: 'tổng sản phẩm trên địa bàn|Gross Regional Domestic Product', KCN: 'khu công nghiệp', MSN: 'Công ty Cổ phần Tập đoàn Masan', 'VN-Index': 'chỉ số giá chứng khoán' },
      translations: {},
    });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: g }).find((a) => a.short === short)?.long;
    // The article words the name its own way (QA 019916 read "địa bàn thành phố").
    expect(long('Năm 2018, tổng sản phẩm nội địa trên địa bàn thành phố (GRDP) tăng 8,3%.', 'GRDP')).toBe('tổng sản phẩm nội địa trên địa bàn thành phố');
    // The name written whole: where the zones are is the sentence's.
    expect(long('Hiện nay, các khu công nghiệp trên địa bàn tỉnh (KCN) đã lấp đầy 75% diện tích.', 'KCN')).toBe('khu công nghiệp');
    // Not back to another thing that opens the same way, after "và" or a verb.
    expect(long('Vốn hóa của Công ty Cổ phần FPT và Công ty Cổ phần Tập đoàn Masan (MSN) cùng giảm.', 'MSN')).toBe('Công ty Cổ phần Tập đoàn Masan');
    expect(long('Chỉ số giá vàng tăng khiến chỉ số chứng khoán (VN-Index) giảm mạnh.', 'VN-Index')).toBe('chỉ số chứng khoán');
  });

  it('reads a treaty\'s year inside its name as no word of it', () => {
    const t = loadGlossary({
      version: 1,
      entries: { UNCLOS: 'United Nations Convention on the Law of the Sea' },
      translations: { 'công ước': 'Convention', 'luật biển': 'Law of the Sea', 'Liên Hợp Quốc': 'United Nations' },
    });
    const long = (text: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === 'UNCLOS')?.long;
    expect(long('trên cơ sở Công ước luật biển năm 1982 của Liên Hợp Quốc (UNCLOS) và tinh thần DOC')).toBe('Công ước luật biển năm 1982 của Liên Hợp Quốc');
    expect(long('theo Công ước luật biển 1982 của Liên Hợp Quốc (UNCLOS) đưa ra phán quyết')).toBe('Công ước luật biển 1982 của Liên Hợp Quốc');
    // At the end, the year says which one and is left out.
    expect(long('Công ước Liên Hợp Quốc về Luật Biển năm 1982 (UNCLOS) quy định')).toBe('Công ước Liên Hợp Quốc về Luật Biển');
  });

  it('does not cross "với", and prefers a translated name to a word spelling the letters from inside', () => {
    const t = loadGlossary({
      version: 1,
      entries: { PA: 'Palestinian Authority', ONC: 'Ocean Networks Canada' },
      translations: { 'chính quyền': 'Authority', 'dân tộc': 'National', 'kết nối': 'Communication|Connect', 'mạng lưới': 'Network', 'đại dương': 'Ocean' },
    });
    const long = (text: string, short: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === short)?.long;
    expect(long('Lãnh đạo Chính quyền dân tộc Palestine (PA) cho biết', 'PA')).toBe('Chính quyền dân tộc Palestine');
    expect(long('Các nhà khoa học đã kết nối với Mạng lưới Đại dương Canada (ONC) để theo dõi.', 'ONC')).toBe('Mạng lưới Đại dương Canada');
    // Without the English name the letters alone decide, and "với" still ends the name.
    const none = loadGlossary({ version: 1, entries: {}, translations: { 'kết nối': 'Communication', 'mạng lưới': 'Network', 'đại dương': 'Ocean' } });
    expect(findAcronyms('Các nhà khoa học đã kết nối với Mạng lưới Đại dương Canada (ONC) để theo dõi.', { glossary: none })[0]?.long).toBe('Mạng lưới Đại dương Canada');
  });

  it('keeps no head before another head: the office of a bureau is not the bureau', () => {
    const t = loadGlossary({
      version: 1,
      entries: { FBI: 'Federal Bureau of Investigation' },
      translations: { 'văn phòng': 'Office|Bureau', cục: 'Bureau|Department', 'cơ quan': 'Agency|Bureau', 'điều tra': 'Investigation', 'liên bang': 'Federal' },
    });
    const long = (text: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === 'FBI')?.long;
    expect(long('Theo văn phòng Cơ quan Điều tra Liên bang Mỹ (FBI) tại New York')).toBe('Cơ quan Điều tra Liên bang Mỹ');
    expect(long('nhân viên văn phòng Cục Điều tra Liên bang Mỹ (FBI) đã đến')).toBe('Cục Điều tra Liên bang Mỹ');
  });

  it('reads the longest word of the table, not its syllables one by one', () => {
    // "phòng chống" is Prevention, which KCDC has no letter for; "phòng" and "chống" alone would
    // give its two C's and cut the centre's name short.
    const text = 'Trung tâm Kiểm soát và Phòng chống dịch bệnh Hàn Quốc (KCDC) cho biết';
    expect(def(text, 'KCDC')).not.toBe('Phòng chống dịch bệnh Hàn Quốc');
  });

  it('does not start a name inside a word of the table', () => {
    // "Bộ Quy tắc" is one word (Code); the name does not start at its second syllable.
    expect(def('đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC) tiếp tục', 'COC')).toBe('Bộ Quy tắc ứng xử ở Biển Đông');
  });

  it('meets British and American spellings', () => {
    // Defence = Defense: the command the forces belong to is not in the name.
    expect(def('Bộ Chỉ huy Lực lượng Phòng vệ Nhật Bản (JSDF) cho biết', 'JSDF')).toBe('Lực lượng Phòng vệ Nhật Bản');
    expect(def('Hội nghị thượng đỉnh tổ chức Hợp tác Thượng Hải (SCO) khai mạc', 'SCO')).toBe('tổ chức Hợp tác Thượng Hải');
  });

  it('reads a name across the dashes inside it', () => {
    expect(def('Hội nghị cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương 2025 (APEC) tại Hàn Quốc', 'APEC')).toBe('Hợp tác Kinh tế châu Á - Thái Bình Dương');
  });

  it('crosses a preposition of means inside a name', () => {
    expect(def('áp dụng công nghệ nhận dạng qua tần số vô tuyến (RFID) cho làn thu phí', 'RFID')).toBe('nhận dạng qua tần số vô tuyến');
  });

  it('takes in the word before a named long form for the English name it translates, not another sense', () => {
    const t = loadGlossary({ version: 1, entries: { SAA: 'Syrian Arab Army|South African Airways' }, translations: { quân: 'Army', 'máy bay': 'Airways|Aircraft', Syria: 'Syrian', 'Nam Phi': 'South African' } });
    const long = (text: string) => findAcronyms(text, { glossary: t }).find((a) => a.short === 'SAA')?.long;
    expect(long('Các lực lượng quân Chính phủ Syria (SAA) tiến vào')).toBe('quân Chính phủ Syria');
    // The airline's Airways is not the Syrian army's.
    expect(long('các máy bay Chính phủ Syria (SAA) cất cánh')).toBe('Chính phủ Syria');
  });

  it('crosses "vì" (for) inside a name, rather than guess a word for it', () => {
    const t = loadGlossary({ version: 1, entries: { NCPO: 'National Council for Peace and Order' }, translations: { 'hội đồng': 'Council', 'quốc gia': 'National', 'hoà bình': 'Peace', 'trật tự': 'Order' } });
    const found = findAcronyms('hoạt động của Hội đồng Quốc gia vì Hoà bình và Trật tự (NCPO) và quân đội', { glossary: t }).find((a) => a.short === 'NCPO');
    expect(found?.long).toBe('Hội đồng Quốc gia vì Hoà bình và Trật tự');
    // Before a name, "vì" is "because": the name starts after it.
    const iaea = loadGlossary({ version: 1, entries: { IAEA: 'International Atomic Energy Agency' }, translations: { 'quốc tế': 'International', 'cơ quan': 'Agency', 'năng lượng': 'Energy', 'nguyên tử': 'Atomic' } });
    expect(findAcronyms('tổ chức quốc tế vì Cơ quan Năng lượng Nguyên tử (IAEA) đã cảnh báo', { glossary: iaea }).find((a) => a.short === 'IAEA')?.long).toBe('Cơ quan Năng lượng Nguyên tử');
  });

  it('reads a review by what it reviews, with the shipped table', () => {
    // "tình trạng hạt nhân" is the Nuclear Posture, "Đánh giá" the Review before it.
    expect(definedAs('Lầu Năm Góc công bố Đánh giá chung về tình trạng hạt nhân (NPR), vạch ra kế hoạch mới.', 'NPR', shippedGlossary())).toBe('Đánh giá chung về tình trạng hạt nhân');
  });

  it('leaves out where the body sits', () => {
    expect(def('phán quyết của Toà trọng tài Thường trực ở The Hague, Hà Lan (PCA) trong vụ kiện', 'PCA')).toBe('Toà trọng tài Thường trực');
  });

  it('stops at a comma that does not list the name\'s parts', () => {
    expect(def('Tại Nhật Bản, Lực lượng Phòng vệ (JSDF) tham gia cứu hộ', 'JSDF') ?? '').not.toContain('Nhật Bản');
  });

  it('reads no letter in the s of a plural short form the glossary does not know', () => {
    // Without the glossary's English name the letters are read from the table's words; the plural's s
    // would take the verb before "các" (Support).
    const t = loadGlossary({ version: 1, entries: {}, translations: { 'hỗ trợ': 'Support', 'doanh nghiệp': 'Enterprises', 'nhỏ và vừa': 'Small and Medium' } });
    expect(definedAs('Chính phủ hỗ trợ các doanh nghiệp nhỏ và vừa (SMEs) vay vốn', 'SMEs', t)).toBe('các doanh nghiệp nhỏ và vừa');
  });

  it('reads a name written with a capital only in capitals', () => {
    // "Hàn Quốc" is Korea; "pháp" in "giải pháp" is no France.
    const t = loadGlossary({ version: 1, entries: {}, translations: { Pháp: 'France', 'hợp tác': 'Cooperation', 'quốc phòng': 'Defense' } });
    const found = findAcronyms('các giải pháp hợp tác quốc phòng (FDC) được nêu', { glossary: t }).find((a) => a.short === 'FDC');
    expect(found?.long ?? null).not.toBe('pháp hợp tác quốc phòng');
  });

  it('crosses the prepositions of a name ("trên": on)', () => {
    expect(def('đưa chỉ tiêu lợi nhuận trên vốn chủ sở hữu (ROE) lên trên 20%', 'ROE')).toBe('lợi nhuận trên vốn chủ sở hữu');
  });

  it('of the runs that give the letters, takes the one in the English order', () => {
    // "Mỹ" (American) could give DIA's A, but Defense Intelligence Agency reads backwards from
    // "Cơ quan": the place is only where it is.
    expect(def('theo Cơ quan tình báo quốc phòng Mỹ (DIA) cho biết', 'DIA')).toBe('Cơ quan tình báo quốc phòng Mỹ');
  });

  it('needs no word for a participle the Vietnamese leaves out, nor for "per"', () => {
    expect(def('Bình Nhưỡng phóng tên lửa đạn đạo từ tàu ngầm (SLBM) ra biển', 'SLBM')).toBe('tên lửa đạn đạo từ tàu ngầm');
    expect(def('Bình Nhưỡng thử tên lửa đạn đạo phóng từ tàu ngầm (SLBM) ra biển', 'SLBM')).toBe('tên lửa đạn đạo phóng từ tàu ngầm');
    expect(def('công ty dự kiến đưa lãi trên cổ phiếu (EPS) lên 1.200 đồng', 'EPS')).toBe('lãi trên cổ phiếu');
  });

  it('needs no word for "average" in a ratio, and takes one where the text writes it', () => {
    expect(def('Ngân hàng duy trì lợi nhuận trên vốn chủ sở hữu (ROAE) ở mức 25,4%', 'ROAE')).toBe('lợi nhuận trên vốn chủ sở hữu');
    expect(def('Ngân hàng duy trì lợi nhuận trên vốn chủ sở hữu bình quân (ROAE) ở mức 25,4%', 'ROAE')).toBe('lợi nhuận trên vốn chủ sở hữu bình quân');
    // An index named by its Average: the index noun stays.
    const djia = loadGlossary({ version: 1, entries: { DJIA: 'Dow Jones Industrial Average' }, translations: { 'công nghiệp': 'Industrial', 'chỉ số': 'Index|Average' } });
    expect(definedAs('Các nhà đầu tư theo dõi chỉ số công nghiệp Dow Jones (DJIA) giảm', 'DJIA', djia)).toBe('chỉ số công nghiệp Dow Jones');
  });

  it('crosses a comma the English name has', () => {
    expect(def('ba sinh viên của trường đại học California, Los Angeles (UCLA), bao gồm', 'UCLA')).toBe('đại học California, Los Angeles');
  });

  it('reads a lower-case name across its dashes', () => {
    expect(def('các dự án theo hình thức hợp đồng xây dựng - chuyển giao (BT) trên địa bàn', 'BT')).toBe('xây dựng - chuyển giao');
  });

  it('takes a name translated word for word before a dash, though the sentence goes on', () => {
    expect(def('RT dẫn tuyên bố từ Cục Hàng không Liên bang - FAA cho biết', 'FAA')).toBe('Cục Hàng không Liên bang');
    // A firm's name says nothing of the letters: "Vạn Thịnh Phát - SCB gây thiệt hại" joins two parties.
    expect(def('Tập đoàn Vạn Thịnh Phát - SCB gây thiệt hại lớn', 'SCB')).toBeNull();
  });

  it('meets an English plural in -ies', () => {
    const t = loadGlossary({ version: 1, entries: { OT: 'Overseas Territories' }, translations: { 'vùng lãnh thổ': 'Territory', 'hải ngoại': 'Overseas' } });
    const found = findAcronyms('Anh tăng khả năng bảo vệ vùng lãnh thổ hải ngoại (OT) của mình', { glossary: t }).find((a) => a.short === 'OT');
    expect(found?.long).toBe('vùng lãnh thổ hải ngoại');
  });

  it('leaves out who signed a document, after "giữa"', () => {
    const t = loadGlossary({ version: 1, entries: { DOC: 'Declaration on the Conduct of Parties in the South China Sea' }, translations: { 'tuyên bố': 'Declaration', 'ứng xử': 'Conduct', 'các bên': 'Parties', 'Biển Đông': 'South China Sea' } });
    const found = findAcronyms('vi phạm Tuyên bố ứng xử của các bên ở Biển Đông giữa ASEAN và Trung Quốc (DOC), làm gia tăng căng thẳng', { glossary: t });
    expect(found.find((a) => a.short === 'DOC')?.long).toBe('Tuyên bố ứng xử của các bên ở Biển Đông');
  });

  it('takes a name right before the short form, without brackets, when it translates every word', () => {
    expect(def('chương trình này thuộc trung tâm Nghiên cứu Chiến lược và Quốc tế CSIS (Mỹ) cho biết', 'CSIS')).toBe('trung tâm Nghiên cứu Chiến lược và Quốc tế');
    expect(def('RT dẫn lời Cục Hàng không Liên bang FAA cho biết', 'FAA')).toBe('Cục Hàng không Liên bang');
    // Words that translate only part of the name do not.
    expect(def('theo các nhà nghiên cứu quốc tế CSIS cho biết', 'CSIS')).toBeNull();
    // The writer's qualifier between the name and the short form is no part of either.
    expect(def('chiến dịch chống lại tổ chức nhà nước Hồi giáo tự xưng IS ở Syria', 'IS')).toBe('nhà nước Hồi giáo');
  });

  it('takes no letter from a person\'s title before a body', () => {
    // Read backwards, Chairman, Academy, Royal would follow the letters in order; the title is whose.
    expect(def('Touch, người hiện là Chủ tịch Viện Hàn lâm Hoàng gia Campuchia (RAC), kể.', 'RAC')).toBe('Viện Hàn lâm Hoàng gia Campuchia');
  });

  it('leaves out the body that owns the one named in brackets after the short form', () => {
    expect(def('OFAC (Văn phòng Kiểm soát Tài sản nước ngoài của Bộ Tài chính Mỹ) vừa bổ sung 10 cá nhân', 'OFAC')).toBe('Văn phòng Kiểm soát Tài sản nước ngoài');
    // Where the words before the owner do not translate the name, the owner is not cut.
    expect(def('OFAC (Văn phòng Kiểm soát của Bộ Tài chính Mỹ) vừa bổ sung 10 cá nhân', 'OFAC')).toBe('Văn phòng Kiểm soát của Bộ Tài chính Mỹ');
  });

  it('needs no word for the end of the English name, where no letter comes from', () => {
    // Code of Conduct in the South China Sea: "of" gives the O, the sea no letter.
    expect(def('hai bên cam kết sớm hoàn tất Bộ Quy tắc ứng xử COC trong năm nay', 'COC')).toBe('Bộ Quy tắc ứng xử');
    // Words that give letters are still needed: Strategic is missing here.
    expect(def('theo trung tâm Nghiên cứu Quốc tế CSIS cho biết', 'CSIS')).toBeNull();
  });

  describe('a word the table does not know, when no name translates whole', () => {
    const t = loadGlossary({
      version: 1,
      entries: {
        VLS: 'Vertical Launching System', GPS: 'Global Positioning System', EPS: 'Earnings Per Share', FOIP: 'Free and Open Indo-Pacific',
        KCNA: 'Korean Central News Agency', LCS: 'Littoral Combat Ship', USS: 'United States Ship', RIA: 'Russian Information Agency',
      },
      translations: {
        'thẳng đứng': 'Vertical', phóng: 'Launching', 'định vị': 'Positioning', 'toàn cầu': 'Global', lãi: 'Earnings', 'cổ phiếu': 'Share',
        'tự do': 'Free', mở: 'Open', 'Thái Bình Dương': 'Pacific', 'hãng thông tấn': 'News Agency', 'nhà nước': 'State',
        'trung ương': 'Central', 'Triều Tiên': 'Korean', 'trên tàu': 'On Board', tàu: 'Ship', 'chiến đấu': 'Combat',
        'ven biển': 'Littoral', 'tàu sân bay': 'Aircraft Carrier', 'sân bay': 'Airport', Mỹ: 'United States', Nga: 'Russian',
        'thông tin': 'Information', 'cơ quan': 'Agency',
      },
    });
    const guessed = (text: string, short: string): string | null => definedAs(text, short, t);

    it('never opens a name, nor stands for a number', () => {
      // The aligner alone, without the name rules that run after it.
      const known: KnownWords = { translations: t.translations, expansions: (short) => t.lookup(short)?.senses ?? [], aligned: new Map() };
      const aligned = (phrase: string, short: string): string | null => translatedName(phrase, wordsIn(phrase, 0, phrase.length), short, known)?.map((w) => w.text).join(' ') ?? null;
      expect(aligned('đạt mức lãi cơ bản trên cổ phiếu', 'EPS')).toBe('lãi cơ bản trên cổ phiếu');
      // System is not written: "chức năng" (function) or "năng" would be a guess at the start.
      expect(aligned('loại bỏ chức năng định vị toàn cầu', 'GPS')).toBeNull();
      expect(aligned('có 112 ô phóng thẳng đứng', 'VLS')).toBeNull();
      expect(aligned('trong năm 2024 phóng thẳng đứng', 'VLS')).toBeNull();
    });

    it('stands for no English word inside the name', () => {
      expect(guessed('Lãi cơ bản trên cổ phiếu (EPS) đạt 2.100 đồng.', 'EPS')).toBe('Lãi cơ bản trên cổ phiếu');
    });

    it('lets a word the table knows but the name does not need stand inside it', () => {
      expect(guessed('hãng thông tấn nhà nước trung ương Triều Tiên KCNA dẫn lời ông Kim', 'KCNA')).toBe('hãng thông tấn nhà nước trung ương Triều Tiên');
      // Not a piece of a longer word: "sân bay" is half of "tàu sân bay", Aircraft Carrier.
      expect(guessed('Tàu sân bay của Mỹ (USS) tới cảng', 'USS')).toBeNull();
    });

    it('reads a shorter entry where the longest gives no word of the name', () => {
      // "trên tàu" is On Board; "tàu" alone is the Ship.
      expect(guessed('tên lửa được phóng từ SSMM trên tàu chiến đấu ven biển (LCS), lần đầu tiên', 'LCS')).toBe('tàu chiến đấu ven biển');
    });

    it('takes no description before a short form that opens a longer name', () => {
      expect(guessed('ông nói với cơ quan thông tin Nga RIA Novosti hôm qua', 'RIA')).toBeNull();
      expect(guessed('ông nói với cơ quan thông tin Nga RIA hôm qua', 'RIA')).toBe('cơ quan thông tin Nga');
      // A person's name after it (two capitalised words) is someone of the body named before.
      expect(guessed('giám đốc cơ quan thông tin Nga RIA Ivan Petrov cho biết', 'RIA')).toBe('cơ quan thông tin Nga');
    });

    it('takes the other words in the English order or exactly against it', () => {
      // "rộng" would have to be Indo between Open and Free: the aligner gives no name.
      const text = 'Mỹ theo đuổi chiến lược Ấn Độ Dương - Thái Bình Dương tự do và rộng mở (FOIP) trong khu vực.';
      const known: KnownWords = { translations: t.translations, expansions: (short) => t.lookup(short)?.senses ?? [], aligned: new Map() };
      const words = wordsIn(text, text.indexOf('Thái'), text.indexOf(' ('));
      expect(translatedName(text, words, 'FOIP', known)).toBeNull();
      // The part-translation's guess (partly-translated.ts) reads the name, across its dash, with
      // the three words the table has.
      expect(findAcronyms(text, { glossary: t }).find((a) => a.short === 'FOIP')).toMatchObject({
        long: 'Ấn Độ Dương - Thái Bình Dương tự do và rộng mở',
        guessed: true,
      });
    });
  });
});

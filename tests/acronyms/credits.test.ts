import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { reading, shippedGlossary } from './helpers';

const rows = (text: string): string[] => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => a.short);

describe("a photo's credit", () => {
  it('names a photo agency by its sense in the press', () => {
    expect(reading('Hai người phụ nữ đón chào năm mới ở Hàn Quốc - Ảnh: EPA.', 'EPA')).toBe('European Pressphoto Agency');
    expect(reading('Gió mạnh tại Đài Loan - Ảnh: EPA - EFE.', 'EPA - EFE')).toBe('European Pressphoto Agency - Agencia EFE');
    // Outside a credit the environment agency stays, cited or not.
    expect(reading('EPA cho biết khí thải từ các nhà máy điện than của Mỹ giảm.', 'EPA')).toBe('Environmental Protection Agency');
    // China's photo agency under a photo, Vinaconex's ticker elsewhere.
    expect(reading('Một sinh viên ở Bắc Kinh học bài - Ảnh minh hoạ: VCG.', 'VCG')).toBe('Visual China Group');
    // After an agency named in words and a slash.
    expect(reading('Người dân xem pháo hoa ở Thượng Hải. Ảnh: Tân Hoa Xã/VCG', 'VCG')).toBe('Visual China Group');
    // Not after a platform, whose account it names: a party's, no agency.
    expect(reading('Ông Imran Khan phát biểu tại Islamabad, Pakistan. Ảnh: Twitter/PTI', 'PTI')).toBe('Pakistan Tehreek-e-Insaf');
    // Tuổi Trẻ's weekly under its own photos; shrimp elsewhere.
    expect(reading('Nón lá làng Chuông - Ảnh: TTCT', 'TTCT')).toBe('Tuổi Trẻ Cuối Tuần');
    expect(reading('Giá tôm thẻ chân trắng giảm, người nuôi TTCT lo lắng.', 'TTCT')).toBe('tôm thẻ chân trắng');
    // A tech site under an illustration; the weapon elsewhere.
    expect(reading('Robot thông minh - Ảnh minh hoạ: TNW', 'TNW')).toBe('The Next Web');
    expect(reading('Nga triển khai vũ khí TNW ở Belarus.', 'TNW')).toBe('Tactical Nuclear Weapon');
    expect(reading('Cổ phiếu VCG tăng mạnh trong phiên sáng.', 'VCG')).toBe('Tổng Công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam');
    // Not wherever China is spoken of.
    expect(reading('Chủ tịch HĐQT VCG cho biết doanh nghiệp sẽ mở rộng sang thị trường Trung Quốc.', 'VCG')).toBe('Tổng Công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam');
    expect(reading('Theo EPA, lượng khí thải nhà kính của Mỹ giảm 2%.', 'EPA')).toBe('Environmental Protection Agency');
    // Captions credit their source as often: "(Nguồn: EPA)".
    expect(reading('Người biểu tình tụ tập ở Bangkok. (Nguồn: EPA)', 'EPA')).toBe('European Pressphoto Agency');
    expect(reading('EPA đưa tin các nhà máy điện than phải giảm phát thải.', 'EPA')).toBe('Environmental Protection Agency');
  });

  it('writes the archive and a collected photo short', () => {
    expect(reading('Tàu Hải Dương 8 của Trung Quốc - Ảnh: TL', 'TL')).toBe('tư liệu');
    // Dotted as Tuổi Trẻ prints it, at the credit's end; two dotted letters are initials elsewhere.
    expect(reading('Bà Phan Thị Hương Thuỷ - Ảnh: T.L.\nPhiên toà mở lại.', 'T.L')).toBe('tư liệu');
    expect(rows('Ông An - Ảnh: T.LÂM. Bài do T.L viết.')).toEqual([]);
    // A caption's brackets may leave the colon out.
    expect(reading('Thương binh được hỗ trợ thêm 200.000 đồng (ảnh TL).', 'TL')).toBe('tư liệu');
    expect(reading('Khách sạn Marina Bay Sands - Ảnh: ST.', 'ST')).toBe('sưu tầm');
    expect(reading('Bảng giá vàng hôm nay. Nguồn: ST', 'ST')).toBe('sưu tầm');
    expect(reading('Lũ ở huyện Long Phú - Ảnh: STR / AFP', 'STR')).toBe('stringer');
    // A contributor, in a story about Canada too.
    expect(reading('Anh Nghiêm được đưa đi cấp cứu ở Canada - Ảnh: CTV.', 'CTV')).toBe('cộng tác viên');
    // An archive photo's credit may leave the colon out; an illustration's keeps it.
    expect(reading('Uống cà phê ở mức vừa đủ có lợi - Ảnh tư liệu TT.', 'TT')).toBe('báo Tuổi Trẻ');
    // A screenshot shows a broadcaster, no contributor.
    expect(reading('Thủ tướng Canada phát biểu - Ảnh chụp màn hình CTV', 'CTV')).not.toBe('cộng tác viên');
    expect(reading('Hàng hoá được bày bán - Ảnh minh hoạ: TL', 'TL')).toBe('tư liệu');
    // Not where some use stands outside a credit.
    expect(reading('Hồ sơ TL gồm 20 trang được nộp. Ảnh: TL', 'TL')).not.toBe('tư liệu');
    // Not where a use stands outside a credit: the rice is named for Sóc Trăng.
    expect(reading('Giống lúa ST (Sóc Trăng) được ưa chuộng. Ảnh: ST', 'ST')).toBe('Sóc Trăng');
  });

  it('lists no name written in capitals as an unknown acronym', () => {
    expect(rows('Người ăn xin trên tàu điện - Ảnh: KOMMERSANT.\nRác ở Philadelphia - Ảnh: HUFFINGTON POST.\nNgôi nhà - Ảnh: ABC NEWS.\nHoà bình - Ảnh: TWITTER.')).toEqual(['ABC']);
    // A photographer's name, a word in capitals (a known short form before it stays).
    expect(rows('Ông Hạ Kiến Khuê phát biểu hôm nay - Ảnh: CNN / YULI YANG.\nTập trận - Ảnh: US NAVY')).toEqual(['CNN', 'US']);
    // A photographer's Vietnamese name in capitals after an initial; a site's name with its dot.
    expect(rows('Nhà sập - Ảnh: P. ANH.\nMinh hoạ kỹ thuật Crispr - Ảnh: PHYS.ORG.')).toEqual([]);
    // Its initial joined to it; a site's name after an illustration's word in brackets.
    expect(rows('Robot do doanh nghiệp Đà Nẵng chế tạo - Ảnh: TR.TRUNG.\nBài học châu Phi - Ảnh (minh hoạ): GBCGHANA')).toEqual([]);
    // A magazine's name in capitals after its word; not after "thông báo", "thời trang".
    expect(rows('Ông lọt danh sách 100 người có ảnh hưởng nhất do tạp chí TIME bình chọn.')).toEqual([]);
    expect(rows('Du học sinh nhận thông báo UKVI về thị thực.')).toEqual(['UKVI']);
    // A firm's name in capitals after its word; initials there are still listed.
    expect(rows('Chủ tịch điều hành tập đoàn AEON Okada Motoya phát biểu, thương hiệu ZARA mở cửa hàng.')).toEqual([]);
    expect(rows('Ông làm việc cho tập đoàn QZXV và công ty XKCD.')).toEqual(['QZXV', 'XKCD']);
    // Initials in a credit are still listed, and the same word elsewhere is.
    expect(rows('Rác ở Washington - Ảnh: WTOP.')).toEqual(['WTOP']);
    expect(rows('Ảnh: KOMMERSANT. Theo KOMMERSANT, giá dầu tăng.')).toEqual(['KOMMERSANT']);
  });

  it('lists no photographer\'s initials ending a credit', () => {
    // Letters the glossary does not know, after a name, an initial or a dash.
    expect(rows('Bảo tàng nhỏ nhất ở Thuỵ Sĩ - Ảnh: IMERISIA - VER\nCông viên xanh mát - Ảnh: Q. NG.\nXe triển lãm - Ảnh: TR.N.\nChân dung - Minh hoạ: LAP')).toEqual([]);
    // Known letters stay: agencies, papers, bodies, who gave the photo, what credits write short.
    expect(rows('Bệnh viện tiếp nhận ca bệnh.\nẢnh: AFP\nẢnh: TT\nẢnh: BTC\nẢnh: TH\nẢnh: PV\nẢnh: NVCC\nẢnh: MH\nẢnh: DN\nẢnh: BV')).toEqual(['AFP', 'TT', 'BTC', 'TH', 'PV', 'NVCC', 'MH', 'DN', 'BV']);
    expect(reading('Dây chuyền sản xuất của nhà máy - Ảnh: DN', 'DN')).toBe('doanh nghiệp');
    expect(reading('Ca phẫu thuật tại bệnh viện thành công - Ảnh: BV', 'BV')).toBe('bệnh viện');
    // What credits write short: compiled, an illustration.
    expect(reading('Toàn cảnh hội nghị - Ảnh: MH', 'MH')).toBe('minh hoạ');
    expect(reading('Ô tô chờ qua phà - Ảnh: TH', 'TH')).toBe('tổng hợp');
    // The paper's reporter, by the glossary's usual sense.
    expect(reading('Phóng viên ghi nhận tại hiện trường - Ảnh: PV', 'PV')).toBe('phóng viên');
    // The same letters outside a credit are listed.
    expect(rows('Trạm quan trắc QZX đặt ở đây. Dòng sông - Ảnh: QZX')).toEqual(['QZX']);
  });

  it("reads two letters the glossary knows, a whole credit, as a photographer's where they name no one", () => {
    // Words that name no one, a title.
    expect(rows('Toàn cảnh cuộc họp - Ảnh: TC.\nMẫu sản phẩm mới - Ảnh: MS\nTàu khu trục số hiệu 117 - Ảnh: HK.\nQuang cảnh khu đất dự án - Ảnh: DA\nNữ sinh đạt điểm 10 - Ảnh: GĐ')).toEqual([]);
    // Media, the paper, a credit's word, bodies and firms, who gave the photo stay.
    expect(rows('Ảnh: AP\nẢnh: TT\nẢnh: ST\nẢnh: CA\nẢnh: QH\nẢnh: DN\nẢnh: CS\nẢnh: UN\nẢnh: EU')).toEqual(['AP', 'TT', 'ST', 'CA', 'QH', 'DN', 'CS', 'UN', 'EU']);
    // A patient gives photos to a story of care, not to a crash's (QA 022131).
    expect(rows('Bệnh nhân hồi phục sau ca mổ.\nẢnh: BN')).toEqual(['BN']);
    expect(rows('Xe tải lao vào nhà dân, hai người bị thương được đưa đi cấp cứu.\nẢnh: BN')).toEqual([]);
    expect(reading('Xe tăng Nga trên chiến trường - Ảnh: RT', 'RT')).toBe('Russia Today');
    expect(reading('Tàu bay mới của hãng tại Nội Bài - Ảnh: VJ', 'VJ')).toBe('Vietjet Air');
    // Letters one of whose readings gave the photo, whichever the words around chose.
    expect(rows('Ông Bình trả lời phỏng vấn báo chí - Ảnh: PV')).toEqual(['PV']);
    // Letters beside another source, or outside a credit, are read as before.
    expect(reading('Hỏa hoạn lớn ở Moscow - Ảnh: TC, Twitter', 'TC')).toBe('tổng cộng');
    expect(reading('Tổng cộng có 25 đại biểu, TC đạt 90%.', 'TC')).toBe('tổng cộng');
  });
});

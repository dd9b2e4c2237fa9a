import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { shippedGlossary } from './helpers';

const read = (text: string) => findAcronyms(text, { glossary: shippedGlossary() }).map((a) => [a.short, a.long]);

describe('police units’ codes', () => {
  it('reads a code the glossary names after the words for the police', () => {
    expect(read('Công an huyện phối hợp với cảnh sát giao thông C08 kiểm tra xe tải.')).toEqual([['C08', 'Cục Cảnh sát giao thông']]);
    expect(read('Vụ việc đã được chuyển cho Cục C02 điều tra.')).toEqual([['C02', 'Cục Cảnh sát hình sự']]);
    // In brackets after a police team's name, spaced as papers write it.
    // Before the force it belongs to.
    expect(read('Theo PC45 Công an tỉnh Khánh Hòa, vụ việc đang được điều tra.')).toEqual([['PC45', 'Phòng Cảnh sát hình sự']]);
    // Or before the ministry it belongs to.
    expect(read('Lực lượng Công an tỉnh, C04 bộ Công an phối hợp triệt phá đường dây.')).toEqual([['C04', 'Cục Cảnh sát điều tra tội phạm về ma túy']]);
    // "của" between; the issuer of a decision after its number.
    expect(read('Cục C10 của Bộ Công an xác nhận.')).toEqual([['C10', 'Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng']]);
    expect(read('Trường giáo dưỡng - C10 của Bộ Công an xác nhận.').map(([short]) => short)).toEqual(['C10']);
    expect(read('khởi tố bị can ( số 07 / PC 45 ngày 4-11-2017 ) đối với ông Lương')).toEqual([['PC 45', 'Phòng Cảnh sát hình sự']]);
    // The codes before the 2018 reorganisation, which news of those years writes.
    expect(read('Vụ án do Cục C50 thụ lý; phòng PC46 Công an tỉnh phối hợp.')).toEqual([['C50', 'Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao'], ['PC46', 'Phòng Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ']]);
    expect(read('Ngày 26/7, đội CSGT Cát Lái (PC 08, TP. HCM) cho biết.')).toEqual([['CSGT', 'Cảnh sát giao thông'], ['PC 08', 'Phòng Cảnh sát giao thông'], ['TP. HCM', 'Thành phố Hồ Chí Minh']]);
    // The force's short form, a dash, then the code: two uses, not one run across the dash.
    expect(read('Lãnh đạo Phòng Cảnh sát giao thông (CSGT - PC 08) Công an TP. HCM cho biết.').map(([short]) => short)).toEqual(['CSGT', 'PC 08', 'TP. HCM']);
    // Word-segmented text sets a space inside the brackets.
    expect(read('Ngày 26/7, đội CSGT Cát Lái ( PC 08, TP. HCM ) cho biết.')).toEqual([['CSGT', 'Cảnh sát giao thông'], ['PC 08', 'Phòng Cảnh sát giao thông'], ['TP. HCM', 'Thành phố Hồ Chí Minh']]);
    // After the office's head, or after its own name (held-out 016653, 016599).
    expect(read('Ông Nguyễn Thanh Hoá - cựu cục trưởng C50 - bất ngờ nhận tội.').map(([short]) => short)).toEqual(['C50']);
    expect(read('Bị cáo thừa nhận mang quà biếu Cục Cảnh sát phòng chống tội phạm công nghệ cao C50 vào dịp tết.').map(([short]) => short)).toEqual(['C50']);
    // Not a code far from the office's name, past a comma.
    expect(read('Phòng Cảnh sát hình sự cho biết, mẫu xe C08 đã bị thu giữ.').map(([short]) => short)).toEqual([]);
    // The name's words with their tones placed either way, or written short (review of session 56).
    expect(read('Cục Cảnh sát điều tra tội phạm về ma tuý C04 đã triệt phá đường dây.').map(([short]) => short)).toEqual(['C04']);
    expect(read('Cục Cảnh sát QLHC về TTXH C06 vừa ban hành hướng dẫn.').map(([short]) => short)).toContain('C06');
    // Nor a building, a lot or a hall the office goes to in the same clause (review of session 55).
    expect(read('Phòng Cảnh sát PCCC và CNCH Công an tỉnh đã kiểm tra tòa nhà C10 của khu đô thị.').map(([short]) => short)).not.toContain('C10');
    expect(read('Phòng Cảnh sát hình sự đang xác minh chiếc xe đỗ ở lô C05 trong khu công nghiệp.').map(([short]) => short)).toEqual([]);
    expect(read('Phòng Cảnh sát giao thông tổ chức tập huấn cho học viên ở giảng đường C07 sáng nay.').map(([short]) => short)).toEqual([]);
    // The forces of a raid; a code listed right after one found.
    expect(read('Rạng sáng 27-4, các lực lượng C44 đã bất ngờ vây ráp lán trại.').map(([short]) => short)).toEqual(['C44']);
    expect(read('Cục C02 và C03 phối hợp điều tra.').map(([short]) => short)).toEqual(['C02', 'C03']);
    expect(read('Rạng sáng 27-4, các lực lượng C44, C49 đã bất ngờ vây ráp lán trại.').map(([short]) => short)).toEqual(['C44', 'C49']);
  });

  it('leaves models and codes nothing names alone', () => {
    // A plane's model, a code the glossary does not know.
    expect(read('Chiếc A321 hạ cánh an toàn; phòng C99 ở tầng hai.')).toEqual([]);
    // Not after the police's words; a room is numbered like an office is coded.
    expect(read('Mẫu xe C08 ra mắt hôm qua.')).toEqual([]);
    // A house's number is no decision's.
    expect(read('Gia đình ông sống tại nhà số 15/C10 đường Phan Văn Trị.')).toEqual([]);
    expect(read('Hội nghị diễn ra tại phòng C05, tầng 3 trụ sở.')).toEqual([]);
    expect(read('Camera an ninh ghi lại chiếc xe Honda C05.')).toEqual([]);
    // A list is the police's only after a code placed as theirs: planes' models stay models.
    expect(read('Hãng khai thác các máy bay Airbus A330, A350 và A321.')).toEqual([]);
    // Nor after "phòng" alone, which numbers rooms as often as it names an office.
    expect(read('Dự án có các hạng mục gồm phòng C01, C02, C03 và hội trường lớn.').map(([short]) => short)).not.toContain('C02');
  });
});

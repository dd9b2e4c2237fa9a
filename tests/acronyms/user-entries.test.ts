import { describe, expect, it } from 'vitest';
import { findAcronyms, userEntriesOn } from '../../lib/acronyms';

const user = [
  { short: 'CP', long: 'Chính phủ' },
  { short: 'cp', long: 'cổ phiếu', site: 'cafef.vn' },
  { short: 'CP', long: 'cổ phần', site: 'vneconomy.vn' },
];

describe('the reader’s entries on a site', () => {
  it('takes the one kept for the site, wherever it stands in the list, else the one for every site', () => {
    expect(userEntriesOn(user, 'cafef.vn').get('CP')?.long).toBe('cổ phiếu');
    expect(userEntriesOn([...user].reverse(), 'cafef.vn').get('CP')?.long).toBe('cổ phiếu');
    expect(userEntriesOn(user, 'vnexpress.net').get('CP')?.long).toBe('Chính phủ');
    expect(userEntriesOn(user).get('CP')?.long).toBe('Chính phủ');
    // Only entries for other sites: none here.
    expect(userEntriesOn(user.slice(1), 'vnexpress.net').has('CP')).toBe(false);
  });

  it('expands an article’s acronyms with them', () => {
    const text = 'Giá CP tăng mạnh trong phiên sáng.';
    expect(findAcronyms(text, { user, site: 'cafef.vn' })[0]).toMatchObject({ short: 'CP', long: 'cổ phiếu', source: 'user' });
    expect(findAcronyms(text, { user, site: 'tuoitre.vn' })[0]).toMatchObject({ short: 'CP', long: 'Chính phủ', source: 'user' });
  });

  it('finds a mixed-case form’s entry in capitals too, the one kept closer to the page first', () => {
    const firm = [{ short: 'Cty', long: 'Công ty' }, { short: 'CTY', long: 'công ty (cách viết của báo)', site: 'cafef.vn' }];
    expect(findAcronyms('Cty Hoà Phát báo lãi.', { user: firm, site: 'cafef.vn' })[0]?.long).toBe('công ty (cách viết của báo)');
    expect(findAcronyms('Cty Hoà Phát báo lãi.', { user: firm, site: 'vnexpress.net' })[0]?.long).toBe('Công ty');
  });
});

describe('the reader’s corrections kept for one article', () => {
  const page = 'https://baobinhduong.vn/bai-tptm.html';
  const text = 'Xây dựng thành phố thông minh (TPTM) là mục tiêu của tỉnh. Đề án TPTM được phê duyệt.';
  const corrected = [
    { short: 'TPTM', long: 'Thành phố thông minh Bình Dương', page },
    { short: 'TPTM', long: 'thương mại tự do', site: 'baobinhduong.vn' },
  ];

  it('come before the site’s and every site’s entries, on that article only', () => {
    expect(userEntriesOn(corrected, 'baobinhduong.vn', page).get('TPTM')?.long).toBe('Thành phố thông minh Bình Dương');
    expect(userEntriesOn([...corrected].reverse(), 'baobinhduong.vn', page).get('TPTM')?.long).toBe('Thành phố thông minh Bình Dương');
    expect(userEntriesOn(corrected, 'baobinhduong.vn', 'https://baobinhduong.vn/bai-khac.html').get('TPTM')?.long).toBe('thương mại tự do');
    expect(userEntriesOn(corrected.slice(0, 1), 'baobinhduong.vn').has('TPTM')).toBe(false);
  });

  it('mark a definition read from the sentence alone as guessed, and not once the reader corrected it', () => {
    const named = 'Hàn Quốc triển khai lá chắn phòng thủ tên lửa mới (KAMD) quanh thủ đô.';
    expect(findAcronyms(named)[0]).toMatchObject({ short: 'KAMD', source: 'text', guessed: true });
    // Spelled by its letters, given in brackets after it, or a firm's registered name: confirmed.
    expect(findAcronyms(text)[0]?.guessed).toBeUndefined();
    expect(findAcronyms('Theo JSPS (Hiệp hội Xúc tiến Khoa học Nhật Bản), quỹ tăng.')[0]).toMatchObject({ definedInText: true });
    expect(findAcronyms('Theo JSPS (Hiệp hội Xúc tiến Khoa học Nhật Bản), quỹ tăng.')[0]?.guessed).toBeUndefined();
    expect(findAcronyms('Lãnh đạo Tập đoàn Điện lực Việt Nam - EVN, cho biết.')[0]).toMatchObject({ definedInText: true });
    expect(findAcronyms('Lãnh đạo Tập đoàn Điện lực Việt Nam - EVN, cho biết.')[0]?.guessed).toBeUndefined();
    const fixed = findAcronyms(named, { user: [{ short: 'KAMD', long: 'Phòng thủ tên lửa và không quân Hàn Quốc', page }], page })[0];
    expect(fixed).toMatchObject({ source: 'user', long: 'Phòng thủ tên lửa và không quân Hàn Quốc' });
    expect(fixed?.guessed).toBeUndefined();
  });

  it('outrank the article’s own definition there, which still says where it stands', () => {
    const [read] = findAcronyms(text, {});
    expect(read).toMatchObject({ long: 'thành phố thông minh', source: 'text', definedInText: true });
    const [fixed] = findAcronyms(text, { user: corrected, site: 'baobinhduong.vn', page });
    expect(fixed).toMatchObject({ long: 'Thành phố thông minh Bình Dương', source: 'user', definedInText: true, definition: read?.definition, count: 2 });
    // A site's entry does not outrank what the article says, nor does a correction kept for another article.
    expect(findAcronyms(text, { user: corrected, site: 'baobinhduong.vn' })[0]).toMatchObject({ long: 'thành phố thông minh', source: 'text' });
    expect(findAcronyms(text, { user: corrected, site: 'baobinhduong.vn', page: `${page}?p=2` })[0]).toMatchObject({ source: 'text' });
  });

  it('hold for a firm’s acronym and its title case alike, from whichever row the reader corrected', () => {
    const firm = 'Công ty Điện lực Tokyo (TEPCO) cho biết. Đại diện Tepco nói rằng Tepco sẽ bồi thường.';
    const site = 'vnexpress.net';
    const at = 'https://vnexpress.net/tepco.html';
    for (const short of ['Tepco', 'TEPCO']) {
      const found = findAcronyms(firm, { user: [{ short, long: 'Công ty Điện lực Tokyo (Tokyo Electric Power Company)', page: at }], site, page: at });
      expect(found.map((a) => [a.short, a.long, a.source])).toEqual([
        ['TEPCO', 'Công ty Điện lực Tokyo (Tokyo Electric Power Company)', 'user'],
        ['Tepco', 'Công ty Điện lực Tokyo (Tokyo Electric Power Company)', 'user'],
      ]);
    }
    // Undefined in the text, the twins still read as one: the reader's entry for the title case.
    const both2 = findAcronyms('TEPCO cho biết. Tepco cho biết nước thải an toàn.', { user: [{ short: 'Tepco', long: 'Điện lực Tokyo' }] });
    expect(both2.map((a) => [a.short, a.long, a.source])).toEqual([['TEPCO', 'Điện lực Tokyo', 'user'], ['Tepco', 'Điện lực Tokyo', 'user']]);
    // The correction kept for the article beats an entry for every site on the twin's own key.
    const both = [{ short: 'TEPCO', long: 'Tokyo Electric Power Company' }, { short: 'Tepco', long: 'Điện lực Tokyo', page: at }];
    expect(findAcronyms(firm, { user: both, site, page: at }).map((a) => a.long)).toEqual(['Điện lực Tokyo', 'Điện lực Tokyo']);
  });
});

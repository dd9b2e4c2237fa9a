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
});

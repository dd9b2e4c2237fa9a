import { describe, expect, it } from 'vitest';
import { parseUserGlossaryCsv, userGlossaryToCsv, type UserGlossaryEntry } from '../../lib/acronyms';
import { decodeUserGlossaryFile } from '../../lib/acronyms/user-csv';

const entries: UserGlossaryEntry[] = [
  { short: 'ĐMST', long: 'đổi mới sáng tạo' },
  { short: 'KCN', long: 'khu công nghiệp, khu chế xuất', note: 'Bình Dương, "thủ phủ" KCN' },
  { short: 'ICF', long: 'Intelligent Community Forum', note: 'dòng 1\ndòng 2' },
];

describe('user glossary CSV', () => {
  it('round-trips Vietnamese text, commas, quotes and newlines', () => {
    const csv = userGlossaryToCsv(entries);
    expect(csv.split('\n')[0]).toBe('\uFEFFshort,long,note,site');
    expect(parseUserGlossaryCsv(csv)).toEqual({ ok: true, entries });
  });

  it('writes a meaning a spreadsheet would run as a formula after an apostrophe, and reads it back as it was', () => {
    const risky: UserGlossaryEntry[] = [
      { short: 'HL', long: '=HYPERLINK("http://example.com","bấm vào")', note: '+84 là mã Việt Nam' },
      { short: 'ĐT', long: '-đội tuyển', note: '@sotay\tghi chú' },
      { short: 'VN', long: "'Việt Nam'" },
      // An apostrophe the reader wrote before what a spreadsheet would run, or before another.
      { short: 'AB', long: "'=x là công thức", note: "'+84 viết có nháy" },
      { short: 'CD', long: "'-' là dấu trừ", note: "''" },
    ];
    const csv = userGlossaryToCsv(risky);
    const cells = csv.split('\n').slice(1).join('\n');
    expect(cells).toContain(`"'=HYPERLINK(""http://example.com"",""bấm vào"")"`);
    expect(cells).toContain("'+84 là mã Việt Nam");
    expect(cells).toContain("'-đội tuyển");
    expect(cells).not.toMatch(/(^|,)[=+\-@]/m);
    expect(parseUserGlossaryCsv(csv)).toEqual({ ok: true, entries: risky });
  });

  it('keeps the site an entry is kept for, and refuses one that is no host name', () => {
    const kept = [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }, { short: 'CP', long: 'Chính phủ' }];
    expect(parseUserGlossaryCsv(userGlossaryToCsv(kept))).toEqual({ ok: true, entries: kept });
    expect(parseUserGlossaryCsv('short,long,note,site\nCP,cổ phiếu,,CafeF.vn\n')).toEqual({ ok: true, entries: [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }] });
    expect(parseUserGlossaryCsv('short,long,note,site\nCP,cổ phiếu,,cafef.vn/tin\n')).toMatchObject({ ok: false, line: 2, code: 'bad-site', site: 'cafef.vn/tin' });
    // Columns are found by their names, in any order.
    expect(parseUserGlossaryCsv('short,long,site\nCP,cổ phiếu,cafef.vn\n')).toEqual({ ok: true, entries: [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }] });
    // A site as the address bar shows it, or one of its hosts, is the site Sổ Tay keeps entries for.
    for (const written of ['www.cafef.vn', 'https://cafef.vn', 'https://cafef.vn/', 'cafef.vn/', 'm.cafef.vn']) {
      expect(parseUserGlossaryCsv(`short,long,site\nCP,cổ phiếu,${written}\n`)).toEqual({ ok: true, entries: [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }] });
    }
  });

  it('keeps the article an entry is kept for, as a clean address; refuses a page that is no web address, or a site and a page', () => {
    const kept = [{ short: 'TPTM', long: 'Thành phố thông minh', page: 'https://baobinhduong.vn/bai-1.html' }, { short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }];
    expect(userGlossaryToCsv(kept).split('\n')[0]).toBe('\uFEFFshort,long,note,site,page');
    expect(parseUserGlossaryCsv(userGlossaryToCsv(kept))).toEqual({ ok: true, entries: kept });
    // A file from the previous version, without the page column, still reads.
    expect(parseUserGlossaryCsv('short,long,note,site\nCP,cổ phiếu,,cafef.vn\n')).toEqual({ ok: true, entries: [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }] });
    // Typed by hand: the tracking parameters and the fragment go, as they do from the address bar.
    expect(parseUserGlossaryCsv('short,long,note,site,page\nTPTM,Thành phố thông minh,,,https://BaoBinhDuong.vn/bai-1.html?utm_source=zalo#top\n')).toEqual({
      ok: true,
      entries: [{ short: 'TPTM', long: 'Thành phố thông minh', page: 'https://baobinhduong.vn/bai-1.html' }],
    });
    expect(parseUserGlossaryCsv('short,long,note,site,page\nTPTM,Thành phố thông minh,,,ftp://baobinhduong.vn/a\n')).toMatchObject({ ok: false, line: 2, code: 'bad-page', page: 'ftp://baobinhduong.vn/a' });
    expect(parseUserGlossaryCsv('short,long,note,site,page\nTPTM,x,,baobinhduong.vn,https://baobinhduong.vn/a\n')).toMatchObject({ ok: false, line: 2, code: 'site-and-page' });
  });

  it('accepts a BOM, CRLF, NFD text and a file without the note column', () => {
    const csv = '\uFEFFshort,long\r\nUBND,Ủy ban nhân dân\r\n'.normalize('NFD');
    expect(parseUserGlossaryCsv(csv)).toEqual({ ok: true, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] });
  });

  it('refuses a malformed file, naming the line, and imports nothing', () => {
    expect(parseUserGlossaryCsv('short,long,note\nA1,được\nB2,"mở ngoặc\n')).toMatchObject({ ok: false, line: 3, code: 'unclosed-quote' });
    expect(parseUserGlossaryCsv('short,long,note\nUBND,Ủy ban nhân dân\nKCN,khu công nghiệp,,x\n')).toEqual({
      ok: false,
      line: 3,
      message: 'expected 3 fields, found 4',
      code: 'field-count',
      expected: 3,
      found: 4,
    });
    expect(parseUserGlossaryCsv('short,long,note\nUBND,Ủy ban nhân dân\nKCN\n')).toMatchObject({ ok: false, line: 3, code: 'empty-long', short: 'KCN' });
    // Line numbers count the newline inside a quoted note.
    expect(parseUserGlossaryCsv('short,long,note\nA,B,"x\ny"\nKCN,\n')).toEqual({
      ok: false,
      line: 4,
      message: 'no expansion for KCN',
      code: 'empty-long',
      short: 'KCN',
    });
    expect(parseUserGlossaryCsv('short,long\n"a\nb",x\n')).toMatchObject({ ok: false, line: 2, code: 'not-acronym', short: 'a\nb' });
    // A quote inside a meaning is a letter, not the start of a quoted field: the lines after it count.
    expect(parseUserGlossaryCsv('short,long,note\nKCN,khu "công nghiệp\nA,B,"x\ny"\nĐMST,\n')).toMatchObject({ ok: false, line: 5, code: 'empty-long', short: 'ĐMST' });
    expect(parseUserGlossaryCsv('short,long,note\nKCN,khu "công nghiệp\nA,B,"x\ny"\n\nĐMST,"đổi mới"x\n')).toMatchObject({ ok: false, line: 6, code: 'stray-quote' });
    // A quote left open is named on the line it opens.
    expect(parseUserGlossaryCsv('short,long,note\nA,B,"x\ny"\nC,"mở ngoặc\nD,E\n')).toMatchObject({ ok: false, line: 4, code: 'unclosed-quote' });
    // A header that names columns, but not both the acronym's and the meaning's, or one twice.
    expect(parseUserGlossaryCsv('short,note\nA,B\n')).toMatchObject({ ok: false, line: 1, code: 'bad-header' });
    expect(parseUserGlossaryCsv('short,long,nghĩa\nA,B,C\n')).toMatchObject({ ok: false, line: 1, code: 'bad-header' });
    // A first line in lower case that names nothing is a header mistyped, not an entry.
    expect(parseUserGlossaryCsv('shrt,lng\nA,B\n')).toMatchObject({ ok: false, line: 1, code: 'bad-header' });
    // Past what the form and the store take, with the line and the column.
    expect(parseUserGlossaryCsv(`short,long\nA,B\n${'X'.repeat(41)},x\n`)).toMatchObject({ ok: false, line: 3, code: 'too-long', field: 'short', limit: 40 });
    expect(parseUserGlossaryCsv(`short,long,note\nA,${'x'.repeat(1001)}\n`)).toMatchObject({ ok: false, line: 2, code: 'too-long', field: 'long', limit: 1000 });
    expect(parseUserGlossaryCsv(`short,long,note\nA,B,${'x'.repeat(5001)}\n`)).toMatchObject({ ok: false, line: 2, code: 'too-long', field: 'note', limit: 5000 });
    expect(parseUserGlossaryCsv(`short,long,note,site,page\nA,B,,,https://vnexpress.net/${'a'.repeat(2030)}.html\n`)).toMatchObject({ ok: false, line: 2, code: 'too-long', field: 'page', limit: 2048 });
    expect(parseUserGlossaryCsv(`short,long,note\n${'X'.repeat(40)},${'x'.repeat(1000)},${'x'.repeat(5000)}\n`)).toMatchObject({ ok: true });
  });

  it('gives each refusal a code and its particulars, with the English message for the logs', () => {
    expect(parseUserGlossaryCsv('short,long\n ,x\n')).toEqual({ ok: false, line: 2, message: 'the short form is empty', code: 'empty-short' });
    expect(parseUserGlossaryCsv('short,long\nA,"B"x\n')).toMatchObject({ ok: false, line: 2, code: 'stray-quote' });
    expect(parseUserGlossaryCsv('short,long\nA,B,C\n')).toMatchObject({ ok: false, line: 2, code: 'field-count', expected: 2, found: 3 });
    expect(parseUserGlossaryCsv('short,long\nA  B,x\n')).toEqual({
      ok: false,
      line: 2,
      message: '"A  B" is not an acronym',
      code: 'not-acronym',
      short: 'A  B',
    });
  });
});

describe('a glossary file as the reader picked it', () => {
  const csv = 'short,long\nUBND,Ủy ban nhân dân tỉnh\n';
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
    }
    return bytes;
  };

  it('reads UTF-8, with or without its byte-order mark, and UTF-16 where its mark says so', () => {
    const utf8 = new TextEncoder().encode(csv);
    for (const bytes of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), utf16(csv, false), utf16(csv, true)]) {
      const decoded = decodeUserGlossaryFile(bytes);
      expect(decoded.ok && parseUserGlossaryCsv(decoded.text)).toMatchObject({ ok: true, entries: [{ short: 'UBND', long: 'Ủy ban nhân dân tỉnh' }] });
    }
  });

  it('refuses a file in a Windows code page, with the line of its first undecodable byte', () => {
    // "Ủy ban nhân dân tỉnh" in Windows-1258, as Excel's "CSV (Comma delimited)" writes it there.
    const cp1258 = new Uint8Array([...new TextEncoder().encode('short,long\nUBND,'), 0x55, 0xd2, 0x79, 0x20, 0x62, 0x61, 0x6e, 0x20, 0x6e, 0x68, 0xe2, 0x6e, 0x0a]);
    expect(decodeUserGlossaryFile(cp1258)).toMatchObject({ ok: false, line: 2, code: 'not-utf8' });
    // Lines as any spreadsheet ends them, and a replacement character the file itself holds is no bad byte.
    const later = new Uint8Array([...new TextEncoder().encode('short,long\rA,\uFFFD\r\nB,b\rC,'), 0xd2, 0x0d]);
    expect(decodeUserGlossaryFile(later)).toMatchObject({ ok: false, line: 4, code: 'not-utf8' });
  });

  it('refuses UTF-16 that is cut or holds a lone surrogate, rather than store replacement characters', () => {
    const cut = utf16(csv, false).subarray(0, 11);
    expect(decodeUserGlossaryFile(cut)).toMatchObject({ ok: false, code: 'not-utf8' });
    const lone = utf16('short,long\nA,\uD800\n', true);
    expect(decodeUserGlossaryFile(lone)).toMatchObject({ ok: false, line: 2, code: 'not-utf8' });
  });

  // As spreadsheets write it (found by a QA round of 61 files built as Excel, LibreOffice, Google
  // Sheets and Numbers save them): Excel with Vietnamese regional settings parts columns by
  // semicolons and cannot be told to use commas.
  const UBND = { short: 'UBND', long: 'Ủy ban nhân dân' };
  const KCN = { short: 'KCN', long: 'khu công nghiệp' };
  it('reads the semicolons or tabs the first line parts its columns by, quoted or not', () => {
    expect(parseUserGlossaryCsv('short;long;note\r\nUBND;Ủy ban nhân dân;\r\nKCN;"khu công nghiệp; khu chế xuất";\r\n')).toEqual({ ok: true, entries: [UBND, { short: 'KCN', long: 'khu công nghiệp; khu chế xuất' }] });
    expect(parseUserGlossaryCsv('"short";"long"\n"UBND";"Ủy ban nhân dân"\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('short\tlong\r\nUBND\tỦy ban nhân dân\r\n')).toEqual({ ok: true, entries: [UBND] });
    // A comma in the header decides: the meaning's semicolons are its own.
    expect(parseUserGlossaryCsv('short,long\nKCN,khu công nghiệp; khu chế xuất\n')).toEqual({ ok: true, entries: [{ short: 'KCN', long: 'khu công nghiệp; khu chế xuất' }] });
    // Without a header, whichever separator comes first: the meaning may hold the others.
    expect(parseUserGlossaryCsv('KCN;khu công nghiệp, khu chế xuất\nUBND;Ủy ban nhân dân\n')).toEqual({ ok: true, entries: [{ short: 'KCN', long: 'khu công nghiệp, khu chế xuất' }, UBND] });
    expect(parseUserGlossaryCsv('KCN\tkhu công nghiệp, khu chế xuất\n')).toEqual({ ok: true, entries: [{ short: 'KCN', long: 'khu công nghiệp, khu chế xuất' }] });
    // Excel's own line naming the separator.
    expect(parseUserGlossaryCsv('sep=;\nshort;long\nUBND;Ủy ban nhân dân\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('sep=;\nshort;long\n;x\n')).toMatchObject({ ok: false, line: 3, code: 'empty-short' });
    expect(parseUserGlossaryCsv('sep=;')).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('reads a header in Vietnamese, or none, and leaves columns it does not keep', () => {
    expect(parseUserGlossaryCsv('Viết tắt,Nghĩa,Ghi chú\nUBND,Ủy ban nhân dân,\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('Nghĩa đầy đủ;Từ viết tắt\nỦy ban nhân dân;UBND\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('UBND,Ủy ban nhân dân\nKCN,khu công nghiệp,ghi chú\n')).toEqual({ ok: true, entries: [UBND, { ...KCN, note: 'ghi chú' }] });
    // Excel's empty column, and a column of the reader's own.
    expect(parseUserGlossaryCsv('short,long,note,\nUBND,Ủy ban nhân dân,,\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('short,category,long\nUBND,hành chính,Ủy ban nhân dân\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('short,long,category\nUBND,Ủy ban nhân dân,hành chính\n')).toEqual({ ok: true, entries: [UBND] });
    // The headers spreadsheets of terms have: a row number, "Thuật ngữ" and "Giải thích", "Term" and "Definition".
    expect(parseUserGlossaryCsv('STT,Thuật ngữ,Giải thích\n1,UBND,Ủy ban nhân dân\n')).toEqual({ ok: true, entries: [UBND] });
    expect(parseUserGlossaryCsv('Term,Definition\nUBND,Ủy ban nhân dân\n')).toEqual({ ok: true, entries: [UBND] });
    // Without a header, any acronym with a capital opens the file, short forms like words and names too.
    expect(parseUserGlossaryCsv('Cty,Công ty\nSEA Games,Đại hội Thể thao Đông Nam Á\n')).toEqual({ ok: true, entries: [{ short: 'Cty', long: 'Công ty' }, { short: 'SEA Games', long: 'Đại hội Thể thao Đông Nam Á' }] });
    // Blank rows before the header; an acronym must hold a letter, and no tab.
    expect(parseUserGlossaryCsv('\n,,\nshort,long\nUBND,Ủy ban nhân dân\n,x\n')).toMatchObject({ ok: false, line: 5, code: 'empty-short' });
    expect(parseUserGlossaryCsv('short,long\n1,x\n')).toMatchObject({ ok: false, line: 2, code: 'not-acronym' });
    expect(parseUserGlossaryCsv('"short","long"\n"UB\tND",x\n')).toMatchObject({ ok: false, line: 2, code: 'not-acronym' });
    expect(parseUserGlossaryCsv('TP.HCM,Thành phố Hồ Chí Minh\nG20,Nhóm 20\n')).toEqual({ ok: true, entries: [{ short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh' }, { short: 'G20', long: 'Nhóm 20' }] });
  });

  it('passes over the blank rows a sheet leaves, and one line end a file mixes in', () => {
    expect(parseUserGlossaryCsv('short,long,note\r\nUBND,Ủy ban nhân dân,\r\n,,\r\n\r\nKCN,khu công nghiệp,\r\n,,\r\n,,\r\n')).toEqual({ ok: true, entries: [UBND, KCN] });
    expect(parseUserGlossaryCsv('short,long\r\nKCN,khu công nghiệp\nUBND,Ủy ban nhân dân\r\n')).toEqual({ ok: true, entries: [KCN, UBND] });
    // Old Mac files end lines with CR alone; the lines are still counted.
    expect(parseUserGlossaryCsv('short,long\rUBND,Ủy ban nhân dân\rKCN,\r')).toMatchObject({ ok: false, line: 3, code: 'empty-long' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary, type GlossaryData } from '../../lib/acronyms';
import { findAcronyms } from '../../lib/acronyms';
import { answeredInArticle, answersMore, lookupAcronym, selectionTooLong } from '../../lib/acronyms/lookup';

const glossary = loadGlossary(
  JSON.parse(readFileSync(new URL('../../public/glossary/glossary.json', import.meta.url), 'utf8')) as GlossaryData,
);

describe('lookupAcronym', () => {
  it('finds a selected acronym in the built-in glossary, trimming punctuation around it', () => {
    expect(lookupAcronym(' “UBND”, ', { glossary })).toMatchObject({ short: 'UBND', source: 'glossary' });
    expect(lookupAcronym('UBND', { glossary })?.long?.toLowerCase()).toBe('ủy ban nhân dân');
  });

  it('prefers the reader’s own expansion', () => {
    const user = [{ short: 'ubnd', long: 'Ủy ban nhân dân (tỉnh)' }];
    expect(lookupAcronym('UBND', { glossary, user })).toMatchObject({ long: 'Ủy ban nhân dân (tỉnh)', source: 'user' });
  });

  it('takes the reader’s entry kept for the page’s site before one for every site', () => {
    const user = [{ short: 'CP', long: 'cổ phiếu', site: 'cafef.vn' }, { short: 'CP', long: 'Chính phủ' }];
    expect(lookupAcronym('CP', { glossary, user, site: 'cafef.vn' })).toMatchObject({ long: 'cổ phiếu', source: 'user' });
    expect(lookupAcronym('CP', { glossary, user, site: 'vnexpress.net' })).toMatchObject({ long: 'Chính phủ', source: 'user' });
    // Kept for another site only, it leaves the built-in glossary to answer.
    expect(lookupAcronym('CP', { glossary, user: user.slice(0, 1), site: 'vnexpress.net' })?.source).toBe('glossary');
  });

  it('takes a selection the glossaries know whole before the acronyms inside it', () => {
    expect(lookupAcronym('TT-Huế', { glossary })?.long).toBe('Thừa Thiên Huế');
    expect(lookupAcronym('PV Oil', { glossary })?.long).toMatch(/Dầu Việt Nam/);
    expect(lookupAcronym('UBND TP.HCM', { glossary })?.long).toMatch(/Hồ Chí Minh/);
    const user = [{ short: 'SEA Games', long: 'Đại hội Thể thao Đông Nam Á' }];
    expect(lookupAcronym('SEA Games', { glossary, user })).toMatchObject({ long: 'Đại hội Thể thao Đông Nam Á', source: 'user' });
  });

  it('reads the sense of an acronym inside a selection from the words selected with it', () => {
    expect(lookupAcronym('thuế TTĐB', { glossary })?.long).toBe('tiêu thụ đặc biệt');
    expect(lookupAcronym('ĐT Việt Nam', { glossary })?.long).toBe('đội tuyển');
  });

  it('finds the one acronym a selection holds among other words, and none in plain words', () => {
    expect(lookupAcronym('Theo NHNN,', { glossary })).toMatchObject({ short: 'NHNN', source: 'glossary' });
    expect(lookupAcronym('Quỹ Tiền tệ Quốc tế (IMF)', { glossary })).toMatchObject({ short: 'IMF', source: 'glossary' });
    expect(lookupAcronym('theo Nghị định 15/2018/NĐ-CP', { glossary })?.short).toBe('NĐ-CP');
    // Plain words, and two acronyms: which would the reader mean?
    expect(lookupAcronym('Ngân hàng', { glossary })).toBeNull();
    expect(lookupAcronym('đề nghị', { glossary })).toBeNull();
    expect(lookupAcronym('hàng', { glossary })).toBeNull();
    expect(lookupAcronym('Hàng', { glossary })).toBeNull();
    // Plain words the glossary has in capitals: "ca" is no CA, "Nga" (Russia) no NGA.
    for (const word of ['ca', 'tư', 'ai', 'sai', 'Nga', 'Lan']) expect(lookupAcronym(word, { glossary })).toBeNull();
    expect(lookupAcronym('CA', { glossary })?.long).toBe('Công an');
    // Words run together are no key: "ĐH Y" is a university of medicine's ĐH, not ĐHY.
    expect(lookupAcronym('ĐH Y', { glossary })?.short).toBe('ĐH');
    expect(lookupAcronym('DN tư', { glossary })?.short).toBe('DN');
    expect(lookupAcronym('ASEAN - Nga', { glossary })?.short).toBe('ASEAN');
    // Capitals inside a word make it a short form ("MoU"), and the reader's own entry is found
    // whatever its words.
    expect(lookupAcronym('MoU', { glossary })?.long).toBe('Memorandum of Understanding');
    const user = [{ short: 'ĐH Bách khoa', long: 'Đại học Bách khoa Hà Nội' }, { short: 'Lan', long: 'Hà Lan' }];
    expect(lookupAcronym('ĐH Bách khoa', { glossary, user })).toMatchObject({ long: 'Đại học Bách khoa Hà Nội', source: 'user' });
    expect(lookupAcronym('Lan', { glossary, user })).toMatchObject({ long: 'Hà Lan', source: 'user' });
    expect(lookupAcronym('NHNN và UBND', { glossary })).toBeNull();
    // One word the detector does not take is still asked about as the reader wrote it.
    expect(lookupAcronym('ubnd', { glossary })?.short).toBe('UBND');
    expect(lookupAcronym('qzxk.', { glossary })).toEqual({ short: 'qzxk', long: null, source: null, senses: [] });
  });

  it('says when it knows nothing, and refuses a whole paragraph', () => {
    expect(lookupAcronym('QXZW', { glossary })).toEqual({ short: 'QXZW', long: null, source: null, senses: [] });
    expect(lookupAcronym('một đoạn văn rất dài không phải là từ viết tắt nào cả', { glossary })).toBeNull();
  });

  it('finds the one acronym of a whole paragraph, and tells a selection too long to read from one that holds none', () => {
    const sentence = 'Theo kế hoạch được công bố hôm qua, người dân trong vùng sẽ được hỗ trợ chuyển đổi nghề nghiệp. ';
    const paragraph = `${sentence.repeat(4)}Ủy ban đã họp với UBND tỉnh về việc này. ${sentence}`;
    expect(paragraph.length).toBeGreaterThan(500);
    expect(lookupAcronym(paragraph, { glossary })?.long).toBe('Ủy ban nhân dân');
    expect(selectionTooLong(paragraph)).toBe(false);
    const chapter = `${paragraph.repeat(5)}`;
    expect(lookupAcronym(chapter, { glossary })).toBeNull();
    expect(selectionTooLong(chapter)).toBe(true);
    // Measured as it is read, in NFC: a decomposed paragraph is no longer than its composed self.
    const decomposed = `${sentence.repeat(18)}`.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(2000);
    expect(selectionTooLong(decomposed)).toBe(false);
  });
});

describe('answeredInArticle', () => {
  const text = 'Thành phố thông minh (TPTM) là mục tiêu; TP.HCM và UBND tỉnh cùng làm TPTM.';
  it('finds the article\'s own definition of a selected acronym, whatever its spacing and quotes', () => {
    const acronyms = findAcronyms(text, { glossary });
    expect(answeredInArticle(acronyms, ' “TPTM”, ')).toMatchObject({ short: 'TPTM', long: 'Thành phố thông minh' });
    // The page's reading of one the glossary explains, and the one acronym a longer selection holds.
    expect(answeredInArticle(acronyms, 'UBND')).toMatchObject({ short: 'UBND', source: 'glossary' });
    expect(answeredInArticle(acronyms, 'Thành phố thông minh (TPTM) là mục tiêu')).toMatchObject({ short: 'TPTM' });
    // The whole selection first: "TP.HCM", not an "HCM" inside it.
    expect(answeredInArticle(acronyms, 'TP.HCM')).toMatchObject({ short: 'TP.HCM' });
    // Unknown to the page: nothing to answer with.
    expect(answeredInArticle(acronyms, 'QZXW')).toBeNull();
  });

  it('gives the sense the page read from the whole article, not the glossary\'s usual one', () => {
    const news = 'TT Putin nói với báo giới rằng TT sẽ thăm Việt Nam. Điện Kremlin xác nhận chuyến đi của TT Nga.';
    const acronyms = findAcronyms(news, { glossary });
    expect(answeredInArticle(acronyms, 'TT')?.long).toBe('Tổng thống');
    expect(lookupAcronym('TT', { glossary })?.long).not.toBe('Tổng thống');
  });

  it('finds the reader\'s own word kept for the article, which only the page knows', () => {
    const page = 'https://baobinhduong.vn/a.html';
    const user = [{ short: 'UBND', long: 'Ủy ban nhân dân tỉnh Bình Dương', page }, { short: 'TPTM', long: 'Thành phố thông minh Bình Dương', page }];
    const acronyms = findAcronyms(text, { glossary, user, page });
    expect(answeredInArticle(acronyms, 'UBND')).toMatchObject({ long: 'Ủy ban nhân dân tỉnh Bình Dương', source: 'user' });
    expect(answeredInArticle(acronyms, 'TPTM')).toMatchObject({ long: 'Thành phố thông minh Bình Dương', source: 'user' });
  });
});

describe('answersMore', () => {
  it('prefers the glossaries only for a whole selection that holds the page\'s acronym, not another casing of it', () => {
    const pv = findAcronyms('Đại diện PV Oil cũng tham dự.', { glossary }).find((a) => a.short === 'PV')!;
    expect(answersMore(lookupAcronym('PV Oil', { glossary }), pv)).toBe(true);
    const pos = findAcronyms('Cơ chế bằng chứng cổ phần (PoS) tiết kiệm điện.', { glossary }).find((a) => a.short === 'PoS')!;
    expect(pos.source).toBe('text');
    expect(answersMore(lookupAcronym('PoS', { glossary }), pos)).toBe(false);
    expect(answersMore(null, pos)).toBe(false);
  });
});

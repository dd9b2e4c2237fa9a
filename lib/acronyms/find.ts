/**
 * findAcronyms: detection, then expansion from three sources in order of trust: the article's own
 * definition, the user's glossary, the built-in glossary (sense picked from the words around it).
 */
import { atDateline } from './dateline';
import { nfc } from '../text/normalize';
import { amongForeignNames, amongTickers } from './among-names';
import { likelyTypos } from './likely-typos';
import { policeCodes } from './police-codes';
import { sessionForms, sessionHit } from './session-forms';
import { articleSpelling } from './article-spelling';
import { FIRM_BEFORE, beforeBank, beforeBrandWord, beforeTradeInitials, brandAfterFirmWord, isBrandWord } from './brand-names';
import { fourLettersAsWord, readsAsBrandName, vowelsIn } from './word-like';
import { nearbyReadings } from './nearby-readings';
import { creditWord } from './credit-words';
import { articleWords, spelledElsewhere } from './spelled-elsewhere';
import { CREDIT_WORD, SHIP_BEFORE, detectOccurrences, type Occurrence } from './detect';
import { findDefinitions, findUnitCodes, type Definition } from './define';
import { givesLetters } from './define/letters-given';
import { definesNothing } from './define/marks-and-bylines';
import { startsWithFirm } from './define/words';
import { COUNTRIES, PROVINCES_LIKE_NAMES } from './define/lexicon';
import { wordsIn } from './match';
import { beforeRoadNumber } from './roads';
import { beforePlaceName } from './place-units';
import { afterForeignName } from './legal-forms';
import { numberedNames } from './numbered-names';
import { glossaryKey, isPhotoSource, isPressName, isTitleSense, type Glossary, type GlossaryHit, type Placement, type WordsBeside } from './glossary';
import { PLACES, ROLE_HEADS, SURNAMES } from '../quotes/lexicon';
import { isVietnameseSyllable, writtenInVietnamese } from './letters';
import { nfcView } from './nfc-map';
import { senseOfMostUses } from './most-uses';
import { listSiblings, senseOfSiblings } from './list-siblings';
import { offeredSenses } from './sense-cues';
import { withKnownChains } from './spaced-chains';
import { translatesMostOf } from './translated-share';
import type { MarkedAbbreviation } from '../article';
import type { AcronymInfo, UserGlossaryEntry } from './types';
import { syllableKey } from './translations';
import { userEntriesOn } from './user-entries';
import { wholeTokenMatches, wholeTokenOccurrences, wholeTokenUses } from './whole-token';

export interface FindOptions {
  glossary?: Glossary;
  user?: UserGlossaryEntry[];
  /** The page's site (lib/url's `siteOf`): the reader's entries kept for it come first. */
  site?: string | null;
  /** The article's address (lib/url's `cleanUrl`): the reader's corrections kept for it come first
   * of all, before the article's own definitions as Sổ Tay read them. */
  page?: string | null;
  /** What the page's markup says its short forms stand for (`<abbr title>`): the article's own
   * word where its text defines nothing, and a use of the form wherever it stands. */
  marked?: readonly MarkedAbbreviation[];
}

// Characters on each side of an occurrence that count as its context, and how many occurrences to
// read: enough for the topic words of a paragraph, cheap for long articles.
const CONTEXT_CHARS = 160;
const CONTEXT_OCCURRENCES = 6;

/**
 * "Tổng công ty Hàng không Việt Nam (Vietnam Airlines) … Ảnh: VNA": for a reading that is a paper or
 * an agency (as credits and citations choose; the caller checks), the one other sense the article
 * writes out in full, a foreign name of two words or more, each capitalised. Not a Vietnamese name
 * ("Hàn Quốc", "Bộ Công Thương" are written in articles whose HQ, BCT mean customs and the
 * Politburo), nor another paper.
 */
function pressGivesWayToWrittenName(text: string, chosen: string, senses: readonly string[]): string | undefined {
  const named = senses.filter((x) => x !== chosen && !isPressName(x) && !writtenInVietnamese(x) && /^\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*)+$/u.test(x) && wholeTokenUses(text, x).length > 0);
  return named.length === 1 ? named[0] : undefined;
}

function contextOf(text: string, occs: Occurrence[], country: string | null): string {
  return occs
    .slice(0, CONTEXT_OCCURRENCES)
    .map((o) => text.slice(Math.max(0, o.start - CONTEXT_CHARS), o.start) + ' ' + text.slice(o.end, o.end + CONTEXT_CHARS))
    .concat(country ?? [])
    .join(' ');
}

/** The article's title (its first line), where some use stands on its last line ("Anh Ngọc (Theo
 * CNA)"), which names where the whole story comes from. */
function titleForClosingLine(text: string, occs: Occurrence[]): string | undefined {
  const lineEnd = text.indexOf('\n');
  const lastLine = text.trimEnd().lastIndexOf('\n');
  if (lineEnd < 0 || !occs.some((o) => o.start > lastLine)) return undefined;
  return text.slice(0, Math.min(CONTEXT_CHARS, lineEnd));
}

// The word for a paper, a magazine or a site right before a name.
// Not "báo" or "trang" alone, which end "thông báo", "cảnh báo", "thời trang".
const PRESS_BEFORE = /(?:^|[^\p{L}])(?:tạp chí|tờ|tờ báo|trang tin|trang tin tức|trang web)\s$/iu;
// The word for a band or a singer right before a stage name: "ban nhạc Kpop EXO", "ca sĩ PSY".
const PERFORMER_BEFORE = /(?:^|[^\p{L}])(?:nhóm nhạc|ban nhạc|ca sĩ|rapper)(?:\s(?:K-?pop|nam|nữ|rock|thần tượng))?\s$/iu;
// The words of a paper's or an agency's name after its first ("ABC NEWS", "HUFFINGTON POST").
const PRESS_WORDS = new Set(['NEWS', 'POST', 'TIMES', 'TODAY', 'DAILY', 'PRESS', 'IMAGES', 'MEDIA']);

/**
 * Every use names who took a photo, in capitals: a word of six letters or more with two vowels, or
 * of four or five with as many vowels as consonants, or a Vietnamese syllable ("Ảnh: KOMMERSANT",
 * "CNN / YULI YANG", "US NAVY", "P. ANH"; agencies credited by initials are runs of consonants: AFP,
 * TTXVN, WTOP), or a paper's word after another ("ABC NEWS"); or such a word after the word for a
 * paper ("tạp chí TIME") or a firm ("tập đoàn AEON"); or some use is any word after the word for a
 * band or a singer ("ban nhạc EXO"). Unknown, such a word is a name, not an acronym to explain.
 */
function nameInCreditOrPaper(text: string, short: string, occs: Occurrence[]): boolean {
  const vowels = vowelsIn(short);
  // A Vietnamese syllable in capitals is a photographer's name ("Ảnh: P. ANH"); a site's name may
  // hold its dot ("Ảnh: PHYS.ORG").
  // So is a given name's initial before a syllable ("Ảnh: TR.TRUNG").
  const initialled = /^\p{Lu}{1,2}\.(\p{Lu}+)$/u.exec(short)?.[1];
  const worded = /^[\p{Lu}.]+$/u.test(short) && ((short.length >= 6 && vowels >= 2) || (short.length >= 4 && vowels * 2 >= short.length) || isVietnameseSyllable(short) || (initialled !== undefined && isVietnameseSyllable(initialled)));
  // Within the 60 characters before the use: a search for the line's start through a page without
  // line breaks, at every use, grew with the square of the page.
  const lineBefore = (o: Occurrence): string => {
    const near = text.slice(Math.max(0, o.start - 60), o.start);
    return near.slice(near.lastIndexOf('\n') + 1);
  };
  // A stage name, however short, after a band's or a singer's word once ("ban nhạc Kpop EXO … EXO").
  if (occs.some((o) => PERFORMER_BEFORE.test(lineBefore(o)))) return true;
  return occs.every((o) => {
    const line = lineBefore(o);
    const credited = CREDITED.test(line) && (worded || (PRESS_WORDS.has(short) && /\p{Lu}{2,}\s+$/u.test(line)));
    // "tạp chí TIME", "trang tin tức XBER": a paper's or a site's name in capitals after its word;
    // "tập đoàn AEON", a firm's.
    return credited || (worded && (PRESS_BEFORE.test(line) || FIRM_BEFORE.test(line)));
  });
}

/** Every use stands beside such a word in capitals, in the same name: a ship's ("tàu EVER DIADEM",
 * "tàu cá HSIANG FUH 6"), a firm's; not beside a short form the glossary knows ("UNICEF WASH": WASH is
 * a programme). */
function besideNameInCapitals(text: string, occs: Occurrence[], isShortForm: (word: string) => boolean): boolean {
  const word = (m: RegExpExecArray | null): boolean => m !== null && readsAsBrandName(m[1] ?? '') && !isShortForm(m[1] ?? '');
  return occs.every((o) => word(/^ ([A-Z]{5,})(?![\p{L}])/u.exec(text.slice(o.end, o.end + 24))) || word(/(?<![\p{L}])([A-Z]{5,}) $/u.exec(text.slice(Math.max(0, o.start - 24), o.start))));
}

/** Every use opens a ship's name, after the word for a ship and before a foreign word of the name:
 * "tàu thương mại ACX Crystal", "tàu MSC Oscar". Only for letters the glossary does not know: a
 * navy's prefix keeps its reading ("tàu INS Vikramaditya"), so only with a glossary. */
function opensShipsName(text: string, occs: Occurrence[]): boolean {
  return occs.every((o) => {
    const name = /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(o.end, o.end + 30))?.[1];
    return name !== undefined && !isVietnameseSyllable(name) && SHIP_BEFORE.test(text.slice(Math.max(0, o.start - 30), o.start));
  });
}

/** Every use is a website's name before its domain ("trang VZ.ru"): unknown letters name the site,
 * which the article says nothing more of. */
function inDomainName(text: string, occs: Occurrence[]): boolean {
  return occs.every((o) => /^\.(?:com|net|org|info|ru|vn|cn|uk|de|fr|jp|kr|in|io)(?![\p{L}\p{N}])/u.test(text.slice(o.end, o.end + 6)));
}

/** Some use stands alone in brackets after a name, where writers put short forms: "… của Mỹ (DARPA)",
 * '" Đạo luật … khủng bố " (JASTA)'. */
function bracketedAfterName(text: string, occs: Occurrence[]): boolean {
  return occs.some((o) => /[\p{L}\p{N}]\s*["”]?\s*\($/u.test(text.slice(Math.max(0, o.start - 5), o.start)) && text[o.end] === ')');
}

// Countries as an article writes them, capitalised: "Mỹ", "Hàn Quốc" (not "thẩm mỹ"). Not "Anh",
// "Ý" and "Áo", which open sentences and name people as often; not Việt Nam, which every article names.
const COUNTRY_NAMES = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${PLACES.filter((p) => !['anh', 'ý', 'áo', 'việt nam', 'eu', 'asean'].includes(p))
    .map((p) => p.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase()))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/**
 * The foreign country an article is about, when it names one at least three times and more than any
 * other: "đài ABC" far from any "Mỹ" is still in an article on America.
 */
function articleCountry(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(COUNTRY_NAMES)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 3 && (!second || top[1] > second[1]) ? top[0] : null;
}

/**
 * Most uses stand right before a person's name: a Vietnamese surname or a foreign name ("TT Putin",
 * "GS Nguyễn Văn A"), or a country, whose title stands for its holder ("TT Hàn Quốc có thể được đề
 * cử giải Nobel"); not a town or a firm ("TT Huế", "KS Mường Thanh").
 */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:tại|ở|thuộc|về|đến|từ)\s$/iu;

/** `name` (plain Latin letters) follows a given name, "ông", "bà" or a title somewhere in `text`. */
function personNamed(text: string, name: string): boolean {
  return new RegExp(`(?:\\b[A-Z][a-z]+|(?:^|\\s)(?:[Ôô]ng|[Bb]à|[Tt]hống|[Tt]ướng|[Tt]ịch|[Tt]rưởng|[Hh]oàng|[Vv]ương|[Nn]ghị sĩ)) ${name}(?![\\p{L}])`, 'u').test(text);
}

// One or two capitalised words right after a use ("TT Putin", "ĐT Hàn Quốc").
const CAPITALISED_AFTER = /^ (\p{Lu}[\p{Ll}\p{M}]+)(?: (\p{Lu}[\p{Ll}\p{M}]+))?/u;

function beforeNames(text: string, occs: Occurrence[]): Placement['beforeName'] {
  let named = 0;
  let foreign = 0;
  for (const o of occs) {
    // "TS. Đinh Việt Hoà": a title may keep its abbreviation's full stop.
    const after = text.slice(o.end, o.end + 30);
    const next = CAPITALISED_AFTER.exec(after.startsWith('. ') ? after.slice(1) : after);
    const [first, second] = [next?.[1]?.toLowerCase(), next?.[2]?.toLowerCase()];
    const country = first !== undefined && (COUNTRIES.has(first) || (second !== undefined && COUNTRIES.has(`${first} ${second}`)));
    if (second !== undefined && PROVINCES_LIKE_NAMES.has(`${first} ${second}`)) continue;
    // "GS Group", "TS Holdings": a firm's English word alone is no person's name ("GS Marine Picard"
    // is a scholar, "Marine" her given name).
    const outlandish = first !== undefined && !isVietnameseSyllable(next?.[1] ?? '') && !(second === undefined && isBrandWord(next?.[1] ?? ''));
    if (first !== undefined && (SURNAMES.includes(first) || outlandish || country)) named++;
    // A foreign person's name, written in plain Latin letters, that the article gives a person
    // elsewhere: after a given name, "ông", "bà" or a title ("Donald Trump", "ông Trump"). Not the
    // highlands' places ("TT Ea Kar", "TT Kbang") nor a news agency ("Theo TT Sputnik").
    const name = next?.[1] ?? '';
    if (outlandish && /^[A-Za-z]+$/.test(name) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, o.start - 8), o.start)) && personNamed(text, name)) foreign++;
  }
  // Half the uses will do ("TT Trump nói với TT Putin", where only Trump is named elsewhere), one
  // at least: a lookup may ask with no use.
  return foreign > 0 && foreign * 2 >= occs.length ? 'foreign' : named * 2 > occs.length;
}

// The word for a firm right before a use ("Công ty CP …", "tổng công ty CP …"), and that word or a
// legal form ("Công ty TNHH MTV", "doanh nghiệp MTV", "CTCP …").
const AFTER_FIRM_NOUN = /(?:^|[^\p{L}])(?:[Cc]ông ty|[Cc]ty)\s$/u;
// A state firm's legal form holds "Nhà nước": "Công ty TNHH Nhà nước MTV Yến Sào Khánh Hoà".
const IN_FIRM_NAME = /(?:^|[^\p{L}])(?:[Cc]ông ty|[Cc]ty|[Dd]oanh nghiệp|DN|TNHH(?:\s[Nn]hà nước)?|CTCP|CP)\s$/u;
const followsIn = (pattern: RegExp, text: string, o: Occurrence): boolean => pattern.test(text.slice(Math.max(0, o.start - 20), o.start));

/** Most uses follow the word for a firm. */
function afterFirmNoun(text: string, occs: Occurrence[]): boolean {
  return occs.filter((o) => followsIn(AFTER_FIRM_NOUN, text, o)).length * 2 > occs.length;
}

// A firm's noun, then its legal form (and a line of business), then the firm's own name: "Công ty
// TNHH một thành viên DHA", "Công ty cổ phần đầu tư TCP", "CTCP TCP". Not a bare "Công ty IBM" (a
// foreign firm, named by its letters), "công ty tư vấn IT", "các công ty IT" (a field).
const FIRM_FORMS = '(?:TNHH|MTV|CP|cổ phần|trách nhiệm hữu hạn|một thành viên|liên doanh)';
// Common words of a firm's name between its legal form and its own letters: its lines of business
// and its reach ("toàn cầu", "quốc tế").
const FIRM_TRADE_WORDS = `(?:${['đầu tư', 'thương mại', 'dịch vụ', 'xây dựng', 'phát triển', 'sản xuất', 'tư vấn', 'công nghệ', 'du lịch', 'xuất nhập khẩu', 'vận tải', 'bất động sản', 'địa ốc', 'thực phẩm', 'dược phẩm', 'truyền thông', 'vàng bạc đá quý', 'vàng bạc', 'toàn cầu', 'quốc tế'].join('|')})`;
// Any case: "Công ty Cổ phần Dược phẩm OPV" capitalises its form and its line of business.
// Its fields may be joined by "và" ("Công ty Cổ phần thương mại và đầu tư toàn cầu DATC").
const FIRM_NAMED = new RegExp(`(?:^|[^\\p{L}])(?:(?:công ty|cty)(?: ${FIRM_TRADE_WORDS})* ${FIRM_FORMS}(?: (?:và )?(?:${FIRM_FORMS}|${FIRM_TRADE_WORDS}))*|CTCP(?: ${FIRM_TRADE_WORDS})*) $`, 'iu');
// A foreign firm's arm here ("Công ty TNHH IBM Việt Nam"): its letters are the parent's name.
const COUNTRY_AFTER = /^ (?:Việt Nam|VN|Vietnam)(?![\p{L}])/u;

const asFirmName = (text: string, o: Occurrence): boolean => FIRM_NAMED.test(text.slice(Math.max(0, o.start - 70), o.start)) && !COUNTRY_AFTER.test(text.slice(o.end, o.end + 10));

/** Most uses stand as a Vietnamese firm's own name, after its noun and legal form. */
function namedAsFirm(text: string, occs: Occurrence[]): boolean {
  return mostUses(occs, (o) => asFirmName(text, o));
}

// What ends a clause after a firm's name: a verb of what it does, a stop or a closing bracket ("DS đã
// ký", "… DS.", "(giám đốc Công ty … AP)"); a comma, an opening bracket or a lower-case word may go on
// with its trade ("XNK thủy sản An Giang").
const CLAUSE_AFTER_NAME = /^\s*(?:[.;:!?)]|(?:đã|đang|sẽ|vừa|cũng|là|cho biết|được|bị|không)\s)/u;

/** The first use that closes a Vietnamese firm's own name ("Công ty CP Truyền thông DS đã ký …"):
 * there it is the firm's brand, not a line of business written short ("Công ty TNHH TM DV Hoàng
 * Long"). */
function firmNameEnded(text: string, occs: Occurrence[]): Occurrence | undefined {
  // Not a field of several firms: "Các công ty cổ phần NH đang …".
  const several = (o: Occurrence): boolean => /(?:^|[^\p{L}])(?:các|nhiều|những) (?:công ty|cty)(?: \S+){1,4} $/iu.test(text.slice(Math.max(0, o.start - 50), o.start));
  return occs.find((o) => asFirmName(text, o) && CLAUSE_AFTER_NAME.test(text.slice(o.end, o.end + 12)) && !several(o));
}

/** The words of the firm's name `o` closes, from the firm's noun on ("Công ty Cổ phần thương mại và
 * đầu tư toàn cầu"). */
function firmNameBefore(text: string, o: Occurrence): string | undefined {
  const before = text.slice(Math.max(0, o.start - 70), o.start);
  return /(?:công ty|cty|ctcp)(?:\s+\S+)*\s*$/iu.exec(before)?.[0].trim();
}

/** Some use stands in a firm's name. */
function inFirmName(text: string, occs: Occurrence[]): boolean {
  return occs.some((o) => followsIn(IN_FIRM_NAME, text, o));
}

// A credit naming its source, up to a use: "Ảnh: VNA", "(ảnh: TTXVN/VNA)", "Ảnh: CNN / YULI YANG",
// "Ảnh: HUFFINGTON POST", "Ảnh: P. ANH", "Ảnh: IMERISIA - VER", "Ảnh: Tân Hoa Xã/VCG" (a name in
// capitals of each word, then a slash).
// "(ảnh TL)": in a caption's brackets the colon may be left out; so it may after an archive photo's
// word ("Ảnh tư liệu TT"). "Ảnh minh hoạ: TNW", "Ảnh (minh hoạ): GBCGHANA": an illustration's
// credit. Not a screenshot's ("Ảnh chụp màn hình CTV" shows a broadcaster, no contributor).
// A platform before the slash names whose account the photo is from ("Ảnh: Twitter/PTI", a party's),
// no agency.
const PLATFORM = '(?:Twitter|Facebook|YouTube|Youtube|TikTok|Instagram|Fanpage|X)';
const CREDITED = new RegExp(
  `(?:(?:^|[^\\p{L}])${CREDIT_WORD}(?:\\s+minh (?:họa|hoạ)|\\s*\\(\\s*minh (?:họa|hoạ)\\s*\\))?\\s*:\\s*(?:(?:(?!${PLATFORM}\\s*\\/)\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*\\s*\\/\\s*)|\\p{Lu}+\\.?(?:\\s*[\\/\\-–]\\s*|\\s+))*|(?:^|[^\\p{L}])[Ảả]nh\\s+tư liệu\\s*:?\\s*|\\(\\s*${CREDIT_WORD}\\s+)$`,
  'u',
);
// Characters read before a use for its credit: "Ảnh minh hoạ : " and more.
const CREDIT_REACH = 24;

// Reporting right after a use, maybe when first: "đưa tin", "hôm qua dẫn lời".
const REPORTS = /^ (?:(?:hôm (?:qua|nay)|sáng nay|trưa nay|chiều nay|tối nay|tối qua|đêm qua|ngày \d{1,2}\/\d{1,2}) )?(?:đưa tin|dẫn lời)(?![\p{L}])/u;

// "hãng tin Ấn Độ PTI", "hãng thông tấn AP", "hãng thông tấn quốc gia Ai Cập MENA": a news agency's
// word, maybe whose it is, then its name (not another agency's name: "Hãng tin Reuters VNA sẽ nhận
// thêm máy bay").
const PRESS_WORD_BEFORE = /(?:^|[^\p{L}])(?:[Hh]ãng (?:tin|thông tấn)|[Tt]hông tấn xã)(?: (?:quốc gia|nhà nước|chính thức))?((?: \p{Lu}\p{Ll}*){0,3}) $/u;
// Characters read before a use for an agency's word: "hãng thông tấn nhà nước Trung Quốc " and more.
const PRESS_WORD_REACH = 48;
const afterPressWord = (before: string): boolean => {
  const country = PRESS_WORD_BEFORE.exec(before)?.[1]?.trim().toLowerCase();
  return country !== undefined && (country === '' || COUNTRIES.has(country));
};

// Where a clause opens: a sentence's start, a quote, a comma.
const CLAUSE_OPENS = String.raw`(?:^|[.!?;:\n“"]\s*|,\s*)`;
// The words that link a citation to the sentence before ("Cũng theo PLO,", "Tuy nhiên, theo NĐT,").
const LINKS = String.raw`(?:[Cc]ũng|[Cc]òn|[Tt]uy nhiên|[Nn]goài ra|[Tt]rước đó|[Đđ]ồng thời|[Mm]ặt khác|[Bb]ên cạnh đó|[Tt]rong khi đó)`;
// "Theo tìm hiểu của PLO,": what the paper's reporters found out.
const CITED = String.raw`(?:(?:^|[^\p{L}])Theo|${CLAUSE_OPENS}(?:${LINKS},?\s+)?theo) (?:tìm hiểu của )?(?:báo |tờ )?`;
const CITED_BY = new RegExp(`${CITED}$`, 'u');
// "Theo AFP và AAP,", "(Theo AFP, PTI)": after a wire service or a broadcaster news cites most. Not
// after a state, a body, a party or a firm ("theo Israel và PA", "theo EU và PA", "theo Imran Khan
// và PTI", "theo Vietjet và VNA"), where the letters are the cited side's peer. After a bare comma
// only where the use closes the citation: in "Theo Reuters, VNA, hãng bay quốc gia, đã …" the
// letters open the clause.
const WIRES = '(?:Reuters|Bloomberg|Xinhua|Tân Hoa xã|Yonhap|Kyodo|Sputnik|Interfax|Bernama|Antara|AFP|AP|DPA|ANSA|EFE|UPI|ANI|AAP|TTXVN|CNN|BBC|NHK|RT|CBS|NBC|ABC)';
const CITED_WITH = new RegExp(String.raw`${CITED}${WIRES}(?: và| \/) $`, 'u');
const CITED_AFTER_COMMA = new RegExp(String.raw`${CITED}${WIRES}, $`, 'u');
// The opener is captured: after a bare comma the words may be an appositive subject's predicate.
const TOLD_TO = new RegExp(String.raw`(?:^|[.!?;:\n“"]\s*|(,)\s*)(?:${LINKS},?\s+)?(?:(?:[Cc]hia sẻ|[Tt]rao đổi|[Tt]âm sự|[Tt]rả lời|[Nn]ói) với|[Tt]rả lời phỏng vấn) (?:báo |phóng viên |PV )?$`, 'u');
// "Như PLO đã thông tin, …": the paper's own earlier report.
// Only "đưa tin": any body "đã thông tin" and investors "đã phản ánh" (review: "Như VNA đã thông
// tin" is the airline, "Như NĐT đã phản ánh" the investors).
const AS_REPORTED = { before: /(?:^|[.!?;:\n“",(]\s*)[Nn]hư $/u, after: /^ (?:đã |từng |đã từng )đưa tin(?![\p{L}])/u };
// What follows a paper told something: a comma, or when it was said ("Chia sẻ với PLO chiều 5/3,",
// "… bên lề kỳ họp"); not whom the letters go on naming ("Trao đổi với TT Putin", "với NĐT cá nhân",
// "với ĐV thanh niên", "với NĐT tại ĐHĐCĐ").
const TOLD_WHEN = /^\s*(?:,|(?:sáng|trưa|chiều|tối|đêm|hôm|ngày|mới đây|gần đây|bên lề)(?![\p{L}]))/u;
// "… dư luận (theo NĐT).": a source in brackets closing its sentence; not "phân bổ (theo ĐV) như
// bảng dưới đây".
const BRACKETED_SOURCE = /\([ \t]*[Tt]heo $/u;

// How firmly some use cites a paper.
type Citation = 'firm' | 'afterComma';

/**
 * "Chia sẻ với PLO, ông …", "Trao đổi với PLO ngày 5/3, …": told to the paper, opening the sentence
 * (`firm`) or after a bare comma (`afterComma`), where the words may be the predicate of a subject
 * and its title ("Ông A, Chủ tịch HĐQT công ty, nói với NĐT ngày 20/4 rằng …": investors; the
 * glossary decides). Not "Bí thư Đoàn trường trao đổi với ĐV về kế hoạch" (with members).
 */
function toldToPaper(text: string, o: Occurrence): Citation | null {
  const opened = TOLD_TO.exec(text.slice(Math.max(0, o.start - 30), o.start));
  if (opened === null || !TOLD_WHEN.test(text.slice(o.end, o.end + 12))) return null;
  return opened[1] === undefined ? 'firm' : 'afterComma';
}

/**
 * "Theo PLO,", "(Theo ANTĐ)", "Chia sẻ với PLO", "TT - " opening the article, "(NĐT) - ", "NĐT đưa
 * tin", "Như PLO đã đưa tin", "Ảnh: VNA": some use names where the news comes from, its citation,
 * the newspaper's dateline or a photo's credit; `afterComma` where the only one is a paper told
 * something after a bare comma (see toldToPaper). Not "báo NĐT", where "báo" is as often the end of
 * a verb ("cảnh báo NĐT", "thông báo"), nor "X - " opening any other line (a list of abbreviations,
 * a caption's place).
 */
function citedAsSource(text: string, occs: Occurrence[]): Citation | null {
  let found: Citation | null = null;
  for (const o of occs) {
    const before = text.slice(Math.max(0, o.start - CREDIT_REACH), o.start);
    const after = text.slice(o.end, o.end + 12);
    // "Theo X,", "Cũng theo X,", "…, theo X.", "(theo X).": not "phân bổ theo ĐV." (by unit).
    const bracketed = BRACKETED_SOURCE.test(before) && /^\s*\)\s*(?:[.!?…]|\n|$)/u.test(after);
    const cited = (CITED_BY.test(before) && /^\s*[,.)]/u.test(after)) || (CITED_WITH.test(before) && /^\s*[,.)]/u.test(after)) || (CITED_AFTER_COMMA.test(before) && /^\s*(?:[.)]|$)/u.test(after)) || bracketed || afterPressWord(text.slice(Math.max(0, o.start - PRESS_WORD_REACH), o.start));
    // "Ảnh: VNA", not "Ảnh: TT dự báo khí tượng …", a centre whose name runs on in lower case.
    const credited = CREDITED.test(before) && !/^ \p{Ll}/u.test(after);
    // "NĐT đưa tin", "NST hôm qua đưa tin", not "Nhiều NĐT đưa tin sai" (investors spreading it).
    // Only as the clause's subject: "Ngành GT đưa tin", "Cảnh sát GT đưa tin" are a sector's.
    const reports = REPORTS.test(text.slice(o.end, o.end + 30)) && /(?:^|[.!?:;,()"“”\n]\s*|(?:^|\s)(?:[Bb]áo|[Tt]ờ|[Tt]rang|[Kk]ênh|[Hh]ãng tin)(?: tin)?(?: điện tử)? )$/u.test(before);
    const recalled = AS_REPORTED.before.test(before) && AS_REPORTED.after.test(text.slice(o.end, o.end + 20));
    if (atDateline(text, o.start, o.end) || cited || credited || reports || recalled) return 'firm';
    found = toldToPaper(text, o) ?? found;
    if (found === 'firm') return found;
  }
  return found;
}

/** "(Theo GT)", "(theo GT)" or "Theo ĐV" closing a line: where the article says it comes from, no
 * sentence of it ("Theo GT, số vụ tai nạn giảm" may cite the transport sector). */
function sourceLine(text: string, o: Occurrence): boolean {
  const opened = /(?:^|\n|[.!?…"”][ \t]+)(?:(\()[ \t]*[Tt]heo|Theo)[ \t]+$/u.exec(text.slice(Math.max(0, o.start - 12), o.start));
  if (!opened) return false;
  const closing = opened[1] === '(' ? /^[ \t]*\)[ \t.]*(?:\n|$)/u : /^[ \t.]*(?:\n|$)/u;
  return closing.test(text.slice(o.end, o.end + 8));
}

/** "15/2018/NĐ-CP", "1234/BTC-TCT": the short form follows a number and a slash. */
function inNumber(text: string, occs: Occurrence[]): boolean {
  // Or every use before its number and year: "TT 02/2016 - BXD" is the ministry's circular (a credit
  // "Ảnh: TT" beside it is the paper's).
  const before = occs.some((o) => /\d\s*\/\s*$/.test(text.slice(Math.max(0, o.start - 8), o.start)));
  return before || occs.every((o) => /^\s\d{1,4}\s?\/\s?(?:19|20)\d\d(?!\d)/.test(text.slice(o.end, o.end + 14)));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Spaces between words on one line, a page's no-break space among them.
const GAP = /[^\S\n\r\v\f\u2028\u2029]/u;

/** Up to five words before a use and four after it, with nothing but spaces between them and it
 * (a kind may take four: "nghiên cứu thị trường IDC"; a count stands between: "lắp đặt hơn 1.000
 * BTS", a number with its separators one word; a name after it may take four: "HV Cảnh sát Nhân dân"). */
function wordsBeside(text: string, o: Occurrence): WordsBeside {
  const before: string[] = [];
  // "tàu cá CM 99495 - TS": a dash between a number and the use joins them, as a space does; so does
  // a dot after a boat's long number ("tàu cá NA 95889. TS", as the registration is printed), and a
  // slash after capitals ("máy PET / CT": one scanner of two kinds).
  const dashed = /(?:\d[ \u00a0]?[-–]|(?<=\d{3})\d\.|(?<=\p{Lu})[ \u00a0]?\/)[ \u00a0]?$/u.exec(text.slice(Math.max(0, o.start - 7), o.start));
  for (let at = dashed ? o.start - dashed[0].length + 1 : o.start, joined = dashed !== null; before.length < 5; joined = false) {
    let end = at;
    while (end > 0 && GAP.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && (WORD_CHAR.test(text[start - 1]!) || (/[.,]/.test(text[start - 1]!) && /\d/.test(text[start - 2] ?? '') && /\d/.test(text[start] ?? '')))) start--;
    if ((end === at && !joined) || start === end) break;
    before.unshift(text.slice(start, end));
    // "tàu chở dầu QN -0222 - TS": a plate's number keeps its hyphen after a space, and the words
    // before it are still beside the use.
    at = text[start - 1] === '-' && /^\d/u.test(text.slice(start, end)) && GAP.test(text[start - 2] ?? '') ? start - 1 : start;
  }
  const after: string[] = [];
  // "TS. Nguyễn Văn An": an abbreviation's dot before a person's name (two capitalised words) is no
  // gap; a sentence's next word is one ("… 96789 TS. Ngư dân …").
  const dotted = /^\.[^\S\n]+\p{Lu}\p{Ll}*[^\S\n]+\p{Lu}/u.test(text.slice(o.end, o.end + 40));
  for (let at = dotted ? o.end + 1 : o.end; after.length < 4; ) {
    let start = at;
    while (start < text.length && GAP.test(text[start]!)) start++;
    // "Toà nhà HH -02", "HH - 02": a number after the use keeps its hyphen, as a plate's before it does.
    const hyphened = after.length === 0 && start > at ? /^[-–][ \u00a0]?(?=\d)/u.exec(text.slice(start, start + 3)) : null;
    if (hyphened) start += hyphened[0].length;
    let end = start;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    if (start === at || end === start) break;
    after.push(text.slice(start, end));
    at = end;
  }
  return { before, after, aside: asideAfter(text, o), owner: ownerAfter(text, o) };
}

// Words of a clause: letters, marks and figures, spaces between.
const WORDS = String.raw`(?:[\p{L}\p{M}\p{N}]+[^\S\n]+){0,9}[\p{L}\p{M}\p{N}]+`;
// An aside in brackets, or after a comma where it opens with "một trong" or a comma or a bracket
// closes it: "SBS, đài truyền hình tư nhân, phát sóng …", "Đài ABC (Úc)".
const ASIDE = new RegExp(String.raw`^(?:[^\S\n]*\([^\S\n]*(${WORDS})|,[^\S\n]+(một trong[^\S\n]+${WORDS}|${WORDS}(?=[^\S\n]*[,)])))`, 'u');

/** "SBS, một trong ba đài truyền hình lớn nhất Hàn Quốc", "Đài ABC (Úc)": the words of an aside
 * right after a use, which may say what it is as a word before it would ("đài SBS"), or whose it is.
 * After "Theo X," the comma ends the source and a clause of its own follows: only "một trong …" is
 * an aside there. */
function asideAfter(text: string, o: Occurrence): string[] {
  const m = ASIDE.exec(text.slice(o.end, o.end + 100));
  const cited = /(?:^|[^\p{L}])[Tt]heo\s+$/u.test(text.slice(Math.max(0, o.start - 8), o.start));
  const words = m?.[1] ?? (cited && !m?.[2]?.startsWith('một trong') ? undefined : m?.[2]);
  return words ? words.split(/[^\S\n]+/u) : [];
}

/** "Đài ABC của Australia": the words after "của" right after a use, whose it is. (After the
 * English word of a name, "EXIM Bank của Trung Quốc", the name beside the use reads it: glossary.ts
 * namedBeside.) */
function ownerAfter(text: string, o: Occurrence): string[] {
  const m = /^[^\S\n]+của[^\S\n]+((?:[\p{L}\p{M}]+[^\S\n]+){0,2}[\p{L}\p{M}]+)/u.exec(text.slice(o.end, o.end + 40));
  return m?.[1] ? m[1].split(/[^\S\n]+/u) : [];
}

// A kind of document written out, then its number: "Quy định số 263 - QĐ/TW".
const KIND_WRITTEN_BEFORE = /(?:^|[^\p{L}])(\p{L}\p{Ll}* \p{Ll}+)\s+(?:số\s+)?\d[\d.]*\s*[-–/]\s*$/u;

/** The kind of document written out before the number of the first use so written, if any. */
function kindWrittenBefore(text: string, occs: Occurrence[]): string | undefined {
  for (const o of occs) {
    const m = KIND_WRITTEN_BEFORE.exec(text.slice(Math.max(0, o.start - 40), o.start));
    // As the kinds are written in a number's reading: "quy định số 263" is a Quy định.
    if (m?.[1]) return m[1].charAt(0).toUpperCase() + m[1].slice(1);
  }
  return undefined;
}

/** Every use is a credit on its own, or before another: "Ảnh: TL", "(Nguồn: ST)", "Ảnh: STR / AFP". A
 * chart's "Nguồn: EPA" reads as a photo's: captions write "(Nguồn: EPA)" as often. */
function creditOnly(text: string, occs: Occurrence[]): boolean {
  return occs.every((o) => CREDITED.test(text.slice(Math.max(0, o.start - CREDIT_REACH), o.start)) && /^\s*(?:$|[.,;)/\n])/u.test(text.slice(o.end, o.end + 3)));
}

// Who gives a paper a photo, written short in its credit: the police, the firm, the hospital, the
// patient, the reporter, the family, a platform.
const HEALTH_GIVERS = new Set(['bệnh nhân', 'bệnh viện', 'bác sĩ']);
const PHOTO_GIVERS = new Set(['công an', 'cảnh sát', 'biên phòng', 'bộ đội', 'hải quan', 'kiểm lâm', 'doanh nghiệp', 'ngân hàng', 'bệnh viện', 'bệnh nhân', 'phóng viên', 'bác sĩ', 'gia đình', 'nhà trường', 'nhân vật', 'nhân dân', 'facebook']);

/**
 * "Ảnh: Q. NG", "Ảnh: IMERISIA - VER": two or three letters ending every use's photo credit, which
 * the glossary does not know, are who took it. Known letters keep their reading where a credit may
 * name it: an agency or a paper ("Ảnh: AFP", "Ảnh: TT"), a body or a firm ("Ảnh: BTC", "Ảnh: CA",
 * "Ảnh: UN", "Ảnh: VJ"), what credits write short ("Ảnh: TL"), who gave the photo ("Ảnh: DN",
 * doanh nghiệp). Not two letters, the whole credit, whose reading names no one ("Ảnh: TC" is no
 * tổng cộng, "Ảnh: MS" no mã số) or is a title ("Ảnh: GĐ"): a photographer's initials. Only with a
 * glossary, which tells the agencies apart.
 */
function photographersInitials(text: string, short: string, occs: Occurrence[], hit: GlossaryHit | null | undefined): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(short) || !creditOnly(text, occs)) return false;
  if (!hit) return true;
  // The whole credit, no other source beside ("Ảnh: RT / Twitter", "Ảnh: TN, Twitter").
  const alone = (o: Occurrence): boolean => /(?:^|[^\p{L}])[Ảả]nh\s*:\s*$/u.test(text.slice(Math.max(0, o.start - 8), o.start)) && /^\s*(?:$|[.;)\n])/u.test(text.slice(o.end, o.end + 3));
  // A patient, a doctor or a hospital gives photos to stories that name them: "Ảnh: BN" under a crash
  // whose injured were taken to "cấp cứu" is a photographer's.
  const lower = text.toLowerCase();
  const giver = (x: string): boolean => PHOTO_GIVERS.has(x) && (!HEALTH_GIVERS.has(x) || lower.includes(x));
  if (short.length !== 2 || !occs.every(alone) || creditWord(short) !== undefined || hit.senses.some((x) => isPhotoSource(x) || giver(x))) return false;
  return isTitleSense(hit.long) || /^\p{Ll}/u.test(hit.long);
}

/** Every use is a foreign person's initials, after "ông" or "bà" (and maybe a foreign rank: "ông
 * Commodore SK Iyer") or a post and a given name ("Tổng thống George HW Bush"), and before their
 * surname: "ông HR McMaster". Two letters at most: "Bà CEO Mary Barra" is a post. Where the glossary
 * does not know the letters (`known` false), two more places: after a post and the body it heads
 * ("Giám đốc Sở Cứu hoả New Delhi GC Mishra"), and beside another person so written ("AM
 * Shirindzhonov và GC Mishra"). Known letters there are a place's or a firm's ("Công an TP Pleiku",
 * "Công ty TM Sunrise", "BV Vinmec và BV Medlatec"). */
function initialsOfPerson(text: string, occs: Occurrence[], known: boolean): boolean {
  const surnameAfter = (o: Occurrence): string | undefined => /^ (\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{L}]*)(?![\p{L}])/u.exec(text.slice(o.end, o.end + 30))?.[1];
  const before = (o: Occurrence): string => text.slice(Math.max(0, o.start - 40), o.start);
  // A surname of four letters or more that is no Vietnamese word nor a country.
  const foreignSurname = (name: string | undefined): boolean => name !== undefined && name.length >= 4 && !isVietnameseSyllable(name) && !COUNTRIES.has(name.toLowerCase());
  const placed = (o: Occurrence): boolean => {
    const surname = surnameAfter(o);
    if (!surname || !/^\p{Lu}{1,2}$/u.test(text.slice(o.start, o.end)) || isVietnameseSyllable(surname)) return false;
    const mister = /(?:^|[^\p{L}])(?:[Ôô]ng|[Bb]à)\s(?:(\p{Lu}\p{Ll}+)\s)?$/u.exec(before(o));
    if (mister) return mister[1] === undefined || !isVietnameseSyllable(mister[1]);
    // Not a country before the use: "Bộ trưởng Ukraine EU …".
    const given = POST_AND_GIVEN_NAME.exec(before(o))?.[1];
    if (given !== undefined) return !isVietnameseSyllable(given) && !COUNTRIES.has(given.toLowerCase());
    if (known || !/^[A-Z]{2}$/.test(o.surface) || !foreignSurname(surname)) return false;
    if (POST_OF_BODY.test(text.slice(Math.max(0, o.start - 70), o.start))) return true;
    const after = text.slice(o.end + 1 + surname.length, o.end + 60);
    const paired = (m: RegExpExecArray | null): boolean => m !== null && foreignSurname(m[1]);
    return paired(/^ và [A-Z]{2} (\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}\p{L}*)(?![\p{L}])/u.exec(after)) || paired(/(?:^|[^\p{L}])[A-Z]{2} (\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}\p{L}*) và $/u.exec(before(o)));
  };
  // The same given name, initials and surname as a use so placed: the same person, whatever rank
  // stands before ("ông Gilberto DC Cruz … Thiếu tướng cảnh sát Gilberto DC Cruz").
  const nameOf = (o: Occurrence): string | undefined => {
    const given = /(\p{Lu}\p{Ll}+)\s$/u.exec(before(o))?.[1];
    const surname = surnameAfter(o);
    return given && surname ? `${given} ${surname}` : undefined;
  };
  const named = new Set(occs.filter(placed).map(nameOf));
  return occs.every((o) => placed(o) || (nameOf(o) !== undefined && named.has(nameOf(o))));
}

// A post (the quotes' ROLE_HEADS, its first letter in either case), then the body it heads in
// capitals (lower-case syllables inside the body's name: "Sở Cứu hoả"), right before a person's
// initials: "Giám đốc Sở Cứu hoả New Delhi GC Mishra".
const POSTS = [...ROLE_HEADS].sort((a, b) => b.length - a.length).map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|');
const POST_OF_BODY = new RegExp(String.raw`(?:^|[^\p{L}])(?:${POSTS})(?: \p{Lu}\p{Ll}*(?: \p{Ll}+)?){1,5} $`, 'u');

// A head of state or government, an officer or a lawmaker, then a given name: "cựu Tổng thống
// George HW Bush", "thiếu tướng Gilberto DC Cruz".
const POST_AND_GIVEN_NAME = /(?:^|[^\p{L}])(?:[Tt]ổng thống|[Tt]hủ tướng|[Nn]goại trưởng|[Bb]ộ trưởng|[Nn]ghị sĩ|[Tt]ướng|[Đđ]ại tá|[Tt]rung tá|[Tt]hiếu tá|[Đđ]ô đốc|[Tt]hống đốc|[Tt]hị trưởng)\s(\p{Lu}\p{Ll}+)\s$/u;

// A foreign word of a name: no Vietnamese syllable, and not in capitals (another short form, which
// a list of initialisms puts beside a use).
const FOREIGN_WORD = (w: string | undefined): boolean => w !== undefined && !isVietnameseSyllable(w) && !/^\p{Lu}+$/u.test(w);

/** Between two foreign words: "Blue HK Investments", "Tekla BIM Awards". */
function insideForeignName(text: string, o: Occurrence): boolean {
  const before = /(\p{Lu}[\p{L}\p{M}]*) $/u.exec(text.slice(Math.max(0, o.start - 25), o.start))?.[1];
  const after = /^ (\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(o.end, o.end + 25))?.[1];
  return FOREIGN_WORD(before) && FOREIGN_WORD(after);
}

/** The use stands right before a country's name, the whole name ("ĐT Pháp", "ĐT Hàn Quốc"; not "Mỹ
 * Đình", "Lào Cai", whose first word is a country's). */
function beforeCountry(text: string, o: Occurrence): boolean {
  const next = CAPITALISED_AFTER.exec(text.slice(o.end, o.end + 30));
  const [first, second] = [next?.[1]?.toLowerCase(), next?.[2]?.toLowerCase()];
  if (first === undefined) return false;
  return second === undefined ? COUNTRIES.has(first) : COUNTRIES.has(`${first} ${second}`);
}

// "ĐH Đoàn toàn quốc lần thứ XI", "ĐH khoá VII": an edition numbered in roman figures, right after the
// use or after a body that holds congresses and a few words more, as congresses are numbered. Not a
// school's name ("ĐH Huế khóa XIV" is its party committee's term), nor a city's ("Thành ủy HN khóa").
const EDITION_AFTER = /^[^\S\n]+(?:(?:Đoàn|Đảng|Hội|Công đoàn|Mặt trận|MTTQ|LĐLĐ|Chi bộ|[Đđ]ại biểu|Phụ nữ|Thanh niên|Nông dân|Cựu chiến binh|TDTT|Thể dục)(?:[^\S\n]+[\p{L}\p{M}]+){0,12}[^\S\n]+)?(?:lần thứ|khóa|khoá)[^\S\n]+[IVXLC]+(?![\p{L}\p{N}])/u;
// A school's name opens with its own word: "Trường ĐH Công đoàn khóa XXVI" is the Trade Union
// University's party committee.
const SCHOOL_BEFORE = /(?:^|[^\p{L}])(?:[Tt]rường|[Pp]hân hiệu|[Gg]iảng viên|[Ss]inh viên)[^\S\n]$/u;

/** More than half of the uses pass `test`. */
function mostUses(occs: Occurrence[], test: (o: Occurrence) => boolean): boolean {
  return occs.filter(test).length * 2 > occs.length;
}

/** Where the uses stand, as far as the glossary's sense depends on it. */
export function placementOf(text: string, occs: Occurrence[]): Placement {
  const sourced = occs.some((o) => sourceLine(text, o));
  const citation = sourced ? 'firm' : citedAsSource(text, occs);
  const firmEnded = firmNameEnded(text, occs);
  return {
    beforeName: beforeNames(text, occs),
    numbered: inNumber(text, occs),
    kindWritten: kindWrittenBefore(text, occs),
    amongNames: amongForeignNames(text, occs),
    amongTickers: amongTickers(text, occs),
    afterFirmNoun: afterFirmNoun(text, occs),
    namedAsFirm: namedAsFirm(text, occs),
    endsFirmName: firmEnded !== undefined,
    firmName: firmEnded && firmNameBefore(text, firmEnded),
    inFirmName: inFirmName(text, occs),
    cited: citation !== null,
    toldAfterComma: citation === 'afterComma',
    sourceLine: sourced,
    credited: creditOnly(text, occs),
    signed: occs.every((o) => definesNothing(text, o)),
    beforeBrandWord: beforeBrandWord(text, occs),
    beforeBankWord: mostUses(occs, (o) => beforeBank(text, o)),
    afterPartyWord: occs.some((o) => PARTY_BEFORE.test(text.slice(Math.max(0, o.start - 26), o.start))),
    beforeTradeInitials: mostUses(occs, (o) => beforeTradeInitials(text, o)),
    brandAfterFirmWord: brandAfterFirmWord(text, occs),
    beforeRoadNumber: mostUses(occs, (o) => beforeRoadNumber(text, o.start, o.end)),
    beforePlaceName: mostUses(occs, (o) => beforePlaceName(text, o.start, o.end)),
    afterForeignName: mostUses(occs, (o) => afterForeignName(text, o.start, o.end)),
    insideForeignName: occs.every((o) => insideForeignName(text, o)),
    beforeCountry: mostUses(occs, (o) => beforeCountry(text, o)),
    beforeEdition: mostUses(occs, (o) => EDITION_AFTER.test(text.slice(o.end, o.end + 90)) && !SCHOOL_BEFORE.test(text.slice(Math.max(0, o.start - 12), o.start))),
    beside: occs.map((o) => wordsBeside(text, o)),
  };
}

// "New START": a treaty's name that opens on an English word, which the glossary writes so.
const NEW_BEFORE = /(?:^|[^\p{L}\p{M}])New $/u;

// The word for a party right before a use, maybe whether it rules ("đảng AKP", "đảng cầm quyền
// AKP"): one such use names the party for the article ("Đảng AKP … AKP …"). Not a Vietnamese body's
// party cell or a fellow member ("Tổ chức đảng SNP", "Chi bộ Đảng PSD" at the firms, "đồng đảng").
const PARTY_BEFORE = /(?:^|[^\p{L}])(?<!(?:[Tt]ổ chức|[Cc]hi bộ|[Đđ]ồng|[Cc]án sự) )[Đđ]ảng(?: cầm quyền| đối lập)?[^\S\n]$/u;

// A hyphen and a capitalised word; or, spaced as the tokenized press sets it ("tỉnh TT - Huế"), a
// word with a lower-case letter, not a second short form ("GD - ĐT" is a chain of two).
const HYPHEN_JOINED = /^[-\u2010-\u2013]\p{Lu}[\p{L}\p{M}\p{N}]*/u;
const JOINED = /^(?:[-\u2010-\u2013]\p{Lu}[\p{L}\p{M}\p{N}]*|[ \u00a0][-\u2010-\u2013][ \u00a0]\p{Lu}[\p{L}\p{M}\p{N}]*\p{Ll}[\p{L}\p{M}\p{N}]*)/u;

/**
 * "TT-Huế", "UN-Habitat", "PET-CT": a short form joined by a hyphen (or a dash, as pages set it:
 * "TT–Huế") to a capitalised word, which the glossary knows together, is that name, not its first
 * letters ("TT" alone is "thông tin"). Not across a slash, which joins two things ("ĐH/CĐ" is no
 * shareholders' meeting, though the glossary's key for it is the same).
 */
function withNamedCompounds(text: string, occurrences: Occurrence[], glossary: Glossary): Occurrence[] {
  const out: Occurrence[] = [];
  let covered = -1;
  for (const o of occurrences) {
    // What the name holds after its hyphen ("CoV" of "MERS-CoV") is no use of its own.
    if (o.start < covered) continue;
    // Not a paper's dateline opening a paragraph ("TT - Huế đang bước vào mùa mưa bão").
    const joined = (atDateline(text, o.start, o.end) ? HYPHEN_JOINED : JOINED).exec(text.slice(o.end, o.end + 24))?.[0];
    const surface = joined && !/[\p{L}\p{M}\p{N}]/u.test(text[o.end + joined.length] ?? '') ? o.surface + joined : null;
    // Across spaces, only a name the glossary writes so: "VN - Ba Lan" is no "VNBA".
    if (surface && (/\s/u.test(joined ?? '') ? glossary.writesAsGiven(surface) : glossary.has(surface))) {
      out.push({ surface, start: o.start, end: o.end + surface.length - o.surface.length });
      covered = o.end + surface.length - o.surface.length;
    } else if (NEW_BEFORE.test(text.slice(Math.max(0, o.start - 5), o.start)) && glossary.writesAsGiven(`New ${o.surface}`)) {
      out.push({ surface: `New ${o.surface}`, start: o.start - 4, end: o.end });
    } else out.push(o);
  }
  return out;
}

// A dash as pages set one inside a name (hyphen, no-break hyphen, figure and en dash), and a space
// as a plain or a no-break one.
const DASH = /[-\u2010-\u2013]/u;
const SPACE = /[ \u00a0]/u;

/**
 * Where the text writes `form` whole, however it sets its dashes and spaces ("VN–Pharma" and
 * "KH\u00a0- ĐT" are "VN-Pharma" and "KH - ĐT"), as occurrences of `form`.
 */
function usesWrittenAnyWay(text: string, form: string): Occurrence[] {
  const parts = form.split(/[-\u2010-\u2013 \u00a0]/u);
  // Most of the reader's entries are not in a given article: one search for the longest part says so.
  if (!text.includes(parts.reduce((a, b) => (b.length > a.length ? b : a), ''))) return [];
  if (parts.length === 1) return wholeTokenOccurrences(text, form);
  const written = [...form].map((ch) => (DASH.test(ch) ? DASH.source : SPACE.test(ch) ? SPACE.source : ch.replace(/[\\^$.*+?()[\]{}|/]/u, '\\$&'))).join('');
  return wholeTokenMatches(text, new RegExp(written, 'gu'), form);
}

/**
 * Adds short forms the article or the reader establishes (the unit codes it defines, what its markup
 * explains, the reader's entries) at every place the text writes them whole, however it sets their
 * dashes and spaces, in place of what detection found inside them ("PC" of "PC 03", "HĐBA" and "LHQ"
 * of "HĐBA LHQ", "SEA" of "SEA Games"); not inside a longer form detection found ("HCM" of "TP.
 * HCM" stays that form's), unless `overLonger`: a unit code the text defines outweighs what
 * detection joined across it ("TP PC" of "Công an TP PC 02"). Of two forms at one place, the longer.
 */
function withEstablishedForms(text: string, occurrences: Occurrence[], forms: Iterable<string>, { overLonger = false } = {}): Occurrence[] {
  const spans: Occurrence[] = [];
  for (const form of new Set(forms)) spans.push(...usesWrittenAnyWay(text, form));
  if (spans.length === 0) return occurrences;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // One sweep over both lists in text order: detection's occurrences do not overlap each other.
  const kept: Occurrence[] = [];
  let k = 0;
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last && last.end > span.start) continue;
    while (k < occurrences.length && (occurrences[k] as Occurrence).end <= span.start) k++;
    let inside = true;
    for (let j = k; j < occurrences.length && (occurrences[j] as Occurrence).start < span.end; j++) {
      const o = occurrences[j] as Occurrence;
      if (o.start < span.start || o.end > span.end) inside = false;
    }
    if (inside || overLonger) kept.push(span);
  }
  k = 0;
  const outside: Occurrence[] = [];
  for (const o of occurrences) {
    while (k < kept.length && (kept[k] as Occurrence).end <= o.start) k++;
    const s = kept[k];
    if (!(s && s.start < o.end)) outside.push(o);
    // "(CSGT - PC 08)": detection joined the force's short form to the code's letters across the
    // dash; the part before the dash stays a use of its own.
    else if (o.start < s.start) {
      const part = /^(\p{Lu}[\p{L}\p{M}\p{N}.]*\p{Lu})\s?[-–]\s?$/u.exec(text.slice(o.start, s.start))?.[1];
      if (part) outside.push({ surface: part, start: o.start, end: o.start + part.length });
    }
  }
  return [...outside, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * "Công ty Điện lực Tokyo (TEPCO) … Tepco cho biết": a firm the text names by an acronym is often
 * written again in title case, its brand. Those occurrences, by that surface. Only a firm's: after
 * a programme or a body ("PISA", "LIMA", "SEAL") the same word is a city or a person as often. Four
 * letters at least, not a Vietnamese syllable, and not before another capitalised word ("Hope
 * Hicks").
 */
function titleCaseForms(text: string, def: Definition): Occurrence[] {
  if (!/^\p{Lu}{4,}$/u.test(def.short) || !startsWithFirm(wordsIn(def.long, 0, def.long.length))) return [];
  const title = titleCase(def.short);
  if (isVietnameseSyllable(title)) return [];
  return wholeTokenOccurrences(text, title).filter((o) => !/^ \p{Lu}/u.test(text.slice(o.end, o.end + 2)));
}

/** "Hiệp hội Bất động sản TP. HCM (Horea)", "sàn Upcom", "sàn UpCom": a brand the glossary styles
 * in mixed case ("HoREA", "UPCoM"), written in another mix that detection reads as a name; never a
 * Vietnamese syllable, nor a word of a foreign name ("Boston Globe", "Globe and Mail" are no GloBE):
 * not after a foreign capitalised word nor before a capitalised or a foreign one. */
function brandsWrittenAsWords(text: string, glossary: Glossary): string[] {
  const words = new Set<string>();
  const named = new Set<string>();
  const foreign = (w: string | undefined): boolean => w !== undefined && !isVietnameseSyllable(w);
  // Most capitalised words are no brand: the glossary says so first, once per word.
  const brands = new Map<string, boolean>();
  const isBrand = (w: string): boolean => {
    let known = brands.get(w);
    if (known === undefined) brands.set(w, (known = glossary.styledAs(w) !== undefined && !isVietnameseSyllable(w)));
    return known;
  };
  // Title case ("Upcom") or another mix detection reads as a name ("UpCom").
  for (const m of text.matchAll(/(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Lu}\p{Ll}]*\p{Ll}[\p{Lu}\p{Ll}]*(?![\p{L}\p{M}\p{N}])/gu)) {
    if (m[0].length < 4 || !isBrand(m[0])) continue;
    const at = m.index ?? 0;
    const before = /(\p{Lu}[\p{L}\p{M}]*) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
    const after = /^ ([\p{L}\p{M}]+)/u.exec(text.slice(at + m[0].length, at + m[0].length + 20))?.[1];
    if (foreign(before) || (after !== undefined && (/^\p{Lu}/u.test(after) || foreign(after)))) named.add(m[0]);
    else words.add(m[0]);
  }
  // Every use: one in a foreign name says what the word is.
  return [...words].filter((w) => !named.has(w));
}

/**
 * "Công ty cổ phần Thanh toán quốc gia Việt Nam (Napas)", "Cơ quan thám hiểm hàng không vũ trụ Nhật
 * Bản (Jaxa)": an initialism said as a word, written in title case alone in brackets after its name,
 * whose capitals the glossary knows (the caller keeps those the words before define). Four or five
 * letters: longer ones are names clipped from syllables ("Vinataba", "Interpol", "Licogi"), not
 * initials; no Vietnamese syllable ("(Nga)").
 */
function initialismsInTitleCase(text: string, glossary: Glossary): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}] \((\p{Lu}\p{Ll}{3,4})\)/gu)) {
    const word = m[1] ?? '';
    if (!isVietnameseSyllable(word) && glossary.has(word.toUpperCase())) found.add(word);
  }
  return [...found];
}

/** "TEPCO" as a firm's brand is written: "Tepco". */
function titleCase(short: string): string {
  return short[0] + short.slice(1).toLowerCase();
}

/** Words of a name, lower case, the tone placed one way ("Ủy"/"Uỷ"), without punctuation. */
function nameWords(name: string): string[] {
  return nfc(name).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').map(syllableKey);
}

/** One name holds the other, whole words in order: "Tổng công ty Cảng hàng không Việt Nam - CTCP"
 * says what "Tổng công ty Cảng hàng không Việt Nam" does. */
function sameName(a: string, b: string): boolean {
  const [x, y] = [nameWords(a).join(' '), nameWords(b).join(' ')];
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/** Most words of `read` (three at least) are words of `name`, as a name is written short in places:
 * "Công ty cổ phần Thanh toán quốc gia VN" for the glossary's "… Quốc gia Việt Nam". */
function mostlySameName(name: string, read: string): boolean {
  const words = new Set(nameWords(name));
  const mine = nameWords(read);
  const shared = mine.filter((w) => words.has(w)).length;
  return shared >= 3 && shared * 3 >= mine.length * 2;
}

/** A short form without its case and spaces: "HoSE" is "HOSE", "PC 1" is "PC1". */
function writtenKey(short: string): string {
  return nfc(short).toUpperCase().replace(/\s+/g, '');
}

export function findAcronyms(text: string, opts: FindOptions = {}): AcronymInfo[] {
  const view = nfcView(text);
  const codes = findUnitCodes(view.text);
  const marked = new Map((opts.marked ?? []).map((m) => [nfc(m.short), nfc(m.long)]));
  const markedByLetters = new Map([...marked].reverse().map(([short, long]) => [writtenKey(short), long]));
  const user = userEntriesOn(opts.user, opts.site ?? null, opts.page ?? null);
  const police = opts.glossary ? policeCodes(view.text, opts.glossary) : [];
  const sessions = opts.glossary ? sessionForms(view.text, opts.glossary) : [];
  const numbered = opts.glossary ? numberedNames(view.text, opts.glossary) : [];
  const detected = withEstablishedForms(view.text, detectOccurrences(view.text), [...codes.map((d) => d.short), ...police, ...sessions, ...numbered], { overLonger: true });
  const named = opts.glossary ? withKnownChains(view.text, withNamedCompounds(view.text, detected, opts.glossary), opts.glossary) : detected;
  // What the page's markup explains, and the reader's entries: of several parts ("SEA Games",
  // "VN-Pharma"), whose parts detection reads one by one, or one word it reads as a name ("Sabeco").
  // With a capital (not every "ca"), and not a Vietnamese word in title case ("Nam" is in "Việt Nam").
  const readers = [...user.values()].map((e) => nfc(e.short)).filter((f) => /\p{Lu}/u.test(f) && !(/^\p{Lu}[^\p{Lu}]*$/u.test(f) && isVietnameseSyllable(f)));
  const brands = opts.glossary ? brandsWrittenAsWords(view.text, opts.glossary) : [];
  // Not the reader's own forms or the page's marks, which stand whatever the words before them say.
  const saidAsWords = opts.glossary ? initialismsInTitleCase(view.text, opts.glossary).filter((w) => !brands.includes(w) && !readers.includes(w) && !marked.has(w)) : [];
  const styled = [...brands, ...saidAsWords];
  const occurrences = withEstablishedForms(view.text, named, [...marked.keys(), ...readers, ...styled]);
  const bySurface = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = bySurface.get(o.surface);
    if (list) list.push(o);
    else bySurface.set(o.surface, [o]);
  }
  const glossary = opts.glossary;
  // Each short form's senses once: the ways of defining ask for them at every use.
  const senses = new Map<string, readonly string[]>();
  const expansions = (short: string): readonly string[] => {
    let found = senses.get(short);
    if (found === undefined) senses.set(short, (found = glossary?.lookup(short)?.senses ?? []));
    return found;
  };
  const known = glossary && { translations: glossary.translations, expansions, aligned: new Map() };
  const knownShortForm = (word: string): boolean => glossary?.has(word) === true;
  const definitions = findDefinitions(view.text, occurrences, known);
  // Only where the words before the brackets spell, translate or name the letters: a guess from any
  // words is no evidence that "(Sonia)", "(Swift)" or "(Alba)" stands for something.
  // Elsewhere the same word may open another name or word: "Start-up", "Safe Harbor", "Plan B".
  // A name read by naming alone is the glossary's own, or its words give the letters: "Công ty kiểm
  // toán (Kpmg)" names the kind of firm.
  for (const word of saidAsWords) {
    const def = definitions.get(word);
    const uses = (bySurface.get(word) ?? []).filter((o) => !/^(?:-\p{L}| \p{Lu})/u.test(view.text.slice(o.end, o.end + 2)));
    const named = def?.how === 'named' && known !== undefined && !givesLetters(def.long, word, known) && !expansions(word).some((x) => mostlySameName(x, def.long));
    // A firm's noun and lower-case words only is a kind of firm, no name: "Công ty tư vấn bất động
    // sản (Cbre)" (a treaty may be written so: "Hiệp ước cắt giảm vũ khí tấn công chiến lược (Start)").
    const kind = def !== undefined && /^(?:[Cc]ông ty|[Tt]ập đoàn|[Hh]ãng)(?:\s[\p{Ll}\p{M}]+)+$/u.test(def.long);
    if (def?.guessed === true || def === undefined || named || kind || uses.length === 0) {
      bySurface.delete(word);
      definitions.delete(word);
    } else bySurface.set(word, uses);
  }
  // A unit code's body runs on past the comma where the generic reading stops ("cục Cảnh sát phòng,
  // chống tội phạm công nghệ cao (C 50)"): the longer of two names that end alike, and the code's
  // where they are alike (its letter confirms it: see unit-codes.ts).
  for (const code of codes) {
    const read = definitions.get(code.short);
    if (!read || (code.start <= read.start && code.start + code.long.length === read.start + read.long.length)) definitions.set(code.short, code);
  }
  // "HoSE" beside "Sở Giao dịch Chứng khoán TPHCM (HOSE)", "PC1" beside "(PC 1)": another case or
  // spacing of a short form the text defines is the same name. Dashes and "&" are not: "KH - ĐT" and
  // "KH & ĐT" may be written for different things.
  const byLetters = new Map<string, Definition>();
  for (const def of definitions.values()) if (!byLetters.has(writtenKey(def.short))) byLetters.set(writtenKey(def.short), def);
  for (const short of bySurface.keys()) {
    const same = definitions.has(short) ? undefined : byLetters.get(writtenKey(short));
    if (same) definitions.set(short, { ...same, short });
  }
  // "TEPCO" and its title case "Tepco" are two rows; the reader's entry for either holds for both
  // (the title case finds the capitals' entry as any mixed-case form does, below).
  const titleOf = new Map<string, string>();
  for (const def of [...definitions.values()]) {
    const forms = titleCaseForms(view.text, def);
    const title = forms[0]?.surface;
    // The reader's entry may have made the title case a form already: it is still the twin.
    if (title === undefined || definitions.has(title)) continue;
    if (!bySurface.has(title)) bySurface.set(title, forms);
    definitions.set(title, { ...def, short: title });
    titleOf.set(def.short, title);
  }
  // The reader's entry for a short form as written, in capitals ("Cty", "CTY") or, for a firm's
  // acronym, in title case: the one kept closest to the page (article, site, everywhere).
  const mineFor = (short: string): UserGlossaryEntry | undefined => {
    const key = glossaryKey(short);
    // The twin the text writes, defined or made a form by the reader's entry ("TEPCO" and "Tepco").
    const title = titleOf.get(short) ?? (/^\p{Lu}{4,}$/u.test(short) && bySurface.has(titleCase(short)) ? titleCase(short) : undefined);
    const found = [key, key.toUpperCase(), ...(title ? [title] : [])].map((k) => user.get(k));
    return found.find((e) => e?.page) ?? found.find((e) => e?.site) ?? found.find((e) => e !== undefined);
  };
  const country = opts.glossary ? articleCountry(view.text) : null;

  const out: AcronymInfo[] = [];
  // The article's words, found once where an unknown acronym asks for them.
  let words: RegExpExecArray[] | undefined;
  for (const [short, occs] of bySurface) {
    const base = { short, count: occs.length, offsets: occs.map((o) => view.toOriginal(o.start)) };
    const def = definitions.get(short);
    const mine = mineFor(short);
    const context = () => contextOf(view.text, occs, country);
    const lookup = () => {
      const placement = placementOf(view.text, occs);
      const hit = opts.glossary?.lookup(short, context(), placement);
      // Between papers and agencies only, the one of the place the title names, where the article's
      // last line cites a source ("Nữ lao động Việt ở Đài Loan …" ends "(Theo CNA)": Taiwan's agency,
      // not Singapore's channel); a title's words choose no other sense of a byline's or a credit's
      // letters ("Ảnh: BTC" under a Bitcoin title is the organisers').
      const title = hit && hit.senses.length > 1 && hit.senses.every(isPressName) ? titleForClosingLine(view.text, occs) : undefined;
      return (title ? opts.glossary?.lookup(short, `${context()} ${title}`, placement) : hit) ?? (opts.glossary && sessionHit(short, opts.glossary));
    };
    if (def) {
      const definition = { start: view.toOriginal(def.start), end: view.toOriginal(def.start + def.long.length) };
      // The reader's correction of this article's definition: the sentence is still the article's.
      if (mine?.page) {
        out.push({ ...base, long: mine.long, source: 'user', definedInText: true, definition });
        continue;
      }
      const info: AcronymInfo = { ...base, long: def.long, source: 'text', definedInText: true, definition };
      if (def.guessed) info.guessed = true;
      // Judged with the glossary's word table, where the reader corrects (the popup asks the
      // background); the page's own reading at start-up has no use for them.
      const nearby = glossary ? nearbyReadings(view.text, { start: def.start, end: def.start + def.long.length }, glossary.translations) : [];
      if (nearby.length > 0) info.nearby = nearby;
      // Only beside a name whose words translate the glossary's foreign one: then it is that name's
      // original ("Quỹ Tiền tệ Quốc tế", International Monetary Fund). Beside another definition the
      // glossary's sense may be another body's ("Giải pháp … đô thị thông minh (IOC)" is no Olympic
      // committee).
      // A guess whose words translate most of a glossary name is that name too, loosely worded
      // ("Hiệp ước Kiểm soát Công nghệ tên lửa (MTCR)", a regime): its original under it corrects it.
      const translates = (sense: string): boolean => known !== undefined && translatesMostOf(def.long, sense, known);
      // Not beside a name in the source language: "Nikken Sekkei Civil Engineering (NSC)" is no
      // National Security Council.
      // Of several senses, the one the name translates ("lực lượng vũ trang Philippines AFP" is no
      // Agence France-Presse, the sense its words around would choose).
      const translated = (): string | undefined => lookup()?.senses.find((x) => !writtenInVietnamese(x) && translates(x));
      const said = !writtenInVietnamese(def.long) ? undefined : def.how === 'translated' ? (translated() ?? lookup()?.long) : def.guessed ? translated() : undefined;
      if (said && !writtenInVietnamese(said) && !sameName(said, def.long)) info.glossaryLong = said;
      out.push(info);
      continue;
    }
    // The page's markup explains it (`<abbr title>`): the article's word, with no sentence to show;
    // for another case or spacing of the form too, as a definition the text writes is ("TP.HCM"
    // explained, "TP. HCM" written).
    const explained = marked.get(short) ?? markedByLetters.get(writtenKey(short));
    if (explained !== undefined) {
      out.push(mine?.page ? { ...base, long: mine.long, source: 'user', definedInText: true } : { ...base, long: explained, source: 'text', definedInText: true });
      continue;
    }
    if (mine) {
      out.push({ ...base, long: mine.long, source: 'user', definedInText: false });
      continue;
    }
    const hit = lookup();
    // "ông HR McMaster": a person's initials, whatever HR means elsewhere (not a title: "TT Trump").
    // Without a glossary no letters are known to be unknown.
    if (initialsOfPerson(view.text, occs, glossary === undefined || hit != null) && !hit?.senses.some(isTitleSense)) continue;
    if (glossary && photographersInitials(view.text, short, occs, hit)) continue;
    if (hit) {
      // Two uses or more may outvote the reading of their words taken together (see most-uses.ts).
      const placeOf = (use: Occurrence) => ({ context: contextOf(view.text, [use], country), placement: placementOf(view.text, [use]) });
      // Whether the uses' places, not their words, chose the article's reading.
      const most = glossary && hit.senses.length > 1 && occs.length > 1 ? senseOfMostUses(short, occs, hit.long, glossary, placeOf, hit.long !== glossary.lookup(short, context())?.long) : null;
      const chosen = most ?? hit.long;
      // Only where some use stands outside a credit ("Phó giám đốc VNA Chi nhánh miền Nam"): under
      // photos alone the agency stays, whoever the article is about.
      const running = (): boolean => occs.some((o) => !creditOnly(view.text, [o]));
      const long = (hit.senses.length > 1 && isPressName(chosen) && running() ? pressGivesWayToWrittenName(view.text, chosen, hit.senses) : undefined) ?? chosen;
      const info: AcronymInfo = { ...base, long, source: 'glossary', definedInText: false };
      if (hit.senses.length > 1) info.senses = hit.senses;
      out.push(info);
      continue;
    }
    if ((!readsAsBrandName(short) && !(glossary !== undefined && fourLettersAsWord(short)) && !besideNameInCapitals(view.text, occs, knownShortForm) && !(glossary !== undefined && opensShipsName(view.text, occs)) && !inDomainName(view.text, occs) && !nameInCreditOrPaper(view.text, short, occs)) || bracketedAfterName(view.text, occs)) {
      // Words the article writes out elsewhere, whose initials it is (see spelled-elsewhere.ts):
      // with a glossary only, which says that nothing else knows it.
      const spelled = glossary ? spelledElsewhere(view.text, short, (words ??= articleWords(view.text))) : null;
      const written = spelled && { start: view.toOriginal(spelled.start), end: view.toOriginal(spelled.start + spelled.long.length) };
      out.push(spelled && written ? { ...base, long: spelled.long, source: 'text', definedInText: false, definition: written } : { ...base, long: null, source: null, definedInText: false });
    }
  }
  if (glossary) {
    readListsAsKinds(out, view.text, occurrences, bySurface);
    // Once the glossary's sense is the article's: a list may have changed it. Its words as the
    // article spells them ("Uỷ ban" where it writes so).
    const spelled = articleSpelling(view.text);
    for (const row of out) {
      if (row.source !== 'glossary' || !row.long) continue;
      const vietnamese = glossary.vietnameseName(row.long);
      if (vietnamese) row.vietnameseLong = spelled(vietnamese);
      row.long = spelled(row.long);
      if (row.senses) row.senses = row.senses.map(spelled);
    }
  }
  const typos = likelyTypos(out);
  for (const row of out) {
    const of = typos.get(row.short);
    if (of) row.likelyTypoOf = of;
  }
  return out.sort((a, b) => (a.offsets[0] ?? 0) - (b.offsets[0] ?? 0));
}

/**
 * A glossary acronym of several senses, written in a list with others of its family of one meaning
 * each, takes the sense of their kind (list-siblings.ts).
 */
function readListsAsKinds(rows: AcronymInfo[], text: string, occurrences: readonly Occurrence[], bySurface: ReadonlyMap<string, Occurrence[]>): void {
  const siblingsOf = listSiblings(text, [...occurrences].sort((a, b) => a.start - b.start));
  const byShort = new Map(rows.map((r) => [r.short, r]));
  const meaningOf = (short: string): string | null => {
    const row = byShort.get(short);
    return row?.long && (row.senses?.length ?? 1) <= 1 ? row.long : null;
  };
  for (const row of rows) {
    if (row.source !== 'glossary' || !row.long || !row.senses) continue;
    const meanings = siblingsOf(bySurface.get(row.short) ?? []).flatMap((s) => meaningOf(s) ?? []);
    const sense = senseOfSiblings(offeredSenses(row.senses, row.long), meanings, row.long);
    if (sense === undefined || sense === row.long) continue;
    row.long = sense;
  }
}

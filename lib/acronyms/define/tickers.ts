/**
 * Tickers and the firms they stand for, in market reports: "mã BID của ngân hàng …", "HPG (Hòa
 * Phát) tăng 3,2%", "giá cổ phiếu của Vinamilk (mã VNM)". Each answers only in a sentence about shares
 * or prices: elsewhere "mã" is any code ("mã OTP").
 */
import type { Occurrence } from '../detect';
import { shortLetters, spells, wordsIn, type LongWord } from '../match';
import { translationKey } from '../translations';
import { isVietnameseSyllable } from '../letters';
import { sentenceAfter, sentenceBefore } from '../sentence-span';
import { SURNAMES } from '../../quotes/lexicon';
import { EXCHANGES, LEGAL_FORM, MARKET_VERBS, NAME_END, PRICE_MOVE, TICKER_WORD } from './lexicon';
import type { KnownWords } from './translated';
import { capitalised, firmNameStart, firmOrBank, leftWords, lower, stopsAt, wordsAt } from './words';

const TICKER_BEFORE = new RegExp(`(?:^|\\s)${TICKER_WORD.source} $`, 'iu');
// A sentence about a ticker or shares.
const SHARES_SAID = /(?:^|\s)(?:mã|cổ phiếu)\s/iu;
// Tickers spoken of: several ("các mã", "những mã VN30"), a market's ("mã penny", "Mã mới chào sàn",
// "mã chào sàn"), or another ticker with its firm ("Mã SAB của Sabeco giảm …, trong khi VNM của
// Vinamilk …"); not one code ("mã OTP rồi …").
const TICKERS_SAID = /(?:^|\s)(?:(?:các|những|một số|nhiều|loạt|hai|ba) mã|[Mm]ã (?:VN30|HNX30|penny|mới|chào sàn|cổ phiếu|chứng khoán|bất động sản|ngân hàng|\p{Lu}{3} (?:của|thuộc) ))/u;


// A price move within a few words, before any comma.
const PRICE_SOON = /^(?:\s+[^\s,.;]+){0,4}?\s+(?:tăng|giảm|lên|xuống|chạm|mất|đứng giá)(?![\p{L}\p{M}])/u;

/**
 * "mã BID của ngân hàng Đầu tư và Phát triển … tăng lên 37.100 đồng": the firm named after a ticker,
 * or null. Only in a sentence that moves a price: "mã OTP của ngân hàng …" is another kind of code.
 */
export function tickerOwner(text: string, occ: Occurrence, known: KnownWords | undefined): LongWord[] | null {
  const of = /^ (?:của|thuộc) /u.exec(text.slice(occ.end, occ.end + 7));
  if (!of) return null;
  const before = text.slice(Math.max(0, occ.start - 20), occ.start);
  // "5,2 triệu cổ phiếu GTT của Công ty CP Thuận Thảo": shares are a listed firm's, price move or not.
  const shares = /(?:^|\s)cổ phiếu $/iu.test(before);
  // "… mã thuộc họ Vingroup là VRE của Vincom Retail tăng 800 đồng": without the ticker word before
  // it, a brand that spells the ticker and whose price moves right after (checked below).
  // "những mã VN30 như NVL thuộc Novaland tăng …", "Mã mới chào sàn HoSE … là HTN của Công ty CP
  // Hưng Thịnh Incons giữ đà tăng trần": the sentence speaks of tickers before it, and the use is
  // shaped like one (not "mã OTP", "mã độc", "Mã Vân" before "ATM của Ngân hàng …").
  const tickersSaid = /^\p{Lu}{3}$/u.test(occ.surface) && TICKERS_SAID.test(sentenceBefore(text, occ.start, 200));
  const unmarked = !shares && !TICKER_BEFORE.test(before) && !inTickerList(text, occ.start) && !tickersSaid;
  const from = occ.end + of[0].length;
  const sentence = sentenceAfter(text, from, 300);
  if (!shares && !PRICE_MOVE.test(sentence)) return null;
  const words = wordsIn(text, from, from + firmNameEnd(text.slice(from, from + 200)));
  // "Thiết bị", "Nông nghiệp và Phát triển": a stop word inside a capitalised name is the name's.
  const end = words.findIndex((w, i) => i > 0 && !capitalised(w) && (stopsAt(words, i) || MARKET_VERBS.has(w.lower) || ownerEnds(words, i) || nextTicker(words, i)));
  let name = end < 0 ? words : words.slice(0, end);
  // "cổ phiếu OGC của tập đoàn này": the firm said before, not named.
  if (['này', 'đó'].includes(words[name.length]?.lower ?? '') || ['này', 'đó'].includes(name[name.length - 1]?.lower ?? '')) return null;
  if (shares) {
    // Without a price move to end it, a firm's name ends after its last capitalised word: "Công ty cổ
    // phần Mai Linh Miền Bắc chính thức đăng ký …"; and it has one ("cổ phiếu HAG của công ty rơi …").
    let last = name.length - 1;
    while (last > 0 && !capitalised(name[last])) last--;
    if (last === 0 && name.length > 1) return null;
    if (last >= firmNameStart(name) + 1 && capitalised(name[last - 1])) name = name.slice(0, last + 1);
  }
  // "Mã VJC của hãng hàng không Vietjet Air", "Mã VRE của nhà bán lẻ Vincom Retail": a firm
  // described, then named by its brand. After "nhà" only a brand that spells the ticker: "nhà tỷ
  // phú Phạm Nhật Vượng", "nhà đầu tư …" are people.
  const described = name[0]?.lower === 'hãng' || name[0]?.lower === 'nhà';
  const brandFrom = described ? name.findIndex((w) => capitalised(w)) : -1;
  const brandOnly = brandFrom > 0 && name.slice(brandFrom).every((w) => capitalised(w));
  if (brandOnly && (name[0]?.lower === 'hãng' || spells(shortLetters(occ.surface), name.slice(brandFrom)))) name = name.slice(brandFrom);
  const last = name[name.length - 1];
  const movesAfter = (w: LongWord | undefined): boolean => w !== undefined && PRICE_SOON.test(text.slice(w.end, w.end + 60));
  if (unmarked) return spelledBrand(name, occ.surface) && movesAfter(last) ? name : null;
  // "mã VNM của Vinamilk lại có một phiên giảm mạnh": a listed firm's one-word brand, its price move
  // a few words on ("mã OTP của Vietcombank cho bất kỳ ai" is another kind of code).
  const only = name.length === 1 ? name[0] : undefined;
  const moves = movesAfter(only);
  // Shares with no price move may be a holder's ("cổ phiếu MWG của Mekong Capital"): a firm's or a
  // bank's name, or the brand the glossary gives the ticker ("cổ phiếu VNM của Vinamilk, …").
  const brandKnown = (): boolean => (known?.expansions(occ.surface) ?? []).some((e) => e.toLowerCase().includes(name.map((w) => w.lower).join(' ')));
  const brand = only !== undefined && capitalised(only) && (moves || (shares && brandKnown()));
  // Past fourteen words only a name that ends in a capitalised word ("… Ngân hàng Nông nghiệp và
  // Phát triển Nông thôn Việt Nam"), not one that ran on into the sentence ("… ghi nhận khối ngoại
  // bán ròng mạnh nhất thị trường phiên").
  const long = name.length > 14 && !(name.length <= 18 && capitalised(name[name.length - 1]));
  const named = name.length >= 2 && !long && (firmOrBank(name) || (name.length <= 3 && name.every((w) => capitalised(w)) && (!shares || brandKnown())));
  return brand || named ? name : null;
}

/** Up to three capitalised words that spell the ticker: a brand ("Vincom Retail" for VRE). */
function spelledBrand(name: LongWord[], ticker: string): boolean {
  return name.length > 0 && name.length <= 3 && name.every((w) => capitalised(w)) && spells(shortLetters(ticker), name);
}

/** Where a firm's name after "của" ends: at a stop, or a dash not followed by another capitalised
 * part of the name ("CTCP Tư vấn - Thương mại - Dịch vụ Địa ốc Hoàng Quân", "Văn Phú - Invest"); not
 * at the dot of "TP. HCM" ("Công ty Chứng khoán TP. HCM" is HCM's firm). */
function firmNameEnd(after: string): number {
  let from = 0;
  for (;;) {
    const stop = NAME_END.exec(after.slice(from));
    if (!stop) return after.length;
    const at = from + stop.index;
    const cityDot = /(?:^|\s)TP$/u.test(after.slice(0, at)) && /^\. ?\p{Lu}/u.test(after.slice(at));
    if (!cityDot && !/^\s[-–]\s\p{Lu}/u.test(after.slice(at))) return at;
    from = at + stop[0].length;
  }
}

// Words that end a firm's name after its ticker: what the shares did next ("Mã VIC của Tập đoàn
// Vingroup bắt đầu rớt giá", "… của ngân hàng Á Châu cùng tăng", "Mã VCB của Ngân hàng Vietcombank giữ
// đà tăng trần", "… Tổng công ty Viglacera diễn biến ngược chiều thị trường").
const OWNER_ENDS = new Set(['bắt', 'rớt', 'cùng', 'đều', 'cũng', 'vẫn', 'lại', 'tiếp', 'thì', 'hôm', 'hiện', 'giữ', 'diễn', 'duy', 'quay', 'bật', 'đảo', 'nới', 'chốt', 'vượt', 'trở']);
const CONCESSIONS = new Set(['dù', 'tuy', 'nhưng', 'song']);
// What the market saw of a ticker: "… Tasco ghi nhận khối ngoại bán ròng", "… Khang Điền thu hút dòng
// tiền".
const REPORTED = [['ghi', 'nhận'], ['thu', 'hút']];

/** `OWNER_ENDS` at `i`, or "giá" right after the capitalised name ("… tập đoàn Bảo Việt giá cũng
 * tăng"; "hãng hàng không giá rẻ Vietjet Air" is still naming). */
function ownerEnds(words: LongWord[], i: number): boolean {
  const w = words[i] as LongWord;
  // "… Tổng công ty Khí Việt Nam thoát khỏi nguy cơ giảm sàn" (not "Công ty CP Cấp thoát nước").
  const escapes = w.lower === 'thoát' && words[i + 1]?.lower === 'khỏi';
  // "… Tập đoàn Vingroup lần thứ hai rớt", "… ngân hàng Vietcombank mặc dù nhận được lực mua", "…
  // Vietcombank bất ngờ bứt phá": a count of times, a concession, a surprise, what the market saw (not
  // "may mặc", a trade in firms' names).
  const clause = (w.lower === 'lần' && words[i + 1]?.lower === 'thứ') || (w.lower === 'mặc' && words[i + 1]?.lower === 'dù') || (w.lower === 'bất' && words[i + 1]?.lower === 'ngờ') || CONCESSIONS.has(w.lower) || REPORTED.some((r) => w.lower === r[0] && words[i + 1]?.lower === r[1]);
  return OWNER_ENDS.has(w.lower) || escapes || clause || (w.lower === 'giá' && capitalised(words[i - 1]));
}

/** "mã VCB của ngân hàng Vietcombank và ACB của …": "và" before the next ticker ends the firm's name,
 * and so does "và" before a verb after a capitalised name ("… Tập đoàn Hoà Phát và thu gom …"). */
function nextTicker(words: LongWord[], i: number): boolean {
  const next = words[i + 1];
  if ((words[i] as LongWord).lower !== 'và' || next === undefined) return false;
  // "… Tập đoàn Hoà Phát và Tập đoàn Hoa Sen": another firm.
  if (next.lower === 'mã' || /^\p{Lu}{3}$/u.test(next.text) || firmOrBank(words.slice(i + 1))) return true;
  return !capitalised(next) && capitalised(words[i - 1]) && !LEGAL_FORM.has((words[i - 1] as LongWord).lower);
}

/**
 * "mã VCB của Ngân hàng Vietcombank tăng …, còn VPB của Ngân hàng VPBank tăng …": in a list that
 * opened with the ticker word, the next tickers go without it.
 */
function inTickerList(text: string, start: number): boolean {
  const opening = sentenceBefore(text, start, 200);
  return /(?:^|[\s,;])(?:còn|và|,)\s*$/u.test(opening) && /(?:^|\s)[Mm]ã \p{Lu}{3} (?:của|thuộc) /u.test(opening);
}

/**
 * "HPG (Hòa Phát) tăng 3,2%, HSG (Hoa Sen) tăng 2,8%": in a market report, a ticker and its firm's
 * brand in brackets, where the sentence moves its price.
 */
export function tickerBrand(text: string, occ: Occurrence, body: string, close: number, known: KnownWords | undefined): boolean {
  // A ticker is no initialism the glossary knows but as a firm's, or as the very brand in the
  // brackets ("VNM (Vinamilk)"): "Chỉ số CPI (Hà Nội) tăng 0,3%" says where.
  const firm = (e: string): boolean => firmOrBank(wordsIn(e, 0, e.length)) || e.toLowerCase() === body.trim().toLowerCase();
  if (!known || !/^\p{Lu}{3}$/u.test(occ.surface)) return false;
  // After the ticker word, or another ticker and its brand, a firm among its senses will do ("mã NVL
  // (Novaland)"; NVL is also "nguyên vật liệu").
  const before = text.slice(Math.max(0, occ.start - 40), occ.start);
  const named = TICKER_BEFORE.test(before) || /\p{Lu}{3} \([^()]{2,30}\)(?: và| ?,) $/u.test(before);
  const senses = known.expansions(occ.surface);
  if (named ? !senses.some(firm) : !senses.every(firm)) return false;
  const words = body.trim().split(/\s+/);
  // "VIC (Phạm Nhật Vượng), HPG (Trần Đình Long)": a surname and two names are the owner, no brand
  // ("HAG (Hoàng Anh Gia Lai)" is one).
  if (words.length === 3 && SURNAMES.includes(words[0]?.toLowerCase() ?? '') && words.every((w) => isVietnameseSyllable(w))) return false;
  // A brand, not the exchange it trades on ("HPG (HoSE) tăng …", "(Sàn HoSE)").
  if (words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}\p{M}]*$/u.test(w) && !EXCHANGES.test(w) && w !== 'Sàn')) return false;
  // Nor a place or a country the word table knows ("SHB (Hà Nội)").
  if (known.translations.english(translationKey(words), true)) return false;
  const after = /^[^.!?\n;]*/u.exec(text.slice(close + 1, close + 60))?.[0] ?? '';
  if (/^\s*(?:tăng|giảm|đứng giá|lên|xuống|mất|chạm)/u.test(after) && PRICE_MOVE.test(after)) return true;
  // "sắc xanh của hai mã MSN (Masan) và NVL (Novaland)": named so, in a sentence about prices or
  // shares ("Những mã bất động sản như VIC (Tập đoàn Vingroup), NVL (Novaland) … tiếp nhận dòng tiền").
  const sentence = sentenceBefore(text, occ.start, 200);
  return named && (PRICE_MOVE.test(sentence + after) || SHARES_SAID.test(sentence));
}

/**
 * "Một số mã VN30 trụ cột là VIC (thuộc Tập đoàn Vingroup) và VNM (thuộc Vinamilk) tăng …": a ticker
 * and, in its brackets, the firm it is of, in a sentence about prices. The span of the firm's name in
 * `text`, or null.
 */
export function ownerInBrackets(text: string, occ: Occurrence, body: string, open: number, known: KnownWords | undefined): { start: number; end: number } | null {
  if (!/^\p{Lu}{3}$/u.test(occ.surface)) return null;
  const of = /^\s*thuộc\s+/u.exec(body);
  if (!of) return null;
  const from = open + of[0].length;
  const name = wordsIn(text, from, open + body.length);
  if (name.length === 0 || name.length > 8) return null;
  // "(thuộc Vingroup)" after VRE names its parent, "(thuộc VN30)" its index: the glossary's firm for
  // the ticker must hold the name ("Tập đoàn Vingroup – Công ty CP" holds "Tập đoàn Vingroup").
  const said = name.map((w) => w.lower).join(' ');
  if (!(known?.expansions(occ.surface) ?? []).some((e) => (firmOrBank(wordsIn(e, 0, e.length)) && e.toLowerCase().includes(said)) || e.toLowerCase() === said)) return null;
  const sentence = sentenceBefore(text, occ.start, 200) + sentenceAfter(text, open + body.length, 200);
  if (!PRICE_MOVE.test(sentence) || !SHARES_SAID.test(sentence)) return null;
  return { start: (name[0] as LongWord).start, end: (name[name.length - 1] as LongWord).end };
}

/** "giá cổ phiếu của Vinamilk (mã VNM)": the brand a ticker is given for, up to three capitalised
 * words after "của" or "cổ phiếu", in a sentence about shares ("mã xác thực của Vietcombank (mã
 * OTP)" is another kind of code). */
export function brandBefore(text: string, open: number): LongWord[] | null {
  if (!/cổ phiếu|chứng khoán|niêm yết/iu.test(sentenceBefore(text, open, 200))) return null;
  const words = leftWords(text, open, 5);
  let from = words.length;
  while (from > 0 && capitalised(words[from - 1])) from--;
  const brand = words.slice(from);
  const owner = words[from - 1];
  return brand.length >= 1 && brand.length <= 3 && owner !== undefined && (lower(owner) === 'của' || wordsAt(words, from - 2, ['cổ', 'phiếu'])) ? brand : null;
}

// "…, mã chứng khoán là TPB": the ticker word after a comma, before the ticker.
const TICKER_AFTER_COMMA = /,\s*mã (?:chứng khoán|cổ phiếu|CK)(?:\s+là|\s*:)?\s*$/u;

/**
 * "hồ sơ niêm yết cổ phiếu của Ngân hàng Tiên Phong (TPBank), mã chứng khoán là TPB": where the firm's
 * name ends when a comma and the ticker word after it (and maybe its brand in brackets) stand before
 * the ticker; -1 otherwise.
 */
export function firmBeforeTicker(text: string, occ: Occurrence): number {
  const before = text.slice(Math.max(0, occ.start - 40), occ.start);
  const word = TICKER_AFTER_COMMA.exec(before);
  if (!word) return -1;
  const comma = occ.start - before.length + word.index;
  const brand = /\s*\([^()\n]{2,30}\)\s*$/u.exec(text.slice(Math.max(0, comma - 40), comma));
  const end = brand ? comma - brand[0].length : comma;
  // The firm's name ends in a capital: "… Thế giới Di động tăng mạnh, mã cổ phiếu MWG" says what it did.
  return /\p{Lu}[\p{L}\p{M}\d]*$/u.test(text.slice(Math.max(0, end - 20), end)) ? end : -1;
}

/**
 * An initialism listed among foreign names ("sau khi Dell, HP, Lenovo và ASUS đã điều chỉnh giá") is
 * one of their kind, most often a firm's or a brand's name: lists join like with like. The glossary
 * uses it to prefer a foreign sense (Hewlett-Packard) to a Vietnamese common noun (học phần).
 */
import type { Occurrence } from './detect';
import { isVietnameseSyllable } from './letters';

// The list item right before or right after, a comma or "và", "hoặc", "hay" between; before the item
// on the left, the word that says whether it is one ("Theo Reuters, …" is a source, not an item).
const ITEM_BEFORE = /(?:^|[\s(])(?:(\p{L}+)\s+)?(\p{Lu}[\p{L}\p{M}\d]*)(?:\s*,|\s+(?:và|hoặc|hay))\s*$/u;
const ITEM_AFTER = /^(?:\s*,|\s+(?:và|hoặc|hay))\s*(\p{Lu}[\p{L}\p{M}\d]*)/u;

// Words that make the capitalised word after them a source, a time, a place or a person, not a
// list's item ("Khi gặp Tony, PV được mời vào", "thầy Smith, HS rất yêu quý").
const NOT_AN_ITEM = new Set(['theo', 'tại', 'ở', 'sau', 'trước', 'từ', 'của', 'với', 'cùng', 'như', 'gặp', 'tên', 'thầy', 'cô', 'ông', 'bà', 'anh', 'chị', 'em', 'bạn', 'chú', 'bác']);

/** A foreign-looking name: a capital, then lower case, and no Vietnamese syllable ("Dell", "Lenovo";
 * not "Nam", nor an initialism). Vietnamese brands look the same ("Vietcombank"): the glossary keeps
 * a usual sense that is a name, so their neighbours keep theirs. */
function foreignName(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word) && !isVietnameseSyllable(word);
}

/** Whether some use of the short form stands in a list beside a foreign name: a firm listed once
 * ("Dell, HP, Lenovo") is the same firm when the article writes it alone after. Not after a person
 * ("gặp Tony, PV …"), nor after the last word of a name of two ("… tên Nhung Eli, PV được nghe …"):
 * a capital inside a sentence before the item makes it one name; opening one ("Hãng Dell, HP") not. */
export function amongForeignNames(text: string, occs: readonly Occurrence[]): boolean {
  return occs.some((o) => {
    const from = Math.max(0, o.start - 40);
    const before = ITEM_BEFORE.exec(text.slice(from, o.start));
    const after = ITEM_AFTER.exec(text.slice(o.end, o.end + 30))?.[1];
    const word = before?.[1] ?? '';
    const wordAt = before ? from + before.index + before[0].indexOf(word) : 0;
    const opensSentence = /(?:^|[.!?:\n]\s*)$/u.test(text.slice(Math.max(0, wordAt - 3), wordAt));
    const inName = /^\p{Lu}/u.test(word) && !opensSentence;
    const listedAfter = before !== null && !NOT_AN_ITEM.has(word.toLowerCase()) && !inName && foreignName(before[2]);
    return listedAfter || foreignName(after);
  });
}

// Tickers listed before and after a use: three capitals or two and a digit ("HPG", "VN30" is an
// index), a comma or "và" between.
const TICKER = '\\p{Lu}[\\p{Lu}\\d]{2}';
const TICKERS_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])((?:${TICKER}\\s*(?:,|\\svà)\\s*)+)$`, 'u');
const TICKERS_AFTER = new RegExp(`^((?:\\s*(?:,|\\svà)\\s*${TICKER}(?![\\p{L}\\d]))+)`, 'u');
const ONE_TICKER = new RegExp(`^${TICKER}$`, 'u');
const TICKERS = new RegExp(TICKER, 'gu');
// A sentence about the market, up to the list.
const MARKET_WORDS = /(?:^|[^\p{L}])(?:mã|cổ phiếu|chứng khoán|HOSE|HNX|UPCoM|VN-?Index|sàn|niêm yết)(?![\p{L}])/iu;

/**
 * Whether some use stands in a list of three tickers or more in a sentence about the market ("thép
 * với nhiều mã tăng điểm như HPG, HSG, NKG, TLH"): each is a listed firm, whatever else its letters
 * mean (học sinh giỏi, Prisoner of War).
 */
export function amongTickers(text: string, occs: readonly Occurrence[]): boolean {
  return occs.some((o) => {
    if (!ONE_TICKER.test(o.surface)) return false;
    const before = TICKERS_BEFORE.exec(text.slice(Math.max(0, o.start - 80), o.start))?.[1] ?? '';
    const after = TICKERS_AFTER.exec(text.slice(o.end, o.end + 80))?.[1] ?? '';
    const items = (before.match(TICKERS)?.length ?? 0) + (after.match(TICKERS)?.length ?? 0);
    if (items < 2) return false;
    const opens = o.start - before.length;
    const closes = o.end + after.length;
    const sentence = (/[^.!?\n]*$/u.exec(text.slice(Math.max(0, opens - 200), opens))?.[0] ?? '') + ' ' + (/^[^.!?\n]*/u.exec(text.slice(closes, closes + 200))?.[0] ?? '');
    return MARKET_WORDS.test(sentence);
  });
}

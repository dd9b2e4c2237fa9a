/**
 * An initialism right before a firm's English word ("PV Oil", "TCC Group", "NK News", "VP Bank") is
 * the first word of a brand's name, not a Vietnamese common noun: PV there is PetroVietnam, never
 * "phóng viên". The glossary uses it to set such senses aside.
 */
import type { Occurrence } from './detect';
import { isVietnameseSyllable } from './letters';

// English words that end a firm's or a medium's name after its initials. Not a place, a person or a
// school ("TP Osaka", "HLV Park", "THPT Newton" keep their Vietnamese senses).
const BRAND_WORDS = new Set([
  'air', 'airlines', 'airways', 'aviation', 'bank', 'capital', 'channel', 'chemicals', 'corp', 'corporation', 'display', 'drilling', 'electronics', 'energy',
  'entertainment', 'finance', 'foods', 'gas', 'global', 'group', 'holding', 'holdings', 'inc', 'innovation', 'insurance',
  'international', 'invest', 'investment', 'land', 'life', 'logistics', 'marine', 'media', 'motors', 'news', 'oil', 'partners',
  'petroleum', 'pharma', 'power', 'properties', 'resources', 'retail', 'securities', 'shipping', 'software', 'solutions', 'steel', 'systems',
  'tech', 'technology', 'telecom', 'travel', 'ventures',
]);

const PRESS_IN_CAPITALS = new Set(['NEWS', 'TIMES', 'POST', 'MONITOR', 'HERALD', 'JOURNAL', 'DAILY', 'TODAY']);

/** Whether `word` is one that ends a firm's name after its initials ("Group", "Holdings"). */
export function isBrandWord(word: string): boolean {
  return BRAND_WORDS.has(word.toLowerCase());
}

/** The capitalised word right after a use ("Bank" of "PG Bank"), if any. */
function wordAfter(text: string, o: Occurrence): string | undefined {
  return /^ (\p{Lu}(?:\p{Ll}+|\p{Lu}+))\b/u.exec(text.slice(o.end, o.end + 20))?.[1];
}

/** The use stands right before "Bank": the letters open a bank's name ("PG Bank", "VP Bank"). Not
 * before "Bank of …", a name of its own that the letters stand before ("CEO Bank of America"). */
export function beforeBank(text: string, o: Occurrence): boolean {
  return wordAfter(text, o) === 'Bank' && !/^ Bank of /u.test(text.slice(o.end, o.end + 9));
}

/** Whether most uses of the short form stand right before such a word. */
export function beforeBrandWord(text: string, occs: readonly Occurrence[]): boolean {
  const before = occs.filter((o) => {
    const next = wordAfter(text, o);
    if (next === undefined) return false;
    // A paper's word in capitals, as credits write it ("Ảnh: CS MONITOR"); no other: headlines and
    // tickers are in capitals too ("CP GAS", "DN LAND NÀO …").
    return next === next.toUpperCase() ? PRESS_IN_CAPITALS.has(next) : isBrandWord(next);
  }).length;
  return before * 2 > occs.length;
}

// The word for a firm or a brand right before its name: "tập đoàn AEON", "thương hiệu ZARA", "Công ty
// GMO Runsystem".
export const FIRM_BEFORE = /(?:^|[^\p{L}])(?:tập đoàn|công ty|hãng|thương hiệu|chuỗi)\s$/iu;

/** Whether most uses stand after the word for a firm and before a foreign word, the rest of a brand's
 * name ("Công ty GMO Runsystem"): there an English term is no reading, but a line of business written
 * short may be ("Công ty BH Prudential" is an insurer, "Công ty BĐS Novaland" a developer). */
export function brandAfterFirmWord(text: string, occs: readonly Occurrence[]): boolean {
  const placed = occs.filter((o) => {
    const next = /^ (\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll})(?![\p{L}\p{M}])/u.exec(text.slice(o.end, o.end + 24))?.[1];
    return next !== undefined && !isVietnameseSyllable(next) && FIRM_BEFORE.test(text.slice(Math.max(0, o.start - 14), o.start));
  }).length;
  return placed * 2 > occs.length;
}

// A contractor's trade after its letters: "GS E&C", "SK E & C" (Engineering & Construction),
// "Samsung C&T" (Construction & Trading).
const TRADE_AFTER = /^ (?:E ?& ?C|C ?& ?T)(?![\p{L}\p{N}])/u;

/** The use stands right before a contractor's trade initials ("GS E&C"). Vietnamese firms bear
 * those letters as their names too ("GĐ C&T Việt Nam", "CTCP E&C Hà Nội"): this says only that no
 * scholar's title (Giáo sư) is read there. */
export function beforeTradeInitials(text: string, o: Occurrence): boolean {
  return TRADE_AFTER.test(text.slice(o.end, o.end + 8));
}

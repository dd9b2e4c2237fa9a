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

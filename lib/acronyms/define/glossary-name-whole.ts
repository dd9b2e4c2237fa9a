/**
 * "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng - C10": a reading that
 * is only the end of the glossary's Vietnamese name, where the text writes the rest of that name right
 * before it, across the commas a name of several fields holds, is the whole name. The readings stop at
 * a comma, as most names hold none. So is a reading that left out a head whose letter the short form
 * has ("Liên hiệp các Hội khoa học và kỹ thuật Việt Nam (VUSTA)": the Union).
 */
import { shortLetters, wordsIn, type LongWord } from '../match';
import { letterFold, writtenInVietnamese } from '../letters';
import { englishNames, type KnownWords } from './translated';
import type { Definition } from './types';
import { leftWords, wordKey } from './words';
import { translatedAt } from './partly-translated';

/**
 * Whether the words left out translate a word of an English name the glossary gives the short form,
 * whose letter that word is: "Liên hiệp các Hội khoa học và kỹ thuật Việt Nam (VUSTA)", Union.
 */
function headHasLetter(before: LongWord[], short: string, known: KnownWords): boolean {
  return englishNames(short, known).some((name) => translatedAt(before, name, known).some((t) => t.length > 0));
}

/** `def` widened to the glossary's whole name written before it, or `def` itself. */
export function widenedToGlossaryName(text: string, def: Definition, known: KnownWords | undefined): Definition {
  if (!known) return def;
  const read = wordsIn(def.long, 0, def.long.length);
  for (const sense of known.expansions(def.short)) {
    if (!writtenInVietnamese(sense)) continue;
    const name = wordsIn(sense, 0, sense.length);
    const more = name.length - read.length;
    if (more <= 0 || !read.every((w, k) => wordKey(w) === wordKey(name[more + k] as LongWord))) continue;
    const before = leftWords(text, def.start, more);
    if (before.length < more || !before.every((w, k) => wordKey(w) === wordKey(name[k] as LongWord))) continue;
    // Across the name's own commas, or over a head with a letter, and nothing else: the readings
    // leave a head out on purpose ("Đài Phát thanh – Truyền hình Đà Nẵng (DRT)" has no letter for
    // "Đài").
    const start = (before[0] as LongWord).start;
    const between = text.slice(start, def.start);
    if (!/^[\p{L}\p{M}\p{N}\s,]*$/u.test(between)) continue;
    if (!between.includes(',') && !headHasLetter(before, def.short, known)) continue;
    return { ...def, start, long: text.slice(start, def.start + def.long.length) };
  }
  return overlapping(text, def, known) ?? def;
}

/**
 * "giấy chứng nhận xuất xứ hàng hoá (C / O)" read "xuất xứ hàng hoá", where the glossary's name is
 * "giấy chứng nhận xuất xứ": a reading that opens with the end of that name and goes on past it,
 * the rest of the name written right before it, is the name and what follows it. The words that
 * read the letters in another order ("hàng hoá", Cargo) are no reason to leave the name's head out;
 * a head of one word with no letter is ("Đài Phát thanh và Truyền hình Đắk Lắk mới (DRT)").
 */
function overlapping(text: string, def: Definition, known: KnownWords): Definition | null {
  const read = wordsIn(def.long, 0, def.long.length);
  for (const sense of known.expansions(def.short)) {
    if (!writtenInVietnamese(sense)) continue;
    const name = wordsIn(sense, 0, sense.length);
    for (let shared = Math.min(name.length, read.length) - 1; shared >= 1; shared--) {
      const more = name.length - shared;
      if (!read.slice(0, shared).every((w, k) => wordKey(w) === wordKey(name[more + k] as LongWord))) continue;
      const before = leftWords(text, def.start, more);
      if (before.length < more || !before.every((w, k) => wordKey(w) === wordKey(name[k] as LongWord))) continue;
      const start = (before[0] as LongWord).start;
      if (!/^[\p{L}\p{M}\p{N}\s]*$/u.test(text.slice(start, def.start))) continue;
      // A head of one word stays out unless it has a letter, as above ("Đài" of DRT), or gives the
      // first ("cảng Hàng không Điện Biên (CHK)").
      if (more < 2 && !headHasLetter(before, def.short, known) && letterFold(before[0]?.text[0] ?? '') !== shortLetters(def.short)[0]) continue;
      return { ...def, start, long: text.slice(start, def.start + def.long.length) };
    }
  }
  return null;
}

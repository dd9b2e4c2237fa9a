/**
 * Names in a phrase before the brackets that the brackets do not abbreviate as a Vietnamese name:
 * a person's name the brackets gloss ("ông Trần Trọng Mừng (TGĐ)"), a lone foreign proper name
 * ("hãng Airbus (EU)"), and a foreign name after a Vietnamese head, which is the name without it
 * ("Tổ chức Citizens for Responsibility and Ethics (CREW)").
 */
import { isVietnameseSyllable, letterFold } from '../letters';
import type { LongWord } from '../match';
import { COUNTRIES, FOREIGN_NAME_LINKS, HEADS, HEAD_LETTERS, PERSON_WORDS, headLetterIn } from './lexicon';
import { capitalised, firmOrBank, headLengthAt, lower, startsWithHead, wordsAt } from './words';

// The most common surnames. Several also open places ("Phan Rang", "Hoàng Mai", "Hà Nội"), so a name
// counts as a person's only after a word for a person.
const COMMON_SURNAMES = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'đinh', 'trịnh']);

/**
 * Without a head noun, a phrase that ends in a person's name after a word for a person ("Thủ môn
 * Nguyễn Filip (CAHN)": the club; "ông Trần Trọng Mừng (TGĐ)": his post) or in another initialism
 * ("Cổ phiếu HPG (HoSE)": where it trades) is glossed by the brackets, not abbreviated. `named` is
 * the phrase, `words` the words before the brackets it ends.
 */
export function glossedByBrackets(words: LongWord[], named: LongWord[], short: string): boolean {
  if (startsWithHead(named, 0)) return false;
  const last = named[named.length - 1];
  if (last && /^\p{Lu}[\p{Lu}\d]+$/u.test(last.text) && last.text !== short && !/^(?:HCM|HN|VN)$/.test(last.text)) return true;
  // The word for the person may stand before the phrase, which a stop word ("ông") cut.
  const namedEndsWords = last !== undefined && words[words.length - 1] === last;
  const context = namedEndsWords ? words : named;
  const first = namedEndsWords ? words.length - named.length : 0;
  for (let from = Math.max(1, first, context.length - 4); from <= context.length - 2; from++) {
    const name = context.slice(from);
    const person = PERSON_WORDS.some((p) => from >= p.length && wordsAt(context, from - p.length, p));
    // After "ông" or "bà" any name is a person's ("ông Shen He Ting (TGĐ)"); after a role, only a
    // Vietnamese one is sure to be (a club or a town may follow a player). A capital "Bà" inside a
    // sentence opens a place ("Xi măng Bà Rịa Vũng Tàu (XVT)", "Bà Nà Hills").
    const title = context[from - 1]?.text ?? '';
    const mister = ['ông', 'bà'].includes(title) || (from === 1 && ['Ông', 'Bà'].includes(title));
    if (person && (mister || COMMON_SURNAMES.has(lower(name[0] as LongWord))) && name.every((w) => capitalised(w))) return true;
  }
  return false;
}

/**
 * "hãng Airbus (EU)", "đối tác Atlantic (USA)": past its head noun and any lower-case words, the
 * phrase is only a foreign proper name. A translated name is made of Vietnamese words, and a name
 * that the letters do not spell is the thing itself; the brackets then say where it is from.
 */
export function onlyForeignName(words: LongWord[], firstLetter: string): boolean {
  const head = HEADS.find((h) => wordsAt(words, 0, h));
  let from = head ? head.length : 0;
  while (from < words.length && !capitalised(words[from])) from++;
  // "Đại học quốc gia Singapore (NUS)": a capitalised head and Vietnamese words translate the name;
  // "cơ quan công tố tối cao Ukraine (GPU)": a body described, then whose it is.
  if (head && from > head.length && (capitalised(words[0]) || COUNTRIES.has(words.slice(from).map(lower).join(' ')))) return false;
  // One word: a brand or a firm's name. Translated terms may borrow foreign words ("Axit Clohydric"),
  // and a firm's short name starts like its name ("Ngân hàng Vietcombank (VCB)").
  const name = words.slice(from);
  const only = name[0];
  return name.length === 1 && only !== undefined && !isVietnameseSyllable(only.text) && letterFold(only.text)[0] !== firstLetter;
}

// The English words of heads written before a foreign name, by their initials (besides HEAD_LETTERS).
const FOREIGN_NAME_HEAD_LETTERS: Record<string, string> = { 'học viện': 'iac', 'viện': 'ia', 'trung tâm': 'c', 'đài': 'rs', 'hãng': 'ac', 'quỹ': 'f', 'hiệp hội': 'a', 'liên minh': 'a' };

/**
 * "Tổ chức Citizens for Responsibility and Ethics (CREW)", "nhóm Hayat Tahrir al-Sham (HTS)": a
 * Vietnamese head before a foreign name, whose first word opens the letters, only says what kind of
 * body it is; the name is the foreign words. A firm's head stays ("tập đoàn Berli Jucker (BJC)").
 */
export function foreignNameAfterHead(phrase: LongWord[], letters: string[]): LongWord[] | null {
  const head = headLengthAt(phrase, 0);
  if (head === 0 || firmOrBank(phrase)) return null;
  // "Học viện Max Planck (MPI)": the head the letters have a letter for is the name's (Institute).
  const headWords = phrase.slice(0, head).map(lower).join(' ');
  if (headLetterIn(headWords, letters, HEAD_LETTERS[headWords] === undefined ? FOREIGN_NAME_HEAD_LETTERS[headWords] : '')) return null;
  const firstLetter = letters[0] ?? '';
  const name = phrase.slice(head);
  const foreign = name.every((w) => FOREIGN_NAME_LINKS.has(lower(w)) || (capitalised(w) && !isVietnameseSyllable(w.text)));
  return name.length >= 2 && foreign && letterFold((name[0] as LongWord).text)[0]?.toLowerCase() === firstLetter ? name : null;
}

/**
 * Letter-level helpers for acronym work. Acronym letters are compared without tone and vowel marks
 * (ư ~ u, ơ ~ o, â ~ a) because writers drop them in initialisms, but Đ stays distinct from D: "ĐMST"
 * is built from "đổi mới…", and "VDC" must not be explained by "Điện…". That is why this does not use
 * `fold` from lib/text, which maps đ to d.
 */

/** Lower-case, marks stripped, đ kept as đ. Same length as its input for Vietnamese letters. */
export function letterFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .normalize('NFC');
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** How many capitals a word has. */
export function countUpper(word: string): number {
  let n = 0;
  for (const ch of word) if (isUpperLetter(ch)) n++;
  return n;
}

/** How many small letters a word has. */
export function countLower(word: string): number {
  let n = 0;
  for (const ch of word) if (isLowerLetter(ch)) n++;
  return n;
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Đ, or a mark written Vietnamese uses: grave, acute, circumflex, tilde, breve, hook, horn, dot below.
const VIETNAMESE_ONLY = /[đĐ\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/u;

/** Written in Vietnamese: a word that is a Vietnamese syllable with đ or a Vietnamese mark; not the
 * macron of "Hōsō", the umlaut of "für", nor the accents of "Enquêtes", "Petróleos". */
export function writtenInVietnamese(text: string): boolean {
  return text.split(/[^\p{L}\p{M}]+/u).some((w) => VIETNAMESE_ONLY.test(w.normalize('NFD')) && isVietnameseSyllable(w));
}

/** True when the text carries a Vietnamese vowel or tone mark (Đ is a letter, not a mark). */
export function hasVietnameseMarks(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD'));
}

// Onsets, glides and rhymes of written Vietnamese, on mark-stripped letters. The check is loose (it
// accepts a few impossible spellings) because it only has to tell words such as "NGỌC", "THANH" from
// initialisms such as "HĐQT", "UBND", "TTCK", which have no vowel or an impossible letter order.
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
const RHYME =
  '(?:o|u)?(?:ieu|yeu|uoi|uou|uoc|uong|ien|iet|ieng|iem|iep|yen|yet|uyen|uyet|ua|uo|uu|ia|ie|ye|ai|ao|au|ay|eo|eu|iu|oi|ui|ưi|oa|oe|uy|a|e|i|o|u|y)(?:ng|nh|ch|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}${RHYME}$`);

/** Could this word be a single Vietnamese syllable? ("quốc", "THANH": yes; "HĐQT", "USD": no.) */
export function isVietnameseSyllable(word: string): boolean {
  const w = letterFold(word);
  return w.length > 0 && SYLLABLE.test(w);
}

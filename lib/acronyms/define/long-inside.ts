/**
 * The long form written inside brackets or after "viết tắt của" (`longInside`), and the tests the
 * ways of defining share on the words beside a short form: a body's name, a place's name set aside
 * after it, a foreign short form.
 */
import { hasVietnameseMarks, isVietnameseSyllable, letterFold } from '../letters';
import { shortLetters, spells, wordsIn, type LongWord } from '../match';
import { translationKey } from '../translations';
import type { Definition } from './types';
import { CLASSIFIERS, KIND_NOUNS } from './lexicon';
import { capitalised, headLengthAt, inCompound, lower, startsWithHead, stopsAt, textOf, wordsAt } from './words';
import { foreignSpells } from './long-before';
import { headNotInLetters } from './phrase';
import { translatedName, type KnownWords } from './translated';

/** A Vietnamese initialism the glossary knows, spelled by its Vietnamese name (BV: bệnh viện). */
function knownVietnamese(short: string, known: KnownWords | undefined): boolean {
  const letters = shortLetters(short);
  return known?.expansions(short).some((e) => {
    const sense = wordsIn(e, 0, e.length);
    return sense.every((w) => isVietnameseSyllable(w.text)) && hasVietnameseMarks(e) && spells(letters, sense);
  }) ?? false;
}

/** Letters of the English alphabet that the glossary does not read as Vietnamese initials ("BV" is
 * "bệnh viện"): a foreign body's short form. */
export function foreignLetters(short: string, known: KnownWords | undefined): boolean {
  return /^[A-Z]+$/.test(short) && !knownVietnamese(short, known);
}

/** The words before "của"/"thuộc" and a body's name, when they translate the whole English name. */
function ownerInside(text: string, words: LongWord[], short: string, known: KnownWords | undefined): LongWord[] | null {
  const at = words.findIndex((w, i) => i >= 2 && (lower(w) === 'của' || lower(w) === 'thuộc') && capitalised(words[i + 1]) && startsWithHead(words, i + 1));
  if (at < 0) return null;
  const body = words.slice(0, at);
  return translatedName(text, body, short, known)?.length === body.length ? body : null;
}

/** Long form written inside parentheses (or after "viết tắt của") for `short`. */
export function longInside(text: string, short: string, from: number, to: number, known?: KnownWords): Omit<Definition, 'short'> | null {
  const words = wordsIn(text, from, to);
  // "OFAC (Văn phòng Kiểm soát Tài sản nước ngoài của Bộ Tài chính Mỹ)": the body, translated
  // whole, then the body it belongs to.
  const owned = ownerInside(text, words, short, known);
  if (owned) return { ...textOf(text, owned), how: 'translated' };
  // "PE (polyethylen)", "PVC (polyvinyl clorur)": one foreign word whose letters the short form
  // takes; not a word the glossary's sense holds, which says it better ("VHM (vinhomes)", "DVC
  // (dichvucong)", "FED (federal)").
  const only = words.length === 1 ? words[0] : undefined;
  // (The sense that is the word itself, in the source language, is the article's reading as well:
  // "Polyethylene" for "polyethylen".)
  const inSense = only !== undefined && (known?.expansions(short).some((e) => {
    const sense = letterFold(e).replace(/[^a-z0-9]/g, '');
    return sense.includes(only.folded) && (sense.length - only.folded.length > 2 || hasVietnameseMarks(e));
  }) ?? false);
  if (only && only.text.length >= 8 && shortLetters(short).length <= 4 && !capitalised(only) && !inSense && foreignSpells(shortLetters(short), words)) return { ...textOf(text, words), how: 'spelled' };
  // A body's name in capitals after its head may run longer ("JAXA (Cơ quan nghiên cứu và phát triển
  // hàng không vũ trụ Nhật Bản)": thirteen syllables).
  if (words.length < 2 || words.length > (capitalised(words[0]) && startsWithHead(words, 0) ? 16 : 12)) return null;
  if (words.some((w) => /^\d/.test(w.text))) return null;
  const letters = shortLetters(short);
  if (spells(letters, words) || foreignSpells(letters, words)) return { ...textOf(text, words), how: 'spelled' };
  // "tạp chí FHM (Đài Loan)", "(Hội An)": two words after a head-like syllable are a place as often
  // as a name; an organisation's name in brackets runs longer ("(Đài truyền hình Việt Nam)"). But a
  // Vietnamese initialism the glossary knows is spelled by its name: "Cục CSGT (Bộ Công an)" says
  // whose it is.
  const vietnamese = knownVietnamese(short, known);
  // "EURO 2024 (tổ chức tại Đức)": a head noun followed by a preposition is a verb ("held in").
  const head = headLengthAt(words, 0);
  const verb = head > 0 && head < words.length && stopsAt(words, head);
  // "MERS (trường hợp nhiễm từ lạc đà)": "trường hợp" (a case) is a word, not the head "trường";
  // "khu vực" (a region) and "bộ phận" (a department) do head names ("MENA (khu vực Trung Đông …)").
  const commonWord = inCompound(words, 0) && !wordsAt(words, 0, ['khu', 'vực']) && !wordsAt(words, 0, ['bộ', 'phận']);
  if (words.length >= 3 && startsWithHead(words, 0) && !commonWord && !vietnamese && !verb) {
    // "THAAD (Hệ thống phòng thủ tên lửa …)": a classifying head the letters have none for is left
    // out, as before the brackets; "Tổ chức" capitalised stands for whatever heads the English name.
    // Only the head: what follows it in the brackets is the name ("KAMD (Hệ thống phòng thủ tên lửa
    // Hàn Quốc)" is no "Hàn Quốc").
    // Of a short form in lower case after its capital ("Fed", "Cty") only the capital is sure to be
    // an initial: Fed clips one word (Federal), and its "d" stands for no "Cục".
    const initials = /^\p{Lu}\p{Ll}+$/u.test(short) ? letters.slice(0, 1) : letters;
    const unnamed = !(capitalised(words[0]) && wordsAt(words, 0, ['tổ', 'chức'])) && headNotInLetters(words, initials) !== null;
    const rest = words.slice(head);
    return { ...textOf(text, unnamed && rest.length >= 2 ? rest : words), how: 'named' };
  }
  // "MRI (chụp cộng hưởng từ)": a Vietnamese name whose words translate the letters, but for one
  // word before them that says what is done with it.
  // "(loại tên lửa đạn đạo …)": a classifier is not that word.
  const translated = translatedName(text, words, short, known);
  const extra = words.length - (translated?.length ?? 0);
  // "BT (hợp đồng xây dựng - chuyển giao)": the word before may have two syllables; a kind's
  // ("PPP (mô hình hợp tác công tư)") says what sort of thing it is, as before brackets, and is left out.
  // A contract is such a kind where the letters end in no word of its (a Production Sharing Contract,
  // PSC, keeps it).
  const contract = wordsAt(words, 0, ['hợp', 'đồng']) && !/[CA]$/u.test(letters.join('').toUpperCase());
  if (translated && extra === 2 && (contract || KIND_NOUNS.some((k) => wordsAt(words, 0, k)))) return { ...textOf(text, translated), how: 'translated' };
  const oneWord = extra === 1 || (extra === 2 && known?.translations.english(translationKey(words.slice(0, 2).map((w) => w.text)), false) !== undefined);
  if (translated && (extra === 0 || (oneWord && !CLASSIFIERS.has(lower(words[0] as LongWord)) && lower(words[0] as LongWord) !== 'loại'))) {
    return { ...textOf(text, words), how: 'translated' };
  }
  return null;
}

/** "(NTU, Singapore)", "(CNRS - Pháp)", "(VNM, TP.HCM)": after the short form, a capitalised name
 * the word table knows (its capitalised entries are places, mostly countries and cities) says where
 * the body is. */
export function namedPlaceAside(after: string, known: KnownWords | undefined): boolean {
  const m = /^\s*[,–-]\s*((?:\p{Lu}[\p{L}\p{M}.]*\s?){1,3})$/u.exec(after);
  if (!m || !known) return false;
  const words = (m[1] ?? '').trim().split(/\s+/);
  return /^TP\.?\s?HCM$/u.test((m[1] ?? '').trim()) || known.translations.english(translationKey(words), true) !== undefined;
}

/** A spelled or translated long form, or one that opens with a head noun (a body's name). */
export function spelledOrNamedBody(text: string, def: Omit<Definition, 'short'>): boolean {
  return def.how !== 'named' || startsWithHead(wordsIn(text, def.start, def.start + def.long.length), 0);
}

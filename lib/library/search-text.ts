/**
 * How the library's search sees text: the project's Vietnamese tokenizer (syllables, numbers and
 * dotted abbreviations kept whole), plus the parts of a dotted abbreviation so "HCM" finds
 * "TP.HCM". Two spellings of each term: "exact" (NFC, lower-case, diacritics kept) and "folded"
 * (diacritics removed). Shared by indexing and by match highlighting so both agree on terms.
 */
import { fold, nfc } from '../text/normalize';
import { tokenize } from '../text/tokens';

export interface Term {
  text: string;
  start: number;
  end: number;
}

/** Word and number tokens with offsets into `text`, each followed by its parts if it is a dotted word. */
export function searchTerms(text: string, withParts = true): Term[] {
  const out: Term[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct') continue;
    out.push({ text: t.text, start: t.start, end: t.end });
    if (withParts && t.kind === 'word' && /[.'’-]/.test(t.text)) {
      for (const m of t.text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
        if (m[0].length === t.text.length) break;
        out.push({ text: m[0], start: t.start + m.index, end: t.start + m.index + m[0].length });
      }
    }
  }
  return out;
}

export const exactTerm = (term: string): string => nfc(term).toLowerCase();
export const foldedTerm = (term: string): string => fold(term);

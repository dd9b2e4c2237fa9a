/**
 * Vietnamese text normalization. Pages mix NFC and NFD (and old "VNI-style" combining marks), so every
 * comparison starts from NFC; folding is for matching only and never replaces stored text.
 */

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Nonspacing marks carry the Vietnamese tones and vowel shapes once decomposed. */
const MARKS = /\p{Mn}/gu;
const LETTER = /\p{L}/u;

/**
 * Lower-case, strip tone and vowel marks, đ → d: "Đà Nẵng" → "da nang". Letters in compatibility forms
 * (ligatures, full-width) fold to their plain spelling; punctuation and symbols keep theirs, so "…" stays
 * one character. The result has the same number of UTF-16 units as `nfc(text)` for Vietnamese letters,
 * which keeps folded offsets usable; when it cannot (NFD input, ligatures), use `foldWithOffsets`.
 */
export function fold(text: string): string {
  let folded = '';
  for (const ch of text) folded += foldChar(ch);
  return folded;
}

export interface FoldedText {
  folded: string;
  /**
   * The offset in the original text of folded offset `i` (0 ≤ i ≤ folded.length). A match [s, e) in
   * `folded` is [toOriginal(s), toOriginal(e)) in the original, marks and whole ligatures included.
   */
  toOriginal(i: number): number;
}

/** `fold`, keeping for each folded UTF-16 unit the offset of the original character it came from. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  // Folded text is rarely longer than the original; grow by doubling for the odd expansion.
  let origin = new Uint32Array(text.length + 1);
  let n = 0;
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    if (n + f.length >= origin.length) {
      const grown = new Uint32Array(2 * (n + f.length) + 1);
      grown.set(origin);
      origin = grown;
    }
    for (let k = 0; k < f.length; k++) origin[n++] = i;
    i += ch.length;
  }
  origin[n] = text.length;
  const map = origin;
  const last = n;
  return {
    folded,
    toOriginal(at: number): number {
      const k = Math.min(Math.max(Math.trunc(at), 0), last);
      return map[k] ?? text.length;
    },
  };
}

const cache = new Map<string, string>();

/** One code point folded. Cached: an article uses a few hundred distinct characters. */
function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    const decomposed = ch.normalize(LETTER.test(ch) ? 'NFKD' : 'NFD');
    f = decomposed.toLowerCase().replace(MARKS, '').replace(/đ/g, 'd').normalize('NFC');
    if (cache.size < 4096) cache.set(ch, f);
  }
  return f;
}

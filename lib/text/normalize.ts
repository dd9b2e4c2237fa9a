/**
 * Vietnamese text normalization. Pages mix NFC and NFD (and old "VNI-style" combining marks), so every
 * comparison starts from NFC; folding is for matching only and never replaces stored text.
 */

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Lower-case, strip tone and vowel marks, đ → d: "Đà Nẵng" → "da nang". The result has the same
 * number of UTF-16 units as `nfc(text)` for Vietnamese letters, which keeps folded offsets usable.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

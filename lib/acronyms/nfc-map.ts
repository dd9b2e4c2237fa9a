/**
 * NFC text plus a way back to offsets in the caller's text. Matching runs on NFC, but offsets must
 * point into the string the caller passed, which may be NFD (pasted text, some CMS output).
 */
export interface NfcView {
  text: string;
  /** Offset in the original text of NFC offset `i` (`i` may equal `text.length`). */
  toOriginal(i: number): number;
}

export function nfcView(original: string): NfcView {
  const whole = original.normalize('NFC');
  if (whole === original) return { text: whole, toOriginal: (i) => i };
  // Normalize one base letter with its combining marks at a time, so every NFC unit maps to the
  // start of the cluster it came from.
  const map: number[] = [];
  let out = '';
  for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(m.index ?? 0);
    out += piece;
  }
  map.push(original.length);
  // Cluster-wise NFC equals whole-string NFC for real text; `out` is what the map describes.
  return { text: out, toOriginal: (i) => map[i] ?? original.length };
}

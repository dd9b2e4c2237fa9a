/**
 * "NV1", "NV2" … "NV10": a university applicant's admission choices by rank (nguyện vọng 1), written
 * together with their number. Shaped like a model's designation, they are read as what they stand for,
 * with the rank as a figure, as the article writes it ("nguyện vọng 1 (NV1)"). A rank from 1 to 99;
 * not three digits and more: "NV200" is a van.
 */
const CHOICE = /^NV([1-9]\d?)$/u;

export function isChoiceCode(code: string): boolean {
  return CHOICE.test(code);
}

/** "nguyện vọng 1" for "NV1", or null. */
export function choiceName(code: string): string | null {
  const rank = CHOICE.exec(code)?.[1];
  return rank === undefined ? null : `nguyện vọng ${rank}`;
}

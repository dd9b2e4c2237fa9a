/**
 * The headline's acronyms: "UBND" in "Hội nghị … của UBND TP.HCM" is the body's UBND, with its
 * expansion. The headline is no part of the article's text (the extractor keeps it apart), so its
 * uses are found here, by the detector's own rules, and only for acronyms the body has: a headline
 * alone rarely says enough to expand one.
 */
import type { AcronymInfo } from '../acronyms';
import { detectOccurrences } from '../acronyms/detect';
import type { DecoratedAcronym } from './page-decorations';

/** `acronyms`, each with the offsets of its uses in `title` (NFC, as the extractor gives it). */
export function withTitleOffsets(acronyms: readonly AcronymInfo[], title: string): DecoratedAcronym[] {
  const inTitle = new Map<string, number[]>();
  for (const o of detectOccurrences(title)) inTitle.set(o.surface, [...(inTitle.get(o.surface) ?? []), o.start]);
  return acronyms.map((a) => {
    const offsets = inTitle.get(a.short);
    return offsets ? { ...a, titleOffsets: offsets } : a;
  });
}

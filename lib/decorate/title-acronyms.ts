/**
 * The headline's acronyms: "UBND" in "Hội nghị … của UBND TP.HCM" is the body's UBND, with its
 * expansion. The headline is no part of the article's text (the extractor keeps it apart), so its
 * uses are found here, by the detector's own rules. One the body does not have ("TT Putin …" over a
 * body that writes "Tổng thống") is read from the headline alone, with the glossaries.
 */
import type { AcronymInfo } from '../acronyms';
import { detectOccurrences } from '../acronyms/detect';
import type { DecoratedAcronym } from './page-decorations';

/**
 * `acronyms` (the body's), each with the offsets of its uses in `title` (NFC, as the extractor gives
 * it), then `fromTitle` (the headline read alone, offsets into it) for the short forms the body lacks.
 */
export function withTitleOffsets(acronyms: readonly AcronymInfo[], title: string, fromTitle: readonly AcronymInfo[] = []): DecoratedAcronym[] {
  const inTitle = new Map<string, number[]>();
  for (const o of detectOccurrences(title)) inTitle.set(o.surface, [...(inTitle.get(o.surface) ?? []), o.start]);
  const body = new Set(acronyms.map((a) => a.short));
  return [
    ...acronyms.map((a) => {
      const offsets = inTitle.get(a.short);
      return offsets ? { ...a, titleOffsets: offsets } : a;
    }),
    ...fromTitle.filter((a) => !body.has(a.short)).map((a) => ({ ...a, count: 0, offsets: [], titleOffsets: a.offsets })),
  ];
}

/** Whether the headline writes a short form the body does not: only then is it read alone. */
export function titleHasOwnAcronyms(acronyms: readonly AcronymInfo[], title: string): boolean {
  const body = new Set(acronyms.map((a) => a.short));
  return detectOccurrences(title).some((o) => !body.has(o.surface));
}

/**
 * The headline's acronyms: "UBND" in "Hội nghị … của UBND TP.HCM" is the body's UBND, with its
 * expansion. The headline is no part of the article's text (the extractor keeps it apart), so its
 * uses are found here, by the detector's own rules. One the body does not have ("TT Putin …" over a
 * body that writes "Tổng thống") is read from the headline alone, with the glossaries, and so is a
 * headline that may define one the body uses unexplained ("Ra mắt Trung tâm Dữ liệu Quốc gia
 * (TTDLQG)").
 */
import type { AcronymInfo } from '../acronyms';
import { detectOccurrences } from '../acronyms/detect';
import { wholeTokenUses } from '../acronyms/whole-token';
import type { DecoratedAcronym } from './page-decorations';

/** The body's acronyms with their uses in the headline, found by their written form ("TT-Huế" is
 * one, though the detector alone reads its "TT"), and the headline's spans they cover. */
function bodyInTitle(acronyms: readonly AcronymInfo[], title: string): { rows: DecoratedAcronym[]; covers(start: number, end: number): boolean } {
  const spans: [number, number][] = [];
  const rows = acronyms.map((a) => {
    const offsets = wholeTokenUses(title, a.short);
    for (const o of offsets) spans.push([o, o + a.short.length]);
    return offsets.length > 0 ? { ...a, titleOffsets: offsets } : a;
  });
  return { rows, covers: (start, end) => spans.some(([s, e]) => s <= start && end <= e) };
}

/**
 * `acronyms` (the body's), each with the offsets of its uses in `title` (NFC, as the extractor gives
 * it), then `fromTitle` (the headline read alone, offsets into it) for the short forms the body lacks.
 * The headline's own definition of a short form the body uses without explaining, nor the glossaries,
 * is the article's word for it: `definitionInTitle` says where it stands. Not over a reading the
 * glossaries give: a headline's brackets hold more than names ("Giải bóng đá U23 Đông Nam Á (AFF)",
 * "vaccine HPV (phòng ung thư cổ tử cung)"), and one misread there would stand for every use.
 */
export function withTitleOffsets(acronyms: readonly AcronymInfo[], title: string, fromTitle: readonly AcronymInfo[] = []): DecoratedAcronym[] {
  const { rows, covers } = bodyInTitle(acronyms, title);
  const definedInTitle = new Map(fromTitle.filter((a) => a.source === 'text' && a.definedInText).map((a) => [a.short, a]));
  const defined = rows.map((row): DecoratedAcronym => {
    const headline = row.titleOffsets?.length && row.long === null ? definedInTitle.get(row.short) : undefined;
    if (!headline) return row;
    // The headline's reading whole, the body's uses kept: the glossary's senses are no longer its.
    const { short, count, offsets, titleOffsets } = row;
    return { ...headline, short, count, offsets, ...(titleOffsets ? { titleOffsets } : {}), definitionInTitle: true };
  });
  const own = fromTitle
    .map((a) => ({ ...a, titleOffsets: a.offsets.filter((o) => !covers(o, o + a.short.length)) }))
    .filter((a) => a.titleOffsets.length > 0);
  return [...defined, ...own.map((a): DecoratedAcronym => ({ ...a, count: 0, offsets: [], ...(a.definition ? { definitionInTitle: true as const } : {}) }))];
}

/**
 * Whether the headline is worth reading alone: it writes a short form the body does not, or, with
 * brackets, may define one the body uses unexplained.
 */
export function titleToRead(acronyms: readonly AcronymInfo[], title: string): boolean {
  const { rows, covers } = bodyInTitle(acronyms, title);
  if (detectOccurrences(title).some((o) => !covers(o.start, o.end))) return true;
  return title.includes('(') && rows.some((r) => r.titleOffsets?.length && r.long === null);
}

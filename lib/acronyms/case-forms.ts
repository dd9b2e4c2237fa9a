/**
 * One row per acronym in the reader's list, whatever the case or spacing it is written in: "TEPCO" and
 * "Tepco", "Cty" and "CTY", "TP HCM" and "TPHCM" are one name, expanded alike, and two rows saying the
 * same read as a mistake.
 */
import { nfc } from '../text/normalize';
import type { AcronymInfo } from './types';

/** An acronym and the other ways the article writes it ("Tepco" beside "TEPCO"). */
export interface AcronymRow extends AcronymInfo {
  /** Every written form, the first use's first. */
  forms: string[];
  /** Uses in the headline, which the extractor keeps apart from the text (offsets into the title). */
  titleOffsets?: readonly number[];
  /** `definition` is the headline's (offsets into the title). */
  definitionInTitle?: true;
}

/**
 * Rows of `acronyms` (in text order) with the forms that differ only in case, spaces or dots and
 * expand alike (same expansion, same source) joined: counts add up, offsets merge, the rest is the
 * first form's.
 */
export function mergeCaseForms(acronyms: readonly (AcronymInfo & Pick<AcronymRow, 'titleOffsets' | 'definitionInTitle'>)[]): AcronymRow[] {
  const rows: AcronymRow[] = [];
  const byKey = new Map<string, AcronymRow>();
  for (const a of acronyms) {
    const key = `${nfc(a.short).toUpperCase().replace(/[\s.]+/g, '')}\u0000${a.long ?? ''}\u0000${a.source ?? ''}`;
    const row = byKey.get(key);
    if (!row) {
      const first: AcronymRow = { ...a, forms: [a.short] };
      byKey.set(key, first);
      rows.push(first);
      continue;
    }
    row.forms.push(a.short);
    row.count += a.count;
    row.offsets = [...row.offsets, ...a.offsets].sort((x, y) => x - y);
    if (a.titleOffsets) row.titleOffsets = [...(row.titleOffsets ?? []), ...a.titleOffsets].sort((x, y) => x - y);
  }
  return rows;
}

/**
 * The reader's own entries, chosen for the page being read: an entry kept for the article itself
 * comes first, then one kept for its site ("CP" is "cổ phiếu" on a market site), then one for every
 * site, which comes before the built-in glossary.
 */
import { nfc } from '../text/normalize';
import { glossaryKey } from './glossary';
import type { UserGlossaryEntry } from './types';

/** Where an entry is kept, as fields to spread into another: its site or its article, else neither. */
export function keptWhere(e: { site?: string | undefined; page?: string | undefined }): { site?: string; page?: string } {
  return { ...(e.site ? { site: e.site } : {}), ...(e.page ? { page: e.page } : {}) };
}

/** How closely an entry is kept to the page: its article, its site, every site; -1 for another's. */
function closeness(e: UserGlossaryEntry, site: string | null, page: string | null): number {
  if (e.page) return e.page === page ? 2 : -1;
  if (e.site) return e.site === site ? 1 : -1;
  return 0;
}

/**
 * The entry for each short form (by `glossaryKey`) on `site` (as lib/url's `siteOf` gives it) and
 * the article at `page` (as `cleanUrl` gives it): the closest kept, the first of equals.
 */
export function userEntriesOn(user: readonly UserGlossaryEntry[] | undefined, site: string | null = null, page: string | null = null): Map<string, UserGlossaryEntry> {
  const index = new Map<string, UserGlossaryEntry>();
  const best = new Map<string, number>();
  for (const e of user ?? []) {
    const here = closeness(e, site, page);
    const key = glossaryKey(e.short);
    if (here < 0 || here <= (best.get(key) ?? -1)) continue;
    index.set(key, { ...e, short: nfc(e.short), long: nfc(e.long) });
    best.set(key, here);
  }
  return index;
}

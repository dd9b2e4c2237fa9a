/**
 * The reader's own entries, chosen for the page being read: an entry kept for one site ("CP" is
 * "cổ phiếu" on a market site) comes before one for every site, which comes before the built-in
 * glossary.
 */
import { nfc } from '../text/normalize';
import { glossaryKey } from './glossary';
import type { UserGlossaryEntry } from './types';

/**
 * The entry for each short form (by `glossaryKey`) on `site` (as lib/url's `siteOf` gives it): that
 * site's first, else one for every site.
 */
export function userEntriesOn(user: readonly UserGlossaryEntry[] | undefined, site: string | null = null): Map<string, UserGlossaryEntry> {
  const index = new Map<string, UserGlossaryEntry>();
  const mine = new Set<string>();
  for (const e of user ?? []) {
    if (e.site && e.site !== site) continue;
    const key = glossaryKey(e.short);
    const here = Boolean(e.site);
    if (index.has(key) && (mine.has(key) || !here)) continue;
    index.set(key, { ...e, short: nfc(e.short), long: nfc(e.long) });
    if (here) mine.add(key);
  }
  return index;
}

import { nfc } from '../text/normalize';
import { glossaryKey, type Glossary } from './glossary';
import type { AcronymInfo, ExpansionSource, UserGlossaryEntry } from './types';
import { userEntriesOn } from './user-entries';

export interface LookupResult {
  short: string;
  long: string | null;
  source: Exclude<ExpansionSource, 'text'> | null;
  senses: string[];
}

/** The short form a selection holds, without the quotes, brackets and punctuation around it; null
 * when it is no short form (empty, long, several lines). */
function selectedShort(selection: string): string | null {
  const short = nfc(selection).trim().replace(/^[\s"“”'‘’(«]+|[\s"“”'‘’).,;:!?»]+$/gu, '');
  return !short || short.length > 24 || /\s{2,}|\n/.test(short) ? null : short;
}

/**
 * The acronym of `acronyms` (an article's, as its page shows them) that the selection is, when the
 * article defines it or the reader has their own word for it there: those outrank the built-in
 * glossary, as everywhere else, and a correction kept for the article is known only to the page.
 */
export function answeredInArticle(acronyms: readonly AcronymInfo[], selection: string): AcronymInfo | null {
  const short = selectedShort(selection);
  if (!short) return null;
  const key = glossaryKey(short);
  return acronyms.find((a) => (a.definedInText || a.source === 'user') && glossaryKey(a.short) === key) ?? null;
}

/**
 * Looks up one acronym the reader selected (context menu, "add to my glossary"): the reader's own
 * glossary first, then the built-in one with the sense picked from `context`.
 */
export function lookupAcronym(
  selection: string,
  opts: { glossary?: Glossary; user?: UserGlossaryEntry[]; context?: string; site?: string | null; page?: string | null },
): LookupResult | null {
  const short = selectedShort(selection);
  if (!short) return null;
  const key = glossaryKey(short);
  const mine = userEntriesOn(opts.user, opts.site ?? null, opts.page ?? null).get(key);
  if (mine) return { short, long: mine.long, source: 'user', senses: [mine.long] };
  const hit = opts.glossary?.lookup(short, opts.context);
  if (hit) return { short: hit.short, long: hit.long, source: 'glossary', senses: hit.senses };
  return { short, long: null, source: null, senses: [] };
}

import { nfc } from '../text/normalize';
import { detectOccurrences } from './detect';
import { isVietnameseSyllable } from './letters';
import { glossaryKey, type Glossary } from './glossary';
import type { AcronymInfo, ExpansionSource, UserGlossaryEntry } from './types';
import { userEntriesOn } from './user-entries';

export interface LookupResult {
  short: string;
  long: string | null;
  source: Exclude<ExpansionSource, 'text'> | null;
  senses: string[];
}

// Longest selection read for the acronym inside it: a sentence or two.
const MAX_SELECTION = 400;

/**
 * The short form a selection holds. The acronym it holds among other words ("Theo NHNN,", "Quỹ Tiền
 * tệ Quốc tế (IMF)"), by the detector's own rules; else the selection itself, without the quotes,
 * brackets and punctuation around it, when it is one word that is no plain Vietnamese syllable
 * ("ubnd", "QZXK"): the reader may ask about a form the detector does not take. Null when the
 * selection holds no acronym ("Ngân hàng", "đề nghị"), several, or is too long.
 */
function selectedShort(selection: string): string | null {
  const text = nfc(selection).trim().replace(/^[\s"“”'‘’(«]+|[\s"“”'‘’).,;:!?»]+$/gu, '');
  if (!text || text.length > MAX_SELECTION) return null;
  const found = new Set(detectOccurrences(text).map((o) => o.surface));
  if (found.size === 1) return [...found][0]!;
  if (found.size > 1 || /\s/.test(text) || text.length > 24) return null;
  return isVietnameseSyllable(text) && text === text.toLowerCase() ? null : text;
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
 * glossary first, then the built-in one with the sense picked from `context`. Null when the
 * selection holds no acronym, or several.
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

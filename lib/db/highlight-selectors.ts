import type { Selectors } from '../anchoring/types';
import type { HighlightRecord } from './schema';

/**
 * The selectors stored in a highlight record, as the anchoring code takes them. Kept apart from the
 * database code so the content script can use it without bundling Dexie.
 */
export function selectorsOf(h: Pick<HighlightRecord, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>): Selectors {
  return {
    quote: { type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix },
    position: { type: 'TextPositionSelector', start: h.start, end: h.end },
  };
}

import { useMemo, useRef } from 'preact/hooks';
import { createSearchIndex, type SearchIndex } from '@/lib/library/search';
import type { LibraryItem } from '@/lib/library/types';

/**
 * The search index, built on the first query rather than on page load (35,000 records take seconds
 * to index; the unfiltered list needs no index), then kept current incrementally: each new list of
 * items upserts the records whose `updatedAt` moved and removes the ones that left.
 */
export function useSearchIndex(items: LibraryItem[], needed: boolean): SearchIndex | null {
  const state = useRef<{ index: SearchIndex; seen: Map<string, number> } | null>(null);
  return useMemo(() => {
    if (!needed && !state.current) return null;
    if (!state.current) {
      state.current = { index: createSearchIndex(items), seen: new Map(items.map((i) => [i.record.id, i.record.updatedAt])) };
      return state.current.index;
    }
    const { index, seen } = state.current;
    const now = new Map<string, number>();
    for (const item of items) {
      now.set(item.record.id, item.record.updatedAt);
      if (seen.get(item.record.id) !== item.record.updatedAt) index.upsert(item);
    }
    for (const id of seen.keys()) if (!now.has(id)) index.remove(id);
    state.current.seen = now;
    return index;
  }, [items, needed]);
}

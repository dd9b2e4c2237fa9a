import { useMemo, useRef } from 'preact/hooks';
import { createSearchIndex, type SearchIndex } from '@/lib/library/search';
import { liveItems, type LibraryItem, type Snapshot } from '@/lib/library/types';

/**
 * One search index for the page's life, kept current incrementally: each new snapshot (live query)
 * upserts the records whose `updatedAt` moved and removes the ones that left.
 */
export function useSearchIndex(snapshot: Snapshot): { index: SearchIndex; items: LibraryItem[] } {
  const state = useRef<{ index: SearchIndex; seen: Map<string, number> } | null>(null);
  return useMemo(() => {
    const items = liveItems(snapshot);
    if (!state.current) {
      state.current = { index: createSearchIndex(items), seen: new Map(items.map((i) => [i.record.id, i.record.updatedAt])) };
      return { index: state.current.index, items };
    }
    const { index, seen } = state.current;
    const now = new Map<string, number>();
    for (const item of items) {
      now.set(item.record.id, item.record.updatedAt);
      if (seen.get(item.record.id) !== item.record.updatedAt) index.upsert(item);
    }
    for (const id of seen.keys()) if (!now.has(id)) index.remove(id);
    state.current.seen = now;
    return { index, items };
  }, [snapshot]);
}

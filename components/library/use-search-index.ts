import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSearchIndex, type SearchIndex } from '@/lib/library/search';
import type { LibraryItem } from '@/lib/library/types';

/**
 * The search index, built in the background once the whole notebook is read (35,000 records take
 * seconds to index; a chunk at a time, the page stays responsive), then kept current incrementally:
 * each new list of items upserts the records whose `updatedAt` moved and removes the ones that left.
 * Null until built: a query typed before waits for it (or is told the index failed).
 */
export function useSearchIndex(items: LibraryItem[], complete: boolean): { index: SearchIndex | null; error?: unknown } {
  const [built, setBuilt] = useState<{ index: SearchIndex; seen: Map<string, number> } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const latest = useRef(items);
  latest.current = items;
  const started = useRef(false);
  useEffect(() => {
    if (!complete || started.current) return;
    started.current = true;
    const from = latest.current;
    buildSearchIndex(from).then(
      (index) => setBuilt({ index, seen: new Map(from.map((i) => [i.record.id, i.record.updatedAt])) }),
      (err: unknown) => setError(() => err),
    );
  }, [complete]);
  const index = useMemo(() => {
    if (!built) return null;
    const { index: current, seen } = built;
    const now = new Map<string, number>();
    for (const item of items) {
      now.set(item.record.id, item.record.updatedAt);
      if (seen.get(item.record.id) !== item.record.updatedAt) current.upsert(item);
    }
    for (const id of seen.keys()) if (!now.has(id)) current.remove(id);
    built.seen = now;
    return current;
  }, [items, built]);
  return { index, error };
}

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { SotayDatabase } from '@/lib/db/schema';
import { readChangedSince, readNewest, readSnapshot, withChanges } from '@/lib/library/snapshot';
import type { Snapshot } from '@/lib/library/types';
import { onNotebookRestore } from '@/utils/notebook-changes';

export interface Notebook {
  snapshot: Snapshot;
  /** False while only the newest entries are read: counts, filters and exports wait for the rest. */
  complete: boolean;
  /** Why the notebook could not be read (the database closed, the disk failed); the page says so. */
  error?: unknown;
}

const EMPTY: Snapshot = { articles: [], quotes: [], highlights: [], glossary: [] };
/** A write stamped a little before the whole read began may commit after it: read it again. */
const OVERLAP_MS = 60_000;

/**
 * The notebook for the library page. The newest `firstPage` entries of each kind come first, then
 * the whole notebook; after that only what changed is read (a tag or a deletion re-reads a handful of
 * records, not 35,000). A restore, here or in another tab, keeps the backup's older stamps, so it
 * starts over with a whole read.
 */
export function useNotebook(db: SotayDatabase, firstPage: number): Notebook {
  const [notebook, setNotebook] = useState<Notebook>({ snapshot: EMPTY, complete: false });
  const [generation, setGeneration] = useState(0);
  useEffect(() => onNotebookRestore(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    let live = true;
    let unsubscribe = (): void => undefined;
    const failed = (error: unknown): void => {
      if (live) setNotebook((n) => ({ ...n, error }));
    };
    void (async () => {
      // A reload after a restore keeps showing the whole notebook it had until the new one is read.
      if (generation === 0) {
        const newest = await readNewest(db, firstPage);
        if (live) setNotebook((n) => (n.complete ? n : { snapshot: newest, complete: false }));
      }
      const since = Date.now() - OVERLAP_MS;
      const whole = await readSnapshot(db);
      if (!live) return;
      setNotebook({ snapshot: whole, complete: true });
      const subscription = liveQuery(() => readChangedSince(db, since)).subscribe({
        next: (changed) => live && setNotebook({ snapshot: withChanges(whole, changed), complete: true }),
        // Changes are no longer followed: say so rather than show a notebook that silently stops.
        error: failed,
      });
      unsubscribe = () => subscription.unsubscribe();
    })().catch(failed);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [db, firstPage, generation]);
  return notebook;
}

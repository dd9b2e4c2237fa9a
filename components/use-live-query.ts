import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Dexie's liveQuery as a Preact hook: re-renders when the tables the query read change, in any tab. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the dependencies
  }, deps);
  return value;
}

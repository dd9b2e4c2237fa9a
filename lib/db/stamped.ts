/**
 * Typed create/update/delete for the notebook's stamped records. Each write runs in a Dexie
 * transaction, bumps `updatedAt`, and deletes by leaving a tombstone (`deletedAt`), so a later
 * backup merge sees the deletion instead of resurrecting the record from the other browser.
 */
import type { InsertType, Table } from 'dexie';
import type { SotayDatabase, Stamped } from './schema';

/** `EntityTable<T, 'id'>` spelled with a string key, so generic code can call `get(id)`. */
export type StampedTable<T extends Stamped> = Table<T, string, InsertType<T, 'id'>>;

export type NewFields<T extends Stamped> = Omit<T, keyof Stamped>;
export type Changes<T extends Stamped> = Partial<Omit<T, keyof Stamped>>;

/**
 * The stamp of a new version: `now`, but always after the version it replaces, so an edit made
 * within the same millisecond (or after the clock stepped back) still wins a merge by `updatedAt`.
 */
export function nextStamp(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}

export async function addStamped<T extends Stamped>(
  db: SotayDatabase,
  table: StampedTable<T>,
  fields: NewFields<T>,
  now: number,
): Promise<T> {
  // The spread of a generic Omit is not known to TypeScript to rebuild T; the fields are exactly
  // T minus the stamps, which are added here.
  const record = { ...fields, id: crypto.randomUUID(), createdAt: now, updatedAt: now } as T;
  // A full record is a valid insert (its id is merely optional there); Dexie's generic type cannot see it.
  await db.transaction('rw', table, () => table.add(record as InsertType<T, 'id'>));
  return record;
}

/** Applies `changes` to a live record; undefined when it does not exist or is deleted. */
export async function updateStamped<T extends Stamped>(
  db: SotayDatabase,
  table: StampedTable<T>,
  id: string,
  changes: Changes<T>,
  now: number,
): Promise<T | undefined> {
  return db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (!existing || existing.deletedAt) return undefined;
    const record: T = { ...existing, ...changes, id, createdAt: existing.createdAt, updatedAt: nextStamp(existing.updatedAt, now) };
    await table.put(record as InsertType<T, 'id'>);
    return record;
  });
}

/**
 * Marks a record deleted. The tombstone keeps the fields for a month (a merge compares only stamps,
 * and an "undo" can clear `deletedAt`; compact-tombstones.ts empties them after). False when there
 * was nothing live to delete.
 */
export async function softDeleteStamped<T extends Stamped>(
  db: SotayDatabase,
  table: StampedTable<T>,
  id: string,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (!existing || existing.deletedAt) return false;
    const stamp = nextStamp(existing.updatedAt, now);
    await table.put({ ...existing, updatedAt: stamp, deletedAt: stamp } as InsertType<T, 'id'>);
    return true;
  });
}

/** Live records, optionally only those whose indexed `field` equals `value`, newest first. */
export async function listStamped<T extends Stamped>(
  table: StampedTable<T>,
  where?: { field: string; value: string },
): Promise<T[]> {
  const rows: T[] = where ? await table.where(where.field).equals(where.value).toArray() : await table.toArray();
  return rows.filter((r) => !r.deletedAt).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}

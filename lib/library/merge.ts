/**
 * Merging two copies of the notebook record by record, by id: the newer `updatedAt` wins, and a
 * deletion is just a newer version (a tombstone), so it survives the merge. The rule is a
 * deterministic function of the two versions, which makes merging commutative, associative and
 * idempotent: restoring a backup twice, or in either order on two browsers, ends in the same state.
 */
import type { Stamped } from '../db/schema';

/** JSON with object keys sorted: two versions with the same content compare equal as strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The version to keep. Newer `updatedAt` wins; on a tie (two browsers writing in the same
 * millisecond) a tombstone wins, then the larger canonical JSON, an arbitrary but symmetric choice.
 */
export function pickNewer<T extends Stamped>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const aDeleted = a.deletedAt !== undefined;
  if (aDeleted !== (b.deletedAt !== undefined)) return aDeleted ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

export interface MergeResult<T> {
  /** Every id of both sides once, with the version kept. */
  merged: T[];
  /** The incoming versions that must be written locally (new ids, or newer than the local one). */
  toWrite: T[];
  added: number;
  updated: number;
  /** Incoming versions identical to the local one. */
  unchanged: number;
  /** Incoming versions older than (or losing the tie to) the local one. */
  keptLocal: number;
}

export function mergeRecords<T extends Stamped>(local: readonly T[], incoming: readonly T[]): MergeResult<T> {
  const byId = new Map<string, T>();
  for (const record of local) {
    const seen = byId.get(record.id);
    byId.set(record.id, seen ? pickNewer(seen, record) : record);
  }
  // An incoming file could hold one id twice (hand-edited, concatenated): its newest version counts.
  const incomingById = new Map<string, T>();
  for (const record of incoming) {
    const seen = incomingById.get(record.id);
    incomingById.set(record.id, seen ? pickNewer(seen, record) : record);
  }
  const toWrite: T[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let keptLocal = 0;
  for (const [id, theirs] of incomingById) {
    const ours = byId.get(id);
    if (!ours) {
      byId.set(id, theirs);
      toWrite.push(theirs);
      added++;
    } else if (ours.updatedAt === theirs.updatedAt && canonicalJson(ours) === canonicalJson(theirs)) {
      unchanged++;
    } else if (pickNewer(ours, theirs) === theirs) {
      byId.set(id, theirs);
      toWrite.push(theirs);
      updated++;
    } else keptLocal++;
  }
  return { merged: [...byId.values()], toWrite, added, updated, unchanged, keptLocal };
}

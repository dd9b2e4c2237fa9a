import { keptWhere, parseUserGlossaryCsv, type UserGlossaryEntry } from '../acronyms';
import type { UserGlossaryParse } from '../acronyms/user-csv';
import { keptKey } from './glossary';
import type { GlossaryRecord, SotayDatabase } from './schema';
import { nextStamp, softDeleteStamped } from './stamped';

export type GlossaryImport =
  /** `repeated`: rows of the file that a later row for the same acronym, kept in the same place,
   * replaced (a sheet listing several meanings of one acronym keeps the last). */
  | { ok: true; added: number; updated: number; unchanged: number; repeated: number }
  /** The parser's refusal as it is: its code and particulars are what the popup localizes. */
  | Extract<UserGlossaryParse, { ok: false }>;

/**
 * Imports the reader's glossary from CSV, all or nothing: a malformed file is refused with its
 * line before anything is written, and the entries land in one transaction. An entry for an
 * acronym the reader already has, kept for the same article, the same site or every site, replaces
 * its expansion (the file is the newer word).
 */
export async function importGlossaryCsv(db: SotayDatabase, csv: string, now: number = Date.now()): Promise<GlossaryImport> {
  const parsed = parseUserGlossaryCsv(csv);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.glossary, async () => {
    // The newest of doubles an older build left is the one in use (the background lists newest
    // first); the file updates that one, and the others become tombstones.
    const live = (await db.glossary.toArray()).filter((e) => !e.deletedAt).sort((a, b) => a.updatedAt - b.updatedAt);
    const byKey = new Map(live.map((e) => [keptKey(e), e]));
    const entries = dedupe(parsed.entries);
    const touched = new Set(entries.map(keptKey));
    for (const stale of live.filter((e) => touched.has(keptKey(e)) && byKey.get(keptKey(e)) !== e)) await softDeleteStamped(db, db.glossary, stale.id, now);
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    // One bulk write: a row at a time, a list of 5,000 acronyms took five seconds in Chromium.
    const writes: GlossaryRecord[] = [];
    for (const entry of entries) {
      const existing = byKey.get(keptKey(entry));
      const note = entry.note ?? '';
      if (existing && existing.long === entry.long && existing.note === note) {
        unchanged++;
      } else if (existing) {
        writes.push({ ...existing, long: entry.long, note, updatedAt: nextStamp(existing.updatedAt, now) });
        updated++;
      } else {
        writes.push({ id: crypto.randomUUID(), createdAt: now, updatedAt: now, short: entry.short, long: entry.long, note, ...keptWhere(entry) });
        added++;
      }
    }
    await db.glossary.bulkPut(writes);
    return { ok: true as const, added, updated, unchanged, repeated: parsed.entries.length - entries.length };
  });
}

/** The last line for an acronym and where it is kept wins, as if the file were applied top to bottom. */
function dedupe(entries: UserGlossaryEntry[]): UserGlossaryEntry[] {
  const byKey = new Map<string, UserGlossaryEntry>();
  for (const e of entries) byKey.set(keptKey(e), e);
  return [...byKey.values()];
}

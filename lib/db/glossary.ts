/** The reader's own glossary entries (acronym → expansion): typed wrappers for background and pages. */
import type { GlossaryRecord, SotayDatabase } from './schema';
import { addStamped, listStamped, softDeleteStamped, updateStamped, type Changes, type NewFields } from './stamped';

export function addGlossaryEntry(
  db: SotayDatabase,
  fields: NewFields<GlossaryRecord>,
  now: number = Date.now(),
): Promise<GlossaryRecord> {
  return addStamped(db, db.glossary, fields, now);
}

export function updateGlossaryEntry(
  db: SotayDatabase,
  id: string,
  changes: Changes<GlossaryRecord>,
  now: number = Date.now(),
): Promise<GlossaryRecord | undefined> {
  return updateStamped(db, db.glossary, id, changes, now);
}

export function deleteGlossaryEntry(db: SotayDatabase, id: string, now: number = Date.now()): Promise<boolean> {
  return softDeleteStamped(db, db.glossary, id, now);
}

/** Live entries, all or those for one short form. */
export function listGlossary(db: SotayDatabase, short?: string): Promise<GlossaryRecord[]> {
  return short === undefined ? listStamped(db.glossary) : listStamped(db.glossary, { field: 'short', value: short });
}

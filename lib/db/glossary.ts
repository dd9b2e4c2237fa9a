/** The reader's own glossary entries (acronym → expansion): typed wrappers for background and pages. */
import { glossaryKey } from '../acronyms/glossary';
import { nfc } from '../text/normalize';
import type { GlossaryRecord, SotayDatabase } from './schema';
import { addStamped, listStamped, softDeleteStamped, updateStamped, type Changes, type NewFields } from './stamped';

/** An acronym and where an entry for it is kept. */
type Kept = { short: string; site?: string | undefined; page?: string | undefined };

/**
 * What makes two entries say the same thing: the acronym (as `glossaryKey` spells it, so "TP.HCM"
 * is "TPHCM") and where it is kept, the same article, the same site or every site.
 */
export function keptKey(e: Kept): string {
  return `${glossaryKey(e.short)}\u0000${e.site ?? ''}\u0000${e.page ?? ''}`;
}

/** Live entries saying the same thing as `e`, newest first. */
async function sameKept(db: SotayDatabase, e: Kept): Promise<GlossaryRecord[]> {
  const key = keptKey(e);
  const live = await db.glossary.filter((r) => !r.deletedAt && keptKey(r) === key).toArray();
  return live.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A save, and how many earlier expansions of the acronym for the same place it replaced. */
export interface GlossarySave {
  record: GlossaryRecord;
  replaced: number;
}

/**
 * Saves an entry from the popup. One the reader already has for the acronym and the same place is
 * replaced, not doubled: otherwise the list shows two rows and only the newer one is ever used. A
 * save without a note keeps the note the reader wrote before.
 */
export function addGlossaryEntry(db: SotayDatabase, fields: NewFields<GlossaryRecord>, now: number = Date.now()): Promise<GlossarySave> {
  return db.transaction('rw', db.glossary, async () => {
    const [newest, ...older] = await sameKept(db, fields);
    if (!newest) return { record: await addStamped(db, db.glossary, fields, now), replaced: 0 };
    for (const o of older) await softDeleteStamped(db, db.glossary, o.id, now);
    const record = await updateStamped(db, db.glossary, newest.id, { ...fields, note: fields.note || newest.note }, now);
    if (!record) throw new Error('the glossary entry vanished while it was saved');
    return { record, replaced: [newest, ...older].filter((o) => nfc(o.long) !== nfc(fields.long)).length };
  });
}

/**
 * Edits an entry. When the edit makes it say what another entry says (same acronym, same place),
 * the edited one is kept and the other deleted, as a save in the popup would. Undefined when the
 * entry is gone.
 */
export function updateGlossaryEntry(db: SotayDatabase, id: string, changes: Changes<GlossaryRecord>, now: number = Date.now()): Promise<GlossarySave | undefined> {
  return db.transaction('rw', db.glossary, async () => {
    const record = await updateStamped(db, db.glossary, id, changes, now);
    if (!record) return undefined;
    const others = (await sameKept(db, record)).filter((o) => o.id !== id);
    for (const o of others) await softDeleteStamped(db, db.glossary, o.id, now);
    return { record, replaced: others.filter((o) => nfc(o.long) !== nfc(record.long)).length };
  });
}

export function deleteGlossaryEntry(db: SotayDatabase, id: string, now: number = Date.now()): Promise<boolean> {
  return softDeleteStamped(db, db.glossary, id, now);
}

/** Live entries, all or those for one short form. */
export function listGlossary(db: SotayDatabase, short?: string): Promise<GlossaryRecord[]> {
  return short === undefined ? listStamped(db.glossary) : listStamped(db.glossary, { field: 'short', value: short });
}

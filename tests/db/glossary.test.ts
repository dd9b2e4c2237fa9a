import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../lib/acronyms';
import { addGlossaryEntry, listGlossary, updateGlossaryEntry } from '../../lib/db/glossary';
import { importGlossaryCsv } from '../../lib/db/glossary-import';
import { SotayDatabase } from '../../lib/db/schema';

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

const page = 'https://baobinhduong.vn/bai-viet.html';
const stale = { id: 'old', createdAt: 1, updatedAt: 1, short: 'KCN', long: 'khu CN', note: '' };

describe('the reader\'s glossary keeps one entry per acronym and place', () => {
  it('a second save for the same acronym and place replaces the first, however the acronym is spelled', async () => {
    const first = await addGlossaryEntry(db, { short: 'TP.HCM', long: 'Thành phố HCM', note: 'ghi chú' }, 1);
    expect(first.replaced).toBe(0);
    const second = await addGlossaryEntry(db, { short: 'TPHCM', long: 'Thành phố Hồ Chí Minh', note: '' }, 2);
    expect(second.record.id).toBe(first.record.id);
    expect(second.replaced).toBe(1);
    // A save without a note keeps the note written before.
    expect(second.record).toMatchObject({ short: 'TPHCM', long: 'Thành phố Hồ Chí Minh', note: 'ghi chú', createdAt: 1, updatedAt: 2 });
    expect((await listGlossary(db)).map((e) => e.long)).toEqual(['Thành phố Hồ Chí Minh']);
    // Saving the same expansion again replaces nothing the reader would miss.
    expect((await addGlossaryEntry(db, { short: 'TPHCM', long: 'Thành phố Hồ Chí Minh', note: '' }, 3)).replaced).toBe(0);
  });

  it('entries for other places stay apart: every site, one site, one article', async () => {
    await addGlossaryEntry(db, { short: 'CP', long: 'Chính phủ', note: '' }, 1);
    await addGlossaryEntry(db, { short: 'CP', long: 'cổ phiếu', note: '', site: 'cafef.vn' }, 2);
    await addGlossaryEntry(db, { short: 'CP', long: 'cổ phần', note: '', page }, 3);
    await addGlossaryEntry(db, { short: 'CP', long: 'Chính Phủ', note: '' }, 4);
    const live = await listGlossary(db);
    expect(live.map((e) => [e.long, e.site ?? e.page ?? ''])).toEqual([
      ['cổ phần', page],
      ['cổ phiếu', 'cafef.vn'],
      ['Chính Phủ', ''],
    ]);
  });

  it('merges the doubles an older build left, keeping the newest and leaving tombstones for a backup merge', async () => {
    await db.glossary.bulkAdd([stale, { ...stale, id: 'newer', updatedAt: 5, long: 'khu công ngh' }]);
    const saved = await addGlossaryEntry(db, { short: 'KCN', long: 'khu công nghiệp', note: '' }, 10);
    expect(saved.record.id).toBe('newer');
    expect(saved.replaced).toBe(2);
    expect((await listGlossary(db)).map((e) => e.id)).toEqual(['newer']);
    expect(await db.glossary.get('old')).toMatchObject({ deletedAt: 10, long: 'khu CN' });
  });

  it('an import over such doubles updates the one in use and leaves the others as tombstones', async () => {
    // The random ids sort the older row last: the newest must still be the one updated.
    await db.glossary.bulkAdd([{ ...stale, id: 'zzz' }, { ...stale, id: 'aaa', createdAt: 5, updatedAt: 5, long: 'khu công ngh' }]);
    expect(await importGlossaryCsv(db, 'short,long\nKCN,khu công nghiệp\n', 10)).toMatchObject({ ok: true, added: 0, updated: 1 });
    const live = await listGlossary(db);
    expect(live.map((e) => [e.id, e.long])).toEqual([['aaa', 'khu công nghiệp']]);
    expect(findAcronyms('Các KCN mới.', { user: live })[0]).toMatchObject({ long: 'khu công nghiệp', source: 'user' });
    expect((await db.glossary.get('zzz'))?.deletedAt).toBe(10);
  });

  it('an edit that moves an entry onto another\'s place replaces that one', async () => {
    const everywhere = await addGlossaryEntry(db, { short: 'TPTM', long: 'thành phố thông minh', note: '' }, 1);
    const forPage = await addGlossaryEntry(db, { short: 'TPTM', long: 'Thành phố thông minh', note: 'sửa', page }, 2);
    const edited = await updateGlossaryEntry(db, forPage.record.id, { short: 'TPTM', long: 'Thành phố thông minh', note: 'sửa', page: undefined }, 3);
    expect(edited?.record.page).toBeUndefined();
    expect(edited?.replaced).toBe(1);
    expect((await listGlossary(db)).map((e) => e.id)).toEqual([forPage.record.id]);
    expect((await db.glossary.get(everywhere.record.id))?.deletedAt).toBe(3);
  });

  it('a save that fails half-way leaves the notebook as it was: no double deleted, nothing changed', async () => {
    await db.glossary.bulkAdd([stale, { ...stale, id: 'newer', updatedAt: 5, long: 'khu công ngh' }]);
    // The older double is deleted first, then the newer one's update cannot be stored (a value the
    // database cannot clone, as a full disk would fail it): both must be undone together.
    const unstorable = (() => 'khu công nghiệp') as unknown as string;
    await expect(addGlossaryEntry(db, { short: 'KCN', long: 'khu công nghiệp', note: unstorable }, 10)).rejects.toThrow();
    expect((await db.glossary.toArray()).map((e) => [e.id, e.long, e.deletedAt])).toEqual([
      ['newer', 'khu công ngh', undefined],
      ['old', 'khu CN', undefined],
    ]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addGlossaryEntry, listGlossary, updateGlossaryEntry } from '../../lib/db/glossary';
import { SotayDatabase } from '../../lib/db/schema';

let db: SotayDatabase;
beforeEach(async () => {
  db = new SotayDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const page = 'https://baobinhduong.vn/bai-viet.html';

describe('the reader\'s glossary keeps one entry per acronym and place', () => {
  it('a second save for the same acronym and place replaces the first, however the acronym is spelled', async () => {
    const first = await addGlossaryEntry(db, { short: 'TP.HCM', long: 'Thành phố HCM', note: '' }, 1);
    const second = await addGlossaryEntry(db, { short: 'TPHCM', long: 'Thành phố Hồ Chí Minh', note: 'đầy đủ' }, 2);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ short: 'TPHCM', long: 'Thành phố Hồ Chí Minh', note: 'đầy đủ', createdAt: 1, updatedAt: 2 });
    expect((await listGlossary(db)).map((e) => e.long)).toEqual(['Thành phố Hồ Chí Minh']);
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
    const stale = { id: 'old', createdAt: 1, updatedAt: 1, short: 'KCN', long: 'khu CN', note: '' };
    await db.glossary.bulkAdd([stale, { ...stale, id: 'newer', updatedAt: 5, long: 'khu công ngh' }]);
    const saved = await addGlossaryEntry(db, { short: 'KCN', long: 'khu công nghiệp', note: '' }, 10);
    expect(saved.id).toBe('newer');
    expect((await listGlossary(db)).map((e) => e.id)).toEqual(['newer']);
    expect(await db.glossary.get('old')).toMatchObject({ deletedAt: 10, long: 'khu CN' });
  });

  it('an edit that moves an entry onto another\'s place replaces that one', async () => {
    const everywhere = await addGlossaryEntry(db, { short: 'TPTM', long: 'thành phố thông minh', note: '' }, 1);
    const forPage = await addGlossaryEntry(db, { short: 'TPTM', long: 'Thành phố thông minh', note: 'sửa', page }, 2);
    const edited = await updateGlossaryEntry(db, forPage.id, { short: 'TPTM', long: 'Thành phố thông minh', note: 'sửa', page: undefined }, 3);
    expect(edited?.page).toBeUndefined();
    expect((await listGlossary(db)).map((e) => e.id)).toEqual([forPage.id]);
    expect((await db.glossary.get(everywhere.id))?.deletedAt).toBe(3);
  });

  it('a failed write leaves the notebook as it was', async () => {
    await addGlossaryEntry(db, { short: 'ICF', long: 'Intelligent Community Forum', note: '' }, 1);
    await expect(
      db.transaction('rw', db.glossary, async () => {
        await addGlossaryEntry(db, { short: 'ICF', long: 'International Classification of Functioning', note: '' }, 2);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect((await listGlossary(db)).map((e) => e.long)).toEqual(['Intelligent Community Forum']);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteItems, tagItems } from '../../lib/db/bulk';
import { SotayDatabase } from '../../lib/db/schema';
import { readChangedSince, readNewest, readSnapshot, withChanges } from '../../lib/library/snapshot';
import { liveItems, type Snapshot } from '../../lib/library/types';
import { generateSnapshot, mulberry32 } from './gen';

const opened: SotayDatabase[] = [];
async function filledDb(data: Snapshot): Promise<SotayDatabase> {
  const db = new SotayDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  await db.transaction('rw', [db.articles, db.quotes, db.highlights, db.glossary], async () => {
    await db.articles.bulkAdd(data.articles);
    await db.quotes.bulkAdd(data.quotes);
    await db.highlights.bulkAdd(data.highlights);
    await db.glossary.bulkAdd(data.glossary);
  });
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const sorted = (s: Snapshot) => ({ articles: byId(s.articles), quotes: byId(s.quotes), highlights: byId(s.highlights), glossary: byId(s.glossary) });
const notebook = (seed: number) =>
  generateSnapshot(mulberry32(seed), { articles: 30, quotes: 40, highlights: 60, glossary: 4, deletedShare: 0.2 });

describe('the library page reads the newest entries first, then only what changed', () => {
  it('the newest live entries of each kind, by when they were saved', async () => {
    const data = notebook(7);
    const db = await filledDb(data);
    const newest = await readNewest(db, 5);
    for (const kind of ['articles', 'quotes', 'highlights'] as const) {
      const expected = data[kind].filter((r) => !r.deletedAt).sort((a, b) => b.createdAt - a.createdAt).slice(0, 5);
      if (kind === 'articles') expect(newest.articles.slice(0, 5).map((r) => r.id)).toEqual(expected.map((r) => r.id));
      else expect(newest[kind].map((r) => r.id)).toEqual(expected.map((r) => r.id));
    }
    // Each quotation's and highlight's article comes with it, to show its source.
    const ids = new Set(newest.articles.map((a) => a.id));
    for (const r of [...newest.quotes, ...newest.highlights]) if (data.articles.some((a) => a.id === r.articleId)) expect(ids.has(r.articleId)).toBe(true);
  });

  it('a whole read and the changes since it give what a second whole read gives', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const db = await filledDb(notebook(seed));
      const since = Date.now();
      const whole = await readSnapshot(db);
      const items = liveItems(whole);
      // Tag some entries, delete others (an article takes its quotations and highlights with it).
      await tagItems(db, items.filter((_, i) => i % 7 === 0), 'đọc lại', since + 1);
      await deleteItems(db, items.filter((_, i) => i % 11 === 3), since + 2);
      await db.glossary.add({ id: `g-${seed}`, short: 'TPTM', long: 'thành phố thông minh', note: '', createdAt: since + 3, updatedAt: since + 3 });
      const changed = await readChangedSince(db, since);
      expect(changed.glossary).toHaveLength(1);
      // Only what was written since: the tagged and the deleted, not the notebook again.
      const count = (s: Snapshot) => s.articles.length + s.quotes.length + s.highlights.length + s.glossary.length;
      const touched = new Set([...items.filter((_, i) => i % 7 === 0 || i % 11 === 3).map((i) => i.record.id)]);
      expect(count(changed)).toBeLessThan(count(whole) / 2);
      for (const r of [...changed.quotes, ...changed.highlights]) expect(touched.has(r.id) || touched.has(r.articleId)).toBe(true);
      expect(sorted(withChanges(whole, changed))).toEqual(sorted(await readSnapshot(db)));
    }
  });

  it('an older version of a record never replaces a newer one', () => {
    const base: Snapshot = { articles: [], quotes: [], highlights: [], glossary: [{ id: 'a', short: 'X', long: 'mới', note: '', createdAt: 1, updatedAt: 9 }] };
    const older: Snapshot = { articles: [], quotes: [], highlights: [], glossary: [{ id: 'a', short: 'X', long: 'cũ', note: '', createdAt: 1, updatedAt: 5 }] };
    expect(withChanges(base, older).glossary[0]?.long).toBe('mới');
  });
});

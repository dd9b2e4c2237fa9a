import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SotayDatabase } from '../../lib/db/schema';

const name = `test-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

describe('the database schema', () => {
  it('opens a version-1 notebook as version 2 with everything in it, and keeps an entry for one article', async () => {
    // The notebook as the first version of Sổ Tay wrote it.
    const old = new Dexie(name);
    old.version(1).stores({
      articles: 'id, &url, siteName, published, createdAt, updatedAt, *tags',
      highlights: 'id, articleId, url, color, createdAt, updatedAt, *tags',
      quotes: 'id, articleId, url, speaker, createdAt, updatedAt, *tags',
      glossary: 'id, short, updatedAt',
    });
    await old.table('glossary').add({ id: 'g1', short: 'CP', long: 'cổ phiếu', note: '', site: 'cafef.vn', createdAt: 1, updatedAt: 1 });
    old.close();

    const db = new SotayDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.glossary.toArray()).toEqual([{ id: 'g1', short: 'CP', long: 'cổ phiếu', note: '', site: 'cafef.vn', createdAt: 1, updatedAt: 1 }]);
    const page = 'https://baobinhduong.vn/a.html';
    await db.glossary.add({ id: 'g2', short: 'TPTM', long: 'Thành phố thông minh', note: '', page, createdAt: 2, updatedAt: 2 });
    expect((await db.glossary.where('short').equals('TPTM').first())?.page).toBe(page);
    db.close();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, SotayDatabase } from '../../lib/db/schema';
import { backupFileName, createBackup } from '../../lib/library/backup';
import { BackupError } from '../../lib/library/backup-validate';
import { restoreBackup } from '../../lib/library/restore';
import { readSnapshot } from '../../lib/library/snapshot';
import type { Snapshot } from '../../lib/library/types';
import { evolve, generateSnapshot, mulberry32, type Rng } from './gen';

interface BackupJson {
  formatVersion: number;
  data: {
    databaseName: string;
    databaseVersion: number;
    tables: { name: string; schema: string; rowCount: number }[];
    data: { tableName: string; inbound: boolean; rows: Record<string, unknown>[] }[];
  };
}

const opened: SotayDatabase[] = [];
async function openDb(name = `test-${crypto.randomUUID()}`): Promise<SotayDatabase> {
  const db = new SotayDatabase(name);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function fill(db: SotayDatabase, s: Snapshot) {
  await db.transaction('rw', [db.articles, db.quotes, db.highlights, db.glossary], async () => {
    await db.articles.bulkAdd(s.articles);
    await db.quotes.bulkAdd(s.quotes);
    await db.highlights.bulkAdd(s.highlights);
    await db.glossary.bulkAdd(s.glossary);
  });
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const sorted = (s: Snapshot) => ({ articles: byId(s.articles), quotes: byId(s.quotes), highlights: byId(s.highlights), glossary: byId(s.glossary) });

const small = (rng: Rng, idPrefix = '') =>
  generateSnapshot(rng, { articles: int(rng, 0, 8), quotes: int(rng, 0, 12), highlights: int(rng, 0, 15), glossary: int(rng, 0, 3), deletedShare: 0.2, idPrefix });
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

describe('backup and restore (property tests over seeded notebooks)', () => {
  it('export → restore into an empty database gives back exactly the same records', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const source = await openDb(DB_NAME);
      const data = small(mulberry32(seed));
      await fill(source, data);
      const progress: number[] = [];
      const blob = await createBackup(source, { chunkSize: 3, onProgress: (p) => progress.push(p.completedRows) });
      const target = await openDb();
      const report = await restoreBackup(target, blob);
      expect(sorted(await readSnapshot(target))).toEqual(sorted(data));
      expect(report.written).toBe(data.articles.length + data.quotes.length + data.highlights.length + data.glossary.length);
      expect(progress.at(-1)).toBe(report.written);
      for (const db of opened.splice(0)) await db.delete();
    }
  });

  it('restore → restore again is a no-op, also into the database the backup came from', async () => {
    for (let seed = 20; seed <= 27; seed++) {
      const rng = mulberry32(seed);
      const source = await openDb(DB_NAME);
      await fill(source, small(rng));
      const blob = await createBackup(source);
      const before = await readSnapshot(source);
      const same = await restoreBackup(source, blob);
      expect(same.written).toBe(0);
      expect(await readSnapshot(source)).toEqual(before);

      const target = await openDb();
      await fill(target, small(rng, 'local-'));
      await restoreBackup(target, blob);
      const once = await readSnapshot(target);
      const again = await restoreBackup(target, blob);
      expect(again.written).toBe(0);
      expect(await readSnapshot(target)).toEqual(once);
      for (const db of opened.splice(0)) await db.delete();
    }
  });

  it('merging two browsers loses nothing: every id present, newest version kept, tombstones respected', async () => {
    for (let seed = 40; seed <= 47; seed++) {
      const rng = mulberry32(seed);
      const shared = small(rng, 'shared-');
      // Browser B has the shared records, some edited or deleted later, some older; plus its own.
      const b: Snapshot = {
        articles: shared.articles.map((r) => (rng() < 0.5 ? evolve(rng, r, int(rng, 1, 1000)) : r)),
        quotes: shared.quotes.map((r) => (rng() < 0.5 ? evolve(rng, r, int(rng, 1, 1000)) : r)),
        highlights: shared.highlights.map((r) => (rng() < 0.5 ? evolve(rng, r, int(rng, 1, 1000)) : r)),
        glossary: shared.glossary,
      };
      const a: Snapshot = {
        articles: shared.articles.map((r) => (rng() < 0.3 ? evolve(rng, r, int(rng, 1001, 2000)) : r)),
        quotes: shared.quotes.map((r) => (rng() < 0.3 ? evolve(rng, r, int(rng, 1001, 2000)) : r)),
        highlights: shared.highlights,
        glossary: shared.glossary,
      };
      const ownB = small(rng, 'b-');
      const ownA = small(rng, 'a-');
      const browserA = await openDb(DB_NAME);
      await fill(browserA, { articles: [...a.articles, ...ownA.articles], quotes: [...a.quotes, ...ownA.quotes], highlights: [...a.highlights, ...ownA.highlights], glossary: [...a.glossary, ...ownA.glossary] });
      const browserB = await openDb();
      await fill(browserB, { articles: [...b.articles, ...ownB.articles], quotes: [...b.quotes, ...ownB.quotes], highlights: [...b.highlights, ...ownB.highlights], glossary: [...b.glossary, ...ownB.glossary] });
      const localA = await readSnapshot(browserA);
      const localB = await readSnapshot(browserB);
      await restoreBackup(browserB, await createBackup(browserA));
      const merged = await readSnapshot(browserB);
      for (const table of ['articles', 'quotes', 'highlights', 'glossary'] as const) {
        const got = new Map<string, { updatedAt: number; deletedAt?: number }>(merged[table].map((r) => [r.id, r]));
        const all = [...localA[table], ...localB[table]];
        expect(got.size).toBe(new Set(all.map((r) => r.id)).size);
        for (const r of all) {
          const kept = got.get(r.id);
          expect(kept, `${table} ${r.id}`).toBeDefined();
          expect(kept!.updatedAt).toBeGreaterThanOrEqual(r.updatedAt);
          // A deletion newer than or as new as every edit stays a deletion.
          if (r.deletedAt !== undefined && kept!.updatedAt === r.updatedAt) expect(kept!.deletedAt).toBe(r.deletedAt);
        }
      }
      for (const db of opened.splice(0)) await db.delete();
    }
  });

  it('unites the same page saved on two browsers under different ids, and its highlights follow', async () => {
    const rng = mulberry32(7);
    const a = generateSnapshot(rng, { articles: 1, quotes: 0, highlights: 2, idPrefix: 'a-' });
    const b = generateSnapshot(rng, { articles: 1, quotes: 1, highlights: 0, idPrefix: 'b-' });
    b.articles[0]!.url = a.articles[0]!.url;
    const browserA = await openDb(DB_NAME);
    await fill(browserA, a);
    const browserB = await openDb();
    await fill(browserB, b);
    const blob = await createBackup(browserA);
    const report = await restoreBackup(browserB, blob);
    expect(report.unitedArticles).toBe(1);
    const merged = await readSnapshot(browserB);
    expect(merged.articles.map((x) => x.id)).toEqual([b.articles[0]!.id]);
    expect(merged.highlights.map((h) => h.articleId)).toEqual([b.articles[0]!.id, b.articles[0]!.id]);
    expect((await restoreBackup(browserB, blob)).written).toBe(0);
  });

  it('names the file by date', () => {
    expect(backupFileName(Date.UTC(2024, 4, 1, 12))).toBe('sotay-backup-2024-05-01.json');
  });
});

describe('refusing a corrupt or foreign backup, with nothing changed', () => {
  async function setup() {
    const source = await openDb(DB_NAME);
    await fill(source, generateSnapshot(mulberry32(99), { articles: 3, quotes: 4, highlights: 5, glossary: 1 }));
    const good = await (await createBackup(source)).text();
    const target = await openDb();
    await fill(target, generateSnapshot(mulberry32(100), { articles: 2, quotes: 2, highlights: 2, idPrefix: 't-' }));
    return { good: JSON.parse(good) as BackupJson, goodText: good, target, before: await readSnapshot(target) };
  }

  const cases: [string, string, (good: BackupJson, text: string) => string][] = [
    ['not JSON', 'not-json', () => 'PK\u0003\u0004 this is a zip file'],
    ['a file cut short', 'not-json', (_g, text) => text.slice(0, Math.floor(text.length * 0.7))],
    ['JSON of another app', 'foreign', () => JSON.stringify({ version: 2, notes: [{ id: 1, text: 'x' }] })],
    ['another Dexie database', 'wrong-database', (g) => JSON.stringify({ ...g, data: { ...g.data, databaseName: 'other-app' } })],
    ['a future database version', 'future-version', (g) => JSON.stringify({ ...g, data: { ...g.data, databaseVersion: 99 } })],
    ['a future file format', 'future-version', (g) => JSON.stringify({ ...g, formatVersion: 2 })],
    ['an unknown table', 'foreign', (g) => JSON.stringify({ ...g, data: { ...g.data, tables: [...g.data.tables, { name: 'passwords', schema: 'id', rowCount: 0 }] } })],
    ['missing rows', 'truncated', (g) => {
      const data = structuredClone(g.data);
      data.data[1]!.rows.pop();
      return JSON.stringify({ ...g, data });
    }],
    ['a malformed record (last row of the last table)', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      const t = data.data.find((x) => x.tableName === 'highlights')!;
      t.rows[t.rows.length - 1]!.color = 'purple';
      return JSON.stringify({ ...g, data });
    }],
    ['an article whose link is a javascript: URL', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      data.data.find((x) => x.tableName === 'articles')!.rows[0]!.url = 'javascript:alert(1)';
      return JSON.stringify({ ...g, data });
    }],
    ['a glossary correction kept for a javascript: URL', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      data.data.find((x) => x.tableName === 'glossary')!.rows[0]!.page = 'javascript:alert(1)';
      return JSON.stringify({ ...g, data });
    }],
    ['a glossary correction kept for an address with tracking parameters (it would never apply)', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      data.data.find((x) => x.tableName === 'glossary')!.rows[0]!.page = 'https://tuoitre.vn/a.htm?utm_source=zalo';
      return JSON.stringify({ ...g, data });
    }],
    ['a glossary entry kept for a site and an article at once', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      Object.assign(data.data.find((x) => x.tableName === 'glossary')!.rows[0]!, { site: 'tuoitre.vn', page: 'https://tuoitre.vn/a.htm' });
      return JSON.stringify({ ...g, data });
    }],
    ['a record without stamps', 'bad-record', (g) => {
      const data = structuredClone(g.data);
      delete data.data[0]!.rows[0]!.updatedAt;
      return JSON.stringify({ ...g, data });
    }],
  ];

  for (const [what, code, make] of cases) {
    it(`refuses ${what}`, async () => {
      const { good, goodText, target, before } = await setup();
      const err = await restoreBackup(target, new Blob([make(good, goodText)])).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as BackupError).code).toBe(code);
      expect((err as BackupError).message.length).toBeGreaterThan(20);
      expect(await readSnapshot(target)).toEqual(before);
    });
  }

  it('says which table, which record and what is wrong as data, not only in English', async () => {
    const { good, target } = await setup();
    const data = structuredClone(good.data);
    const t = data.data.find((x) => x.tableName === 'highlights')!;
    t.rows[t.rows.length - 1]!.color = 'purple';
    const err = (await restoreBackup(target, JSON.stringify({ ...good, data })).catch((e: unknown) => e)) as BackupError;
    expect(err.detail).toEqual({
      code: 'bad-record',
      table: 'highlights',
      record: t.rows.length,
      problem: { kind: 'not-one-of', field: 'color', values: ['yellow', 'green', 'blue', 'pink'] },
    });
    expect(err.message).toBe(
      `The backup is damaged: record ${t.rows.length} of "highlights" is invalid ("color" is not one of yellow, green, blue, pink).`,
    );
  });

  it('writes nothing when the transaction fails halfway (a URL clash inside the merge)', async () => {
    const { good, target, before } = await setup();
    // Give an incoming article the URL of a local one AND the id of another local article: no
    // rename is possible, the unique URL index rejects a write, and the whole merge is rolled back.
    const data = structuredClone(good.data);
    const local = before.articles;
    const row = data.data[0]!.rows[0]!;
    row.id = local[0]!.id;
    row.url = local[1]!.url;
    row.updatedAt = 9e15;
    await expect(restoreBackup(target, JSON.stringify({ ...good, data }))).rejects.toThrow();
    expect(await readSnapshot(target)).toEqual(before);
  });

  it('accepts a file written by dexie-export-import with undefined fields ($types "undef")', async () => {
    const { good, target } = await setup();
    const data = structuredClone(good.data);
    const row = data.data[0]!.rows[0]!;
    row.deletedAt = 0;
    row.$types = { deletedAt: 'undef' };
    await restoreBackup(target, JSON.stringify({ ...good, data }));
    const stored = await target.articles.get(String(row.id));
    expect(stored).toBeDefined();
    expect('deletedAt' in stored!).toBe(false);
  });
});

import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { importGlossaryCsv } from '../../lib/db/glossary-import';
import { SotayDatabase } from '../../lib/db/schema';

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

const live = async () =>
  (await db.glossary.toArray())
    .filter((e) => !e.deletedAt)
    .map((e) => [e.short, e.long, e.note])
    .sort();

describe('importGlossaryCsv', () => {
  it('imports entries with Vietnamese text, commas and quotes', async () => {
    const csv = '\uFEFFshort,long,note\r\nTPTM,Thành phố thông minh,\r\nĐMST,"đổi mới sáng tạo, khởi nghiệp","ghi chú ""trích"""\r\n';
    expect(await importGlossaryCsv(db, csv)).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0, repeated: 0 });
    expect(await live()).toEqual([
      ['TPTM', 'Thành phố thông minh', ''],
      ['ĐMST', 'đổi mới sáng tạo, khởi nghiệp', 'ghi chú "trích"'],
    ]);
  });

  it('keeps one entry per acronym and site', async () => {
    const csv = 'short,long,note,site\nCP,Chính phủ,,\nCP,cổ phiếu,,cafef.vn\n';
    expect(await importGlossaryCsv(db, csv, 1)).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0, repeated: 0 });
    expect(await importGlossaryCsv(db, 'short,long,note,site\nCP,cổ phần,,cafef.vn\n', 2)).toEqual({ ok: true, added: 0, updated: 1, unchanged: 0, repeated: 0 });
    const rows = (await db.glossary.toArray()).map((e) => [e.short, e.long, e.site ?? '']).sort();
    expect(rows).toEqual([['CP', 'Chính phủ', ''], ['CP', 'cổ phần', 'cafef.vn']]);
    // Several meanings of one acronym kept in one place: the last row is kept, and the import says
    // how many rows it left.
    expect(await importGlossaryCsv(db, 'short,long\nCP,cổ phần\nCP,Chính phủ\ncp,cổ phiếu\n', 3)).toEqual({ ok: true, added: 0, updated: 1, unchanged: 0, repeated: 2 });
  });

  it('keeps an article’s correction apart from the site’s entry and every site’s', async () => {
    const page = 'https://baobinhduong.vn/bai-1.html';
    const csv = `short,long,note,site,page\nTPTM,thành phố thông minh,,,\nTPTM,Thành phố thông minh Bình Dương,,,${page}\nTPTM,x,,baobinhduong.vn,\n`;
    expect(await importGlossaryCsv(db, csv, 1)).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0, repeated: 0 });
    expect(await importGlossaryCsv(db, `short,long,note,site,page\nTPTM,TP thông minh,,,${page}\n`, 2)).toEqual({ ok: true, added: 0, updated: 1, unchanged: 0, repeated: 0 });
    const rows = (await db.glossary.toArray()).map((e) => [e.long, e.site ?? '', e.page ?? '']).sort();
    expect(rows).toEqual([['TP thông minh', '', page], ['thành phố thông minh', '', ''], ['x', 'baobinhduong.vn', '']]);
  });

  it('updates an acronym the reader already has and leaves identical ones alone', async () => {
    await importGlossaryCsv(db, 'short,long\nKCN,khu chế xuất\nUBND,Ủy ban nhân dân\n', 1);
    expect(await importGlossaryCsv(db, 'short,long\nkcn,khu công nghiệp\nUBND,Ủy ban nhân dân\n', 2)).toEqual({
      ok: true,
      added: 0,
      updated: 1,
      unchanged: 1,
      repeated: 0,
    });
    expect(await live()).toEqual([
      ['KCN', 'khu công nghiệp', ''],
      ['UBND', 'Ủy ban nhân dân', ''],
    ]);
  });

  it('refuses a malformed file with its line and writes nothing', async () => {
    await importGlossaryCsv(db, 'short,long\nKCN,khu công nghiệp\n');
    const result = await importGlossaryCsv(db, 'short,long\nTPTM,Thành phố thông minh\nICF\n');
    expect(result).toMatchObject({ ok: false, line: 3 });
    expect(await live()).toEqual([['KCN', 'khu công nghiệp', '']]);
  });

  it('writes nothing when the disk fills as the entries are written, and says so', async () => {
    // The failure comes after the write has reached the store, as a full disk's does: only the
    // transaction can take it back.
    const full = new SotayDatabase(`test-${crypto.randomUUID()}`);
    let diskFull = false;
    full.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: async (req) => {
              const result = await table.mutate(req);
              if (diskFull && req.type === 'put') throw new DOMException('The disk is full', 'QuotaExceededError');
              return result;
            },
          };
        },
      }),
    });
    await full.open();
    try {
      await importGlossaryCsv(full, 'short,long\nKCN,khu chế xuất\n', 1);
      diskFull = true;
      await expect(importGlossaryCsv(full, 'short,long\nKCN,khu công nghiệp\nTPTM,Thành phố thông minh\n', 2)).rejects.toThrow(/disk is full/);
      diskFull = false;
      expect((await full.glossary.toArray()).filter((e) => !e.deletedAt).map((e) => [e.short, e.long])).toEqual([['KCN', 'khu chế xuất']]);
    } finally {
      await full.delete();
    }
  });
});


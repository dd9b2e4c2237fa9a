import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { deleteItems } from '../../lib/db/bulk';
import { compactTombstones, KEEP_DELETED_MS } from '../../lib/db/compact-tombstones';
import { addGlossaryEntry, deleteGlossaryEntry } from '../../lib/db/glossary';
import { saveHighlight, undeleteHighlight } from '../../lib/db/highlight-saving';
import { saveQuote } from '../../lib/db/quote-saving';
import type { SotayDatabase } from '../../lib/db/schema';
import { softDeleteStamped } from '../../lib/db/stamped';
import { createBackup } from '../../lib/library/backup';
import { restoreBackup } from '../../lib/library/restore';
import { readSnapshot } from '../../lib/library/snapshot';
import { liveItems } from '../../lib/library/types';
import { testArticle } from './test-article';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 1);
const article = (n: number) => testArticle({ url: `https://tuoitre.vn/bai-${n}.htm`, title: `Bài ${n}`, siteName: 'Tuổi Trẻ' });

let db: SotayDatabase;
withFreshDatabase(async (opened) => {
  db = opened;
  for (const n of [1, 2]) {
    await saveQuote(db, article(n), { text: `câu riêng tư ${n}`, start: 0, end: 7, speaker: 'A', role: null, kind: 'direct' }, T0);
    await saveHighlight(db, article(n), {
      selectors: { quote: { type: 'TextQuoteSelector', exact: `đoạn ${n}`, prefix: 'trước', suffix: 'sau' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
      color: 'yellow',
      note: 'ghi chú riêng tư',
      tags: ['riêng'],
    }, T0);
  }
});

const articleOf = async (n: number) => (await db.articles.toArray()).find((a) => a.url.endsWith(`bai-${n}.htm`))!;

describe('tombstones keep what was deleted for a while, then only the deletion', () => {
  it('empties what old tombstones held, as a newer version of the same deletion, and leaves the recent and the live alone', async () => {
    const first = liveItems(await readSnapshot(db)).filter((i) => i.kind === 'article' && i.record.url.endsWith('bai-1.htm'));
    await deleteItems(db, first, T0 + DAY);
    const second = liveItems(await readSnapshot(db)).filter((i) => i.kind === 'quote' && i.record.text.endsWith('2'));
    await deleteItems(db, second, T0 + 40 * DAY);
    const entry = await addGlossaryEntry(db, { short: 'TPTM', long: 'thành phố thông minh', note: 'của tôi' }, T0);
    await deleteGlossaryEntry(db, entry.record.id, T0 + 2 * DAY);
    const before = await readSnapshot(db);

    const now = T0 + 45 * DAY;
    // The article, its quotation and its highlight, and the glossary entry: deleted 43-44 days ago.
    expect(await compactTombstones(db, now)).toBe(4);
    const after = await readSnapshot(db);
    const old = await articleOf(1);
    expect([old.title, old.text, old.paragraphs, old.note, old.tags]).toEqual(['', '', [], '', []]);
    expect(old.url).toBe('https://tuoitre.vn/bai-1.htm');
    const oldHighlight = after.highlights.find((h) => h.articleId === old.id)!;
    expect([oldHighlight.exact, oldHighlight.prefix, oldHighlight.note, oldHighlight.tags]).toEqual(['', '', '', []]);
    expect(after.quotes.find((q) => q.articleId === old.id)?.text).toBe('');
    expect(after.glossary[0]?.long).toBe('');
    // Emptying is a newer version of the same deletion; the quotation deleted five days ago and the
    // live records are untouched.
    const all = (s: typeof after) => [...s.articles, ...s.quotes, ...s.highlights, ...s.glossary];
    const emptied = all(after).filter((r) => r.updatedAt !== all(before).find((b) => b.id === r.id)?.updatedAt);
    expect(emptied).toHaveLength(4);
    for (const r of emptied) expect(r.updatedAt).toBeGreaterThanOrEqual(now);
    expect(all(after).map((r) => [r.id, r.deletedAt])).toEqual(all(before).map((r) => [r.id, r.deletedAt]));
    expect(after.quotes.find((q) => q.text === 'câu riêng tư 2')?.deletedAt).toBe(T0 + 40 * DAY);
    expect(liveItems(after)).toEqual(liveItems(before));
    // Nothing left to do the second time.
    expect(await compactTombstones(db, now)).toBe(0);
  });

  it('a backup made before the emptying brings back neither the record nor its words', async () => {
    const live = await articleOf(1);
    await deleteItems(db, [{ kind: 'article', record: live }], T0 + DAY);
    const backup = await createBackup(db);
    await compactTombstones(db, T0 + DAY + KEEP_DELETED_MS + 1);
    await restoreBackup(db, backup);
    const after = await readSnapshot(db);
    expect((await articleOf(1)).text).toBe('');
    expect(after.highlights.find((h) => h.articleId === live.id)?.exact).toBe('');
    expect(after.quotes.find((q) => q.articleId === live.id)?.text).toBe('');
    expect(liveItems(after).some((i) => i.kind === 'article' && i.record.id === live.id)).toBe(false);
  });

  it('leaves an emptied tombstone alone on later passes, whatever the order of its fields', async () => {
    const now = T0 + 40 * DAY;
    // Written by a backup or an older version: the fields in another order, the note missing.
    const stamps = { updatedAt: T0 + DAY, deletedAt: T0 + DAY, createdAt: T0, id: 'g-old' };
    await db.glossary.put({ ...stamps, long: 'thành phố thông minh', short: 'TPTM' } as never);
    await db.glossary.put({ ...stamps, id: 'g-empty', note: '', long: '', short: 'KCN' });
    expect(await compactTombstones(db, now)).toBe(1);
    const once = await db.glossary.toArray();
    expect(once.find((g) => g.id === 'g-old')).toMatchObject({ long: '', note: '' });
    expect(await compactTombstones(db, now + DAY)).toBe(0);
    expect(await db.glossary.toArray()).toEqual(once);
  });

  it('undo has nothing to bring back from an emptied highlight', async () => {
    const highlight = (await db.highlights.toArray())[0]!;
    await softDeleteStamped(db, db.highlights, highlight.id, T0 + DAY);
    await compactTombstones(db, T0 + DAY + KEEP_DELETED_MS + 1);
    expect(await undeleteHighlight(db, highlight.id)).toBeNull();
    expect((await db.highlights.get(highlight.id))?.deletedAt).toBe(T0 + DAY);
  });
});

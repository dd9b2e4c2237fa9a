import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { deleteItems } from '../../lib/db/bulk';
import { compactTombstones, KEEP_DELETED_MS } from '../../lib/db/compact-tombstones';
import { addGlossaryEntry, deleteGlossaryEntry } from '../../lib/db/glossary';
import { saveHighlight } from '../../lib/db/highlight-saving';
import { saveQuote } from '../../lib/db/quote-saving';
import type { SotayDatabase } from '../../lib/db/schema';
import { pickNewer } from '../../lib/library/merge';
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
  it('empties what old tombstones held, keeps their stamps, and leaves the recent and the live alone', async () => {
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
    // Stamps unchanged; the quotation deleted five days ago and the live records untouched.
    const stamps = (s: typeof after) => [...s.articles, ...s.quotes, ...s.highlights, ...s.glossary].map((r) => [r.id, r.updatedAt, r.deletedAt]);
    expect(stamps(after)).toEqual(stamps(before));
    expect(after.quotes.find((q) => q.text === 'câu riêng tư 2')?.deletedAt).toBe(T0 + 40 * DAY);
    expect(liveItems(after)).toEqual(liveItems(before));
    // Nothing left to do the second time.
    expect(await compactTombstones(db, now)).toBe(0);
  });

  it('an emptied tombstone still wins a merge against the older copy a backup holds', async () => {
    const live = await articleOf(1);
    await deleteItems(db, [{ kind: 'article', record: live }], T0 + DAY);
    await compactTombstones(db, T0 + DAY + KEEP_DELETED_MS + 1);
    const tombstone = await articleOf(1);
    expect(tombstone.text).toBe('');
    expect(pickNewer(tombstone, live)).toBe(tombstone);
    expect(pickNewer(live, tombstone)).toBe(tombstone);
  });
});

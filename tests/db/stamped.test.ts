import { withFreshDatabase } from './fresh-database';
import { describe, expect, it } from 'vitest';
import { deleteArticle } from '../../lib/db/delete-article';
import { addGlossaryEntry, deleteGlossaryEntry, listGlossary, updateGlossaryEntry } from '../../lib/db/glossary';
import { addHighlight, deleteHighlight, listHighlights, updateHighlight } from '../../lib/db/highlights';
import { addQuote, listQuotes, updateQuote } from '../../lib/db/quotes';
import { SotayDatabase } from '../../lib/db/schema';

let db: SotayDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

const hl = { articleId: 'a1', url: 'https://x.vn/a', exact: 'thành phố', prefix: '', suffix: '', start: 0, end: 9, color: 'yellow' as const, note: '', tags: [] };

describe('stamped CRUD helpers', () => {
  it('adds with a UUID and stamps, updates with a bumped stamp, deletes as a tombstone', async () => {
    const h = await addHighlight(db, hl, 1000);
    expect(h).toMatchObject({ createdAt: 1000, updatedAt: 1000 });
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
    // Same millisecond (or a clock that went back): the new version still sorts after the old.
    const u = await updateHighlight(db, h.id, { note: 'ghi chú' }, 1000);
    expect(u).toMatchObject({ note: 'ghi chú', createdAt: 1000, updatedAt: 1001 });
    expect(await deleteHighlight(db, h.id, 2000)).toBe(true);
    expect(await db.highlights.get(h.id)).toMatchObject({ deletedAt: 2000, updatedAt: 2000, note: 'ghi chú' });
    expect(await listHighlights(db, { url: hl.url })).toEqual([]);
    expect(await deleteHighlight(db, h.id, 3000)).toBe(false);
    expect(await updateHighlight(db, h.id, { note: 'x' }, 3000)).toBeUndefined();
  });

  it('lists live records by article, newest first', async () => {
    const q1 = await addQuote(db, { articleId: 'a1', url: 'u', text: 'một', start: 0, speaker: null, role: null, kind: 'direct', tags: [] }, 1);
    const q2 = await addQuote(db, { articleId: 'a1', url: 'u', text: 'hai', start: 5, speaker: 'An', role: null, kind: 'colon', tags: [] }, 2);
    await addQuote(db, { articleId: 'a2', url: 'v', text: 'ba', start: 0, speaker: null, role: null, kind: 'direct', tags: [] }, 3);
    expect((await listQuotes(db, { articleId: 'a1' })).map((q) => q.id)).toEqual([q2.id, q1.id]);
    await updateQuote(db, q1.id, { tags: ['FDI'] }, 4);
    expect((await db.quotes.get(q1.id))?.tags).toEqual(['FDI']);
    const { record: g } = await addGlossaryEntry(db, { short: 'UBND', long: 'Ủy ban nhân dân', note: '' }, 1);
    await updateGlossaryEntry(db, g.id, { note: 'hay gặp' }, 2);
    expect((await listGlossary(db, 'UBND')).map((x) => x.note)).toEqual(['hay gặp']);
    await deleteGlossaryEntry(db, g.id, 3);
    expect(await listGlossary(db)).toEqual([]);
  });

  it('refuses a highlight that ends before it starts', async () => {
    await expect(addHighlight(db, { ...hl, start: 5, end: 2 })).rejects.toThrow();
    expect(await db.highlights.count()).toBe(0);
  });

  it('deletes an article with its quotations and highlights as tombstones, in one go', async () => {
    await db.articles.add({ id: 'a1', createdAt: 1, updatedAt: 1, url: 'https://x.vn/a', title: 't', sapo: null, byline: null, published: null, siteName: null, lang: 'vi', text: '', paragraphs: [], captions: [], wordCount: 0, readingMinutes: 0, tags: [], note: '' });
    await addHighlight(db, hl, 2);
    await addQuote(db, { articleId: 'a1', url: 'u', text: 'một', start: 0, speaker: null, role: null, kind: 'direct', tags: [] }, 2);
    expect(await deleteArticle(db, 'a1', 10)).toBe(true);
    expect((await db.articles.get('a1'))?.deletedAt).toBe(10);
    expect((await db.highlights.toArray()).every((h) => h.deletedAt === 10)).toBe(true);
    expect((await db.quotes.toArray()).every((q) => q.deletedAt === 10)).toBe(true);
    expect(await deleteArticle(db, 'a1', 11)).toBe(false);
  });
});

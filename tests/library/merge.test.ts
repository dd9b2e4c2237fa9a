import { describe, expect, it } from 'vitest';
import type { Stamped } from '../../lib/db/schema';
import { alignArticlesByUrl, type NotebookRecords } from '../../lib/library/align';
import { canonicalJson, mergeRecords, pickNewer } from '../../lib/library/merge';
import { int, mulberry32, type Rng } from './gen';

interface Rec extends Stamped {
  v: string;
}

/** Two replicas of a small id space with random versions: clashes, ties and tombstones included. */
function replicas(rng: Rng): [Rec[], Rec[]] {
  const side = () => {
    const out: Rec[] = [];
    for (let id = 0; id < 12; id++) {
      if (rng() < 0.35) continue;
      const updatedAt = int(rng, 1, 6);
      const r: Rec = { id: `r${id}`, createdAt: 0, updatedAt, v: `v${int(rng, 0, 2)}` };
      if (rng() < 0.25) r.deletedAt = updatedAt;
      out.push(r);
    }
    return out;
  };
  return [side(), side()];
}

const state = (rs: Rec[]) => rs.map(canonicalJson).sort().join('\n');

describe('mergeRecords (property tests, 500 seeded cases)', () => {
  it('keeps every id, each in its newest version, tombstones winning ties', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const [local, incoming] = replicas(mulberry32(seed));
      const { merged } = mergeRecords(local, incoming);
      const ids = new Set([...local, ...incoming].map((r) => r.id));
      expect(new Set(merged.map((r) => r.id))).toEqual(ids);
      expect(merged.length).toBe(ids.size);
      for (const r of merged) {
        const versions = [...local, ...incoming].filter((x) => x.id === r.id);
        const newest = Math.max(...versions.map((x) => x.updatedAt));
        expect(r.updatedAt).toBe(newest);
        if (versions.some((x) => x.updatedAt === newest && x.deletedAt !== undefined)) expect(r.deletedAt).toBe(newest);
      }
    }
  });

  it('is commutative and idempotent: the order of restores and restoring twice do not matter', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const [a, b] = replicas(mulberry32(seed));
      const ab = mergeRecords(a, b).merged;
      expect(state(ab)).toBe(state(mergeRecords(b, a).merged));
      const again = mergeRecords(ab, b);
      expect(again.toWrite).toEqual([]);
      expect(state(again.merged)).toBe(state(ab));
    }
  });

  it('writes only what changes locally and counts it', () => {
    const local: Rec[] = [
      { id: 'same', createdAt: 0, updatedAt: 5, v: 'x' },
      { id: 'older-there', createdAt: 0, updatedAt: 5, v: 'mine' },
      { id: 'newer-there', createdAt: 0, updatedAt: 5, v: 'mine' },
    ];
    const incoming: Rec[] = [
      { id: 'same', createdAt: 0, updatedAt: 5, v: 'x' },
      { id: 'older-there', createdAt: 0, updatedAt: 4, v: 'theirs' },
      { id: 'newer-there', createdAt: 0, updatedAt: 6, v: 'theirs', deletedAt: 6 },
      { id: 'new', createdAt: 0, updatedAt: 1, v: 'theirs' },
    ];
    const r = mergeRecords(local, incoming);
    expect(r.toWrite.map((x) => x.id).sort()).toEqual(['new', 'newer-there']);
    expect([r.added, r.updated, r.unchanged, r.keptLocal]).toEqual([1, 1, 1, 1]);
  });

  it('breaks a same-millisecond tie the same way from both sides', () => {
    const a: Rec = { id: 'x', createdAt: 0, updatedAt: 3, v: 'a' };
    const b: Rec = { id: 'x', createdAt: 0, updatedAt: 3, v: 'b' };
    expect(pickNewer(a, b)).toBe(pickNewer(b, a));
    expect(pickNewer(a, { ...a, deletedAt: 3 }).deletedAt).toBe(3);
  });
});

describe('alignArticlesByUrl', () => {
  it('gives an incoming article the local id of the same page and moves its entries along', () => {
    const incoming = {
      articles: [{ id: 'in-1', url: 'https://a.vn/1' }, { id: 'in-2', url: 'https://a.vn/2' }],
      quotes: [{ articleId: 'in-1' }],
      highlights: [{ articleId: 'in-1' }, { articleId: 'in-2' }],
    };
    // Only the fields alignment reads matter here.
    const { records, renamed } = alignArticlesByUrl([{ id: 'loc-1', url: 'https://a.vn/1' }], incoming as unknown as NotebookRecords);
    expect([...renamed]).toEqual([['in-1', 'loc-1']]);
    expect(records.articles.map((a) => a.id)).toEqual(['loc-1', 'in-2']);
    expect(records.quotes.map((q) => q.articleId)).toEqual(['loc-1']);
    expect(records.highlights.map((h) => h.articleId)).toEqual(['loc-1', 'in-2']);
  });
});

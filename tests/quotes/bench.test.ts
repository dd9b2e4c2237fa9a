import { describe, expect, it } from 'vitest';
import { benchOwnTexts, benchQuotes, matchQuotes, overlapShare } from '../bench/quotes';

describe('quotation benchmark', () => {
  it('matches spans by overlap of the longer one', () => {
    expect(overlapShare(0, 100, 0, 80)).toBeCloseTo(0.8);
    expect(overlapShare(0, 100, 50, 150)).toBeCloseTo(0.5);
    const q = { text: '', start: 0, end: 79, speaker: null, role: null, kind: 'direct' as const };
    expect(matchQuotes([q], [{ text: 'x'.repeat(100), speaker: null, speaker_role: null, kind: 'direct', start: 0 }])).toEqual([]);
  });

  it('stays at or above the targets on the development set and the own texts', async () => {
    for (const r of [await benchQuotes(), await benchOwnTexts()]) {
      expect(r.detection.f1).toBeGreaterThanOrEqual(0.9);
      expect(r.speaker.accuracy).toBeGreaterThanOrEqual(0.85);
    }
  });
});

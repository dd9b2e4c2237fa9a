/**
 * The sense most uses of a glossary acronym give, each by its own place. The article's reading
 * comes from the words around its first uses taken together, where the usual sense gathers a little
 * from every word the other glossary names share with it; each use alone may still say plainly what
 * it is: "phạt 200.000 SGD", "150-400 SGD / đêm", "323 triệu SGD" in an article on Singapore are
 * dollars, not the Department of Education. A use speaks when a word beside it decides the sense (the
 * firm before it, a person's name after it) or when its own words favour another sense by as much as
 * a later sense needs over the usual one; a use with nothing to say keeps the article's reading.
 *
 * One sense per acronym per article still: over the 3,279 gold texts, reading each use apart would
 * give one acronym two senses in three articles, one of them wrongly ("NXB ĐH Vinh" as a congress)
 * and one inconsistently ("đồng / CP" as a share twice and as an equity twice).
 */
import type { Occurrence } from './detect';
import { SENSE_MARGIN, type Glossary, type Placement } from './glossary';

// Uses heard at most, spread over the article: an acronym used hundreds of times is read by a
// sample, each use costing a few lookups.
const MAX_VOTERS = 24;

/** What one use of the short form stands in: the words around it and its place among them. */
export interface UsePlace {
  context: string;
  placement: Placement;
}

/** The sense more than half the uses give in place of `articleLong`, or null. `placed`: the uses'
 * places decided the article's reading (a name made beside one, "UBKT Trung ương"; a person's name
 * after most), which only another use's place outvotes, not the topic words around a bare use. */
export function senseOfMostUses(
  short: string,
  uses: readonly Occurrence[],
  articleLong: string,
  glossary: Glossary,
  placeOf: (use: Occurrence) => UsePlace,
  placed = false,
): string | null {
  const votes = new Map<string, number>();
  const voters = uses.length <= MAX_VOTERS ? uses : Array.from({ length: MAX_VOTERS }, (_, i) => uses[Math.floor((i * uses.length) / MAX_VOTERS)]!);
  for (const use of voters) {
    const { context, placement } = placeOf(use);
    const own = glossary.lookup(short, context, placement)?.long;
    if (own === undefined || own === articleLong) continue;
    const cued = own !== glossary.lookup(short, context)?.long;
    const said = !placed && glossary.evidence(own, context) - glossary.evidence(articleLong, context) >= SENSE_MARGIN;
    if (cued || said) votes.set(own, (votes.get(own) ?? 0) + 1);
  }
  for (const [sense, count] of votes) if (count * 2 > voters.length) return sense;
  return null;
}

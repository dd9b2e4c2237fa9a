/**
 * "Bộ LĐ - TB - XH", "Sở VH - TT - DL": a ministry's or a department's short name written as three
 * parts with spaced dashes, or "Ban chỉ huy PCTT & TKCN" as two joined by "&". Detection leaves such
 * a chain in pieces, since "HĐND - UBND - MTTQ" lists three bodies and "UBND & MTTQ" two; read one
 * by one, "TB" became "thông báo". Where the glossary knows the parts together, they are that one
 * name; so are a committee's head written short and the committee's initials after it ("UB MTTQ"),
 * and the power group's letters and a member's after them ("EVN SPC"), a letter after a spaced
 * dash ("ADS - B"), and two parts after a space where the glossary dashes them ("ABS CBN").
 */
import type { Occurrence } from './detect';
import type { Glossary } from './glossary';

// A committee's head alone, as the glossary reads "UB": written short before the committee's own
// initials, the two are one title. A hospital's, a university's head written short stands before a
// kind or a name the news lists apart ("BV ĐK", "ĐH NH").
const COMMITTEE_HEADS = new Set(['ủy ban', 'uỷ ban']);

/** Whether the glossary reads `short` as a committee's head noun alone: "UB" is "Ủy ban". */
function headAlone(short: string, glossary: Glossary): boolean {
  const long = glossary.lookup(short)?.long.toLowerCase();
  return long !== undefined && COMMITTEE_HEADS.has(long);
}

// A spaced hyphen, en dash or ampersand, as pages set them between the parts.
const LINK = /^[ \u00a0][-\u2013&][ \u00a0]$/u;
// A single capital after a spaced dash, the word ending there.
const LETTER_AFTER = /^[ \u00a0][-\u2013][ \u00a0]\p{Lu}(?![\p{L}\p{M}\p{N}])/u;
// A part of such a name: a few capitals.
const PART = /^\p{Lu}{1,4}$/u;
// The most parts such a name has ("LĐ - TB - XH" has three): a page of capitals joined by dashes is
// read in time that grows with its length, not its square.
const MAX_PARTS = 5;

/** `occurrences` with each chain of three parts or more (two, where "&" joins them) that the
 * glossary knows as one name joined into one occurrence, the longest such chain from each part; and
 * a committee's head and its initials after a space ("UB MTTQ"), where the glossary knows them. */
export function withKnownChains(text: string, occurrences: Occurrence[], glossary: Glossary): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < occurrences.length; i++) {
    const first = occurrences[i] as Occurrence;
    let last = i;
    while (last + 1 < occurrences.length && last - i + 1 < MAX_PARTS && PART.test((occurrences[last] as Occurrence).surface)) {
      const next = occurrences[last + 1] as Occurrence;
      if (!PART.test(next.surface) || !LINK.test(text.slice((occurrences[last] as Occurrence).end, next.start))) break;
      last++;
    }
    // Two parts are a name only where "&" joins them: "GD - ĐT" and its like detection joins itself.
    const least = (k: number): number => (text.slice(first.start, (occurrences[k] as Occurrence).end).includes('&') ? 1 : 2);
    let end = last;
    while (end >= i + least(end) && !glossary.has(text.slice(first.start, (occurrences[end] as Occurrence).end))) end--;
    if (end < i + least(end)) {
      const next = occurrences[i + 1];
      const spaced = next !== undefined && /^[ \u00a0]$/u.test(text.slice(first.end, next.start));
      // "EVN SPC", "EVN NPC": a member of the power group written after the group's letters, where
      // the glossary knows the two run together ("EVNSPC" is the southern power corporation, no
      // secretariat of the Pacific). Not PV's, which is as often a reporter ("Trả lời PV TT").
      const member = spaced && first.surface === 'EVN' && PART.test(next.surface) && glossary.has(first.surface + next.surface);
      // "Chủ tịch UB MTTQ", "UB KTTW cho hay": a committee's head written short and its own
      // initials after a space, where the glossary knows the two together.
      if (spaced && (member || (headAlone(first.surface, glossary) && glossary.has(text.slice(first.start, next.end))))) {
        out.push({ surface: text.slice(first.start, next.end), start: first.start, end: next.end });
        i++;
        continue;
      }
      // "ABS CBN": two parts after a space alone, where the glossary writes them with a dash
      // (ABS-CBN): the tokenized press drops the dash.
      if (spaced && PART.test(first.surface) && PART.test(next.surface) && /[-\u2013]/u.test(glossary.lookup(text.slice(first.start, next.end))?.short ?? '')) {
        out.push({ surface: text.slice(first.start, next.end), start: first.start, end: next.end });
        i++;
        continue;
      }
      // "ADS - B": one letter after a spaced dash, which detection does not read alone, where the
      // glossary knows the two with their dash (Automatic Dependent Surveillance–Broadcast); not
      // only run together ("BC - A gel" is no BCA, "tàu bay VN - A 653" no VNA).
      const letter = LETTER_AFTER.exec(text.slice(first.end, first.end + 6));
      if (letter && /[-\u2013]/u.test(glossary.lookup(text.slice(first.start, first.end + letter[0].length))?.short ?? '')) {
        out.push({ surface: text.slice(first.start, first.end + letter[0].length), start: first.start, end: first.end + letter[0].length });
        continue;
      }
      out.push(first);
      continue;
    }
    const close = (occurrences[end] as Occurrence).end;
    out.push({ surface: text.slice(first.start, close), start: first.start, end: close });
    i = end;
  }
  return out;
}

/**
 * What the article's own markup says its short forms stand for: `<abbr title="…">`, and the older
 * `<acronym>`. The page's word outranks any glossary, as a definition written in the text does.
 */
import type { MarkedAbbreviation } from '../article';
import { clean } from './dom';

/** Past these, a title is a note or a tooltip of another kind, not the name the letters stand for. */
const MAX_SHORT = 40;
const MAX_LONG = 300;
/** A page that marks more than this is marking something else (every date, every unit). */
const MAX_MARKED = 200;

// Microformats put machine dates in an <abbr>'s title ("2023-12-05T08:30:24+07:00"): not a name.
const MACHINE_VALUE = /^[\d\s:+\-.TZ/]+$/;

/**
 * The abbreviations explained inside `content` (Readability's article element) whose short form
 * the article's `text` writes, by the first element of each short form; empty when none.
 */
export function markedAbbreviations(content: Element, text: string): MarkedAbbreviation[] {
  // Read lazily: a page may mark up tens of thousands, and the first 200 are all that is kept.
  function* pairs(): Generator<MarkedAbbreviation> {
    const seen = new Set<string>();
    for (const el of content.querySelectorAll('abbr[title], acronym[title]')) {
      const short = clean(el.textContent);
      if (seen.has(short)) continue;
      seen.add(short);
      if (short.length <= MAX_SHORT && text.includes(short)) yield { short, long: clean(el.getAttribute('title')) };
    }
  }
  return firstOfEach(pairs());
}

/** Whether a short form and its title read as an abbreviation and its name. */
function explains({ short, long }: MarkedAbbreviation): boolean {
  if (short.length > MAX_SHORT || long.length > MAX_LONG || long === short) return false;
  return /\p{L}/u.test(short) && /\p{L}/u.test(long) && !MACHINE_VALUE.test(long);
}

/** The first explanation of each short form, of those that are one, at most MAX_MARKED. */
function firstOfEach(pairs: Iterable<MarkedAbbreviation>): MarkedAbbreviation[] {
  const out = new Map<string, string>();
  for (const pair of pairs) {
    if (out.has(pair.short) || !explains(pair)) continue;
    out.set(pair.short, pair.long);
    if (out.size === MAX_MARKED) break;
  }
  return [...out].map(([short, long]) => ({ short, long }));
}

/**
 * `v` as abbreviations a page sent, held to what reading the page keeps (above), NFC. A page may
 * send anything; what it sends explains its own acronyms only.
 */
export function checkedAbbreviations(v: unknown): MarkedAbbreviation[] {
  if (!Array.isArray(v)) return [];
  // Read no further than a page's worth, nor strings far past the limits, before cleaning them.
  const strings = (v as unknown[]).slice(0, MAX_MARKED * 5).filter((item): item is MarkedAbbreviation => {
    const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return typeof o.short === 'string' && typeof o.long === 'string' && o.short.length <= MAX_SHORT * 2 && o.long.length <= MAX_LONG * 2;
  });
  return firstOfEach(strings.map(({ short, long }) => ({ short: clean(short), long: clean(long) })));
}

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
 * the article's `text` writes, the first explanation of each short form; empty when none.
 */
export function markedAbbreviations(content: Element, text: string): MarkedAbbreviation[] {
  const out = new Map<string, string>();
  for (const el of Array.from(content.querySelectorAll('abbr[title], acronym[title]'))) {
    const short = clean(el.textContent);
    const long = clean(el.getAttribute('title'));
    if (out.has(short) || short.length > MAX_SHORT || long.length > MAX_LONG) continue;
    if (!/\p{L}/u.test(short) || !/\p{L}/u.test(long) || MACHINE_VALUE.test(long) || long === short) continue;
    if (!text.includes(short)) continue;
    out.set(short, long);
    if (out.size === MAX_MARKED) break;
  }
  return [...out].map(([short, long]) => ({ short, long }));
}

/**
 * `v` as abbreviations a page sent: the well-formed ones within the limits above, NFC. A page may
 * send anything; what it sends explains its own acronyms only.
 */
export function checkedAbbreviations(v: unknown): MarkedAbbreviation[] {
  if (!Array.isArray(v)) return [];
  const out: MarkedAbbreviation[] = [];
  for (const item of v.slice(0, MAX_MARKED) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { short, long } = item as Record<string, unknown>;
    if (typeof short !== 'string' || typeof long !== 'string') continue;
    if (short.length === 0 || short.length > MAX_SHORT || long.length === 0 || long.length > MAX_LONG) continue;
    out.push({ short: short.normalize('NFC'), long: long.normalize('NFC') });
  }
  return out;
}

/**
 * The user's own glossary as CSV: header `short,long,note,site,page` (all but the first two
 * optional; a site is the host an entry is kept for, a page the one article's address, both empty
 * for every site). Import is all or
 * nothing: the first bad row refuses the whole file and names its line, so a half-read file never
 * replaces a good glossary. A refusal carries an English message (logs, tests) and a code with its
 * particulars, which the extension's pages turn into a sentence in the reader's language.
 */
import Papa from 'papaparse';
import { nfc } from '../text/normalize';
import { DEFUSED_START, undefused } from '../text/spreadsheet-cells';
import { cleanUrl, isSiteName } from '../url';
import { GLOSSARY_LIMITS, type UserGlossaryEntry } from './types';

export const USER_CSV_ERROR_CODES = [
  'unclosed-quote',
  'stray-quote',
  'csv-syntax',
  'bad-header',
  'field-count',
  'empty-short',
  'empty-long',
  'not-acronym',
  'bad-site',
  'bad-page',
  'site-and-page',
  'too-long',
  'not-utf8',
  'semicolons',
  'tabs',
] as const;
export type UserCsvErrorCode = (typeof USER_CSV_ERROR_CODES)[number];

/**
 * What is wrong with the file: a quoted field never closed (`unclosed-quote`) or with text after its
 * closing quote (`stray-quote`), another CSV error (`csv-syntax`, with the parser's own `detail`),
 * a first line other than the header, a row with the wrong number of fields, an entry without
 * its acronym, without its expansion, or whose acronym is not one, a site that is no host name, a
 * page that is no web address, or an entry kept for both a site and a page; a file that is not
 * UTF-8 text (`not-utf8`: a spreadsheet's "CSV" in the system's code page), or whose columns are
 * parted by semicolons (as a spreadsheet set to a comma-decimal locale writes them) or by tabs (its
 * "Unicode Text").
 */
export type UserCsvProblem =
  | { code: 'unclosed-quote' | 'stray-quote' | 'bad-header' | 'empty-short' | 'not-utf8' | 'semicolons' | 'tabs' }
  | { code: 'csv-syntax'; detail: string }
  | { code: 'field-count'; expected: number; found: number }
  | { code: 'empty-long' | 'not-acronym'; short: string }
  | { code: 'bad-site'; site: string }
  | { code: 'bad-page'; page: string }
  | { code: 'site-and-page' }
  | { code: 'too-long'; field: 'short' | 'long' | 'note' | 'page'; limit: number };

export type UserCsvError = { ok: false; line: number; message: string } & UserCsvProblem;

export type UserGlossaryParse = { ok: true; entries: UserGlossaryEntry[] } | UserCsvError;

const HEADER = ['short', 'long', 'note', 'site', 'page'] as const;

/** Line number (1-based) where each record starts, counting newlines inside quoted fields. */
function recordLines(csv: string): number[] {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

export function parseUserGlossaryCsv(csv: string): UserGlossaryParse {
  const source = nfc(csv.replace(/^\uFEFF/, ''));
  // Another separator shows in the header, before the parser reads a quoted one as stray quotes.
  const firstLine = (/^[^\r\n]*/.exec(source)?.[0] ?? '').replaceAll('"', '').trim().toLowerCase();
  if (!firstLine.includes(',') && /^short;long(?:;|$)/.test(firstLine)) {
    return { ok: false, line: 1, message: 'its columns are separated by semicolons, not commas', code: 'semicolons' };
  }
  if (!firstLine.includes(',') && /^short\tlong(?:\t|$)/.test(firstLine)) {
    return { ok: false, line: 1, message: 'its columns are separated by tabs, not commas', code: 'tabs' };
  }
  const parsed = Papa.parse<string[]>(source, { delimiter: ',', skipEmptyLines: false });
  const lines = recordLines(source);
  const firstError = parsed.errors[0];
  if (firstError) {
    const line = lines[firstError.row ?? 0] ?? 1;
    const message = firstError.message;
    if (firstError.code === 'MissingQuotes') return { ok: false, line, message, code: 'unclosed-quote' };
    if (firstError.code === 'InvalidQuotes') return { ok: false, line, message, code: 'stray-quote' };
    return { ok: false, line, message, code: 'csv-syntax', detail: message };
  }
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.length < 2 || header.length > HEADER.length || header.some((h, i) => h !== HEADER[i])) {
    return { ok: false, line: 1, message: 'expected the header "short,long,note,site,page"', code: 'bad-header' };
  }
  const entries: UserGlossaryEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = lines[r] ?? r + 1;
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue; // blank line
    if (row.length < 2 || row.length > header.length) {
      const [expected, found] = [header.length, row.length];
      return { ok: false, line, message: `expected ${expected} fields, found ${found}`, code: 'field-count', expected, found };
    }
    const cell = (i: number): string => undefused(row[i] ?? '').trim();
    const [short, long] = [cell(0), cell(1)];
    if (!short) return { ok: false, line, message: 'the short form is empty', code: 'empty-short' };
    if (!long) return { ok: false, line, message: `no expansion for ${short}`, code: 'empty-long', short };
    if (/\s{2,}|[\n\r]/.test(short)) return { ok: false, line, message: `"${short}" is not an acronym`, code: 'not-acronym', short };
    // What the form and the store refuse, refused here with its line rather than by the store.
    const [note, written] = [cell(2), cell(4)];
    for (const [field, text] of [['short', short], ['long', long], ['note', note], ['page', written]] as const) {
      const limit = GLOSSARY_LIMITS[field];
      if (text.length > limit) return { ok: false, line, message: `the ${field} column is longer than ${limit} characters`, code: 'too-long', field, limit };
    }
    const site = cell(3).toLowerCase();
    if (site && !isSiteName(site)) return { ok: false, line, message: `"${site}" is not a site (a host name such as vnexpress.net)`, code: 'bad-site', site };
    const page = written ? cleanUrl(written) : null;
    if (written && !page) return { ok: false, line, message: `"${written}" is not a web address`, code: 'bad-page', page: written };
    if (site && page) return { ok: false, line, message: 'an entry is kept for a site or for an article, not both', code: 'site-and-page' };
    entries.push({ short, long, ...(note ? { note } : {}), ...(site ? { site } : {}), ...(page ? { page } : {}) });
  }
  return { ok: true, entries };
}

/** The page column only when an entry is kept for one article: a file without it still opens in a
 * Sổ Tay that knows only sites. A byte-order mark, for Excel reads a CSV without one in the wrong
 * encoding; a meaning a spreadsheet would run as a formula is defused (and read back as it was). */
export function userGlossaryToCsv(entries: UserGlossaryEntry[]): string {
  const pages = entries.some((e) => e.page);
  const csv = Papa.unparse(
    {
      fields: pages ? [...HEADER] : HEADER.slice(0, 4),
      data: entries.map((e) => [e.short, e.long, e.note ?? '', e.site ?? '', ...(pages ? [e.page ?? ''] : [])]),
    },
    { newline: '\n', escapeFormulae: DEFUSED_START },
  );
  return `\uFEFF${csv}`;
}

/**
 * The text of a glossary file as the reader picked it: UTF-8 (with or without its byte-order mark),
 * or UTF-16 where a byte-order mark says so, read alike in every browser. Anything else is refused
 * with the line of its first undecodable byte: read as UTF-8 it would be stored with its letters
 * replaced ("U�y ban nh�n d�n").
 */
export function decodeUserGlossaryFile(bytes: Uint8Array): { ok: true; text: string } | UserCsvError {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const decode = (upTo: number, stream = false): string => new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(0, upTo), { stream });
  try {
    return { ok: true, text: decode(bytes.length) };
  } catch {
    // The longest start that decodes (a character cut at its end waits for the rest): the first bad
    // byte comes right after it. Its line counts "\r\n", "\n" and a lone "\r" (old Mac files) alike.
    let [good, bad] = [0, bytes.length];
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      try {
        decode(mid, true);
        good = mid;
      } catch {
        bad = mid;
      }
    }
    const line = decode(good, true).split(/\r\n|\n|\r/).length;
    return { ok: false, line, message: 'the file is not readable text; in Excel, save it as “CSV UTF-8”', code: 'not-utf8' };
  }
}

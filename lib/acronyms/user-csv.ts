/**
 * The user's own glossary as CSV: a header naming the columns `short,long,note,site,page` (all but
 * the first two optional, in any order; Vietnamese names too: "Viết tắt,Nghĩa,Ghi chú"), or no
 * header, the columns then in that order. A site is the host an entry is kept for, a page the one
 * article's address, both empty for every site. Read as spreadsheets write it: commas, or the
 * semicolons of a comma-decimal locale (Excel in Vietnamese) or tabs, as the first line shows; an
 * Excel "sep=" line; blank rows and empty columns a sheet leaves. Import is all or nothing: the
 * first bad row refuses the whole file and names its line, so a half-read file never replaces a good
 * glossary. A refusal carries an English message (logs, tests) and a code with its particulars,
 * which the extension's pages turn into a sentence in the reader's language.
 */
import Papa from 'papaparse';
import { nfc } from '../text/normalize';
import { DEFUSED_START, undefused } from '../text/spreadsheet-cells';
import { cleanUrl, isSiteName, siteOf } from '../url';
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
  'empty-file',
] as const;
export type UserCsvErrorCode = (typeof USER_CSV_ERROR_CODES)[number];

/**
 * What is wrong with the file: a quoted field never closed (`unclosed-quote`) or with text after its
 * closing quote (`stray-quote`), another CSV error (`csv-syntax`, with the parser's own `detail`),
 * a first line that names columns but not the acronym's and the meaning's, a row with more filled
 * fields than the header has, an entry without its acronym, without its expansion, or whose acronym
 * is not one, a site that is no host name, a page that is no web address, or an entry kept for both
 * a site and a page; a file that is not UTF-8 text (`not-utf8`: a spreadsheet's "CSV" in the
 * system's code page), or holds nothing at all (`empty-file`).
 */
export type UserCsvProblem =
  | { code: 'unclosed-quote' | 'stray-quote' | 'bad-header' | 'empty-short' | 'not-utf8' | 'empty-file' }
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
type Column = (typeof HEADER)[number];

// What a header may call each column: Sổ Tay's own names, and the words of its form in Vietnamese.
const COLUMN_NAMES: Record<string, Column> = {
  short: 'short', 'viết tắt': 'short', 'từ viết tắt': 'short', 'chữ viết tắt': 'short', 'tên viết tắt': 'short', 'thuật ngữ': 'short', 'ký hiệu': 'short', 'kí hiệu': 'short',
  acronym: 'short', abbreviation: 'short', term: 'short', 'short form': 'short',
  long: 'long', 'nghĩa': 'long', 'nghĩa đầy đủ': 'long', 'ý nghĩa': 'long', 'viết đầy đủ': 'long', 'giải thích': 'long', 'diễn giải': 'long', 'định nghĩa': 'long',
  expansion: 'long', meaning: 'long', definition: 'long', 'long form': 'long',
  note: 'note', 'ghi chú': 'note', notes: 'note',
  site: 'site', 'trang web': 'site',
  page: 'page', 'bài': 'page', 'bài báo': 'page', 'địa chỉ bài': 'page',
};

type CsvRows = { rows: string[][]; lines: number[]; error?: Papa.ParseError & { line: number } };

/**
 * The rows as the parser reads them, with the line (1-based) each starts on, and its first error
 * with the line the parser places it on (for a stray quote, the line its field opens on). The parser's own positions are used because a quote opens a field only
 * at its start: counting every quote, a stray one in a meaning ("khu "công" nghiệp") put every later
 * line number off.
 */
function readRows(source: string, delimiter: string): CsvRows {
  const newlines = (from: number, to: number): number => source.slice(from, to).split('\n').length - 1;
  const result: CsvRows = { rows: [], lines: [] };
  let [start, line] = [0, 1];
  Papa.parse<string[]>(source, {
    delimiter,
    skipEmptyLines: false,
    step: ({ data, errors, meta }) => {
      const [first] = errors;
      if (first && !result.error) result.error = { ...first, line: line + (first.index === undefined ? 0 : newlines(start, first.index)) };
      result.rows.push(data);
      result.lines.push(line);
      line += newlines(start, meta.cursor);
      start = meta.cursor;
    },
  });
  return result;
}

/** The separator the first line uses outside quotes: whichever of a comma, a semicolon and a tab
 * comes first (a meaning may hold the others: "KCN;khu công nghiệp, khu chế xuất"); a comma if none. */
function separatorOf(firstLine: string): string {
  const bare = firstLine.replace(/"[^"]*"/g, '');
  return /[,;\t]/.exec(bare)?.[0] ?? ',';
}



/**
 * Which column each field of the first row names, or null where the row names none (a file
 * without a header). A field naming nothing Sổ Tay keeps is a column it leaves alone (Excel's empty
 * column, a reader's "category").
 */
function columnsNamed(row: readonly string[]): (Column | undefined)[] | null {
  const columns = row.map((h) => COLUMN_NAMES[nfc(h).trim().toLowerCase().replace(/\s+/g, ' ')]);
  return columns.some((c) => c !== undefined) ? columns : null;
}

/** The site a cell names, as `siteOf` gives it ("www.cafef.vn", "https://cafef.vn/" are cafef.vn);
 * null for anything else, a page's address included. */
function siteNamed(cell: string): string | null {
  const text = cell.toLowerCase();
  if (isSiteName(text)) return siteOf(`https://${text}`) ?? text;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.pathname !== '/' || url.search || url.hash || !isSiteName(url.hostname)) return null;
  return siteOf(url.href);
}

export function parseUserGlossaryCsv(csv: string): UserGlossaryParse {
  // One line end (a file mixing them would join two rows), and no byte-order mark.
  let source = nfc(csv.replace(/^\uFEFF/, '')).replace(/\r\n?/g, '\n');
  // "sep=;": the separator, on a line of its own, as Excel writes and reads it.
  const sepLine = /^"?sep=(.)"?(?:\n|$)/i.exec(source);
  if (sepLine) source = source.slice(sepLine[0].length);
  const skipped = sepLine ? 1 : 0;
  const delimiter = sepLine?.[1] ?? separatorOf(/^[^\n]*/.exec(source)?.[0] ?? '');
  const read = readRows(source, delimiter);
  const lines = read.lines.map((line) => line + skipped);
  if (read.error) {
    const [line, message] = [read.error.line + skipped, read.error.message];
    if (read.error.code === 'MissingQuotes') return { ok: false, line, message, code: 'unclosed-quote' };
    if (read.error.code === 'InvalidQuotes') return { ok: false, line, message, code: 'stray-quote' };
    return { ok: false, line, message, code: 'csv-syntax', detail: message };
  }
  const rows = read.rows;
  const blank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');
  // The first row that holds anything: the header, or the first entry.
  const top = rows.findIndex((row) => !blank(row));
  if (top < 0) return { ok: false, line: 1, message: 'the file is empty', code: 'empty-file' };
  const named = columnsNamed(rows[top] ?? []);
  const known = named?.filter((c) => c !== undefined) ?? [];
  // A header names the acronym's and the meaning's columns, each once. Without one the first row is
  // an entry, its acronym written with a capital: a first line in lower case that names nothing is a
  // header mistyped ("shrt,lng").
  const readable = named ? known.includes('short') && known.includes('long') && new Set(known).size === known.length : /\p{Lu}/u.test(rows[top]?.[0] ?? '');
  if (!readable) {
    return { ok: false, line: (lines[top] ?? 1), message: 'the first line must be a header with a “short” (or “Viết tắt”) column and a “long” (or “Nghĩa”) column, each once, such as short,long,note', code: 'bad-header' };
  }
  const columns: (Column | undefined)[] = named ?? [...HEADER];
  // The last column a row may fill, a column of the reader's own included ("category"): past it, only
  // the empty cells a spreadsheet leaves.
  const header = named ? (rows[top] ?? []) : [];
  const width = named ? header.reduce((last, h, i) => (h.trim() === '' && columns[i] === undefined ? last : i + 1), 0) : HEADER.length;
  const entries: UserGlossaryEntry[] = [];
  for (let r = named ? top + 1 : top; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = lines[r] ?? r + 1;
    // A blank line, or a spreadsheet's blank row (",,").
    if (blank(row)) continue;
    const filled = row.reduce((last, cell, i) => (cell.trim() === '' ? last : i + 1), 0);
    if (filled > width) {
      const [expected, found] = [width, filled];
      return { ok: false, line, message: `expected ${expected} fields, found ${found}`, code: 'field-count', expected, found };
    }
    const cell = (column: Column): string => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : undefused(row[i] ?? '').trim();
    };
    const [short, long] = [cell('short'), cell('long')];
    if (!short) return { ok: false, line, message: 'the short form is empty', code: 'empty-short' };
    if (!long) return { ok: false, line, message: `no expansion for ${short}`, code: 'empty-long', short };
    if (/\s{2,}|[\n\r\t]/.test(short) || !/\p{L}/u.test(short)) return { ok: false, line, message: `"${short}" is not an acronym`, code: 'not-acronym', short };
    // What the form and the store refuse, refused here with its line rather than by the store.
    const [note, written] = [cell('note'), cell('page')];
    for (const [field, text] of [['short', short], ['long', long], ['note', note], ['page', written]] as const) {
      const limit = GLOSSARY_LIMITS[field];
      if (text.length > limit) return { ok: false, line, message: `the ${field} column is longer than ${limit} characters`, code: 'too-long', field, limit };
    }
    const siteCell = cell('site');
    const site = siteCell ? siteNamed(siteCell) : null;
    if (siteCell && !site) return { ok: false, line, message: `"${siteCell}" is not a site (a host name such as vnexpress.net)`, code: 'bad-site', site: siteCell };
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

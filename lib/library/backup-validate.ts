/**
 * Checks a parsed backup file completely before anything is written: a file that is not ours, from
 * another database, from a newer Sổ Tay, cut short or with a malformed record is refused as a whole
 * with a BackupError: an English message (the CLI, the logs) plus a code and its particulars, which
 * the library page turns into a sentence in the reader's language. Pure: no database access.
 */
import { cleanUrl } from '../url';
import type { ArticleRecord, GlossaryRecord, HighlightRecord, QuoteRecord } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup';

export const BACKUP_ERROR_CODES = ['not-json', 'foreign', 'wrong-database', 'future-version', 'truncated', 'bad-record'] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export const BACKUP_TABLES = ['articles', 'highlights', 'quotes', 'glossary'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** What is wrong with one record, as data: the library page says it in the reader's language. */
export type RecordProblem =
  | { kind: 'not-object' }
  | { kind: 'missing'; field: string }
  | { kind: 'malformed'; field: string }
  | { kind: 'not-text'; field: string }
  | { kind: 'not-text-or-null'; field: string }
  | { kind: 'not-number'; field: string }
  | { kind: 'not-texts'; field: string }
  | { kind: 'not-one-of'; field: string; values: readonly string[] }
  | { kind: 'not-web-address'; field: string }
  | { kind: 'bad-type'; field: string; type: string };

/**
 * A refusal as data, so that a page can say it in its own language with the same precision as the
 * English message: which table, which record (1-based), what is wrong.
 */
export type BackupErrorDetail =
  | { code: 'not-json' }
  /** `unknownTable`: the file lists a table Sổ Tay does not know. */
  | { code: 'foreign'; unknownTable?: string }
  /** `version` and `supported`: the database is newer (absent: the file format itself is newer). */
  | { code: 'future-version'; version?: number; supported?: number }
  | { code: 'wrong-database'; databaseName: string }
  | { code: 'truncated'; table: BackupTable; expected: number; found: number }
  /** The file declares the table but holds none of its records. */
  | { code: 'truncated'; table: BackupTable; missing: true }
  | { code: 'bad-record'; table: BackupTable; record: number; problem: RecordProblem }
  | { code: 'bad-record'; table: 'articles'; duplicateUrl: string };

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(
    readonly detail: BackupErrorDetail,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
    this.code = detail.code;
  }
}

/** The English wording of a record problem (the CLI and the logs). */
export function recordProblemText(p: RecordProblem): string {
  switch (p.kind) {
    case 'not-object':
      return 'it is not an object';
    case 'missing':
      return `"${p.field}" is missing`;
    case 'malformed':
      return `"${p.field}" is malformed`;
    case 'not-text':
      return `"${p.field}" is not text`;
    case 'not-text-or-null':
      return `"${p.field}" is not text or null`;
    case 'not-number':
      return `"${p.field}" is not a number`;
    case 'not-texts':
      return `"${p.field}" is not a list of texts`;
    case 'not-one-of':
      return `"${p.field}" is not one of ${p.values.join(', ')}`;
    case 'not-web-address':
      return `"${p.field}" is not a web address`;
    case 'bad-type':
      return `"${p.field}" holds a value of type ${p.type}`;
  }
}

export interface BackupContents {
  databaseName: string;
  databaseVersion: number;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  quotes: QuoteRecord[];
  glossary: GlossaryRecord[];
}

export interface BackupTarget {
  /** Names a backup may carry: the notebook's own, and the target database's. */
  acceptedNames: readonly string[];
  /** The target's schema version; a backup from a later version is refused. */
  version: number;
}

type Row = Record<string, unknown>;
type Check = (row: Row) => RecordProblem | null;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (k: string): Check => (r) => (typeof r[k] === 'string' ? null : { kind: 'not-text', field: k });
const strOrNull = (k: string): Check => (r) => (r[k] === null || typeof r[k] === 'string' ? null : { kind: 'not-text-or-null', field: k });
const num = (k: string): Check => (r) => (typeof r[k] === 'number' && Number.isFinite(r[k]) ? null : { kind: 'not-number', field: k });
const strings = (k: string): Check => (r) => {
  const v = r[k];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : { kind: 'not-texts', field: k };
};
const oneOf = (k: string, values: readonly string[]): Check => (r) =>
  typeof r[k] === 'string' && values.includes(r[k]) ? null : { kind: 'not-one-of', field: k, values };

/** Links from a backup end up as hrefs: only web addresses pass (no javascript: or data:). */
const webUrl = (k: string): Check => (r) => {
  const v = r[k];
  return typeof v === 'string' && /^https?:\/\//i.test(v) && cleanUrl(v) !== null ? null : { kind: 'not-web-address', field: k };
};

const STAMPS: Check[] = [
  (r) => (typeof r.id === 'string' && r.id.length > 0 ? null : { kind: 'missing', field: 'id' }),
  num('createdAt'),
  num('updatedAt'),
  (r) => (r.deletedAt === undefined || (typeof r.deletedAt === 'number' && Number.isFinite(r.deletedAt)) ? null : { kind: 'not-number', field: 'deletedAt' }),
];

const TABLES = {
  articles: [
    ...STAMPS, webUrl('url'), str('title'), strOrNull('sapo'), strOrNull('byline'), strOrNull('published'),
    strOrNull('siteName'), str('lang'), str('text'), strings('paragraphs'), strings('captions'),
    num('wordCount'), num('readingMinutes'), strings('tags'), str('note'),
  ],
  highlights: [
    ...STAMPS, str('articleId'), webUrl('url'), str('exact'), str('prefix'), str('suffix'), num('start'), num('end'),
    oneOf('color', ['yellow', 'green', 'blue', 'pink']), str('note'), strings('tags'),
  ],
  quotes: [
    ...STAMPS, str('articleId'), webUrl('url'), str('text'), num('start'), strOrNull('speaker'), strOrNull('role'),
    oneOf('kind', ['direct', 'colon']), strings('tags'),
  ],
  glossary: [
    ...STAMPS, str('short'), str('long'), str('note'),
    (r) => (r.site === undefined || typeof r.site === 'string' ? null : { kind: 'not-text', field: 'site' }),
    // An entry kept for one article is found by its clean address, and is never kept for a site too.
    (r) => (r.page === undefined ? null : typeof r.page === 'string' && cleanUrl(r.page) === r.page ? null : { kind: 'not-web-address', field: 'page' }),
    (r) => (r.page !== undefined && r.site !== undefined ? { kind: 'malformed', field: 'site' } : null),
  ],
} satisfies Record<BackupTable, Check[]>;

const isTableName = (name: unknown): name is BackupTable => typeof name === 'string' && Object.hasOwn(TABLES, name);

/**
 * dexie-export-import writes a field whose value is `undefined` as a placeholder plus
 * `$types: { field: "undef" }`. That is the only encoded type our records can carry; anything else
 * (dates, blobs) means the file is not a Sổ Tay notebook.
 */
function decodeRow(row: Row): { row: Row } | { problem: RecordProblem } {
  const types = row.$types;
  if (types === undefined) return { row };
  if (!isObject(types)) return { problem: { kind: 'malformed', field: '$types' } };
  const out: Row = { ...row };
  delete out.$types;
  for (const [field, type] of Object.entries(types)) {
    if (type !== 'undef') return { problem: { kind: 'bad-type', field, type: String(type) } };
    delete out[field];
  }
  return { row: out };
}

const FOREIGN = 'This file is not a Sổ\u00a0Tay backup.';
const foreign = (): BackupError => new BackupError({ code: 'foreign' }, FOREIGN);

export function validateBackup(json: unknown, target: BackupTarget): BackupContents {
  if (!isObject(json) || json.formatName !== BACKUP_FORMAT || !isObject(json.data)) throw foreign();
  if (typeof json.formatVersion !== 'number') throw foreign();
  if (json.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError({ code: 'future-version' }, 'This backup was made by a newer version of Sổ\u00a0Tay; update the extension to restore it.');
  }
  const data = json.data;
  const name = data.databaseName;
  if (typeof name !== 'string' || !Array.isArray(data.tables) || !Array.isArray(data.data)) throw foreign();
  if (!target.acceptedNames.includes(name)) {
    throw new BackupError(
      { code: 'wrong-database', databaseName: name },
      `This backup is of another database ("${name}"), not of a Sổ\u00a0Tay notebook.`,
    );
  }
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw foreign();
  if (version > target.version) {
    throw new BackupError(
      { code: 'future-version', version, supported: target.version },
      `This backup comes from a newer Sổ\u00a0Tay (database version ${version}, this one has ${target.version}); update the extension to restore it.`,
    );
  }
  const declared = new Map<BackupTable, number>();
  for (const t of data.tables) {
    if (!isObject(t) || !isTableName(t.name) || typeof t.rowCount !== 'number') {
      const unknownTable = isObject(t) ? String(t.name) : '?';
      throw new BackupError({ code: 'foreign', unknownTable }, `${FOREIGN} It has a table Sổ\u00a0Tay does not know (${unknownTable}).`);
    }
    declared.set(t.name, t.rowCount);
  }
  const out: BackupContents = { databaseName: name, databaseVersion: version, articles: [], highlights: [], quotes: [], glossary: [] };
  const seen = new Set<BackupTable>();
  for (const t of data.data) {
    if (!isObject(t) || !isTableName(t.tableName) || !Array.isArray(t.rows) || seen.has(t.tableName)) throw foreign();
    const table = t.tableName;
    seen.add(table);
    if (t.inbound !== true) throw foreign();
    const rows: Row[] = [];
    for (const [i, raw] of t.rows.entries()) {
      const decoded = isObject(raw) ? decodeRow(raw) : { problem: { kind: 'not-object' } as const };
      const problem =
        'problem' in decoded ? decoded.problem : TABLES[table].map((check) => check(decoded.row)).find((p) => p !== null);
      if (problem) {
        throw new BackupError(
          { code: 'bad-record', table, record: i + 1, problem },
          `The backup is damaged: record ${i + 1} of "${table}" is invalid (${recordProblemText(problem)}).`,
        );
      }
      if ('row' in decoded) rows.push(decoded.row);
    }
    const expected = declared.get(table) ?? 0;
    if (declared.get(table) !== rows.length) {
      throw new BackupError(
        { code: 'truncated', table, expected, found: rows.length },
        `The backup is incomplete: "${table}" should have ${expected} records, it has ${rows.length}.`,
      );
    }
    // Each row was checked field by field above against its record interface.
    const checked: unknown[] = rows;
    if (table === 'articles') out.articles = checked as ArticleRecord[];
    else if (table === 'highlights') out.highlights = checked as HighlightRecord[];
    else if (table === 'quotes') out.quotes = checked as QuoteRecord[];
    else out.glossary = checked as GlossaryRecord[];
  }
  for (const table of declared.keys()) {
    if (!seen.has(table)) {
      throw new BackupError({ code: 'truncated', table, missing: true }, `The backup is incomplete: the records of "${table}" are missing.`);
    }
  }
  const urls = new Set<string>();
  for (const a of out.articles) {
    if (urls.has(a.url)) {
      throw new BackupError(
        { code: 'bad-record', table: 'articles', duplicateUrl: a.url },
        `The backup is damaged: two articles have the address ${a.url}.`,
      );
    }
    urls.add(a.url);
  }
  return out;
}

/** Reads and validates a backup from a file or text; throws BackupError. */
export async function readBackup(input: Blob | string, target: BackupTarget): Promise<BackupContents> {
  const text = typeof input === 'string' ? input : await input.text();
  let json: unknown;
  try {
    // A BOM is what some editors add when a user opens and saves the file; it is not damage.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupError({ code: 'not-json' }, 'This file is not a Sổ\u00a0Tay backup: it is not JSON (it may be damaged or cut short).');
  }
  return validateBackup(json, target);
}

/**
 * Checks a parsed backup file completely before anything is written: a file that is not ours, from
 * another database, from a newer Sổ Tay, cut short or with a malformed record is refused as a whole
 * with a message the library page can show. Pure: no database access.
 */
import { cleanUrl } from '../url';
import type { ArticleRecord, GlossaryRecord, HighlightRecord, QuoteRecord } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup';

export type BackupErrorCode =
  | 'not-json'
  | 'foreign'
  | 'wrong-database'
  | 'future-version'
  | 'truncated'
  | 'bad-record';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
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
type Check = (row: Row) => string | null;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (k: string): Check => (r) => (typeof r[k] === 'string' ? null : `"${k}" is not text`);
const strOrNull = (k: string): Check => (r) => (r[k] === null || typeof r[k] === 'string' ? null : `"${k}" is not text or null`);
const num = (k: string): Check => (r) => (typeof r[k] === 'number' && Number.isFinite(r[k]) ? null : `"${k}" is not a number`);
const strings = (k: string): Check => (r) => {
  const v = r[k];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : `"${k}" is not a list of texts`;
};
const oneOf = (k: string, values: readonly string[]): Check => (r) =>
  typeof r[k] === 'string' && values.includes(r[k]) ? null : `"${k}" is not one of ${values.join(', ')}`;

/** Links from a backup end up as hrefs: only web addresses pass (no javascript: or data:). */
const webUrl = (k: string): Check => (r) => {
  const v = r[k];
  return typeof v === 'string' && /^https?:\/\//i.test(v) && cleanUrl(v) !== null ? null : `"${k}" is not a web address`;
};

const STAMPS: Check[] = [
  (r) => (typeof r.id === 'string' && r.id.length > 0 ? null : '"id" is missing'),
  num('createdAt'),
  num('updatedAt'),
  (r) => (r.deletedAt === undefined || (typeof r.deletedAt === 'number' && Number.isFinite(r.deletedAt)) ? null : '"deletedAt" is not a number'),
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
  glossary: [...STAMPS, str('short'), str('long'), str('note')],
} satisfies Record<string, Check[]>;

type TableName = keyof typeof TABLES;
const isTableName = (name: unknown): name is TableName => typeof name === 'string' && Object.hasOwn(TABLES, name);

/**
 * dexie-export-import writes a field whose value is `undefined` as a placeholder plus
 * `$types: { field: "undef" }`. That is the only encoded type our records can carry; anything else
 * (dates, blobs) means the file is not a Sổ Tay notebook.
 */
function decodeRow(row: Row): Row | string {
  const types = row.$types;
  if (types === undefined) return row;
  if (!isObject(types)) return '"$types" is malformed';
  const out: Row = { ...row };
  delete out.$types;
  for (const [field, type] of Object.entries(types)) {
    if (type !== 'undef') return `"${field}" holds a value of type ${String(type)}`;
    delete out[field];
  }
  return out;
}

const FOREIGN = 'This file is not a Sổ Tay backup.';

export function validateBackup(json: unknown, target: BackupTarget): BackupContents {
  if (!isObject(json) || json.formatName !== BACKUP_FORMAT || !isObject(json.data)) throw new BackupError('foreign', FOREIGN);
  if (typeof json.formatVersion !== 'number') throw new BackupError('foreign', FOREIGN);
  if (json.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('future-version', 'This backup was made by a newer version of Sổ Tay; update the extension to restore it.');
  }
  const data = json.data;
  const name = data.databaseName;
  if (typeof name !== 'string' || !Array.isArray(data.tables) || !Array.isArray(data.data)) throw new BackupError('foreign', FOREIGN);
  if (!target.acceptedNames.includes(name)) {
    throw new BackupError('wrong-database', `This backup is of another database ("${name}"), not of a Sổ Tay notebook.`);
  }
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('foreign', FOREIGN);
  if (version > target.version) {
    throw new BackupError(
      'future-version',
      `This backup comes from a newer Sổ Tay (database version ${version}, this one has ${target.version}); update the extension to restore it.`,
    );
  }
  const declared = new Map<TableName, number>();
  for (const t of data.tables) {
    if (!isObject(t) || !isTableName(t.name) || typeof t.rowCount !== 'number') {
      throw new BackupError('foreign', `${FOREIGN} It has a table Sổ Tay does not know (${isObject(t) ? String(t.name) : '?'}).`);
    }
    declared.set(t.name, t.rowCount);
  }
  const out: BackupContents = { databaseName: name, databaseVersion: version, articles: [], highlights: [], quotes: [], glossary: [] };
  const seen = new Set<TableName>();
  for (const t of data.data) {
    if (!isObject(t) || !isTableName(t.tableName) || !Array.isArray(t.rows) || seen.has(t.tableName)) {
      throw new BackupError('foreign', FOREIGN);
    }
    const table = t.tableName;
    seen.add(table);
    if (t.inbound !== true) throw new BackupError('foreign', FOREIGN);
    const rows: Row[] = [];
    for (const [i, raw] of t.rows.entries()) {
      const row = isObject(raw) ? decodeRow(raw) : 'it is not an object';
      const problem = typeof row === 'string' ? row : TABLES[table].map((check) => check(row)).find((p) => p !== null);
      if (problem) throw new BackupError('bad-record', `The backup is damaged: record ${i + 1} of "${table}" is invalid (${problem}).`);
      rows.push(row as Row);
    }
    if (declared.get(table) !== rows.length) {
      throw new BackupError('truncated', `The backup is incomplete: "${table}" should have ${declared.get(table) ?? 0} records, it has ${rows.length}.`);
    }
    // Each row was checked field by field above against its record interface.
    const checked: unknown[] = rows;
    if (table === 'articles') out.articles = checked as ArticleRecord[];
    else if (table === 'highlights') out.highlights = checked as HighlightRecord[];
    else if (table === 'quotes') out.quotes = checked as QuoteRecord[];
    else out.glossary = checked as GlossaryRecord[];
  }
  for (const table of declared.keys()) {
    if (!seen.has(table)) throw new BackupError('truncated', `The backup is incomplete: the records of "${table}" are missing.`);
  }
  const urls = new Set<string>();
  for (const a of out.articles) {
    if (urls.has(a.url)) throw new BackupError('bad-record', `The backup is damaged: two articles have the address ${a.url}.`);
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
    throw new BackupError('not-json', 'This file is not a Sổ Tay backup: it is not JSON (it may be damaged or cut short).');
  }
  return validateBackup(json, target);
}

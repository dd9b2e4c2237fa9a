/**
 * Restoring a backup merges it into the notebook instead of replacing it: each record is kept in
 * its newer version (see merge.ts), tombstones included, so restoring twice changes nothing and
 * restoring another browser's backup combines both notebooks. The file is validated completely
 * first and all writes happen in one transaction: a bad file, or a failure halfway, changes nothing.
 */
import { DB_NAME, type SotayDatabase, type Stamped } from '../db/schema';
import type { StampedTable } from '../db/stamped';
import { alignArticlesByUrl } from './align';
import { readBackup, type BackupContents } from './backup-validate';
import { mergeRecords } from './merge';

export interface TableReport {
  added: number;
  updated: number;
  unchanged: number;
  keptLocal: number;
}

export interface RestoreReport {
  articles: TableReport;
  highlights: TableReport;
  quotes: TableReport;
  glossary: TableReport;
  /** Incoming articles whose page was already saved here under another id (now one article). */
  unitedArticles: number;
  written: number;
}

export interface RestoreProgress {
  phase: 'validating' | 'merging' | 'writing' | 'done';
  completedRows: number;
  totalRows: number;
}

export interface RestoreOptions {
  onProgress?: (progress: RestoreProgress) => void;
  chunkSize?: number;
}

export function backupTarget(db: SotayDatabase) {
  return { acceptedNames: [DB_NAME, db.name], version: db.verno };
}

export async function restoreBackup(
  db: SotayDatabase,
  input: Blob | string,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  options.onProgress?.({ phase: 'validating', completedRows: 0, totalRows: 0 });
  const backup = await readBackup(input, backupTarget(db));
  return mergeBackup(db, backup, options);
}

/** Merges already validated contents into the database, in one read-write transaction. */
export async function mergeBackup(
  db: SotayDatabase,
  backup: BackupContents,
  options: RestoreOptions = {},
): Promise<RestoreReport> {
  const chunkSize = Math.max(1, options.chunkSize ?? 2000);
  const report = (progress: RestoreProgress) => options.onProgress?.(progress);
  return db.transaction('rw', [db.articles, db.highlights, db.quotes, db.glossary], async () => {
    report({ phase: 'merging', completedRows: 0, totalRows: 0 });
    const local = {
      articles: await db.articles.toArray(),
      highlights: await db.highlights.toArray(),
      quotes: await db.quotes.toArray(),
      glossary: await db.glossary.toArray(),
    };
    const { records, renamed } = alignArticlesByUrl(local.articles, backup);
    const merges = {
      articles: mergeRecords(local.articles, records.articles),
      highlights: mergeRecords(local.highlights, records.highlights),
      quotes: mergeRecords(local.quotes, records.quotes),
      glossary: mergeRecords(local.glossary, records.glossary),
    };
    const totalRows =
      merges.articles.toWrite.length + merges.highlights.toWrite.length + merges.quotes.toWrite.length + merges.glossary.toWrite.length;
    let completedRows = 0;
    const write = async <T extends Stamped>(table: StampedTable<T>, rows: T[]) => {
      for (let i = 0; i < rows.length; i += chunkSize) {
        const chunk = rows.slice(i, i + chunkSize);
        await table.bulkPut(chunk);
        completedRows += chunk.length;
        report({ phase: 'writing', completedRows, totalRows });
      }
    };
    await write(db.articles, merges.articles.toWrite);
    await write(db.highlights, merges.highlights.toWrite);
    await write(db.quotes, merges.quotes.toWrite);
    await write(db.glossary, merges.glossary.toWrite);
    report({ phase: 'done', completedRows, totalRows });
    const summary = ({ added, updated, unchanged, keptLocal }: TableReport): TableReport => ({ added, updated, unchanged, keptLocal });
    return {
      articles: summary(merges.articles),
      highlights: summary(merges.highlights),
      quotes: summary(merges.quotes),
      glossary: summary(merges.glossary),
      unitedArticles: renamed.size,
      written: totalRows,
    };
  });
}

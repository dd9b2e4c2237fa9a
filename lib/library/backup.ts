/**
 * A full JSON backup of the notebook, in dexie-export-import's file format (formatName "dexie",
 * formatVersion 1), so the file also opens with Dexie's own import tools. Written here rather than
 * with `exportDB` because that add-on reads `self` and `FileReader` when loaded and so cannot run
 * in Node (dexie/Dexie.js#1596), and because it stores `undefined` fields as typeson `$types`
 * which our records do not need. Rows are read in chunks inside one read transaction (a consistent
 * snapshot) and the file is assembled from string parts, reporting progress as it goes.
 */
import type { TableSchema } from 'dexie';
import type { SotayDatabase } from '../db/schema';

export const BACKUP_FORMAT = 'dexie';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupProgress {
  table: string;
  completedRows: number;
  totalRows: number;
  done: boolean;
}

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Rows read per query; smaller keeps memory flat, larger is faster. */
  chunkSize?: number;
}

/** Dexie's schema string of a table ("id,&url,*tags"), as dexie-export-import writes it. */
function schemaString(table: { schema: TableSchema }): string {
  return [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(',');
}

export async function createBackup(db: SotayDatabase, options: BackupOptions = {}): Promise<Blob> {
  const chunkSize = Math.max(1, options.chunkSize ?? 2000);
  const tables = [db.articles, db.highlights, db.quotes, db.glossary] as const;
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    const totalRows = counts.reduce((a, b) => a + b, 0);
    const meta = {
      databaseName: db.name,
      databaseVersion: db.verno,
      tables: tables.map((t, i) => ({ name: t.name, schema: schemaString(t), rowCount: counts[i] ?? 0 })),
    };
    const metaJson = JSON.stringify(meta);
    // `{"formatName":…,"data":{…meta…,"data":[` then one table object after another.
    const parts: string[] = [
      `{"formatName":"${BACKUP_FORMAT}","formatVersion":${BACKUP_FORMAT_VERSION},"data":${metaJson.slice(0, -1)},"data":[`,
    ];
    let completedRows = 0;
    for (const [ti, table] of tables.entries()) {
      parts.push(`${ti ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
      let last: string | undefined;
      let first = true;
      for (;;) {
        const rows =
          last === undefined
            ? await table.orderBy(':id').limit(chunkSize).toArray()
            : await table.where(':id').above(last).limit(chunkSize).toArray();
        if (rows.length === 0) break;
        const json = rows.map((r) => JSON.stringify(r)).join(',');
        parts.push(first ? json : `,${json}`);
        first = false;
        last = rows[rows.length - 1]?.id;
        completedRows += rows.length;
        options.onProgress?.({ table: table.name, completedRows, totalRows, done: false });
        if (rows.length < chunkSize) break;
      }
      parts.push(']}');
    }
    parts.push(']}}');
    options.onProgress?.({ table: '', completedRows, totalRows, done: true });
    return new Blob(parts, { type: 'application/json' });
  });
}

/** "sotay-backup-2024-05-01.json": sorts by date in a downloads folder. */
export function backupFileName(now: number = Date.now()): string {
  return `sotay-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

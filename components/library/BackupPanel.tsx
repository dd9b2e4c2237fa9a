import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupFileName, createBackup } from '@/lib/library/backup';
import { restoreBackup } from '@/lib/library/restore';
import type { Snapshot } from '@/lib/library/types';
import { announceNotebookRestore } from '@/utils/notebook-changes';
import { db } from '../db';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { save } from './files';

const LAST_BACKUP = 'lastBackupAt';
/** Changes since the last backup file after which the page suggests making one. */
const REMIND_AFTER = 25;

type Status = { kind: 'progress'; done: number; total: number } | { kind: 'ok' | 'error'; text: string } | null;

/** Backup to a file and restore from one (merging by id), with progress and a reminder. */
export function BackupPanel({ snapshot, complete }: { snapshot: Snapshot; complete: boolean }) {
  const [lastBackup, setLastBackup] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    browser.storage.local.get(LAST_BACKUP).then((v) => setLastBackup(Number(v[LAST_BACKUP] ?? 0)));
  }, []);

  const all = [...snapshot.articles, ...snapshot.quotes, ...snapshot.highlights, ...snapshot.glossary];
  // Counted on the whole notebook only: the newest entries, read first, would undercount.
  const unsaved = lastBackup === null || !complete ? 0 : all.filter((r) => r.updatedAt > lastBackup).length;

  const backup = async () => {
    try {
      let rows = 0;
      const blob = await createBackup(db, {
        onProgress: (p) => {
          rows = p.totalRows;
          setStatus({ kind: 'progress', done: p.completedRows, total: p.totalRows });
        },
      });
      save(blob, backupFileName());
      const now = Date.now();
      await browser.storage.local.set({ [LAST_BACKUP]: now });
      setLastBackup(now);
      setStatus({ kind: 'ok', text: t('backupDone', rows) });
    } catch (err) {
      setStatus({ kind: 'error', text: t('saveFailed', errorText(err)) });
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const report = await restoreBackup(db, file, {
        onProgress: (p) => setStatus({ kind: 'progress', done: p.completedRows, total: p.totalRows }),
      });
      await announceNotebookRestore();
      const tables = [report.articles, report.quotes, report.highlights, report.glossary];
      setStatus({
        kind: 'ok',
        text: t('restoreDone', tables.reduce((n, r) => n + r.added, 0), tables.reduce((n, r) => n + r.updated, 0)),
      });
    } catch (err) {
      setStatus({ kind: 'error', text: t('restoreFailed', errorText(err)) });
    }
  };

  return (
    <div class="backup">
      <button type="button" onClick={() => void backup()}>
        {t('backup')}
      </button>
      <label class="button file">
        {t('restore')}
        <input type="file" accept=".json,application/json" onChange={(e) => void restore(e.currentTarget)} />
      </label>
      {status?.kind === 'progress' && (
        <progress max={Math.max(1, status.total)} value={status.done} aria-label={t('working')} />
      )}
      {status && status.kind !== 'progress' && (
        <p class={status.kind === 'error' ? 'error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {unsaved >= REMIND_AFTER && status?.kind !== 'ok' && (
        <p class="reminder" role="note">
          {t('backupReminder', unsaved)}
        </p>
      )}
    </div>
  );
}

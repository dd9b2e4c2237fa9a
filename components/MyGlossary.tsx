import { useEffect, useRef, useState } from 'preact/hooks';
import { userGlossaryToCsv } from '@/lib/acronyms';
import { GLOSSARY_LIMITS } from '@/lib/db/input-checks';
import type { GlossaryRecord } from '@/lib/db/schema';
import { sendMessage } from '@/utils/messaging';
import { db } from './db';
import { errorText, importFailedText } from './error-text';
import { save } from './library/files';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

/** What the acronym tab hands the form: the short form, the expansion to start from, the glossary's
 * other senses to choose among. */
export interface GlossaryPrefill {
  short: string;
  long: string;
  senses?: string[];
}

// `senses` only while correcting a built-in expansion: the choices the expansion field offers.
// `site`: the entry is kept for that site only.
type Draft = { id?: string; short: string; long: string; note: string; senses?: string[]; site?: string };
const EMPTY: Draft = { short: '', long: '', note: '' };

/**
 * The reader's own glossary: add, edit, delete, CSV in and out. Reads the table live; writes go
 * through the background, and `onChange` lets the tab and the page pick up the new expansions.
 * `site`: the page's, for which an entry may be kept alone ("CP" is "cổ phiếu" on a market site).
 */
export function MyGlossary({ prefill, site, onChange }: { prefill: GlossaryPrefill | null; site: string | null; onChange: () => void }) {
  const entries = useLiveQuery(
    async () => (await db.glossary.toArray()).filter((e) => !e.deletedAt).sort((a, b) => a.short.localeCompare(b.short, 'vi')),
    [],
    [] as GlossaryRecord[],
  );
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const longInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!prefill) return;
    setDraft({ ...EMPTY, ...prefill });
    longInput.current?.focus();
  }, [prefill]);
  const senses = draft.senses ?? [];
  // The site the form offers to keep the entry for: the one an edited entry is kept for, else the page's.
  const offered = draft.id ? (draft.site ?? site) : site;

  const failed = (err: unknown) => setStatus({ error: true, text: t('saveFailed', errorText(err)) });

  const submit = async (e: Event) => {
    e.preventDefault();
    const short = draft.short.trim();
    const long = draft.long.trim();
    if (!short || !long) return;
    // An edit sends an empty site to make an entry hold on every site again.
    const kept = draft.site ?? '';
    try {
      if (draft.id) await sendMessage('updateGlossaryEntry', { id: draft.id, short, long, note: draft.note, site: kept });
      else await sendMessage('addGlossaryEntry', kept ? { short, long, note: draft.note, site: kept } : { short, long, note: draft.note });
      setDraft(EMPTY);
      setStatus(null);
      onChange();
    } catch (err) {
      failed(err);
    }
  };

  const remove = (id: string) =>
    sendMessage('deleteGlossaryEntry', id)
      .then(onChange)
      .catch(failed);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await sendMessage('importGlossaryCsv', await file.text()).catch((err: unknown) => {
      failed(err);
      return null;
    });
    if (!result) return;
    setStatus(
      result.ok
        ? { error: false, text: t('imported', result.added, result.updated, result.unchanged) }
        : { error: true, text: importFailedText(result) },
    );
    if (result.ok) onChange();
  };

  const exportCsv = () => {
    const csv = userGlossaryToCsv(entries.map(({ short, long, note, site: kept }) => ({ short, long, note, ...(kept ? { site: kept } : {}) })));
    save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'so-tay-tu-dien.csv');
  };

  return (
    <section class="my-glossary" aria-labelledby="my-glossary-title">
      <h2 id="my-glossary-title" class="panel-heading">
        {t('myGlossary')} <span class="count">{entries.length}</span>
      </h2>
      <form class="glossary-form" onSubmit={submit}>
        <input
          aria-label={t('shortLabel')}
          placeholder={t('shortLabel')}
          value={draft.short}
          maxLength={24}
          onInput={(e) => setDraft({ ...draft, short: e.currentTarget.value })}
        />
        <input
          ref={longInput}
          list={senses.length > 1 ? 'glossary-senses' : undefined}
          aria-label={t('longLabel')}
          placeholder={t('longLabel')}
          value={draft.long}
          maxLength={GLOSSARY_LIMITS.long}
          onInput={(e) => setDraft({ ...draft, long: e.currentTarget.value })}
        />
        {senses.length > 1 && (
          <datalist id="glossary-senses">
            {senses.map((sense) => (
              <option key={sense} value={sense} />
            ))}
          </datalist>
        )}
        <button type="submit" class="save small">{draft.id ? t('update') : t('add')}</button>
        {draft.id && (
          <button type="button" class="link" onClick={() => setDraft(EMPTY)}>
            {t('cancel')}
          </button>
        )}
        {offered && (
          <label class="only-site">
            <input
              type="checkbox"
              checked={draft.site === offered}
              onChange={(e) => setDraft({ ...draft, site: e.currentTarget.checked ? offered : undefined })}
            />
            {t('onlyOnSite', offered)}
          </label>
        )}
      </form>
      {entries.length === 0 ? (
        <p class="empty">{t('glossaryEmpty')}</p>
      ) : (
        <ul class="glossary-list">
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{e.short}</strong> {e.long}
              {e.site && <span class="site">{e.site}</span>}
              <span class="row-actions">
                <button type="button" class="link" onClick={() => setDraft({ id: e.id, short: e.short, long: e.long, note: e.note, ...(e.site ? { site: e.site } : {}) })}>
                  {t('edit')}
                </button>
                <button type="button" class="link" onClick={() => remove(e.id)}>
                  {t('delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="glossary-files">
        <label class="link file">
          {t('importCsv')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => importFile(e.currentTarget)} />
        </label>
        <button type="button" class="link" onClick={exportCsv} disabled={entries.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
      {status && (
        <p class={status.error ? 'error' : 'status'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterGlossary, GLOSSARY_LIMITS, glossaryKey, keptWhere, queryHasMarks, userGlossaryToCsv } from '@/lib/acronyms';
import { decodeUserGlossaryFile } from '@/lib/acronyms/user-csv';
import type { GlossaryRecord } from '@/lib/db/schema';
import { sendMessage } from '@/utils/messaging';
import { glossaryChangedHere } from '@/utils/notebook-changes';
import { nfc } from '@/lib/text/normalize';
import { db } from './db';
import { errorText, importFailedText } from './error-text';
import { ListFilter } from './ListFilter';
import { save } from './library/files';
import { formatNumber, t } from './i18n';
import { useLiveQuery } from './use-live-query';

/** What the acronym tab hands the form: the short form, the expansion to start from, the glossary's
 * other senses to choose among, or the article whose own definition it corrects and the readings of
 * that definition a word or two longer or shorter. */
export interface GlossaryPrefill {
  short: string;
  long: string;
  senses?: string[];
  page?: string | undefined;
  nearby?: string[];
}

// `senses` only while correcting a built-in expansion: the choices the expansion field offers.
// `site` or `page`: the entry is kept for that site or that article only. `corrects`: the article
// defines the short form itself, so only an entry kept for it changes what the reader sees;
// `own`: the article's reading of it, and `nearby` the readings a word or two off, one click each.
type Draft = { id?: string; short: string; long: string; note: string; senses?: string[]; site?: string; page?: string; corrects?: boolean; nearby?: string[]; own?: string };
const EMPTY: Draft = { short: '', long: '', note: '' };

// From how many entries the list offers a search box: a handful is read at a glance.
const SEARCH_FROM = 8;
// Rows drawn at a time: drawing an imported list of 5,000 at once kept the tab blank for 1.5 s.
const ROWS_AT_ONCE = 200;

/** "vnexpress.net/thoi-su/…": an article's address, short enough for a list row. */
function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 28 ? `${u.pathname.slice(0, 27)}…` : u.pathname;
    return u.hostname.replace(/^www\./, '') + path;
  } catch {
    return url;
  }
}

/**
 * The reader's own glossary: add, edit, delete, CSV in and out. Reads the table live; writes go
 * through the background, which tells every open page and the popup's acronym tab.
 * `site`: the page's, for which an entry may be kept alone ("CP" is "cổ phiếu" on a market site);
 * `page`: the article's address, for which one may be kept alone (a correction of its definition).
 */
/** A change the background made to the glossary for this page: its readings follow at once. */
function changing<T>(sent: Promise<T>): Promise<T> {
  return sent.then((result) => {
    glossaryChangedHere();
    return result;
  });
}

/**
 * The reader's glossary: the form and the list. `defined`: the short forms the article defines
 * itself, where an entry the reader adds for every site or this one is not what the page shows.
 */
export function MyGlossary({ prefill, site, page, defined = [] }: { prefill: GlossaryPrefill | null; site: string | null; page: string | null; defined?: readonly string[] }) {
  const entries = useLiveQuery(
    async () => (await db.glossary.toArray()).filter((e) => !e.deletedAt).sort((a, b) => a.short.localeCompare(b.short, 'vi')),
    [],
    [] as GlossaryRecord[],
  );
  const [draft, setDraft] = useState<Draft>(EMPTY);
  // `field`: the input an error is about; `said`: counts messages, so the same words said twice are
  // a new message a screen reader reads again.
  const [status, setStatusState] = useState<{ error: boolean; text: string; field?: 'short' | 'long'; said: number } | null>(null);
  const setStatus = (next: { error: boolean; text: string; field?: 'short' | 'long' } | null) =>
    setStatusState((was) => (next ? { ...next, said: (was?.said ?? 0) + 1 } : null));
  // The entry the reader deleted last, which one click brings back (a delete takes no confirmation).
  const [deleted, setDeleted] = useState<GlossaryRecord | null>(null);
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState(ROWS_AT_ONCE);
  const searchable = entries.length >= SEARCH_FROM;
  const searching = searchable && query.trim() !== '';
  const shown = useMemo(() => (searching ? filterGlossary(entries, query) : entries), [entries, query, searching]);
  const searchFor = (next: string) => {
    setQuery(next);
    setRows(ROWS_AT_ONCE);
  };
  // A search the box no longer shows must not come back with it and hide the next entry added.
  useEffect(() => {
    if (!searchable && query !== '') searchFor('');
  }, [searchable, query]);

  const shortInput = useRef<HTMLInputElement>(null);
  const longInput = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list shows it: the row brought back by an undo.
  const focusRow = useRef<{ short: string; long: string } | null>(null);
  const focusEdit = (id: string): boolean => {
    const button = section.current?.querySelector<HTMLButtonElement>(`button[data-edit="${CSS.escape(id)}"]`);
    button?.focus();
    return Boolean(button);
  };
  // The control that was pressed is gone with its row: focus goes to what comes next, not the page.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  useEffect(() => {
    const wanted = focusRow.current;
    // Compared in NFC: an entry kept from before entries were stored so comes back composed.
    const row = wanted && shown.find((e) => nfc(e.short) === nfc(wanted.short) && nfc(e.long) === nfc(wanted.long));
    if (!row) return;
    focusRow.current = null;
    if (!focusEdit(row.id)) shortInput.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (!prefill) return;
    const { page: corrected, ...rest } = prefill;
    setDraft({ ...EMPTY, ...rest, ...(corrected ? { page: corrected, corrects: true, own: rest.long } : {}) });
    longInput.current?.focus();
  }, [prefill]);
  const senses = draft.senses ?? [];
  // Readings of the article's definition to pick from: its own, then those a word or two off.
  const readings = draft.nearby && draft.nearby.length > 0 ? [...new Set([draft.own ?? '', ...draft.nearby])].filter((r) => r !== '') : [];
  // Where the form offers to keep the entry: the site and article an edited entry is kept for,
  // else the page's.
  const offeredSite = draft.id ? (draft.site ?? site) : site;
  const offeredPage = draft.id ? (draft.page ?? page) : page;
  const scope = draft.page ? 'page' : draft.site ? 'site' : 'everywhere';
  // Corrected from its row, or typed in by hand ("đmst" for the article's ĐMST): the reader is told
  // before saving that only an entry for this article replaces the article's own definition.
  const typedKey = glossaryKey(draft.short.trim());
  const articleDefines = draft.corrects === true || (typedKey !== '' && defined.some((d) => glossaryKey(d) === typedKey));
  const keepFor = (next: 'everywhere' | 'site' | 'page') => {
    const { site: _site, page: _page, ...rest } = draft;
    setDraft({ ...rest, ...(next === 'site' && offeredSite ? { site: offeredSite } : {}), ...(next === 'page' && offeredPage ? { page: offeredPage } : {}) });
  };

  // Typed in again, the field is no longer the one in error (the message stays until the next try).
  const fieldFixed = (field: 'short' | 'long') => setStatusState((s) => (s?.field === field ? { ...s, field: undefined } : s));

  const failed = (err: unknown) => setStatus({ error: true, text: t('saveFailed', errorText(err)) });

  const submit = async (e: Event) => {
    e.preventDefault();
    setDeleted(null);
    const short = draft.short.trim();
    const long = draft.long.trim();
    if (!short || !long) {
      // Said, not ignored: a cleared expansion or a short form of spaces looked like a click that did nothing.
      setStatus({ error: true, text: t(short ? 'glossaryNeedsLong' : 'glossaryNeedsShort'), field: short ? 'long' : 'short' });
      (short ? longInput : shortInput).current?.focus();
      return;
    }
    // An edit sends an empty site and page to make an entry hold more widely again.
    const kept = { site: draft.site ?? '', page: draft.page ?? '' };
    try {
      const saved = draft.id
        ? await changing(sendMessage('updateGlossaryEntry', { id: draft.id, short, long, note: draft.note, ...kept }))
        : await changing(sendMessage('addGlossaryEntry', { short, long, note: draft.note, ...keptWhere(draft) }));
      setDraft(EMPTY);
      // An entry the reader already kept for the acronym in the same place, saying something else, was
      // replaced rather than doubled: say so, since that expansion is gone from the list.
      setStatus({ error: false, text: saved && saved.replaced > 0 ? t('replacedEntry', saved.record.short) : t('savedEntry', short) });
      // The entry just saved is in view, whatever the search was: found by its short form, since a
      // long list draws its first rows only.
      searchFor(searchable ? short : '');
    } catch (err) {
      failed(err);
    }
  };

  const remove = async (entry: GlossaryRecord) => {
    setDeleted(null);
    try {
      if (!(await changing(sendMessage('deleteGlossaryEntry', entry.id)))) return;
      setDeleted(entry);
      // What was said of an earlier save or error is not about this.
      setStatus(null);
      // The entry being edited is gone: what the reader typed stays, to add as a new entry.
      setDraft((d) => {
        if (d.id !== entry.id) return d;
        const { id: _id, ...typed } = d;
        return typed;
      });
    } catch (err) {
      failed(err);
    }
  };
  const restore = async (entry: GlossaryRecord) => {
    setDeleted(null);
    // Until the row is back, focus waits where the reader typed; then it goes to the row.
    shortInput.current?.focus();
    // Wanted before it is sent: the list may show the row before the answer comes back.
    focusRow.current = { short: entry.short, long: entry.long };
    try {
      await changing(sendMessage('addGlossaryEntry', { short: entry.short, long: entry.long, note: entry.note, ...keptWhere(entry) }));
      setStatus({ error: false, text: t('restoredEntry', entry.short) });
      // In view whatever the search was, as a saved entry is: a long list draws its first rows only.
      searchFor(searchable ? entry.short : '');
    } catch (err) {
      focusRow.current = null;
      failed(err);
    }
  };

  const edit = (e: GlossaryRecord) => {
    setDraft({ id: e.id, short: e.short, long: e.long, note: e.note, ...keptWhere(e) });
    setStatus(null);
    longInput.current?.focus();
  };
  // Back to the row whose edit the reader leaves.
  const cancelEdit = () => {
    const id = draft.id;
    setDraft(EMPTY);
    if (!id || !focusEdit(id)) shortInput.current?.focus();
  };

  const importFile = async (input: HTMLInputElement) => {
    setDeleted(null);
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const decoded = decodeUserGlossaryFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setStatus({ error: true, text: importFailedText(decoded) });
      return;
    }
    const result = await changing(sendMessage('importGlossaryCsv', decoded.text)).catch((err: unknown) => {
      failed(err);
      return null;
    });
    if (!result) return;
    setStatus(
      result.ok
        ? { error: false, text: [t('imported', result.added, result.updated, result.unchanged), ...(result.repeated > 0 ? [t('importedRepeated', result.repeated)] : [])].join(' ') }
        : { error: true, text: importFailedText(result) },
    );
    if (result.ok) searchFor('');
  };

  const exportCsv = () => {
    const csv = userGlossaryToCsv(entries.map((e) => ({ short: e.short, long: e.long, note: e.note, ...keptWhere(e) })));
    save(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'so-tay-tu-dien.csv');
  };

  return (
    <section class="my-glossary" aria-labelledby="my-glossary-title" ref={section}>
      <h2 id="my-glossary-title" class="panel-heading">
        {t('myGlossary')} <span class="count">{searching ? `${formatNumber(shown.length)}/${formatNumber(entries.length)}` : formatNumber(entries.length)}</span>
      </h2>
      <form
        class="glossary-form"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !draft.id) return;
          // Leaves the edit, not the popup.
          e.preventDefault();
          cancelEdit();
        }}
      >
        <input
          ref={shortInput}
          aria-label={t('shortLabel')}
          placeholder={t('shortLabel')}
          aria-invalid={status?.field === 'short' ? 'true' : undefined}
          aria-errormessage={status?.field === 'short' ? 'glossary-message' : undefined}
          value={draft.short}
          maxLength={GLOSSARY_LIMITS.short}
          // Another acronym: the article's readings and its correction were the old one's.
          // From the draft as it is now, not as this render saw it: two fields filled in one go (a
          // form filler) would lose the first.
          onInput={(e) => {
            const short = e.currentTarget.value;
            setDraft((d) => ({ ...d, short, nearby: undefined, corrects: undefined }));
            fieldFixed('short');
          }}
        />
        <input
          ref={longInput}
          list={senses.length > 1 ? 'glossary-senses' : undefined}
          aria-label={t('longLabel')}
          placeholder={t('longLabel')}
          aria-invalid={status?.field === 'long' ? 'true' : undefined}
          aria-errormessage={status?.field === 'long' ? 'glossary-message' : undefined}
          value={draft.long}
          maxLength={GLOSSARY_LIMITS.long}
          aria-describedby={readings.length > 0 ? 'nearby-readings' : undefined}
          onInput={(e) => {
            const long = e.currentTarget.value;
            setDraft((d) => ({ ...d, long }));
            fieldFixed('long');
          }}
        />
        {readings.length > 0 && (
          // The article's reading first, so a click can bring it back.
          <div id="nearby-readings" class="nearby" role="group" aria-label={t('nearbyReadingsLabel')}>
            <span aria-hidden="true">{t('nearbyReadings')}</span>
            {readings.map((reading) => (
              <button
                key={reading}
                type="button"
                class="chip"
                aria-current={draft.long === reading ? 'true' : undefined}
                onClick={() => setDraft({ ...draft, long: reading })}
              >
                {reading}
              </button>
            ))}
          </div>
        )}
        {senses.length > 1 && (
          <datalist id="glossary-senses">
            {senses.map((sense) => (
              <option key={sense} value={sense} />
            ))}
          </datalist>
        )}
        {(offeredSite || offeredPage) && (
          <fieldset class="kept-for" aria-describedby={articleDefines && scope !== 'page' ? 'kept-for-hint' : undefined}>
            <legend>{t('keptFor')}</legend>
            <label>
              <input type="radio" name="kept-for" checked={scope === 'everywhere'} onChange={() => keepFor('everywhere')} />
              {t('everywhere')}
            </label>
            {offeredSite && (
              <label>
                <input type="radio" name="kept-for" checked={scope === 'site'} onChange={() => keepFor('site')} />
                {offeredSite}
              </label>
            )}
            {offeredPage && (
              <label title={offeredPage}>
                <input type="radio" name="kept-for" checked={scope === 'page'} onChange={() => keepFor('page')} />
                {offeredPage === page ? t('thisArticle') : shortAddress(offeredPage)}
              </label>
            )}
          </fieldset>
        )}
        {articleDefines && scope !== 'page' && (
          <p id="kept-for-hint" class="hint" role="status">
            {t('articleDefinesIt', defined.find((d) => glossaryKey(d) === typedKey) ?? draft.short)}
          </p>
        )}
        {/* Correcting a reading ("Sửa nghĩa") saves the reader's word for it; it adds nothing new to see.
            Last, under what it saves: beside the fields it left the expansion too narrow to read. */}
        <button type="submit" class="save small">{draft.id ? t('update') : draft.corrects || draft.senses ? t('save') : t('add')}</button>
        {draft.id && (
          <button type="button" class="link" onClick={cancelEdit}>
            {t('cancel')}
          </button>
        )}
      </form>
      {/* The file actions with the form, above the list: a long list put them out of sight. */}
      <div class="glossary-files">
        <label class="link file">
          {t('importCsv')}
          <input type="file" accept=".csv,.txt,text/csv,text/plain,text/tab-separated-values" onChange={(e) => importFile(e.currentTarget)} />
        </label>
        <button type="button" class="link" onClick={exportCsv} disabled={entries.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
      {/* Right under the form, where the reader looks after saving (below a long list it went unseen).
          Always there, so what it is given is read out; a new span for each message, so the same
          words said twice are read twice. Keyed: the list below turning into a line of text must not
          take its place, and a focused Undo with it. */}
      <p key="said" class="status" role="status">
        {deleted ? (
          <span key={`deleted-${deleted.id}`}>
            {t('deletedEntry', deleted.short)}{' '}
            <button type="button" class="link" ref={undoButton} onClick={() => void restore(deleted)}>
              {t('undo')}
            </button>
          </span>
        ) : (
          status && !status.error && <span key={status.said}>{status.text}</span>
        )}
      </p>
      {status?.error && (
        <p key={`error-${status.said}`} id="glossary-message" class="error" role="alert">
          {status.text}
        </p>
      )}
      {searchable && (
        <ListFilter
          label={t('searchMyGlossary')}
          value={query}
          onInput={searchFor}
          noMatch={shown.length === 0 ? `${t('glossaryNoMatch', query.trim())}${queryHasMarks(query) ? ` ${t('glossaryNoMatchMarks')}` : ''}` : null}
        />
      )}
      {entries.length === 0 ? (
        <p key="empty" class="empty">{t('glossaryEmpty')}</p>
      ) : shown.length === 0 ? null : (
        <ul key="list" class="glossary-list">
          {shown.slice(0, rows).map((e) => (
            <li key={e.id}>
              <strong>{e.short}</strong>{' '}
              <span class="long" title={e.long}>
                {e.long}
              </span>
              {e.site && (
                <span class="site" title={e.site}>
                  {e.site}
                </span>
              )}
              {e.page &&
                (e.page === page ? (
                  <span class="site" title={e.page}>{t('thisArticle')}</span>
                ) : (
                  // Another article's correction: its address opens it.
                  <a class="site" href={e.page} target="_blank" rel="noreferrer" title={e.page}>
                    {shortAddress(e.page)}
                  </a>
                ))}
              <span class="row-actions">
                <button type="button" class="link" data-edit={e.id} aria-label={`${t('edit')} ${e.short}`} onClick={() => edit(e)}>
                  {t('edit')}
                </button>
                <button type="button" class="link" aria-label={`${t('delete')} ${e.short}`} onClick={() => void remove(e)}>
                  {t('delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > rows && (
        <button type="button" class="link more-rows" onClick={() => setRows(rows + ROWS_AT_ONCE)}>
          {t('moreGlossaryRows', Math.min(ROWS_AT_ONCE, shown.length - rows), shown.length - rows)}
        </button>
      )}
    </section>
  );
}

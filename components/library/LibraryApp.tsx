import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { deleteItems, restoreItems, tagItems, type Removed } from '@/lib/db/bulk';
import { exportCsv } from '@/lib/library/export/csv';
import { exportMarkdown } from '@/lib/library/export/markdown';
import { selectForExport, type ExportChoice } from '@/lib/library/export/selection';
import { exportWebAnnotations } from '@/lib/library/export/web-annotation';
import type { LibraryFilters, SortOrder } from '@/lib/library/filters';
import { facets as facetsOf, filterItems, sortItems } from '@/lib/library/filters';
import type { SearchHit } from '@/lib/library/search';
import { liveItems, type ExportFile, type LibraryItem, type LibraryKind, type Snapshot } from '@/lib/library/types';
import { announceNotebookChange } from '@/utils/notebook-changes';
import { db } from '../db';
import { t, type MessageKey } from '../i18n';
import { MyGlossary } from '../MyGlossary';
import { BackupPanel } from './BackupPanel';
import { errorText } from '../error-text';
import { download } from './files';
import { ItemRow } from './ItemRow';
import { TagForm } from './TagForm';
import { useNotebook } from './use-notebook';
import { useSearchIndex } from './use-search-index';

type View = 'all' | LibraryKind | 'glossary';
const VIEWS: { id: View; label: MessageKey }[] = [
  { id: 'all', label: 'viewAll' },
  { id: 'article', label: 'viewArticles' },
  { id: 'quote', label: 'viewQuotes' },
  { id: 'highlight', label: 'viewHighlights' },
  { id: 'glossary', label: 'viewGlossary' },
];
const FORMATS = ['markdown', 'csv', 'jsonld', 'bibtex', 'ris', 'csl'] as const;
type Format = (typeof FORMATS)[number];
const FORMAT_LABEL: Record<Format, string> = {
  markdown: 'Markdown (Obsidian)',
  csv: 'CSV',
  jsonld: 'Web Annotation JSON-LD',
  bibtex: 'BibTeX',
  ris: 'RIS (Zotero)',
  csl: 'CSL-JSON',
};
/** Entries rendered at first: enough to scan, few enough to render fast; "show more" adds a page. */
const PAGE = 100;
/** Entries a search or a filter returns at most (what "select all" and export of a selection see). */
const LIMIT = 2000;
const day = (value: string, end = false) => (value ? new Date(`${value}T${end ? '23:59:59' : '00:00:00'}`).getTime() : undefined);

async function exportFiles(format: Format, snapshot: Snapshot, choice: ExportChoice | 'all'): Promise<ExportFile[]> {
  const set = selectForExport(snapshot, choice);
  if (format === 'markdown') return exportMarkdown(set);
  if (format === 'csv') return [exportCsv(set)];
  if (format === 'jsonld') return [exportWebAnnotations(set)];
  // citation-js is large: loaded only when a citation format is asked for.
  const cite = await import('@/lib/library/export/citations');
  if (format === 'bibtex') return [cite.exportBibtex(set.articles)];
  if (format === 'ris') return [cite.exportRis(set.articles)];
  return [cite.exportCslJson(set.articles)];
}

/** "Sổ tay của tôi": everything saved, searchable, filterable, exportable, backed up. */
export function LibraryApp() {
  const { snapshot, complete, error: readError } = useNotebook(db, PAGE);
  const items = useMemo(() => liveItems(snapshot), [snapshot]);
  const articleOf = useMemo(() => {
    const byId = new Map(snapshot.articles.map((a) => [a.id, a]));
    return (id: string) => byId.get(id);
  }, [snapshot]);

  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('all');
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [sort, setSort] = useState<SortOrder>('relevance');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [format, setFormat] = useState<Format>('markdown');
  const [undo, setUndo] = useState<Removed | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(PAGE);
  // Date inputs keep what was typed; clearing the filters remounts them empty.
  const [filtersKey, setFiltersKey] = useState(0);

  const searching = query.trim() !== '';
  const { index, error: indexError } = useSearchIndex(items, complete);
  // A query typed before the index is built waits for it rather than search a part of the notebook.
  const waiting = searching && !index && !indexError;
  const notebookError = readError ?? indexError;
  const hits: SearchHit[] = useMemo(() => {
    const effective: LibraryFilters = { ...filters, kinds: view === 'all' || view === 'glossary' ? undefined : [view] };
    if (searching) return index ? index.search(query, effective, { sort, limit: LIMIT }) : [];
    const order = sort === 'relevance' ? 'saved-desc' : sort;
    return sortItems(filterItems(items, effective, articleOf), order, articleOf)
      .slice(0, LIMIT)
      .map((item) => ({ kind: item.kind, id: item.record.id, score: 0, highlights: [], item }));
  }, [index, items, query, view, filters, sort, articleOf, searching]);
  const facets = useMemo(() => facetsOf(items, articleOf), [items, articleOf]);
  useEffect(() => {
    setSelected(new Set());
    setShown(PAGE);
  }, [query, view, filters]);

  const chosen = (): LibraryItem[] => hits.filter((h) => selected.has(h.id)).map((h) => h.item);
  const choice = (list: LibraryItem[]): ExportChoice => ({
    articleIds: list.filter((i) => i.kind === 'article').map((i) => i.record.id),
    quoteIds: list.filter((i) => i.kind === 'quote').map((i) => i.record.id),
    highlightIds: list.filter((i) => i.kind === 'highlight').map((i) => i.record.id),
  });

  const [failure, setFailure] = useState<string | null>(null);
  // Deleting, tagging and exporting can fail too (a full disk): say so, in the reader's language.
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await fn();
    } catch (err) {
      setFailure(t('actionFailed', errorText(err)));
    } finally {
      setBusy(false);
    }
  };
  const onDelete = () =>
    run(async () => {
      setUndo(await deleteItems(db, chosen()));
      await announceNotebookChange();
    });
  const onTag = (tag: string) => void run(async () => void (await tagItems(db, chosen(), tag)));
  const onExport = (all: boolean) =>
    run(async () =>
      download(await exportFiles(format, snapshot, all ? 'all' : choice(chosen())), format === 'markdown' ? 'sotay-ghi-chu.zip' : undefined),
    );
  const setFilter = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => setFilters({ ...filters, [key]: value });
  const one = (v: string) => (v ? [v] : undefined);
  const removedCount = undo ? undo.articles.length + undo.quotes.length + undo.highlights.length : 0;
  const totalLive = items.length;

  return (
    <div class="library" aria-busy={busy}>
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <input
          type="search"
          class="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <BackupPanel snapshot={snapshot} complete={complete} />
      </header>

      <nav role="tablist" class="tablist views">
        {VIEWS.map((v) => (
          <button key={v.id} role="tab" aria-selected={view === v.id} onClick={() => setView(v.id)}>
            {t(v.label)}
          </button>
        ))}
      </nav>

      {view === 'glossary' ? (
        <MyGlossary prefill={null} site={null} page={null} />
      ) : (
        <>
          {/* Filters and orders wait for the whole notebook: on the newest entries alone they would
              say "no results" for what is there. */}
          <fieldset class="filters" key={filtersKey} disabled={!complete}>
            <Select label={t('filterSite')} options={facets.sites.map((f) => f.value)} value={filters.sites?.[0] ?? ''} onChange={(v) => setFilter('sites', one(v))} />
            <Select label={t('filterSpeaker')} options={facets.speakers.map((f) => f.value)} value={filters.speakers?.[0] ?? ''} onChange={(v) => setFilter('speakers', one(v))} />
            <Select label={t('filterTag')} options={facets.tags.map((f) => f.value)} value={filters.tags?.[0] ?? ''} onChange={(v) => setFilter('tags', one(v))} />
            <Select
              label={t('filterColor')}
              options={facets.colors.map((f) => f.value)}
              value={filters.colors?.[0] ?? ''}
              onChange={(v) => setFilter('colors', v ? [v as 'yellow'] : undefined)}
            />
            <label>
              {t('savedFrom')}{' '}
              <input type="date" onChange={(e) => setFilter('saved', { ...filters.saved, from: day(e.currentTarget.value) })} />
            </label>
            <label>
              {t('savedTo')} <input type="date" onChange={(e) => setFilter('saved', { ...filters.saved, to: day(e.currentTarget.value, true) })} />
            </label>
            <label>
              {t('publishedFrom')}{' '}
              <input type="date" onChange={(e) => setFilter('published', { ...filters.published, from: day(e.currentTarget.value) })} />
            </label>
            <label>
              {t('sortBy')}{' '}
              <select aria-label={t('sortBy')} value={sort} onChange={(e) => setSort(e.currentTarget.value as SortOrder)}>
                <option value="relevance">{t('sortRelevance')}</option>
                <option value="saved-desc">{t('sortSavedDesc')}</option>
                <option value="saved-asc">{t('sortSavedAsc')}</option>
                <option value="published-desc">{t('sortPublishedDesc')}</option>
              </select>
            </label>
            <button
              type="button"
              class="link"
              onClick={() => {
                setFilters({});
                setFiltersKey((k) => k + 1);
              }}
            >
              {t('clearFilters')}
            </button>
          </fieldset>

          <div class="bulk">
            <label>
              <input
                type="checkbox"
                checked={hits.length > 0 && selected.size === hits.length}
                onChange={(e) => setSelected(e.currentTarget.checked ? new Set(hits.map((h) => h.id)) : new Set())}
              />{' '}
              {t('selectAll')}
            </label>
            <span class="count-line" role="status">
              {selected.size ? t('selected', selected.size) : !complete ? t('readingNotebook') : waiting ? t('indexingNotebook') : t('results', hits.length)}
            </span>
            <button type="button" disabled={!selected.size || busy} onClick={onDelete}>
              {t('deleteSelected')}
            </button>
            <TagForm suggestions={facets.tags.map((f) => f.value)} disabled={!selected.size || busy} onTag={onTag} />
            <label>
              {t('exportAs')}{' '}
              <select aria-label={t('exportAs')} value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABEL[f]}
                  </option>
                ))}
              </select>
            </label>
            {/* An article exports with all its quotations and highlights, and "everything" is every
                record: both need the whole notebook, not the newest entries read first. */}
            <button type="button" disabled={!selected.size || busy || !complete} onClick={() => onExport(false)}>
              {t('exportSelection')}
            </button>
            <button type="button" disabled={!totalLive || busy || !complete} onClick={() => onExport(true)}>
              {t('exportEverything')}
            </button>
          </div>

          {notebookError !== undefined && (
            <p class="error" role="alert">
              {t('notebookReadFailed', errorText(notebookError))}
            </p>
          )}

          {failure && (
            <p class="error" role="alert">
              {failure}
            </p>
          )}

          {undo && (
            <p class="undo" role="status">
              {t('deletedItems', removedCount)}{' '}
              <button
                type="button"
                class="link"
                onClick={() => {
                  void restoreItems(db, undo).then(announceNotebookChange);
                  setUndo(null);
                }}
              >
                {t('undo')}
              </button>
            </p>
          )}

          {totalLive === 0 ? (
            complete && <p class="empty">{t('nothingSaved')}</p>
          ) : waiting ? null : hits.length === 0 ? (
            <p class="empty">{t('noResults')}</p>
          ) : (
            <ul class="items">
              {hits.slice(0, shown).map((hit) => (
                <ItemRow
                  key={hit.id}
                  hit={hit}
                  article={hit.item.kind === 'article' ? hit.item.record : articleOf(hit.item.record.articleId)}
                  selected={selected.has(hit.id)}
                  onSelect={(on) => {
                    const next = new Set(selected);
                    if (on) next.add(hit.id);
                    else next.delete(hit.id);
                    setSelected(next);
                  }}
                />
              ))}
            </ul>
          )}
          {complete && hits.length > shown && (
            <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
              {t('showMore', Math.min(PAGE, hits.length - shown))}
            </button>
          )}
        </>
      )}
      <footer class="library-footer">Sổ Tay {browser.runtime.getManifest().version}</footer>
    </div>
  );
}

function Select({ label, options, value, onChange }: { label: string; options: string[]; value: string; onChange: (v: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

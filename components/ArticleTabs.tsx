import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { mergeCaseForms } from '@/lib/acronyms';
import { titleToRead, withTitleOffsets } from '@/lib/decorate/title-acronyms';
import type { Analysis } from '@/lib/analyse';
import type { Article } from '@/lib/article';
import { AcronymsTab } from './AcronymsTab';
import { formatNumber, t, type MessageKey } from './i18n';
import { NotesTab } from './NotesTab';
import { QuotesTab } from './QuotesTab';
import { SummaryTab } from './SummaryTab';
import { onGlossaryChange, onNotebookRestore } from '@/utils/notebook-changes';
import { useAcronyms } from './use-acronyms';

const TABS = [
  { id: 'summary', label: 'tabSummary' },
  { id: 'acronyms', label: 'tabAcronyms' },
  { id: 'quotes', label: 'tabQuotes' },
  { id: 'notes', label: 'tabNotes' },
] as const satisfies readonly { id: string; label: MessageKey }[];

type TabId = (typeof TABS)[number]['id'];

export interface TabProps {
  tabId: number;
  /** The page's hostname, for per-site settings. */
  host: string;
  article: Article;
  analysis: Analysis;
}

/** WAI-ARIA tabs: arrow keys move between them, the panel follows. */
export function ArticleTabs(props: TabProps) {
  const [active, setActive] = useState<TabId>('summary');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  // Read here, not in the acronym tab: its count is the rows it lists, the reader's and the built-in
  // glossary's included (the page's own reading knows neither). Read again whenever the reader's
  // glossary changes, here or on another page (the background announces every change), or a backup
  // restores one.
  const [glossaryVersion, setGlossaryVersion] = useState(0);
  useEffect(() => {
    const bump = () => setGlossaryVersion((v) => v + 1);
    const stops = [onGlossaryChange(bump), onNotebookRestore(bump)];
    return () => stops.forEach((stop) => stop());
  }, []);
  const { host, article, analysis } = props;
  const site = host ? `https://${host}/` : null;
  const resolved = useAcronyms(article.text, site, article.url, article.abbreviations, analysis.acronyms, glossaryVersion);
  // The headline's uses count and are listed as the page underlines them; one the body does not
  // write is read from the headline alone, as the page reads it.
  const ownInTitle = !resolved.unresolved && titleToRead(resolved.acronyms, article.title);
  const fromTitle = useAcronyms(ownInTitle ? article.title : '', site, article.url, article.abbreviations, [], glossaryVersion);
  const acronyms = useMemo(() => {
    const rows = mergeCaseForms(withTitleOffsets(resolved.acronyms, article.title, fromTitle.acronyms));
    // In reading order: the headline's first, then the text's.
    const headline = rows.filter((r) => r.titleOffsets?.length).sort((a, b) => (a.titleOffsets?.[0] ?? 0) - (b.titleOffsets?.[0] ?? 0));
    return [...headline, ...rows.filter((r) => !r.titleOffsets?.length)];
  }, [resolved.acronyms, article.title, fromTitle.acronyms]);

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + TABS.length) % TABS.length;
    setActive(TABS[next]!.id);
    buttons.current[next]?.focus();
  };

  const counts: Partial<Record<TabId, number>> = {
    acronyms: acronyms.length,
    quotes: props.analysis.quotes.length,
  };

  return (
    <section class="tabs">
      <div role="tablist" class="tablist">
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(tab.label)}
            {counts[tab.id] ? <span class="count">{formatNumber(counts[tab.id] ?? 0)}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} class="panel" tabIndex={-1}>
        {active === 'summary' && <SummaryTab {...props} />}
        {active === 'acronyms' && (
          <AcronymsTab {...props} acronyms={acronyms} unresolved={resolved.unresolved} />
        )}
        {active === 'quotes' && <QuotesTab {...props} />}
        {active === 'notes' && <NotesTab {...props} />}
      </div>
    </section>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analyse';
import type { Article } from '@/lib/article';
import { AcronymsTab } from './AcronymsTab';
import { t, type MessageKey } from './i18n';
import { NotesTab } from './NotesTab';
import { QuotesTab } from './QuotesTab';
import { SummaryTab } from './SummaryTab';

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

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + TABS.length) % TABS.length;
    setActive(TABS[next]!.id);
    buttons.current[next]?.focus();
  };

  const counts: Partial<Record<TabId, number>> = {
    acronyms: props.analysis.acronyms.length,
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
            {counts[tab.id] ? <span class="count">{counts[tab.id]}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`} class="panel">
        {active === 'summary' && <SummaryTab {...props} />}
        {active === 'acronyms' && <AcronymsTab {...props} />}
        {active === 'quotes' && <QuotesTab {...props} />}
        {active === 'notes' && <NotesTab {...props} />}
      </div>
    </section>
  );
}

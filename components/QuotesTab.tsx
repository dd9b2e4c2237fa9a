import type { Analysis } from '@/lib/analyse';
import type { TabProps } from './ArticleTabs';
import { t } from './i18n';
import { revealInPage } from './reveal';

type Quote = Analysis['quotes'][number];

/** Quotations grouped by speaker, most quoted first; unknown speakers last. */
function bySpeaker(quotes: Quote[]): { speaker: string | null; role: string | null; quotes: Quote[] }[] {
  const groups = new Map<string | null, { speaker: string | null; role: string | null; quotes: Quote[] }>();
  for (const q of quotes) {
    const group = groups.get(q.speaker) ?? { speaker: q.speaker, role: null, quotes: [] };
    group.role ??= q.role;
    group.quotes.push(q);
    groups.set(q.speaker, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length,
  );
}

export function QuotesTab({ tabId, analysis }: TabProps) {
  if (analysis.quotes.length === 0) return <p class="empty">{t('emptyQuotes')}</p>;
  return (
    <div class="quotes">
      {bySpeaker(analysis.quotes).map((g) => (
        <section key={g.speaker ?? ''} class="speaker">
          <h2 class="speaker-name">
            {g.speaker ?? t('unknownSpeaker')} <span class="count">{g.quotes.length}</span>
          </h2>
          {g.role && <p class="speaker-role">{g.role}</p>}
          {g.quotes.map((q) => (
            <blockquote key={q.start}>
              <button type="button" class="sentence" onClick={() => revealInPage(tabId, q.start, q.end)}>
                “{q.text}”
              </button>
            </blockquote>
          ))}
        </section>
      ))}
    </div>
  );
}

import type { TabProps } from './ArticleTabs';
import { t } from './i18n';
import { revealInPage } from './reveal';

export function SummaryTab({ tabId, analysis }: TabProps) {
  if (analysis.summary.length === 0) return <p class="empty">{t('emptySummary')}</p>;
  return (
    <div>
      <ol class="summary">
        {analysis.summary.map((s) => (
          <li key={s.start}>
            <button type="button" class="sentence" onClick={() => revealInPage(tabId, s.start, s.end)}>
              {s.text}
            </button>
          </li>
        ))}
      </ol>
      {analysis.facts.length > 0 && (
        <>
          <h2 class="panel-heading">{t('factsHeading')}</h2>
          <ul class="facts">
            {analysis.facts.map((f) => (
              <li key={f.start}>
                <button type="button" class="fact" onClick={() => revealInPage(tabId, f.start, f.end)}>
                  {f.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

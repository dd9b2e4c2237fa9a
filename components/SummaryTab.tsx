import { useMemo, useState } from 'preact/hooks';
import { summarize } from '@/lib/summary';
import type { TabProps } from './ArticleTabs';
import { formatNumber, t } from './i18n';
import { revealInPage } from './reveal';

const MIN = 1;
const MAX = 10;

export function SummaryTab({ tabId, article, analysis }: TabProps) {
  const [count, setCount] = useState(analysis.summary.length);
  // The page's summary has the default length; other lengths are computed here, on the same text.
  const summary = useMemo(
    () =>
      count === analysis.summary.length
        ? analysis.summary
        : summarize({ text: article.text, title: article.title }, { sentences: count }),
    [count, article, analysis.summary],
  );

  if (analysis.summary.length === 0) return <p class="empty">{t('emptySummary')}</p>;
  return (
    <div>
      <div class="summary-length" role="group" aria-label={t('tabSummary')}>
        <button type="button" class="link" disabled={count <= MIN} onClick={() => setCount(count - 1)}>
          − {t('summaryShorter')}
        </button>
        <span class="count">{formatNumber(summary.length)}</span>
        <button type="button" class="link" disabled={count >= MAX || summary.length < count} onClick={() => setCount(count + 1)}>
          + {t('summaryLonger')}
        </button>
      </div>
      <ol class="summary">
        {summary.map((s) => (
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
                <button
                  type="button"
                  class="fact"
                  title={article.text.slice(f.sentenceStart, f.sentenceStart + 160)}
                  onClick={() => revealInPage(tabId, f.start, f.end)}
                >
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

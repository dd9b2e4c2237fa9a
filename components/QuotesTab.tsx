import { useEffect, useState } from 'preact/hooks';
import { citation, type Quote } from '@/lib/quotes';
import { sendMessage } from '@/utils/messaging';
import type { TabProps } from './ArticleTabs';
import { DecorationOff, DecorationToggle, useDecorationSettings } from './DecorationToggle';
import { errorText } from './error-text';
import { formatNumber, t, uiLanguage } from './i18n';
import { revealInPage } from './reveal';

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

export function QuotesTab({ tabId, host, article, analysis }: TabProps) {
  const [saved, setSaved] = useState<Set<string>>(new Set());
  const [copied, setCopied] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const decoration = useDecorationSettings();

  useEffect(() => {
    if (!article.url) return;
    sendMessage('savedQuotes', article.url)
      .then((texts) => setSaved(new Set(texts)))
      .catch(() => undefined);
  }, [article.url]);

  const save = async (quote: Quote) => {
    try {
      await sendMessage('saveQuote', { article, quote });
      setSaved((prev) => new Set([...prev, quote.text]));
      setError(null);
      sendMessage('refreshDecorations', undefined, tabId).catch(() => undefined);
    } catch (err) {
      setError(t('saveFailed', errorText(err)));
    }
  };

  const copy = async (quote: Quote) => {
    const source = { title: article.title, siteName: article.siteName, byline: article.byline, published: article.published, url: article.url };
    await navigator.clipboard.writeText(citation(quote, source, uiLanguage()));
    setCopied(quote.start);
  };

  const toggle = <DecorationToggle feature="quotes" host={host} decoration={decoration} />;
  if (analysis.quotes.length === 0) return <><p class="empty">{t('emptyQuotes')}</p>{toggle}</>;
  return (
    <div class="quotes">
      <DecorationOff feature="quotes" host={host} decoration={decoration} />
      {error && <p class="error" role="alert">{error}</p>}
      {bySpeaker(analysis.quotes).map((g) => (
        <section key={g.speaker ?? ''} class="speaker">
          <h2 class="speaker-name">
            {g.speaker ?? t('unknownSpeaker')} <span class="count">{formatNumber(g.quotes.length)}</span>
          </h2>
          {g.role && <p class="speaker-role">{g.role}</p>}
          {g.quotes.map((q) => (
            <div key={q.start} class="quote">
              <blockquote>
                <button type="button" class="sentence" onClick={() => revealInPage(tabId, q.start, q.end)}>
                  “{q.text}”
                </button>
              </blockquote>
              <div class="quote-actions">
                {saved.has(q.text) ? (
                  <span class="saved-mark">✓ {t('savedQuote')}</span>
                ) : (
                  <button type="button" class="link save-quote" onClick={() => save(q)}>
                    {t('saveQuote')}
                  </button>
                )}
                <button type="button" class="link copy-citation" onClick={() => copy(q)}>
                  {copied === q.start ? `✓ ${t('copied')}` : t('copyCitation')}
                </button>
              </div>
            </div>
          ))}
        </section>
      ))}
      {toggle}
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { findArticleByUrl } from '@/lib/db/articles';
import { highlightsForUrl } from '@/lib/db/highlight-saving';
import type { HighlightRecord } from '@/lib/db/schema';
import { MARK_COLORS } from '@/lib/decorate/highlights';
import { sendMessage } from '@/utils/messaging';
import type { TabProps } from './ArticleTabs';
import { db } from './db';
import { errorText } from './error-text';
import { t } from './i18n';
import { useCommandKey } from './use-command-key';
import { useLiveQuery } from './use-live-query';

/** This page's highlights and notes in reading order, orphans included, and a note on the article. */
export function NotesTab({ tabId, article }: TabProps) {
  const url = article.url;
  const highlights = useLiveQuery(() => (url ? highlightsForUrl(db, url) : Promise.resolve([])), [url], [] as HighlightRecord[]);
  const [orphans, setOrphans] = useState<Set<string>>(new Set());
  const highlightKey = useCommandKey('highlight-selection');

  useEffect(() => {
    sendMessage('pageMarks', undefined, tabId)
      .then((state) => setOrphans(new Set(state.orphans)))
      .catch(() => undefined);
  }, [tabId, highlights.length]);

  return (
    <div class="notes">
      <ArticleNote {...{ article }} />
      {highlights.length === 0 ? (
        <p class="empty">{highlightKey ? t('noHighlightsKey', highlightKey) : t('noHighlights')}</p>
      ) : (
        <ol class="highlights">
          {highlights.map((h) => (
            <li key={h.id} class={orphans.has(h.id) ? 'orphan' : ''} style={{ borderLeftColor: MARK_COLORS[h.color] }}>
              <button type="button" class="sentence" onClick={() => sendMessage('revealHighlight', h.id, tabId).catch(() => undefined)}>
                {h.exact}
              </button>
              {orphans.has(h.id) && <p class="orphan-label">⚠ {t('orphan')}</p>}
              {h.note && <p class="note-text">{h.note}</p>}
              {h.tags.length > 0 && <p class="tags">{h.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ArticleNote({ article }: Pick<TabProps, 'article'>) {
  const [note, setNote] = useState<string | null>(null);
  const [status, setStatus] = useState<'saved' | { error: string } | null>(null);
  const timer = useRef(0);
  useEffect(() => {
    if (!article.url) return setNote('');
    // Only fill the box if the reader has not started typing.
    findArticleByUrl(db, article.url)
      .then((r) => setNote((typed) => typed ?? r?.note ?? ''))
      .catch(() => setNote((typed) => typed ?? ''));
  }, [article.url]);
  const save = async (text: string) => {
    try {
      await sendMessage('setArticleNote', { article, note: text });
      setStatus('saved');
    } catch (err) {
      setStatus({ error: errorText(err) });
    }
  };
  // Saved while typing (the popup can close at any moment), an empty note included.
  const onInput = (text: string) => {
    setNote(text);
    setStatus(null);
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(text), 400);
  };
  return (
    <div class="article-note">
      <label for="article-note">{t('articleNote')}</label>
      <textarea id="article-note" value={note ?? ''} rows={2} disabled={!article.url} onInput={(e) => onInput(e.currentTarget.value)} />
      {status === 'saved' && <span class="status" role="status">✓ {t('noteSaved')}</span>}
      {typeof status === 'object' && status && <p class="error" role="alert">{t('saveFailed', status.error)}</p>}
    </div>
  );
}

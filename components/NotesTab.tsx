import { useEffect, useState } from 'preact/hooks';
import { findArticleByUrl } from '@/lib/db/articles';
import { highlightsForUrl } from '@/lib/db/highlight-saving';
import type { HighlightRecord } from '@/lib/db/schema';
import { MARK_COLORS } from '@/lib/decorate/highlights';
import { sendMessage } from '@/utils/messaging';
import type { TabProps } from './ArticleTabs';
import { db } from './db';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

/** This page's highlights and notes in reading order, orphans included, and a note on the article. */
export function NotesTab({ tabId, article }: TabProps) {
  const url = article.url;
  const highlights = useLiveQuery(() => (url ? highlightsForUrl(db, url) : Promise.resolve([])), [url], [] as HighlightRecord[]);
  const [orphans, setOrphans] = useState<Set<string>>(new Set());

  useEffect(() => {
    sendMessage('pageMarks', undefined, tabId)
      .then((state) => setOrphans(new Set(state.orphans)))
      .catch(() => undefined);
  }, [tabId, highlights.length]);

  return (
    <div class="notes">
      <ArticleNote {...{ article }} />
      {highlights.length === 0 ? (
        <p class="empty">{t('noHighlights')}</p>
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
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (article.url) findArticleByUrl(db, article.url).then((r) => setNote(r?.note ?? '')).catch(() => undefined);
  }, [article.url]);
  const save = async () => {
    await sendMessage('setArticleNote', { article, note });
    setSaved(true);
  };
  return (
    <div class="article-note">
      <label for="article-note">{t('articleNote')}</label>
      <textarea
        id="article-note"
        value={note}
        rows={2}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          setSaved(false);
        }}
        onBlur={() => note.trim() && void save()}
      />
      {saved && <span class="status" role="status">✓ {t('noteSaved')}</span>}
    </div>
  );
}

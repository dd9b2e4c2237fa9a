import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/lib/article';
import { sendMessage } from '@/utils/messaging';
import { errorText } from './error-text';
import { formatPublished, t } from './i18n';

type SaveState = 'unknown' | 'unsaved' | 'saving' | 'saved' | { error: string };

/** Title, site, date, author and reading time, with the "Lưu bài" button. */
export function ArticleCard({ article }: { article: Article }) {
  const [save, setSave] = useState<SaveState>('unknown');

  useEffect(() => {
    if (!article.url) return setSave('unsaved');
    sendMessage('savedArticle', article.url)
      .then((found) => setSave(found ? 'saved' : 'unsaved'))
      .catch(() => setSave('unsaved'));
  }, [article.url]);

  const onSave = async () => {
    setSave('saving');
    try {
      await sendMessage('saveArticle', article);
      setSave('saved');
    } catch (err) {
      setSave({ error: errorText(err) });
    }
  };

  return (
    <header class="card">
      <h1 class="card-title">{article.title}</h1>
      <p class="card-meta">
        {article.siteName && <span class="card-site">{article.siteName}</span>}
        {article.published && (
          <time class="card-date" dateTime={article.published}>
            {formatPublished(article.published)}
          </time>
        )}
      </p>
      <p class="card-meta">
        {article.byline && (
          <span class="card-author">
            {t('byAuthor')} <strong>{article.byline}</strong>
          </span>
        )}
        <span class="card-time">
          {t('readingTime', article.readingMinutes)} · {t('words', article.wordCount)}
        </span>
      </p>
      <div class="card-actions">
        <button
          type="button"
          class="save"
          onClick={onSave}
          disabled={save === 'saving' || save === 'unknown' || !article.url}
          aria-live="polite"
        >
          {save === 'saving' ? t('saving') : save === 'saved' ? `✓ ${t('saved')}` : t('saveArticle')}
        </button>
        {save === 'saved' && (
          <button type="button" class="link" onClick={onSave}>
            {t('updateSaved')}
          </button>
        )}
        {typeof save === 'object' && <p class="error" role="alert">{t('saveFailed', save.error)}</p>}
      </div>
    </header>
  );
}

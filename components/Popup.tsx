import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NotAnArticle } from '@/lib/article';
import type { PageReading } from '@/lib/reading';
import { ArticleCard } from './ArticleCard';
import { ArticleTabs } from './ArticleTabs';
import { errorText } from './error-text';
import { t, type MessageKey } from './i18n';
import { ReadError, readTab, targetTabId } from './page-connection';

type PopupState =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'failed'; message: string }
  | { kind: 'read'; tabId: number; reading: PageReading };

// A page refused for its size is no "not an article": the reader is told what happened.
const NOT_ARTICLE_REASON: Partial<Record<NotAnArticle['reason'], { title: MessageKey; body: MessageKey }>> = {
  'too-large': { title: 'tooLargeTitle', body: 'reasonTooLarge' },
  timeout: { title: 'timeoutTitle', body: 'reasonTimeout' },
};

/** The notebook page, reachable from every state of the popup. */
function LibraryLink() {
  const open = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  };
  return (
    <footer class="popup-footer">
      <button type="button" class="link" onClick={open}>
        {t('openLibrary')} →
      </button>
    </footer>
  );
}

export function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setState({ kind: 'unreachable' });
      try {
        setState({ kind: 'read', tabId, reading: await readTab(tabId) });
      } catch (err) {
        setState(err instanceof ReadError ? { kind: 'failed', message: errorText(err.reason) } : { kind: 'unreachable' });
      }
    })();
  }, []);

  if (state.kind === 'loading') {
    return (
      <main class="popup" aria-busy="true">
        <p class="status">{t('loading')}</p>
      </main>
    );
  }
  if (state.kind === 'unreachable') {
    return (
      <main class="popup">
        <h1 class="status-title">{t('unreachableTitle')}</h1>
        <p class="status">{t('unreachableBody')}</p>
        <LibraryLink />
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main class="popup">
        <h1 class="status-title">{t('unreachableTitle')}</h1>
        <p class="error" role="alert">{t('readFailed', state.message)}</p>
        <LibraryLink />
      </main>
    );
  }
  const { reading, tabId } = state;
  if (reading.state === 'not-article') {
    const reason = NOT_ARTICLE_REASON[reading.page.reason];
    return (
      <main class="popup" data-state="not-article">
        <h1 class="status-title">{t(reason?.title ?? 'notArticleTitle')}</h1>
        <p class="status">{t(reason?.body ?? 'notArticleBody')}</p>
        <LibraryLink />
      </main>
    );
  }
  return (
    <main class="popup" data-state="article">
      <ArticleCard article={reading.article} />
      <ArticleTabs tabId={tabId} host={reading.host} article={reading.article} analysis={reading.analysis} />
      <LibraryLink />
    </main>
  );
}

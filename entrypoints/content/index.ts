import { browser } from 'wxt/browser';
import type { AcronymInfo } from '@/lib/acronyms';
import { answeredInArticle } from '@/lib/acronyms/lookup';
import { articleContainer, articleRangeMapper, headlineOf, titleRangeMapper, type ArticleRangeMapper } from '@/lib/decorate/article-ranges';
import { flashRange } from '@/lib/decorate/flash';
import { PageDecorations } from '@/lib/decorate/page-decorations';
import { readPage } from '@/lib/read-page';
import type { PageReading } from '@/lib/reading';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import { cleanUrl } from '@/lib/url';
import { onMessage } from '@/utils/messaging';
import { onGlossaryChange, onNotebookChange } from '@/utils/notebook-changes';
import { watchSettings } from '@/utils/settings';
import { articleAcronyms, decorate, lookupCard } from './decorate';
import { Marks } from './marks';
import { ArticleWatch } from './watch-article';

declare global {
  interface Window {
    /** Set by a running copy of this script: says whether that copy still talks to the extension. */
    __sotayContentAlive?: () => boolean;
  }
}

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    // The popup and the context menu inject this script on other sites; never register twice. A
    // copy left behind by an extension update can no longer reach the extension: replace it.
    if (window.__sotayContentAlive?.()) return;
    window.__sotayContentAlive = () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    };

    let cached: {
      url: string;
      reading: PageReading;
      toRange?: ArticleRangeMapper;
      toTitleRange?: ArticleRangeMapper;
      headline?: Element | null;
      /** What the watch below looks at, and their text when the reading was painted. */
      watched?: { roots: Node[]; text: string };
    } | null = null;
    // Single-page sites change the URL without reloading: the cache is per URL (a #fragment or a
    // tracking parameter is the same article).
    const currentUrl = () => cleanUrl(location.href) ?? location.href;
    const read = () => {
      const url = currentUrl();
      if (cached?.url !== url) cached = { url, reading: readPage(document, location.href) };
      return cached;
    };
    const rangeMapper = (): ArticleRangeMapper | null => {
      const entry = read();
      if (entry.reading.state !== 'article') return null;
      entry.toRange ??= articleRangeMapper(entry.reading.article, document.body);
      return entry.toRange;
    };
    const headline = (): Element | null => {
      const entry = read();
      if (entry.reading.state !== 'article') return null;
      if (entry.headline === undefined) entry.headline = headlineOf(entry.reading.article.title, document);
      return entry.headline;
    };
    const titleMapper = (): ArticleRangeMapper | null => {
      const entry = read();
      if (entry.reading.state !== 'article') return null;
      entry.toTitleRange ??= titleRangeMapper(entry.reading.article.title, headline());
      return entry.toTitleRange;
    };
    const newDecorations = () =>
      new PageDecorations(
        document,
        (s, e) => rangeMapper()?.(s, e) ?? null,
        (s, e) => titleMapper()?.(s, e) ?? null,
      );

    // The article's text changed on the page: read it again, then paint and anchor afresh. What was
    // painted last is watched (the page is never read from the watch: a page being drawn is read
    // once it is idle), and only for the address it was painted at.
    const articleWatch = new ArticleWatch(() => {
      const seen = cached?.url === currentUrl() ? cached.watched : undefined;
      // A page that redraws the same words (a counter's markup, a re-rendered paragraph) is not read again.
      if (!seen || (seen.roots.every((r) => r.isConnected) && textOf(seen.roots) === seen.text)) return false;
      cached = null;
      refresh();
      return true;
    });

    let decorations: PageDecorations | null = null;
    // The acronyms last painted on the article at `url`, with what the background's glossaries let
    // it define.
    let painted: { url: string; acronyms: AcronymInfo[] | null } | null = null;
    const textOf = (roots: Node[]) => roots.map((r) => r.textContent ?? '').join('\u0000');
    const redecorate = async () => {
      const entry = read();
      const { url, reading } = entry;
      const toRange = rangeMapper();
      if (reading.state !== 'article' || !toRange) {
        // The page is no article (any more, on a single-page site): take our paint off it.
        decorations?.clear();
        articleWatch.watch([]);
        return;
      }
      decorations ??= newDecorations();
      // Where the article and its headline stand, found as the page is read, before the background
      // is asked: once the site changes their text the old reading no longer finds them, and a change
      // while the background answers is one the watch must see.
      if (!entry.watched) {
        const roots = [articleContainer(reading.article, toRange), headline()].filter((n): n is Node => n !== null);
        entry.watched = { roots, text: textOf(roots) };
        articleWatch.watch(roots);
      }
      const next = await decorate(reading.article, reading.analysis, location.hostname);
      // A newer reading came while the background answered: its own call paints it, and this one's
      // offsets would land on the wrong words.
      if (cached !== entry) return;
      painted = { url, acronyms: next.acronyms };
      decorations.update(next);
    };

    const marks = new Marks(document, () => {
      const { reading } = read();
      return reading.state === 'article' ? reading.article : null;
    });

    onMessage('readPage', () => read().reading);
    onMessage('pageMarks', () => marks.state());
    onMessage('revealHighlight', ({ data }) => marks.reveal(data));
    onMessage('refreshMarks', () => void marks.load());
    onMessage('highlightSelection', ({ data }) => void marks.highlightSelection(data.withNote).catch(() => undefined));
    onMessage('refreshDecorations', () => void redecorate());
    onMessage('nextAcronym', () => void decorations?.stepToNextAcronym());
    onMessage('revealOffset', ({ data }) => {
      const range = (data.inTitle ? titleMapper() : rangeMapper())?.(data.start, data.end);
      if (range) flashRange(range);
      return Boolean(range);
    });
    onMessage('showLookup', async ({ data }) => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const [range, chosen] = [selection.getRangeAt(0), selection.toString()];
      const { url, reading } = read();
      // With underlines off nothing is painted: the background still knows the reader's corrections.
      const article = (painted?.url === url ? painted.acronyms : null) ?? (reading.state === 'article' ? (await articleAcronyms(reading.article, reading.analysis)).acronyms : []);
      decorations ??= newDecorations();
      decorations.showAt(range, lookupCard(data.result, chosen, answeredInArticle(article, chosen), data.glossaryRead));
    });
    const refresh = () => {
      void redecorate();
      void marks.load().catch(() => undefined);
    };
    watchSettings(() => void redecorate());
    onNotebookChange(refresh);
    onGlossaryChange(() => void redecorate());

    // Read and decorate once the page is idle, never during its own load.
    // Called as a method: Firefox refuses a detached requestIdleCallback ("does not implement Window").
    const idle = (cb: () => void, opts: { timeout: number }) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, opts) : setTimeout(cb, 1500);
    idle(refresh, { timeout: 5000 });

    // Single-page sites swap articles without a load event (and Firefox ESR has no Navigation
    // API): a cheap look at the address once a second notices, then waits for the new page to settle.
    let shown = cleanUrl(location.href);
    setInterval(() => {
      const now = cleanUrl(location.href);
      if (now === shown) return;
      shown = now;
      setTimeout(() => idle(refresh, { timeout: 5000 }), 800);
    }, 1000);
  },
});

import type { Article, NotAnArticle } from './article';
import type { Analysis } from './analyse';

/** What the content script answers when asked what the page says. */
export type PageReading = (
  | { state: 'article'; article: Article; analysis: Analysis; ms: number }
  | { state: 'not-article'; page: NotAnArticle }
) & {
  /** The hostname the page was read on (settings are per site; the canonical URL may differ). */
  host: string;
};

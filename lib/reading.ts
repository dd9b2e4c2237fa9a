import type { Article, NotAnArticle } from './article';
import type { Analysis } from './analyse';

/** What the content script answers when asked what the page says. */
export type PageReading =
  | { state: 'article'; article: Article; analysis: Analysis; ms: number }
  | { state: 'not-article'; page: NotAnArticle };

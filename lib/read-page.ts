import { analyse } from './analyse';
import { isArticle } from './article';
import { extract } from './extract';
import type { PageReading } from './reading';

/** page → extract → analyse: the one pipeline the content script and the demo share. */
export function readPage(doc: Document, url: string): PageReading {
  const started = performance.now();
  const host = hostOf(url);
  const result = extract(doc, url);
  if (!isArticle(result)) return { state: 'not-article', page: result, host };
  const analysis = analyse(result);
  return { state: 'article', article: result, analysis, ms: performance.now() - started, host };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

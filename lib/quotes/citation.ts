/**
 * A quotation as a reader pastes it elsewhere: “…” — speaker, role, publication, date, URL.
 * Dates are the article's own calendar date (the ISO string's date part, not converted to UTC):
 * 05/12/2023 in Vietnamese, 5 Dec 2023 in English.
 */
import type { Quote } from './types';

export interface CitationSource {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(published: string | null, lang: 'vi' | 'en'): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  return lang === 'vi' ? `${d}/${mo}/${y}` : `${Number(d)} ${MONTHS[month - 1]} ${y}`;
}

export function citation(quote: Quote, source: CitationSource, lang: 'vi' | 'en'): string {
  const unknown = lang === 'vi' ? 'không rõ người nói' : 'unattributed';
  const publication = source.siteName ?? source.title;
  const parts = [
    quote.speaker ?? unknown,
    quote.speaker ? quote.role : null,
    publication,
    formatDate(source.published, lang),
    source.url,
  ].filter((p): p is string => !!p && p.trim().length > 0);
  return `“${quote.text.trim()}” — ${parts.join(', ')}`;
}

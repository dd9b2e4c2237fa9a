/**
 * CSV export: one row per quotation or highlight, with its article's columns, for spreadsheets.
 * Excel guesses the encoding of a CSV and gets Vietnamese wrong without a byte-order mark, and
 * expects CRLF; LibreOffice accepts both. Papaparse does the quoting (commas, quotes, line breaks in
 * notes) and defuses cells that a spreadsheet would run as formulas ("=", "+", "-", "@").
 */
import Papa from 'papaparse';
import { DEFUSED_START } from '../../text/spreadsheet-cells';
import { siteOf } from '../filters';
import type { ExportFile } from '../types';
import { isoDay, type ExportSet } from './selection';

export const CSV_COLUMNS = [
  'type', 'text', 'speaker', 'role', 'color', 'note', 'tags',
  'article_title', 'site', 'author', 'published', 'url', 'saved', 'id', 'article_id',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

export function csvRows(set: ExportSet): CsvRow[] {
  const articles = new Map(set.articles.map((a) => [a.id, a]));
  const source = (articleId: string) => {
    const a = articles.get(articleId);
    return {
      article_title: a?.title ?? '',
      site: a ? siteOf(a) : '',
      author: a?.byline ?? '',
      published: isoDay(a?.published),
      article_id: articleId,
    };
  };
  const rows: CsvRow[] = [];
  for (const q of set.quotes) {
    rows.push({
      type: 'quote', text: q.text, speaker: q.speaker ?? '', role: q.role ?? '', color: '', note: '',
      tags: q.tags.join('; '), ...source(q.articleId), url: q.url, saved: new Date(q.createdAt).toISOString(), id: q.id,
    });
  }
  for (const h of set.highlights) {
    rows.push({
      type: 'highlight', text: h.exact, speaker: '', role: '', color: h.color, note: h.note,
      tags: h.tags.join('; '), ...source(h.articleId), url: h.url, saved: new Date(h.createdAt).toISOString(), id: h.id,
    });
  }
  return rows;
}

export function exportCsv(set: ExportSet, name = 'sotay-trich-dan.csv'): ExportFile {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(set).map((r) => CSV_COLUMNS.map((c) => r[c])) },
    // Papaparse's default pattern (/^[=+\-@\t\r].*$/) misses a formula followed by a line break, and
    // a cell's own leading apostrophe, which a spreadsheet would take for ours.
    { newline: '\r\n', quotes: false, escapeFormulae: DEFUSED_START },
  );
  return { name, mime: 'text/csv;charset=utf-8', content: `\uFEFF${csv}\r\n` };
}

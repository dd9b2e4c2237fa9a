/**
 * Markdown export: one note per article, for Obsidian and any Markdown editor. YAML front matter
 * carries the source (title, site, author, published, url, tags, saved); the body has the reader's
 * note, the quotations with their speakers and the highlights with their notes (the reader's notes
 * are Markdown already and kept as written; text from the page is escaped). Obsidian reads the
 * `tags` property only as words without spaces, so a tag "đô thị" is written "đô-thị" there (the
 * exact tags stay in CSV and JSON exports and in the backup).
 */
import type { ArticleRecord, HighlightRecord, QuoteRecord } from '../../db/schema';
import { nfc } from '../../text/normalize';
import { siteOf } from '../filters';
import type { ExportFile } from '../types';
import { byArticle, isoDay, type ExportSet } from './selection';
import { frontMatter } from './yaml';

const COLOR_NAMES: Record<HighlightRecord['color'], string> = { yellow: 'vàng', green: 'xanh lá', blue: 'xanh dương', pink: 'hồng' };

/** Backslash-escapes what Markdown would read as markup inside running text. */
export function escapeMarkdown(text: string): string {
  return nfc(text)
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/==/g, '=\\=')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, '$1\\$2'))
    .join('\n');
}

/** The reader's own note: written in Markdown (or plain text), so it goes out as written. Only the
 * page's words are escaped; the reader's "**quan trọng**" stays bold. */
const readerMarkdown = (note: string): string => nfc(note).trim();

/** Every line prefixed with "> " (blank lines too, so the quote does not end early). */
const blockquote = (text: string) =>
  text
    .split('\n')
    .map((l) => (l.trim() ? `> ${l}` : '>'))
    .join('\n');

/** Obsidian tag: no spaces, only letters, digits, "_", "-", "/". */
export function obsidianTag(tag: string): string {
  return nfc(tag).trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '');
}

/** A file name from the title, legal on Windows, macOS, Linux and Obsidian ("#^[]|" are link syntax). */
export function noteFileName(title: string, taken: Set<string>): string {
  let base = nfc(title)
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  if (base.length > 100) base = base.slice(0, 100).replace(/\s+\S*$/, '').trim() || base.slice(0, 100);
  if (!base) base = 'Bài viết';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

/** A URL safe inside Markdown link parentheses. */
const linkUrl = (url: string) => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

function quoteBlock(q: QuoteRecord): string {
  const lines = [blockquote(`“${escapeMarkdown(q.text)}”`)];
  if (q.speaker) lines.push(`> — **${escapeMarkdown(q.speaker)}**${q.role ? `, ${escapeMarkdown(q.role)}` : ''}`);
  if (q.tags.length) lines.push('', q.tags.map((t) => `#${obsidianTag(t)}`).filter((t) => t.length > 1).join(' '));
  return lines.join('\n');
}

function highlightBlock(h: HighlightRecord): string {
  const lines = [blockquote(escapeMarkdown(h.exact)), '', `*Màu: ${COLOR_NAMES[h.color]}*`];
  if (h.note.trim()) lines.push('', readerMarkdown(h.note));
  if (h.tags.length) lines.push('', h.tags.map((t) => `#${obsidianTag(t)}`).filter((t) => t.length > 1).join(' '));
  return lines.join('\n');
}

export function articleMarkdown(article: ArticleRecord, quotes: readonly QuoteRecord[], highlights: readonly HighlightRecord[]): string {
  const tags = [...new Set(article.tags.map(obsidianTag).filter(Boolean))];
  const parts = [
    frontMatter([
      ['title', nfc(article.title)],
      ['site', siteOf(article)],
      ['author', article.byline ? nfc(article.byline) : null],
      ['published', isoDay(article.published) || null],
      ['url', article.url],
      ['tags', tags],
      ['saved', isoDay(article.createdAt)],
    ]),
    `# ${escapeMarkdown(article.title)}`,
  ];
  if (article.sapo?.trim()) parts.push(`*${escapeMarkdown(article.sapo.trim())}*`);
  parts.push(`[Đọc bài gốc](${linkUrl(article.url)})`);
  if (article.note.trim()) parts.push('## Ghi chú', readerMarkdown(article.note));
  if (quotes.length) parts.push('## Trích dẫn', ...quotes.map(quoteBlock));
  if (highlights.length) parts.push('## Đánh dấu', ...highlights.map(highlightBlock));
  return `${parts.join('\n\n')}\n`;
}

export function exportMarkdown(set: ExportSet): ExportFile[] {
  const quotes = byArticle(set.quotes);
  const highlights = byArticle(set.highlights);
  const taken = new Set<string>();
  return set.articles.map((a) => ({
    name: noteFileName(a.title, taken),
    mime: 'text/markdown;charset=utf-8',
    content: articleMarkdown(a, quotes.get(a.id) ?? [], highlights.get(a.id) ?? []),
  }));
}

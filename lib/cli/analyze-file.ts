import { readFile, stat } from 'node:fs/promises';
import { analyse, type Analysis, type AnalyseOptions } from '../analyse';
import { isArticle, type Article, type NotAnArticle } from '../article';
import { extract } from '../extract';
import { parseHtml } from '../extract/node-dom';
import { articleFromText } from '../extract/text-file';
import { shippedGlossary } from './shipped-glossary';

export interface AnalyzedFile {
  file: string;
  article: Article;
  analysis: Analysis;
}

export type FileReport = AnalyzedFile | { file: string; error: string };

/** What a page refused as no article is, said as the popup says it. */
const REFUSED: Record<NotAnArticle['reason'], string> = {
  'not-readerable': 'not an article',
  'no-content': 'not an article',
  'too-large': 'too large to read as an article',
  timeout: 'took too long to read as an article',
};

/** Pages larger than this are refused before parsing: no news article needs 20 MB of HTML. */
const MAX_BYTES = 20 * 1024 * 1024;

export async function analyzeFile(
  file: string,
  opts: { url?: string } & AnalyseOptions = {},
): Promise<FileReport> {
  let raw: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { file, error: 'not a file' };
    if (info.size > MAX_BYTES) return { file, error: `too large (${info.size} bytes; the limit is ${MAX_BYTES})` };
    raw = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { file, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})` };
  }

  if (!raw.trim()) return { file, error: 'empty file' };
  const isText = /\.(txt|text|md)$/i.test(file);
  const result = isText
    ? articleFromText(raw, opts.url ?? null)
    : extract(parseHtml(raw, opts.url ?? `file://${file}`), opts.url ?? null);
  if (!isArticle(result)) {
    return { file, error: `${REFUSED[result.reason]} (${result.reason})` };
  }
  return { file, article: result, analysis: analyse(result, { glossary: await shippedGlossary(), ...opts }) };
}

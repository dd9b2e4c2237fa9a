/** Builds `Article.text` and block offsets: the sapo, then the blocks, separated by blank lines. */
import type { Article, Block, BlockKind } from '../article';
import { countWords, readingMinutes } from '../text/words';

export const BLOCK_SEPARATOR = '\n\n';

export interface ArticleParts {
  url: string | null;
  title: string;
  sapo: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string;
  blocks: { kind: BlockKind; text: string }[];
}

export function assemble(parts: ArticleParts): Article {
  const pieces: string[] = [];
  let offset = 0;
  const add = (text: string): number => {
    if (pieces.length > 0) offset += BLOCK_SEPARATOR.length;
    const start = offset;
    pieces.push(text);
    offset += text.length;
    return start;
  };
  if (parts.sapo) add(parts.sapo);
  const blocks: Block[] = parts.blocks.map((b) => ({ kind: b.kind, text: b.text, start: add(b.text) }));
  const text = pieces.join(BLOCK_SEPARATOR);
  const wordCount = countWords(text);
  return {
    url: parts.url,
    title: parts.title,
    sapo: parts.sapo,
    byline: parts.byline,
    published: parts.published,
    siteName: parts.siteName,
    lang: parts.lang,
    text,
    ...bodyFields(blocks, wordCount),
  };
}

/** What an article derives from its blocks and word count, for every way an article is read. */
export function bodyFields(
  blocks: Block[],
  wordCount: number,
): Pick<Article, 'blocks' | 'paragraphs' | 'captions' | 'wordCount' | 'readingMinutes'> {
  return {
    blocks,
    paragraphs: blocks.filter((b) => b.kind !== 'caption').map((b) => b.text),
    captions: blocks.filter((b) => b.kind === 'caption').map((b) => b.text),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

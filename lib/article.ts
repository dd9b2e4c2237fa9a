/** The article as Sổ Tay understands it: what extraction produces and every analysis reads. */

export type BlockKind = 'paragraph' | 'heading' | 'caption';

/** One block of the article body, in reading order; `start` is its offset in `Article.text`. */
export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
}

/** A short form the page's own markup explains: `<abbr title="Thành phố thông minh">TPTM</abbr>`. */
export interface MarkedAbbreviation {
  short: string;
  long: string;
}

export interface Article {
  /** Canonical URL without tracking parameters or fragment; null for a bare text file. */
  url: string | null;
  title: string;
  /** Lead paragraph (sapo), not repeated in `paragraphs`. */
  sapo: string | null;
  byline: string | null;
  /** ISO 8601 with offset, e.g. 2023-12-05T08:30:24+07:00. */
  published: string | null;
  siteName: string | null;
  lang: string;
  /**
   * NFC text every analysis indexes into: the sapo, then the blocks in reading order, separated by
   * blank lines. For a `.txt` input it is the file's text, NFC, otherwise unchanged.
   */
  text: string;
  blocks: Block[];
  /** Body paragraphs and section headings, in order (no sapo, no captions). */
  paragraphs: string[];
  /** Photo captions with their credit ("… Ảnh: QUỐC CHIẾN"). */
  captions: string[];
  /** Vietnamese syllables and other words in sapo + body + captions. */
  wordCount: number;
  readingMinutes: number;
  /** What the article's markup says its short forms stand for (NFC, one per short form); absent
   * when it says nothing. Read with the page, not kept with the article. */
  abbreviations?: MarkedAbbreviation[];
}

/** A page that is not an article gets this state, never an exception. */
export interface NotAnArticle {
  notAnArticle: true;
  url: string | null;
  title: string;
  reason: 'not-readerable' | 'no-content' | 'too-large' | 'timeout';
}

export type ExtractResult = Article | NotAnArticle;

export function isArticle(r: ExtractResult): r is Article {
  return !('notAnArticle' in r);
}

/** What is kept of an article beyond this page visit: in the database and in the CLI's JSON. */
export type ArticleFields = Omit<Article, 'url' | 'blocks'>;

export function articleFields(a: Article): ArticleFields {
  const { title, sapo, byline, published, siteName, lang, text, paragraphs, captions, wordCount, readingMinutes } = a;
  return { title, sapo, byline, published, siteName, lang, text, paragraphs, captions, wordCount, readingMinutes };
}

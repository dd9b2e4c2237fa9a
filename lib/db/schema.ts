import Dexie, { type EntityTable } from 'dexie';

/**
 * The notebook's database. It lives in the extension's origin only (background, popup, library
 * page); content scripts reach it through messages, because their IndexedDB is the web page's.
 *
 * Every record has a string id (UUID) and created/updated timestamps (ms since epoch) so backups
 * from two browsers can be merged by id with the newer `updatedAt` winning; `deletedAt` keeps a
 * tombstone instead of forgetting a deletion.
 */
export interface Stamped {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export interface ArticleRecord extends Stamped {
  /** Canonical URL, the lookup key (tracking parameters and fragment removed). */
  url: string;
  title: string;
  sapo: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string;
  text: string;
  paragraphs: string[];
  captions: string[];
  wordCount: number;
  readingMinutes: number;
  tags: string[];
  /** The reader's note on the article as a whole. */
  note: string;
}

/** A user highlight with its W3C Web Annotation selectors (filled by the anchoring feature). */
export interface HighlightRecord extends Stamped {
  articleId: string;
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: 'yellow' | 'green' | 'blue' | 'pink';
  note: string;
  tags: string[];
}

export interface QuoteRecord extends Stamped {
  articleId: string;
  url: string;
  text: string;
  start: number;
  speaker: string | null;
  role: string | null;
  kind: 'direct' | 'colon';
  tags: string[];
}

export interface GlossaryRecord extends Stamped {
  short: string;
  long: string;
  note: string;
  /** The site the entry is kept for (a host: "vnexpress.net"); absent, it holds on every site. */
  site?: string;
  /** The one article the entry is kept for (see UserGlossaryEntry.page); never with a site. */
  page?: string;
}

export const DB_NAME = 'sotay';

export class SotayDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  quotes!: EntityTable<QuoteRecord, 'id'>;
  glossary!: EntityTable<GlossaryRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      articles: 'id, &url, siteName, published, createdAt, updatedAt, *tags',
      highlights: 'id, articleId, url, color, createdAt, updatedAt, *tags',
      quotes: 'id, articleId, url, speaker, createdAt, updatedAt, *tags',
      glossary: 'id, short, updatedAt',
    });
    // Version 2: a glossary entry may be kept for one article (`page`). The indexes are the same and
    // version-1 data needs nothing, but a version-1 Sổ Tay would read such an entry as kept
    // everywhere: a backup saying version 2 makes it refuse the file instead.
    this.version(2).stores({ glossary: 'id, short, updatedAt' });
  }
}

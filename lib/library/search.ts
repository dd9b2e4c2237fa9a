/**
 * Full-text search over the notebook: article titles and bylines, quotation texts and speakers,
 * highlight texts, notes and tags. MiniSearch indexes every field folded ("text_f", diacritics
 * removed), so a query term matches a record whatever its marks ("Luat" finds "Luật"); a record
 * holding a word with the very diacritics typed ranks first ("thành phố" above "thanh phố" and
 * "thánh phổ"). The last term matches as a prefix while the reader types. Each hit carries the
 * match positions in the original text so the page can mark them. The index is kept current by
 * `upsert`/`remove` as records change.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import {
  compileFilters,
  sortRanked,
  type LibraryFilters,
  type SortOrder,
} from './filters';
import { matchSpans, type MatchSpan, type SearchField } from './search-highlight';
import { exactTerm, foldedTerm, searchTerms } from './search-text';
import type { ArticleRecord } from '../db/schema';
import { isStopword } from '../text/stopwords';
import type { LibraryItem, LibraryKind } from './types';

export type { MatchSpan, SearchField } from './search-highlight';

export interface SearchHit {
  kind: LibraryKind;
  id: string;
  score: number;
  highlights: MatchSpan[];
  item: LibraryItem;
}

export interface SearchOptions {
  /** Default: relevance for a query, newest saved for an empty one. */
  sort?: SortOrder;
  /** At most this many hits (highlights are computed for these only). Default 200. */
  limit?: number;
}

export interface SearchIndex {
  upsert(item: LibraryItem): void;
  remove(id: string): void;
  search(query: string, filters?: LibraryFilters, options?: SearchOptions): SearchHit[];
  get(id: string): LibraryItem | undefined;
  readonly size: number;
}

const BASE_FIELDS: readonly SearchField[] = ['text', 'who', 'note', 'tags'];
// Only the folded spelling is indexed: indexing both took 2.3 times as long (35,000 records: 3.0 s
// against 1.3 s in Node), and the exact one only ranks, which a record's own words can tell.
const FOLDED_FIELDS = BASE_FIELDS.map((f) => `${f}_f`);
/** What a match in each field is worth: the passage itself first, a note least. */
const FIELD_BOOST: Record<SearchField, number> = { text: 3, who: 2, tags: 2, note: 1 };
/** A record's score is multiplied by this for each query word it holds with the very diacritics typed. */
const EXACT_BOOST = 2.5;
const MIN_PREFIX = 3;

interface Doc {
  id: string;
  text: string;
  who: string;
  note: string;
  tags: string;
}

/** The searchable texts of an item, by field. Tags are one per line (terms never span lines). */
export function fieldsOf(item: LibraryItem): Record<SearchField, string> {
  switch (item.kind) {
    case 'article':
      return { text: item.record.title, who: item.record.byline ?? '', note: item.record.note, tags: item.record.tags.join('\n') };
    case 'quote':
      return { text: item.record.text, who: item.record.speaker ?? '', note: '', tags: item.record.tags.join('\n') };
    case 'highlight':
      return { text: item.record.exact, who: '', note: item.record.note, tags: item.record.tags.join('\n') };
  }
}

const docId = (kind: LibraryKind, id: string) => `${kind}:${id}`;
const KINDS: readonly LibraryKind[] = ['article', 'quote', 'highlight'];

export function createSearchIndex(initial: Iterable<LibraryItem> = []): SearchIndex {
  const { index, mini, bulk } = unfilledIndex(initial);
  mini.addAll(bulk);
  return index;
}

/**
 * The same index, built a chunk of records at a time with a turn of the event loop between chunks:
 * 35,000 records take seconds to index, and the page stays responsive meanwhile.
 */
export async function buildSearchIndex(initial: Iterable<LibraryItem>, chunkSize = 1000): Promise<SearchIndex> {
  const { index, mini, bulk } = unfilledIndex(initial);
  await mini.addAllAsync(bulk, { chunkSize });
  return index;
}

/** An index that knows the records of `initial` but whose MiniSearch is still empty, and the
 * documents to fill it with (at once or a chunk at a time). */
function unfilledIndex(initial: Iterable<LibraryItem>): { index: SearchIndex; mini: MiniSearch<Doc>; bulk: Doc[] } {
  const mini = new MiniSearch<Doc>({
    fields: FOLDED_FIELDS,
    storeFields: [],
    extractField: (doc, field) => doc[field.replace(/_f$/, '') as keyof Doc],
    tokenize: (text) => searchTerms(text).map((t) => t.text),
    processTerm: foldedTerm,
  });
  const items = new Map<string, LibraryItem>();
  // Each record's words as written (NFC, lower case), read on the first query that needs them.
  const exactWords = new Map<string, Set<string>>();
  const wordsOf = (key: string): Set<string> => {
    let words = exactWords.get(key);
    if (!words) {
      const item = items.get(key);
      words = new Set(item ? Object.values(fieldsOf(item)).flatMap((text) => searchTerms(text).map((t) => exactTerm(t.text))) : []);
      exactWords.set(key, words);
    }
    return words;
  };
  const articles = new Map<string, ArticleRecord>();
  const articleOf = (id: string) => articles.get(id);

  const toDoc = (item: LibraryItem): Doc => ({ id: docId(item.kind, item.record.id), ...fieldsOf(item) });

  const remove = (id: string) => {
    for (const kind of KINDS) {
      const key = docId(kind, id);
      if (!items.has(key)) continue;
      items.delete(key);
      exactWords.delete(key);
      mini.discard(key);
      if (kind === 'article') articles.delete(id);
    }
  };

  const upsert = (item: LibraryItem) => {
    // A tombstone leaves the index: deleted entries are not found.
    if (item.record.deletedAt) {
      remove(item.record.id);
      return;
    }
    const key = docId(item.kind, item.record.id);
    if (items.has(key)) mini.replace(toDoc(item));
    else mini.add(toDoc(item));
    items.set(key, item);
    exactWords.delete(key);
    if (item.kind === 'article') articles.set(item.record.id, item.record);
  };

  const bulk: Doc[] = [];
  for (const item of initial) {
    if (item.record.deletedAt) continue;
    const key = docId(item.kind, item.record.id);
    if (items.has(key)) continue;
    items.set(key, item);
    if (item.kind === 'article') articles.set(item.record.id, item.record);
    bulk.push(toDoc(item));
  }

  const search = (query: string, filters: LibraryFilters = {}, options: SearchOptions = {}): SearchHit[] => {
    const limit = options.limit ?? 200;
    const keep = compileFilters(filters, articleOf);
    // Parts of dotted words are for the index; a query term is matched as typed.
    const typed = searchTerms(query, false);
    // Function words typed with their marks ("của", "người", "là") occur in most records: requiring
    // them scans nearly the whole index and narrows nothing, so they are left out unless the query
    // is nothing else. Without marks a word is ambiguous ("do" may be "đô"), so it stays.
    const functionWord = (t: string) => exactTerm(t) !== foldedTerm(t) && isStopword(t);
    const content = typed.filter((t, i) => !functionWord(t.text) || (i === typed.length - 1 && !/\s$/.test(query)));
    const terms = content.length > 0 ? content : typed;
    if (terms.length === 0) {
      const all = [...items.values()].filter(keep).map((item) => ({ item, score: 0 }));
      return sortRanked(all, options.sort ?? 'saved-desc', articleOf)
        .slice(0, limit)
        .map(({ item, score }) => ({ kind: item.kind, id: item.record.id, score, highlights: [], item }));
    }
    // Still typing the last word unless the query ends with a space.
    const typing = !/\s$/.test(query);
    const leaf = (typed: string, prefix: boolean): Query => ({
      queries: [typed],
      tokenize: (q: string) => [q],
      processTerm: foldedTerm,
      fields: FOLDED_FIELDS,
      boost: Object.fromEntries(BASE_FIELDS.map((f) => [`${f}_f`, FIELD_BOOST[f]])),
      prefix,
    });
    // A term typed with its marks also ranks: each one a record holds as typed multiplies its score
    // by EXACT_BOOST ("thành phố" before "thánh phổ", however long either record). Typed without
    // marks a term says nothing of them.
    const marked = terms
      .map((t, i) => ({ exact: exactTerm(t.text), prefix: typing && i === terms.length - 1, folded: foldedTerm(t.text) }))
      .filter((t) => t.exact !== t.folded);
    const holds = (words: Set<string>, t: (typeof marked)[number]): boolean => {
      if (words.has(t.exact)) return true;
      if (t.prefix) for (const w of words) if (w.startsWith(t.exact)) return true;
      return false;
    };
    const held = (key: string): number => (marked.length === 0 ? 0 : marked.filter((t) => holds(wordsOf(key), t)).length);
    const tree: Query = {
      combineWith: 'AND',
      queries: terms.map((t, i) => {
        // One or two letters would expand to most of the vocabulary (every "th…", "ng…") and scan
        // nearly every record on each keystroke; from three letters the prefix narrows.
        const prefix = typing && i === terms.length - 1 && [...foldedTerm(t.text)].length >= MIN_PREFIX;
        return leaf(t.text, prefix);
      }),
    };
    const ranked: { item: LibraryItem; score: number; result: SearchResult }[] = [];
    for (const result of mini.search(tree)) {
      const item = items.get(String(result.id));
      if (item && keep(item)) ranked.push({ item, score: result.score * EXACT_BOOST ** held(String(result.id)), result });
    }
    return sortRanked(ranked, options.sort ?? 'relevance', articleOf)
      .slice(0, limit)
      .map(({ item, score, result }) => ({
        kind: item.kind,
        id: item.record.id,
        score,
        highlights: matchSpans(fieldsOf(item), result.match),
        item,
      }));
  };

  const index: SearchIndex = {
    upsert,
    remove,
    search,
    get: (id) => {
      for (const kind of KINDS) {
        const item = items.get(docId(kind, id));
        if (item) return item;
      }
      return undefined;
    },
    get size() {
      return items.size;
    },
  };
  return { index, mini, bulk };
}

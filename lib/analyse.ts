import { findAcronyms, type AcronymInfo, type Glossary, type UserGlossaryEntry } from './acronyms';
import type { Article } from './article';
import { findQuotes, type Quote } from './quotes';
import { extractFacts, summarize, type Fact, type SummaryBudget, type SummarySentence } from './summary';

/** Everything Sổ Tay finds in an article; offsets are into `article.text`. */
export interface Analysis {
  summary: SummarySentence[];
  facts: Fact[];
  acronyms: AcronymInfo[];
  quotes: Quote[];
}

export interface AnalyseOptions {
  summary?: SummaryBudget;
  /**
   * The built-in glossary and the reader's own. The content script analyses without them (the
   * glossary is the largest file the extension ships, and the reader's lives in the extension's
   * database); the popup and the CLI pass them, and acronyms not defined in the article get their
   * expansion from there.
   */
  glossary?: Glossary;
  userGlossary?: UserGlossaryEntry[];
}

export function analyse(article: Article, opts: AnalyseOptions = {}): Analysis {
  const { text, title } = article;
  return {
    summary: summarize({ text, title }, opts.summary),
    facts: extractFacts(text),
    acronyms: findAcronyms(text, { glossary: opts.glossary, user: opts.userGlossary, marked: article.abbreviations }),
    quotes: findQuotes(text),
  };
}

import type { AcronymInfo } from '@/lib/acronyms';
import { answersMore, selectionTooLong, type LookupResult } from '@/lib/acronyms/lookup';
import type { Analysis } from '@/lib/analyse';
import type { Article } from '@/lib/article';
import { acronymCard, cardNames, type DecoratedAcronym, type Decorations } from '@/lib/decorate/page-decorations';
import { titleToRead, withTitleOffsets } from '@/lib/decorate/title-acronyms';
import type { TooltipContent } from '@/lib/decorate/tooltip';
import { isOn } from '@/lib/settings';
import { t, uiLanguage } from '@/components/i18n';
import { sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

const labels = (glossaryRead = true) => ({
  source: { text: t('sourceText'), user: t('sourceUser'), glossary: t('sourceGlossary') },
  inVietnamese: (long: string) => t('inVietnamese', long),
  originalName: (long: string) => t('originalName', long),
  vietnameseFirst: uiLanguage() === 'vi',
  // The tooltip has no room for the popup's hint: its note says what to do.
  guessed: t('guessedNote'),
  // Without the glossaries "unknown" would be wrong for every acronym they explain.
  unknownExpansion: t(glossaryRead ? 'unknownExpansion' : 'glossaryUnread'),
  likelyTypoOf: (short: string, long: string) => t('likelyTypoOf', short, long),
  unknownSpeaker: t('unknownSpeaker'),
  saved: t('savedQuote'),
  wrapped: t('backToFirstAcronym'),
});

interface ResolvedAcronyms {
  acronyms: AcronymInfo[];
  /** False when the background gave no answer (its glossaries unreadable, or itself unreachable):
   * only the article's own definitions, which the page found itself. */
  glossaryRead: boolean;
}

/**
 * The article's acronyms with every expansion the background knows (the glossaries and the reader's
 * corrections live in the extension's origin); the page's own reading if the background cannot
 * answer, for whatever reason: either way the glossaries were not searched.
 */
function resolvedAcronyms(article: Article, analysis: Analysis): Promise<ResolvedAcronyms> {
  return sendMessage('resolveAcronyms', { text: article.text, url: article.url, page: article.url, marked: article.abbreviations }).then(
    (acronyms) => ({ acronyms, glossaryRead: true }),
    () => ({ acronyms: analysis.acronyms, glossaryRead: false }),
  );
}

/**
 * The article's acronyms as the page shows them: `resolvedAcronyms`, with their uses in the headline,
 * and the headline read alone for what the body does not say ("TT" before a name, a short form it
 * defines that the body only uses). The same for the underlines and for a lookup with them off.
 */
export async function articleAcronyms(article: Article, analysis: Analysis): Promise<{ acronyms: DecoratedAcronym[]; glossaryRead: boolean }> {
  const { acronyms, glossaryRead } = await resolvedAcronyms(article, analysis);
  const fromTitle =
    glossaryRead && titleToRead(acronyms, article.title)
      ? await sendMessage('resolveAcronyms', { text: article.title, url: article.url, page: article.url, marked: article.abbreviations }).catch(() => [])
      : [];
  return { acronyms: withTitleOffsets(acronyms, article.title, fromTitle), glossaryRead };
}

/**
 * What to paint on this page: acronyms with every expansion the background knows (the glossaries
 * live in the extension's origin), quotations with the ones the reader saved; nothing that is off.
 */
export async function decorate(article: Article, analysis: Analysis, hostname: string): Promise<Decorations> {
  const settings = await loadSettings();
  const [acronyms, saved] = await Promise.all([
    isOn(settings.acronyms, hostname) ? articleAcronyms(article, analysis) : null,
    isOn(settings.quotes, hostname) && article.url
      ? sendMessage('savedQuotes', article.url).catch(() => [] as string[])
      : null,
  ]);
  const savedTexts = new Set(saved ?? []);
  return {
    acronyms: acronyms?.acronyms ?? null,
    quotes: saved === null ? null : analysis.quotes.map((quote) => ({ quote, saved: savedTexts.has(quote.text) })),
    labels: labels(acronyms?.glossaryRead),
  };
}

/** A selection as a card's title: a sentence is cut after a few words. */
function clipped(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}

/** The card for "Tra từ viết tắt": the page's own reading of the acronym (`inArticle`: the article's
 * definition, the reader's word for it here, or the glossary's sense for the whole article), else
 * what the glossaries say of the selection alone (`glossaryRead` false: the built-in one could not be
 * searched, so "not found" would be wrong). */
export function lookupCard(result: LookupResult | null, selection: string, inArticle: AcronymInfo | null, glossaryRead: boolean): TooltipContent {
  if (inArticle?.long && !answersMore(result, inArticle)) return acronymCard(inArticle, labels());
  if (!result) return { title: clipped(selection.trim()), body: t(selectionTooLong(selection) ? 'lookupTooLong' : 'lookupNoAcronym') };
  if (!result.long) return { title: result.short, body: t(glossaryRead ? 'lookupNotFound' : 'lookupGlossaryUnread') };
  const { source } = result;
  // The other name of the one sense shown: a list of senses may hold it already ("United States
  // dollar", "đô la Mỹ"), and would not say whose it is.
  const names = result.senses.length > 1 ? null : cardNames(result.long, result.vietnameseLong, labels());
  return {
    title: result.short,
    body: names?.body ?? result.senses,
    note: source ? [t(source === 'user' ? 'sourceUser' : 'sourceGlossary'), ...(names?.other ? [names.other] : [])].join(' · ') : undefined,
  };
}

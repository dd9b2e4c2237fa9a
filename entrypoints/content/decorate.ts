import type { AcronymInfo } from '@/lib/acronyms';
import type { LookupResult } from '@/lib/acronyms/lookup';
import type { Analysis } from '@/lib/analyse';
import type { Article } from '@/lib/article';
import { acronymNote, type Decorations } from '@/lib/decorate/page-decorations';
import type { TooltipContent } from '@/lib/decorate/tooltip';
import { isOn } from '@/lib/settings';
import { t } from '@/components/i18n';
import { sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

const labels = () => ({
  source: { text: t('sourceText'), user: t('sourceUser'), glossary: t('sourceGlossary') },
  glossarySays: (long: string) => t('glossarySays', long),
  // The tooltip has no room for the popup's hint: its note says what to do.
  guessed: t('guessedNote'),
  unknownExpansion: t('unknownExpansion'),
  unknownSpeaker: t('unknownSpeaker'),
  saved: t('savedQuote'),
});

/**
 * The article's acronyms with every expansion the background knows (the glossaries and the reader's
 * corrections live in the extension's origin); the page's own reading if the background is away.
 */
export function resolvedAcronyms(article: Article, analysis: Analysis): Promise<AcronymInfo[]> {
  return sendMessage('resolveAcronyms', { text: article.text, url: article.url, page: article.url }).catch(() => analysis.acronyms);
}

/**
 * What to paint on this page: acronyms with every expansion the background knows (the glossaries
 * live in the extension's origin), quotations with the ones the reader saved; nothing that is off.
 */
export async function decorate(article: Article, analysis: Analysis, hostname: string): Promise<Decorations> {
  const settings = await loadSettings();
  const [acronyms, saved] = await Promise.all([
    isOn(settings.acronyms, hostname) ? resolvedAcronyms(article, analysis) : null,
    isOn(settings.quotes, hostname) && article.url
      ? sendMessage('savedQuotes', article.url).catch(() => [] as string[])
      : null,
  ]);
  const savedTexts = new Set(saved ?? []);
  return {
    acronyms,
    quotes: saved === null ? null : analysis.quotes.map((quote) => ({ quote, saved: savedTexts.has(quote.text) })),
    labels: labels(),
  };
}

/** The card for "Tra từ viết tắt": the article's own definition, or the reader's word for it on
 * this page (`defined`), else what the glossaries say. */
export function lookupCard(result: LookupResult | null, selection: string, defined: AcronymInfo | null): TooltipContent {
  if (defined?.long) return { title: defined.short, body: defined.long, note: acronymNote(defined, labels()) };
  if (!result?.long) return { title: result?.short ?? selection.trim(), body: t('lookupNotFound') };
  const { source } = result;
  return {
    title: result.short,
    body: result.senses.length > 1 ? result.senses.join(' · ') : result.long,
    note: source ? t(source === 'user' ? 'sourceUser' : 'sourceGlossary') : undefined,
  };
}

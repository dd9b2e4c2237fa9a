import type { TabProps } from './ArticleTabs';
import { useMemo, useState } from 'preact/hooks';
import { filterGlossary, GLOSSARY_LIMITS, shownNames, type AcronymRow } from '@/lib/acronyms';
import { siteOf } from '@/lib/url';
import { DecorationOff, DecorationToggle, useDecorationSettings } from './DecorationToggle';
import { ListFilter } from './ListFilter';
import { MyGlossary, type GlossaryPrefill } from './MyGlossary';
import { t, uiLanguage, type MessageKey } from './i18n';
import { revealInPage } from './reveal';

const SOURCE_LABEL: Record<string, MessageKey> = {
  text: 'sourceText',
  user: 'sourceUser',
  glossary: 'sourceGlossary',
};

interface AcronymsTabProps extends TabProps {
  /** The rows to list, resolved by the background with the glossaries (see ArticleTabs). */
  acronyms: AcronymRow[];
  /** The background could not be asked: the rows are the article's own definitions alone. */
  unresolved: boolean;
}

// Rows from which the list offers a filter: more than fit the popup at once.
const FILTER_FROM = 12;

export function AcronymsTab({ tabId, host, article, acronyms, unresolved }: AcronymsTabProps) {
  const [prefill, setPrefill] = useState<GlossaryPrefill | null>(null);
  const vietnameseFirst = uiLanguage() === 'vi';
  // The tab's site, as the page's own decorations read the reader's entries (not the article's
  // canonical address, which may be another site's).
  const site = host ? siteOf(`https://${host}/`) : null;
  const alert = unresolved && <p class="error" role="alert">{t('acronymsUnresolved')}</p>;
  const decoration = useDecorationSettings();
  const toggle = <DecorationToggle feature="acronyms" host={host} decoration={decoration} />;
  // The article's address, for entries kept for it alone (none past the length the store keeps).
  const page = article.url && article.url.length <= GLOSSARY_LIMITS.page ? article.url : null;
  // What the article defines itself, which an entry for every site or this one does not replace here.
  const defined = acronyms.filter((a) => a.source === 'text' && a.definedInText).flatMap((a) => a.forms);
  const mine = <MyGlossary prefill={prefill} site={site} page={page} defined={defined} />;
  // A long report's list is crossed one Tab at a time (136 from the first row to the form on a page of
  // 66): past a dozen rows it can be filtered, by letters or a word of the meaning, marks optional.
  const [query, setQuery] = useState('');
  const filterable = acronyms.length >= FILTER_FROM;
  const shown = useMemo(() => (filterable && query.trim() !== '' ? filterGlossary(acronyms, query) : acronyms), [acronyms, query, filterable]);
  if (acronyms.length === 0) return <><p class="empty">{t('emptyAcronyms')}</p>{mine}{toggle}</>;
  return (
    <>
    {alert}
    <DecorationOff feature="acronyms" host={host} decoration={decoration} />
    {filterable && (
      <ListFilter class="acronym-filter" label={t('filterAcronyms')} value={query} onInput={setQuery} noMatch={shown.length === 0 ? t('noAcronymMatch', query.trim()) : null} />
    )}
    <dl class="acronyms">
      {shown.map((a, i) => {
        // The headline stands above the text: its use is the first.
        const inTitle = a.titleOffsets?.[0];
        const first = inTitle ?? a.offsets[0];
        // The built-in glossary may pick the wrong sense, and Sổ Tay may misread the article's own
        // definition: the reader's own entry outranks either (kept for this article, for the latter).
        // The article's own definition is corrected for this article alone; words it spells out
        // elsewhere (spelled-elsewhere.ts) as the glossary's reading is.
        const ownDefinition = a.source === 'text' && a.definedInText;
        const correctable = a.source === 'glossary' || (a.source === 'text' && (!a.definedInText || page)) ? a.long : null;
        const names = a.long ? shownNames(a.long, a.vietnameseLong, vietnameseFirst) : null;
        return (
          <div key={`${a.short}\u0000${a.long ?? ''}`} class="acronym">
            <dt>
              <button
                type="button"
                class="short"
                title={t('jumpToFirstUse')}
                onClick={() => first !== undefined && revealInPage(tabId, first, first + a.short.length, inTitle !== undefined)}
              >
                {a.short}
              </button>
              {a.forms.slice(1).map((form) => (
                <span key={form} class="form">
                  {form}
                </span>
              ))}
              <span class="count">{t('timesUsed', a.count + (a.titleOffsets?.length ?? 0))}</span>
            </dt>
            <dd>
              {/* With the glossaries unread, no acronym is known to be unknown. */}
              {names?.main ?? <em>{t(unresolved ? 'notLookedUp' : 'unknownExpansion')}</em>}{' '}
              {!a.long && (
                <button type="button" class="link add-mine" aria-label={`+ ${t('addToMyGlossary')}: ${a.short}`} onClick={() => setPrefill({ short: a.short, long: '' })}>
                  + {t('addToMyGlossary')}
                </button>
              )}
              {a.source && a.source !== 'text' && <span class={`source source-${a.source}`}>{t(SOURCE_LABEL[a.source]!)}</span>}
              {a.source === 'text' && !a.definition && (
                // The page's markup explains it (`<abbr title>`): no sentence to show.
                <span class="source source-text" title={t('markedDefinition')}>
                  {t('sourceText')}
                </span>
              )}
              {a.definition && (
                // The article's own definition, shown in the page: the reader checks it in its sentence.
                <button
                  type="button"
                  class={a.source === 'text' ? 'source source-text' : 'link in-article'}
                  title={t('showDefinition')}
                  // Named for its acronym: every row has one, and a list of "trong bài" says nothing.
                  aria-label={`${t(a.source === 'text' ? 'sourceText' : 'inArticle')}: ${t('showDefinition')} (${a.short})`}
                  aria-describedby={a.source === 'text' && a.guessed ? `guess-${i}` : undefined}
                  // A definition the headline gives stands there, not in the text.
                  onClick={() => a.definition && revealInPage(tabId, a.definition.start, a.definition.end, a.definitionInTitle === true)}
                >
                  {t(a.source === 'text' ? 'sourceText' : 'inArticle')}
                </button>
              )}
              {a.source === 'text' && a.guessed && (
                // Read from the sentence without the letters or the glossary confirming where the name
                // starts: worth a look at the sentence.
                <>
                  <span class="source source-guess" title={t('guessedHint')}>
                    {t('guessedDefinition')}
                  </span>
                  <span id={`guess-${i}`} hidden>
                    {t('guessedHint')}
                  </span>
                </>
              )}
              {correctable && (
                <button
                  type="button"
                  class="link correct"
                  title={t(ownDefinition ? 'correctDefinitionHint' : 'correctExpansionHint')}
                  aria-label={`${t('correctExpansion')} ${a.short}`}
                  onClick={() =>
                    setPrefill(
                      ownDefinition
                        ? { short: a.short, long: correctable, page: page ?? undefined, nearby: a.nearby ?? [] }
                        : // Its one sense when it has no other: the form knows it holds a correction.
                          { short: a.short, long: correctable, senses: a.senses ?? [correctable] },
                    )
                  }
                >
                  {t('correctExpansion')}
                </button>
              )}
              {/* The other name on its own line, under the row's actions: before them it left "Sửa nghĩa"
                  alone on a line of its own. */}
              {a.likelyTypoOf && <span class="also">{t('likelyTypoOf', a.likelyTypoOf.short, a.likelyTypoOf.long)}</span>}
              {a.glossaryLong && <span class="also">{t('originalName', a.glossaryLong)}</span>}
              {names?.other && <span class="also">{t(names.other.is === 'original' ? 'originalName' : 'inVietnamese', names.other.name)}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
    {mine}
    {toggle}
    </>
  );
}

import type { TabProps } from './ArticleTabs';
import { DecorationToggle } from './DecorationToggle';
import { t, type MessageKey } from './i18n';
import { revealInPage } from './reveal';
import { useAcronyms } from './use-acronyms';

const SOURCE_LABEL: Record<string, MessageKey> = {
  text: 'sourceText',
  user: 'sourceUser',
  glossary: 'sourceGlossary',
};

export function AcronymsTab({ tabId, host, article, analysis }: TabProps) {
  const acronyms = useAcronyms(article.text, analysis.acronyms);
  const toggle = <DecorationToggle feature="acronyms" host={host} label="underlineAcronyms" />;
  if (acronyms.length === 0) return <><p class="empty">{t('emptyAcronyms')}</p>{toggle}</>;
  return (
    <>
    <dl class="acronyms">
      {acronyms.map((a) => {
        const first = a.offsets[0];
        return (
          <div key={a.short} class="acronym">
            <dt>
              <button
                type="button"
                class="short"
                onClick={() => first !== undefined && revealInPage(tabId, first, first + a.short.length)}
              >
                {a.short}
              </button>
              <span class="count">{t('timesUsed', a.count)}</span>
            </dt>
            <dd>
              {a.long ?? <em>{t('unknownExpansion')}</em>}
              {a.source && <span class={`source source-${a.source}`}>{t(SOURCE_LABEL[a.source]!)}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
    {toggle}
    </>
  );
}

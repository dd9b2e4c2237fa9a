import type { ArticleRecord } from '@/lib/db/schema';
import { MARK_COLORS } from '@/lib/decorate/highlights';
import type { SearchHit } from '@/lib/library/search';
import { formatPublished, t } from '../i18n';
import { Marked } from './Marked';

interface Props {
  hit: SearchHit;
  article: ArticleRecord | undefined;
  selected: boolean;
  onSelect: (on: boolean) => void;
}

/** What a screen reader announces for the entry's checkbox. */
function label({ item }: SearchHit): string {
  const text = item.kind === 'article' ? item.record.title : item.kind === 'quote' ? item.record.text : item.record.exact;
  const kind = t(item.kind === 'article' ? 'kindArticle' : item.kind === 'quote' ? 'kindQuote' : 'kindHighlight');
  return `${kind}: ${text.slice(0, 60)}`;
}

/** One entry of the notebook: an article, a quotation with its speaker, or a highlight with its note. */
export function ItemRow({ hit, article, selected, onSelect }: Props) {
  const { item, highlights: spans } = hit;
  const source = article && (
    <p class="item-source">
      <a href={article.url} target="_blank" rel="noreferrer noopener">
        {item.kind === 'article' ? article.url : article.title}
      </a>
      {article.siteName && ` · ${article.siteName}`}
      {article.published && ` · ${formatPublished(article.published)}`}
    </p>
  );
  const tags = item.record.tags.length > 0 && (
    <p class="tags">
      {item.record.tags.map((tag, i) => (
        <span key={tag} class="tag">
          #<Marked text={tag} spans={spans} field="tags" tag={i} />
        </span>
      ))}
    </p>
  );
  return (
    <li class={`item item-${item.kind}`}>
      <input type="checkbox" checked={selected} aria-label={label(hit)} onChange={(e) => onSelect(e.currentTarget.checked)} />
      <div class="item-body">
        {item.kind === 'article' && (
          <>
            <span class="kind">{t('kindArticle')}</span>
            <h3 class="item-title">
              <Marked text={item.record.title} spans={spans} field="text" />
            </h3>
            {item.record.byline && (
              <p class="item-who">
                <Marked text={item.record.byline} spans={spans} field="who" />
              </p>
            )}
          </>
        )}
        {item.kind === 'quote' && (
          <>
            <span class="kind">{t('kindQuote')}</span>
            <blockquote>
              “<Marked text={item.record.text} spans={spans} field="text" />”
            </blockquote>
            <p class="item-who">
              — <Marked text={item.record.speaker ?? t('unknownSpeaker')} spans={spans} field="who" />
              {item.record.role && `, ${item.record.role}`}
            </p>
          </>
        )}
        {item.kind === 'highlight' && (
          <>
            <span class="kind">{t('kindHighlight')}</span>
            <p class="item-passage" style={{ borderLeftColor: MARK_COLORS[item.record.color] }}>
              <Marked text={item.record.exact} spans={spans} field="text" />
            </p>
          </>
        )}
        {'note' in item.record && item.record.note && (
          <p class="note-text">
            <Marked text={item.record.note} spans={spans} field="note" />
          </p>
        )}
        {tags}
        {source}
      </div>
    </li>
  );
}

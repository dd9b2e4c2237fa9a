/**
 * Highlights as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), so other
 * annotation tools (Hypothesis-style importers, Recogito, …) can read them: one Annotation per
 * highlight in an AnnotationCollection. The target is the page URL with a TextQuoteSelector
 * (exact/prefix/suffix, the robust one) and a TextPositionSelector; the note is a TextualBody
 * ("commenting"), each tag a TextualBody with purpose "tagging", the colour a CSS class.
 */
import type { ArticleRecord, HighlightRecord } from '../../db/schema';
import type { ExportFile } from '../types';
import type { ExportSet } from './selection';

const CSS: Record<HighlightRecord['color'], string> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c4e0ff',
  pink: '#ffd0e4',
};

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/markdown';
  language?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody[];
  stylesheet: { type: 'CssStylesheet'; value: string };
  target: {
    source: string;
    styleClass: string;
    selector: (
      | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
}

/**
 * The model counts positions in code points, JavaScript in UTF-16 units: they differ after an
 * emoji or other astral character. With the article text at hand the offsets are converted.
 */
function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

export function toAnnotation(h: HighlightRecord, article: ArticleRecord | undefined): Annotation {
  const body: TextualBody[] = [];
  if (h.note.trim()) body.push({ type: 'TextualBody', value: h.note, purpose: 'commenting', format: 'text/markdown', language: 'vi' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const quote: Annotation['target']['selector'][number] = { type: 'TextQuoteSelector', exact: h.exact };
  if (h.prefix) quote.prefix = h.prefix;
  if (h.suffix) quote.suffix = h.suffix;
  const text = article?.text;
  const start = text ? codePointOffset(text, h.start) : h.start;
  const end = text ? codePointOffset(text, h.end) : h.end;
  const styleClass = `sotay-${h.color}`;
  return {
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.note.trim() ? 'commenting' : 'highlighting',
    created: new Date(h.createdAt).toISOString(),
    modified: new Date(h.updatedAt).toISOString(),
    ...(body.length ? { body } : {}),
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${CSS[h.color]}; }` },
    target: {
      source: h.url,
      styleClass,
      selector: [quote, { type: 'TextPositionSelector', start, end }],
    },
  };
}

export function webAnnotationCollection(set: ExportSet, label = 'Sổ Tay') {
  const articles = new Map(set.articles.map((a) => [a.id, a]));
  const items = set.highlights.map((h) => toAnnotation(h, articles.get(h.articleId)));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function exportWebAnnotations(set: ExportSet, name = 'sotay-annotations.jsonld'): ExportFile {
  return { name, mime: 'application/ld+json', content: `${JSON.stringify(webAnnotationCollection(set), null, 2)}\n` };
}

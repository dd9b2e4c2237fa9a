/**
 * Where a search hit matched, as offsets into the original field text (diacritics, case and all),
 * so the page can wrap them in <mark>. MiniSearch reports which index terms matched in which
 * fields; the field text is re-tokenized and every word whose folded spelling is one of
 * those terms is marked. A prefix match marks the whole word typed into.
 */
import type { MatchInfo } from 'minisearch';
import { foldedTerm, searchTerms } from './search-text';

export type SearchField = 'text' | 'who' | 'note' | 'tags';

export interface MatchSpan {
  field: SearchField;
  /** For `tags`: which tag (index into the record's `tags`); offsets are within that tag. */
  tag?: number;
  start: number;
  end: number;
}

export function matchSpans(fields: Record<SearchField, string>, match: MatchInfo): MatchSpan[] {
  // The index holds folded terms only ("text_f"): a word is marked when its folded spelling is one.
  const wanted = new Map<SearchField, Set<string>>();
  for (const [term, matchedFields] of Object.entries(match)) {
    for (const f of matchedFields) {
      const base = f.replace(/_f$/, '') as SearchField;
      let w = wanted.get(base);
      if (!w) wanted.set(base, (w = new Set()));
      w.add(term);
    }
  }
  const out: MatchSpan[] = [];
  for (const [field, w] of wanted) {
    const pieces = field === 'tags' ? fields.tags.split('\n') : [fields[field]];
    pieces.forEach((piece, index) => {
      const spans: { start: number; end: number }[] = [];
      for (const t of searchTerms(piece)) {
        if (w.has(foldedTerm(t.text))) spans.push({ start: t.start, end: t.end });
      }
      // A whole dotted word and its part can both match: keep the outer span only.
      spans.sort((a, b) => a.start - b.start || b.end - a.end);
      let lastEnd = -1;
      for (const s of spans) {
        if (s.start < lastEnd) continue;
        out.push(field === 'tags' ? { field, tag: index, ...s } : { field, ...s });
        lastEnd = s.end;
      }
    });
  }
  return out;
}

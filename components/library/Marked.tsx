import type { MatchSpan, SearchField } from '@/lib/library/search';

/** Text with the search matches wrapped in <mark>; built from strings, never parsed as HTML. */
export function Marked({ text, spans, field, tag }: { text: string; spans: MatchSpan[]; field: SearchField; tag?: number }) {
  const mine = spans
    .filter((s) => s.field === field && (tag === undefined || s.tag === tag))
    .sort((a, b) => a.start - b.start);
  if (!mine.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const s of mine) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start));
    parts.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

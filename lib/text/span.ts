/** A stretch of a source string: `text === source.slice(start, end)` (end exclusive, UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

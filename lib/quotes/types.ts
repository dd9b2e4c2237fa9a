/** A quotation found in an article's text. Offsets are UTF-16 offsets into the (NFC) text. */
export interface Quote {
  /** The quoted words without their marks; for a quotation reopened over paragraphs, without the reopening marks. */
  text: string;
  /** Offset of the first quoted word. */
  start: number;
  /** Offset just after the last quoted word (or punctuation inside the marks). */
  end: number;
  /** Full name when the text gives one, else the text's own wording ("cậu bé"); null when nobody is named. */
  speaker: string | null;
  role: string | null;
  /** `direct`: inside quotation marks; `colon`: a statement introduced by "Speaker: …" without marks. */
  kind: 'direct' | 'colon';
}

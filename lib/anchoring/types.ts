/**
 * W3C Web Annotation selectors over the page's text as `buildTextMap` sees it (NFC, whitespace
 * squeezed, block edges as one space). Stored with each highlight, so they are plain data.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** How well quote and context agree with the page, 0..1 (1 = identical). */
  score: number;
}

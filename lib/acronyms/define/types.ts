import type { Occurrence } from '../detect';
import type { KnownWords } from './translated';

/** What a definition found in the text holds. */
export interface Definition {
  short: string;
  long: string;
  /** Offset of the long form in the NFC text. */
  start: number;
  /** Spelled letter by letter (strongest); a Vietnamese name whose words translate the English
   * letters (see translated.ts); or the named phrase before the brackets, taken as a translation. */
  how: 'spelled' | 'translated' | 'named';
  /** A named phrase whose start was read from the sentence before the short form (no brackets,
   * quotes or firm's name fix it): the reader is told to check it. */
  guessed?: true;
}

/** A definition an occurrence's context gives. `brand`: a firm's brand or owner named for its
 * ticker, which stands for the firm however short it is (see settle.ts). */
export interface Found {
  def: Omit<Definition, 'short'>;
  brand?: boolean;
}

/**
 * What one way of defining makes of an occurrence: the definition it gives; 'none' when the
 * occurrence stands in that way's form but is defined by it in no reading ("(mã …)" after no firm),
 * so no later way is tried; null when the form is not there.
 */
export type Reading = Found | 'none' | null;

/** One way of defining, read at one occurrence of a short form in NFC `text`. */
export type Reader = (text: string, occ: Occurrence, known: KnownWords | undefined) => Reading;

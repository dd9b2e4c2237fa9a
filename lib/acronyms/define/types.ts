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

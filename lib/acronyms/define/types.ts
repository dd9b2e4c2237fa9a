/** What a definition found in the text holds. */
export interface Definition {
  short: string;
  long: string;
  /** Offset of the long form in the NFC text. */
  start: number;
  /** Spelled letter by letter (stronger) or taken as a translated name. */
  how: 'spelled' | 'named';
}

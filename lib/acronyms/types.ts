/** Public shapes of the acronym engine (shared by the popup, page tooltips and the CLI). */

export type ExpansionSource = 'text' | 'user' | 'glossary';

export interface AcronymInfo {
  /** The surface form as written ("TP. HCM" and "TP" are different entries). */
  short: string;
  long: string | null;
  /** Where `long` came from, in order of trust; null when nothing expands it. */
  source: ExpansionSource | null;
  /** The article defines it itself (then `long` is its wording, verbatim, unless the reader
   * corrected it for this article: then `source` is "user"). */
  definedInText: boolean;
  /** Where the article defines it: the span of `long` in the text passed in. With `definedInText`
   * false and `source` "text", where the article first writes the words it is the initials of,
   * away from its uses (see spelled-elsewhere.ts). */
  definition?: { start: number; end: number };
  count: number;
  /** Start of every whole-token occurrence, into the text passed in. */
  offsets: number[];
  /** The glossary's senses when it has several (the chosen one is `long`). */
  senses?: string[];
  /**
   * For an acronym the article defines by a Vietnamese name that translates the foreign one the
   * built-in glossary knows, that foreign name ("Quỹ Tiền tệ Quốc tế": International Monetary Fund).
   */
  glossaryLong?: string;
  /** For a glossary expansion that is an English name, what it is called in Vietnamese, where the
   * glossary says ("Artificial Intelligence": trí tuệ nhân tạo). */
  vietnameseLong?: string;
  /**
   * The article's definition as Sổ Tay read it from the sentence before the short form, its start
   * confirmed neither by the letters spelling it, nor by its words translating the glossary's name,
   * nor by brackets, quotes or a firm's name: on the seen gold about one such reading in five is a
   * word or more off (one in forty of the others), so the reader is told to check it.
   */
  guessed?: true;
  /**
   * For the article's own definition, the readings a word or two longer or shorter at its edges
   * (see nearby-readings.ts): what the reader may pick when correcting it.
   */
  nearby?: string[];
  /**
   * For an acronym nothing explains, the article's explained short form it is likely a slip of the
   * keyboard for ("HVC" beside "HCV"), with that form's expansion: offered, not assumed.
   */
  likelyTypoOf?: { short: string; long: string };
}

/** Longest texts a glossary entry may hold: the store refuses more, the popup's form and a CSV import
 * stop there too. */
export const GLOSSARY_LIMITS = { short: 40, long: 1_000, note: 5_000, page: 2_048 } as const;

export interface UserGlossaryEntry {
  short: string;
  long: string;
  note?: string;
  /** The site the entry is kept for (a host: "vnexpress.net"); absent, it holds on every site. */
  site?: string;
  /**
   * The one article the entry is kept for (its address, as lib/url's `cleanUrl` gives it): the
   * reader's correction of how Sổ Tay read that article's own definition, which it outranks there.
   * An entry has a site or a page, not both.
   */
  page?: string;
}

/**
 * CSV cells a spreadsheet would run as formulas: text from a web page or a shared glossary that
 * starts with "=", "+", "-", "@", a tab or a carriage return ("=HYPERLINK(…)"). Exports write them
 * after an apostrophe, which spreadsheets take as "text follows" (some show it); so is a cell that
 * starts with an apostrophe itself, which would otherwise lose it there and here. A Sổ Tay file read
 * back loses exactly the apostrophe the export added.
 */
/** What an export writes after an apostrophe: a formula's start, or an apostrophe. */
export const DEFUSED_START = /^[=+\-@\t\r']/;

/** The cell as it was before an export defused it. */
export function undefused(cell: string): string {
  return cell.startsWith("'") && DEFUSED_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

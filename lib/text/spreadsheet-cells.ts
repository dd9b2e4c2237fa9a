/**
 * CSV cells a spreadsheet would run as formulas: text from a web page or a shared glossary that
 * starts with "=", "+", "-", "@", a tab or a carriage return ("=HYPERLINK(…)"). Exports write them
 * after an apostrophe, which spreadsheets show as text and hide; a Sổ Tay file read back loses it.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as it was before an export defused it. */
export function undefused(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

// The one place CSV cells are written, for every download the app offers (partners, dashboard,
// audit log, the organization archive). People type the values, so none may reach a spreadsheet
// as a formula.

// Spreadsheet programs run a cell that starts with one of these as a formula, even in a CSV file.
// A leading apostrophe makes them show it as text instead:
// https://owasp.org/www-community/attacks/CSV_Injection
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, and never a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, ended with CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * One CSV line where a number is written as it is: csvCell would guard a negative longitude against
 * being read as a formula, and a spreadsheet would then see "'-122.2" as text. Only real numbers
 * pass unguarded; a string that looks like one is still guarded.
 */
export function csvLineWithNumbers(cells: readonly unknown[]): string {
  return `${cells.map((cell) => (typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : csvCell(cell))).join(',')}\r\n`;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8 (names with accents). */
export const csvBom = '\uFEFF';

/** A CSV cell: text is user data and gets guarded, the rest is ours. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Spreadsheets run a cell that starts with one of these as a formula; a
 * leading apostrophe makes them show it as text (OWASP "CSV injection").
 * Tab and carriage return are on OWASP's list too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet shows it, never as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are produced by the engine, so a negative number
  // stays a number; only text can carry a formula.
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 text: a header row, CRLF after every record, and fields quoted
 * when they contain a comma, a double quote or a line break (quotes
 * doubled).
 */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: readonly Record<K, CsvValue>[],
): string {
  const lines = [columns.map(c => field(c)).join(',')];
  for (const row of rows) lines.push(columns.map(c => field(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

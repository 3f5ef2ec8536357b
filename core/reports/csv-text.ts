/**
 * A table as CSV text for a spreadsheet (RFC 4180, CRLF, a byte-order mark so Excel reads UTF-8),
 * every cell a formula could start neutralised (core/intake/csv-import.ts `neutralizeFormula`):
 * names, titles and notes come from volunteers and must never run as formulas where they are opened.
 */
import { neutralizeFormula } from '../intake/csv-import';

export type CsvCell = string | number | null | undefined;

function quoted(cell: CsvCell): string {
  const text = neutralizeFormula(cell === null || cell === undefined ? '' : String(cell));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(quoted).join(',')).join('\r\n')}\r\n`;
}

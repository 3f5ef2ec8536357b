/**
 * A whole CSV file of intakes, after the console's CSV library has split it into rows of cells:
 * each row read (csv-mapping.ts), rows repeated in the file refused with the line they repeat,
 * and the rejected rows written back out with their reasons, safe to open in a spreadsheet.
 */
import type { IntakeContent } from '../domain/intake';
import type { CsvMapping, CsvRowIssue } from './csv-mapping';
import { intakeContentFromCsvRow, intakeCsvFields } from './csv-mapping';
import { simplify } from './csv-values';

export interface CsvFileRow {
  /** The line in the file (the header is line 1). */
  line: number;
  cells: readonly string[];
}

export type CsvPreviewRow =
  | { line: number; ok: true; content: IntakeContent }
  | { line: number; ok: false; issues: readonly CsvRowIssue[]; duplicateOf?: number };

export interface CsvPreview {
  rows: CsvPreviewRow[];
  valid: number;
  rejected: number;
}

/** Data rows under the header, numbered as a spreadsheet shows them; empty lines left out. */
export function dataRows(table: readonly (readonly string[])[]): CsvFileRow[] {
  return table
    .map((cells, index) => ({ line: index + 1, cells }))
    .slice(1)
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}

/** What makes two rows the same intake: the mapped cells, compared as words without accents. */
function rowKey(cells: readonly string[], mapping: CsvMapping): string {
  return intakeCsvFields
    .map((field) => {
      const column = mapping[field];
      return column === undefined ? '' : simplify(cells[column] ?? '');
    })
    .join('\u0000');
}

export function previewCsv(
  rows: readonly CsvFileRow[],
  mapping: CsvMapping,
  newId: () => string,
): CsvPreview {
  const firstLine = new Map<string, number>();
  const out: CsvPreviewRow[] = rows.map((row) => {
    const key = rowKey(row.cells, mapping);
    const earlier = firstLine.get(key);
    if (earlier !== undefined)
      return {
        line: row.line,
        ok: false,
        issues: [{ field: 'familyName', code: 'validation.csv.duplicateRow' }],
        duplicateOf: earlier,
      };
    firstLine.set(key, row.line);
    const result = intakeContentFromCsvRow(row.cells, mapping, newId);
    return result.ok
      ? { line: row.line, ok: true, content: result.content }
      : { line: row.line, ok: false, issues: result.issues };
  });
  const valid = out.filter((row) => row.ok).length;
  return { rows: out, valid, rejected: out.length - valid };
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading apostrophe, so it opens as text (OWASP "CSV injection").
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The rejected rows as a table to download: the file's header and cells as they were, then the
 * line and the reasons (already in the reader's language), every cell neutralised.
 */
export function rejectedRowsTable(
  header: readonly string[],
  rows: readonly CsvFileRow[],
  preview: CsvPreview,
  labels: { line: string; reasons: string },
  reasonText: (row: Extract<CsvPreviewRow, { ok: false }>) => string,
): string[][] {
  const byLine = new Map(rows.map((row) => [row.line, row.cells]));
  const width = header.length;
  const table: string[][] = [[...header, labels.line, labels.reasons]];
  for (const row of preview.rows) {
    if (row.ok) continue;
    const cells = [...(byLine.get(row.line) ?? [])];
    while (cells.length < width) cells.push('');
    table.push([...cells.slice(0, width), String(row.line), reasonText(row)]);
  }
  return table.map((cells) => cells.map(neutralizeFormula));
}

import { describe, expect, it } from 'vitest';
import { syntheticUuid } from '../domain/case-file.fixture';
import { guessCsvMapping } from './csv-mapping';
import { dataRows, neutralizeFormula, previewCsv, rejectedRowsTable } from './csv-import';

let n = 0;
const newId = () => syntheticUuid(5000 + (n += 1));

const header = ['Last name', 'First name', 'A-Number', 'Phone', 'Notes', 'Adverse parties'];
const mapping = guessCsvMapping(header);
const table = (...rows: string[][]) => dataRows([header, ...rows]);

describe('a CSV file of intakes', () => {
  it('numbers rows as a spreadsheet does and leaves out empty lines', () => {
    const rows = table(['Prueba', 'Ana', '', '', '', ''], ['', ' ', '', '', '', ''], ['Ejemplo']);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it.each([
    ['=HYPERLINK("http://example.invalid","x")', 'notes'],
    ['@SUM(1+1)*cmd|" /C calc"!A0', 'notes'],
    ['+cmd|" /C calc"!A0', 'notes'],
    ['-2+3+cmd|" /C calc"!A0', 'notes'],
    ['=1+1', 'phone'],
    [' =1+1', 'familyName'],
  ])('refuses a cell that is a spreadsheet formula: %s', (cell, field) => {
    const cells = ['Prueba', 'Ana', '', '', '', ''];
    cells[field === 'notes' ? 4 : field === 'phone' ? 3 : 0] = cell;
    const preview = previewCsv(table(cells), mapping, newId);
    expect(preview.rows[0]).toMatchObject({ ok: false });
    const issues = preview.rows[0]!.ok ? [] : preview.rows[0]!.issues;
    expect(issues).toContainEqual({ field, code: 'validation.csv.formula' });
  });

  it('refuses a formula hidden in the parties cell', () => {
    const preview = previewCsv(
      table(['Prueba', 'Ana', '', '', '', '=WEBSERVICE("http://example.invalid")']),
      mapping,
      newId,
    );
    expect(preview.rows[0]).toMatchObject({
      ok: false,
      issues: [{ field: 'adverseParties', code: 'validation.csv.formula' }],
    });
  });

  it('keeps phones and notes that only look a little like formulas', () => {
    const preview = previewCsv(
      table(['Prueba', 'Ana', '', '+1 601 555 0100', '- fears return; - has a lawyer?', '']),
      mapping,
      newId,
    );
    expect(preview.valid).toBe(1);
  });

  it('refuses a row that repeats an earlier one (accents, case and spacing aside), naming it', () => {
    const preview = previewCsv(
      table(
        ['Pérez', 'José', 'A-123-456-789', '', '', ''],
        ['Prueba', 'Ana', '', '', '', ''],
        ['PEREZ', ' Jose ', 'A123456789', '', '', ''],
      ),
      mapping,
      newId,
    );
    expect(preview.rows[2]).toEqual({
      line: 4,
      ok: false,
      issues: [{ field: 'familyName', code: 'validation.csv.duplicateRow' }],
      duplicateOf: 2,
    });
    expect([preview.valid, preview.rejected]).toEqual([2, 1]);
  });

  it('reads 10,000 rows, each its own intake, and reports the bad ones by line', () => {
    const rows: string[][] = [];
    for (let i = 0; i < 10_000; i += 1)
      rows.push([i % 1000 === 7 ? '' : `Prueba${i}`, 'Ana', '', '', '', '']);
    const preview = previewCsv(table(...rows), mapping, newId);
    expect(preview.rows).toHaveLength(10_000);
    expect([preview.valid, preview.rejected]).toEqual([9_990, 10]);
    expect(preview.rows.filter((r) => !r.ok).map((r) => r.line)).toEqual(
      Array.from({ length: 10 }, (_, k) => k * 1000 + 7 + 2),
    );
  });

  it('writes the rejected rows back with line and reasons, every formula neutralised', () => {
    const rows = table(
      ['Prueba', 'Ana', '', '', '', ''],
      ['=1+1', 'Ana', 'bad', '', '', ''],
      ['', '@x', '', '', '', ''],
    );
    const preview = previewCsv(rows, mapping, newId);
    const out = rejectedRowsTable(
      header,
      rows,
      preview,
      { line: 'Line', reasons: 'Reasons' },
      (row) => row.issues.map((i) => i.code).join('; '),
    );
    expect(out[0]).toEqual([...header, 'Line', 'Reasons']);
    expect(out.slice(1).map((r) => r[header.length])).toEqual(['3', '4']);
    expect(out[1]![0]).toBe("'=1+1");
    expect(out[2]![1]).toBe("'@x");
    expect(out.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('neutralises exactly the cells a spreadsheet would run', () => {
    expect(['=a', '+a', '-a', '@a', '\ta', '\ra', 'a=b', ''].map(neutralizeFormula)).toEqual([
      "'=a",
      "'+a",
      "'-a",
      "'@a",
      "'\ta",
      "'\ra",
      'a=b',
      '',
    ]);
  });

  it('reads the custody words the Spanish message names, as well as the English ones', () => {
    const custodyHeader = ['Apellido', 'Custodia'];
    const custodyMapping = guessCsvMapping(custodyHeader);
    const words = ['en detención', 'Fianza', 'nunca en detención', 'desconocida', 'never detained'];
    const preview = previewCsv(
      dataRows([custodyHeader, ...words.map((w, i) => [`Prueba${i}`, w])]),
      custodyMapping,
      newId,
    );
    expect(preview.rows.map((r) => (r.ok ? r.content.custody.status : 'refused'))).toEqual([
      'detained',
      'released_bond',
      'never_detained',
      'unknown',
      'never_detained',
    ]);
  });
});

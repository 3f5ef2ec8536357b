import { describe, expect, it } from 'vitest';
import { csvText } from './csv-text';

describe('csvText', () => {
  it('neutralises every cell a spreadsheet would run as a formula (CSV injection)', () => {
    const text = csvText([
      ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTAB', 'safe = text'],
    ]);
    const cells = text.slice(1).trimEnd();
    expect(cells).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+1,'-2+3,'@SUM(A1),'\tTAB,safe = text`);
    expect(cells.split(',').filter((c) => /^"?[=+\-@\t]/.test(c))).toEqual([]);
  });

  it('quotes commas, quotes and line breaks; empty for null; BOM and CRLF for spreadsheets', () => {
    expect(csvText([['a,b', 'say "hi"', 'two\nlines', null, 3]])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",,3\r\n',
    );
  });
});

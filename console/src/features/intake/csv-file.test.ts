import { describe, expect, it } from 'vitest';
import { csvText, decodeCsv, MAX_CSV_ROWS, readCsv } from './csv-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16le(text: string, bom: boolean) {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = code & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = code >> 8;
  }
  return out;
}
/** Windows-1252 as Excel writes it: é is 0xE9, ñ is 0xF1 (invalid as UTF-8). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const csv = 'Apellido,Nombre\nPérez,José\nNúñez,Íñigo\n';
const expected = [
  ['Apellido', 'Nombre'],
  ['Pérez', 'José'],
  ['Núñez', 'Íñigo'],
];

describe('reading a CSV file', () => {
  it.each([
    ['UTF-8', utf8(csv), 'utf-8'],
    ['UTF-8 with a byte-order mark', utf8(`\uFEFF${csv}`), 'utf-8'],
    ['UTF-16LE with a byte-order mark (Excel "Unicode text")', utf16le(csv, true), 'utf-16le'],
    ['UTF-16LE without a byte-order mark', utf16le(csv, false), 'utf-16le'],
    ['Windows-1252 (Excel on Windows)', cp1252(csv), 'windows-1252'],
  ])('reads %s with the accents right', (_name, bytes, encoding) => {
    const result = readCsv(bytes);
    expect(result).toEqual({ ok: true, encoding, table: expected });
  });

  it('never turns a wrong encoding into replacement characters', () => {
    const { text } = decodeCsv(cp1252('Peña'));
    expect(text).toBe('Peña');
    expect(text).not.toContain('\uFFFD');
  });

  it('reads semicolons (Spanish Excel), quoted commas and line breaks inside quotes', () => {
    const result = readCsv(utf8('Apellido;Notas\nPrueba;"uno; dos, ""tres""\ncuatro"\n'));
    expect(result).toEqual({
      ok: true,
      encoding: 'utf-8',
      table: [
        ['Apellido', 'Notas'],
        ['Prueba', 'uno; dos, "tres"\ncuatro'],
      ],
    });
  });

  it('refuses an empty file, a header alone, an unclosed quote and a file too long', () => {
    expect(readCsv(utf8(''))).toMatchObject({ ok: false, problem: 'empty' });
    expect(readCsv(utf8('Apellido,Nombre\n\n'))).toMatchObject({ ok: false, problem: 'empty' });
    expect(readCsv(utf8('Apellido,Notas\nPrueba,"sin cerrar\n'))).toMatchObject({
      ok: false,
      problem: 'unreadable',
    });
    const long = `Apellido\n${'Prueba\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(readCsv(utf8(long))).toMatchObject({ ok: false, problem: 'tooManyRows' });
    const most = readCsv(utf8(`Apellido\n${'Prueba\n'.repeat(MAX_CSV_ROWS)}`));
    expect(most.ok && most.table.length).toBe(MAX_CSV_ROWS + 1);
  });

  it('writes CSV text Excel opens with accents, cells quoted where needed', () => {
    expect(
      csvText([
        ['Apellido', 'Motivos'],
        ['Pérez', 'uno, dos'],
      ]),
    ).toBe('\uFEFFApellido,Motivos\r\nPérez,"uno, dos"');
  });
});

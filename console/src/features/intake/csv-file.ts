/**
 * Reading a CSV file the staff member chose: its bytes decoded (UTF-8, UTF-16 with a byte-order
 * mark, or Windows-1252 as Excel writes it on Windows), then split into rows by papaparse (commas
 * or semicolons, quoted cells, line breaks inside quotes). Nothing is sent anywhere here.
 */
import Papa from 'papaparse';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Larger files are refused whole: split them (the import takes 1,000 rows per request). */
export const MAX_CSV_ROWS = 10_000;
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type CsvFileResult =
  | { ok: true; encoding: CsvEncoding; table: string[][] }
  | { ok: false; problem: 'empty' | 'tooLarge' | 'tooManyRows' | 'unreadable'; line?: number };

function looksUtf16(bytes: Uint8Array, odd: boolean): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  let zeros = 0;
  for (let i = odd ? 1 : 0; i < sample.length; i += 2) if (sample[i] === 0) zeros += 1;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

export function decodeCsv(bytes: Uint8Array): { encoding: CsvEncoding; text: string } {
  const decode = (encoding: CsvEncoding, data: Uint8Array, fatal = false) =>
    new TextDecoder(encoding, { fatal }).decode(data);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', text: decode('utf-8', bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', text: decode('utf-16le', bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', text: decode('utf-16be', bytes.subarray(2)) };
  if (looksUtf16(bytes, true)) return { encoding: 'utf-16le', text: decode('utf-16le', bytes) };
  if (looksUtf16(bytes, false)) return { encoding: 'utf-16be', text: decode('utf-16be', bytes) };
  try {
    return { encoding: 'utf-8', text: decode('utf-8', bytes, true) };
  } catch {
    // Not UTF-8: Excel's "CSV" on Windows writes Windows-1252, where every byte is a character.
    return { encoding: 'windows-1252', text: decode('windows-1252', bytes) };
  }
}

/** The header line's separator: Spanish Excel writes semicolons, "Unicode text" tabs. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function readCsv(bytes: Uint8Array): CsvFileResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, problem: 'tooLarge' };
  const { encoding, text } = decodeCsv(bytes);
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return { ok: false, problem: 'unreadable', line: (broken.row ?? 0) + 1 };
  const table = parsed.data.map((row) => row.map((cell) => String(cell)));
  while (table.length > 0 && table[table.length - 1]!.every((cell) => cell.trim() === ''))
    table.pop();
  if (table.length < 2) return { ok: false, problem: 'empty' };
  if (table.length - 1 > MAX_CSV_ROWS) return { ok: false, problem: 'tooManyRows' };
  return { ok: true, encoding, table };
}

/** A table as CSV text (UTF-8 with a byte-order mark, so Excel reads the accents right). */
export function csvText(table: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(table.map((row) => [...row]))}`;
}

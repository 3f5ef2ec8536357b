/** Test helper: opens a .docx the way Word would find it, and reads its text back. */
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The visible text of a WordprocessingML part, one line per paragraph. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<(?!\/?w:t[ >])[^>]+>/g, '')
    .replace(/<w:t[^>]*>|<\/w:t>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m] ?? m);
}

export interface OpenedDocx {
  readonly files: readonly string[];
  /** word/document.xml as text. */
  readonly body: string;
  /** Every word/header*.xml as text. */
  readonly headers: readonly string[];
  readonly footers: readonly string[];
  /** docProps/core.xml, raw. */
  readonly coreProperties: string;
}

export async function openDocx(bytes: Uint8Array | ArrayBuffer): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const texts = async (pattern: RegExp) =>
    Promise.all(files.filter((f) => pattern.test(f)).map(async (f) => xmlText(await read(f))));
  return {
    files,
    body: xmlText(await read('word/document.xml')),
    headers: await texts(/^word\/header\d*\.xml$/),
    footers: await texts(/^word\/footer\d*\.xml$/),
    coreProperties: await read('docProps/core.xml'),
  };
}

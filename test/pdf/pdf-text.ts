import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The packet fonts as the tests load them (the app fetches the same files as assets). */
export function packetFonts() {
  const folder = require
    .resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')
    .replace(/DejaVuSans\.ttf$/, '');
  return {
    regular: new Uint8Array(readFileSync(`${folder}DejaVuSans.ttf`)),
    bold: new Uint8Array(readFileSync(`${folder}DejaVuSans-Bold.ttf`)),
  };
}

/** Each page's text as a PDF reader extracts it (pdf.js, the engine of Firefox's viewer). */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}standard_fonts/`;
  const document = await pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    standardFontDataUrl,
  }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return texts;
}

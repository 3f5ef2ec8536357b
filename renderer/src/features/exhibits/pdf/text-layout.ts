import type { PDFFont } from '@cantoo/pdf-lib';

export const LETTER = { width: 612, height: 792 } as const;
export const MARGIN = 72;
export const FOOTER_SPACE = 36;

/** Breaks text into lines no wider than `maxWidth`, keeping words whole where they fit. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

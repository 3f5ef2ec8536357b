/** The draft as plain text, for tests and previews: `[[label]]` marks as they appear in Word. */
import type { Block, DraftDocument, Inline } from './draft-types';

export function inlineText(content: readonly Inline[]): string {
  return content
    .map((part) => ('placeholder' in part ? `[[${part.placeholder}]]` : part.text))
    .join('');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'bullets':
      return block.items.map((item) => `• ${inlineText(item)}`).join('\n');
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${inlineText(row.value)}`).join('\n');
    case 'caption':
      return [...block.left, ...block.right].map(inlineText).join('\n');
    case 'pageBreak':
      return '';
    default:
      return inlineText(block.content);
  }
}

export function documentText(document: DraftDocument): string {
  return [
    ...(document.reviewMark ? [document.reviewMark] : []),
    inlineText(document.header),
    ...document.blocks.map(blockText),
  ].join('\n');
}

/** Every `[[label]]` in the document, in order. */
export function placeholdersIn(document: DraftDocument): string[] {
  return [...documentText(document).matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1] as string);
}

import type { Block, DraftDocument, Inline } from '@core/drafts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FrameAnchorType,
  Header,
  HeadingLevel,
  HighlightColor,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** Turns a draft (core/drafts) into a Word file. Missing data stays visible as `[[label]]`. */

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

function runs(content: readonly Inline[]): TextRun[] {
  return content.flatMap((part) => {
    if ('placeholder' in part) {
      return [
        new TextRun({
          text: `[[${part.placeholder}]]`,
          bold: true,
          highlight: HighlightColor.YELLOW,
        }),
      ];
    }
    // Text as entered may hold line breaks (notes); Word needs explicit breaks.
    return part.text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          bold: part.bold,
          italics: part.italic,
          break: index > 0 ? 1 : undefined,
        }),
    );
  });
}

function cell(children: Paragraph[], width: number, borders: Record<string, unknown>): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
  });
}

function fieldsTable(block: Extract<Block, { kind: 'fields' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.rows.map(
      (row) =>
        new TableRow({
          children: [
            cell(
              [new Paragraph({ children: [new TextRun({ text: row.label, bold: true })] })],
              35,
              {},
            ),
            cell([new Paragraph({ children: runs(row.value) })], 65, {}),
          ],
        }),
    ),
  });
}

function captionTable(block: Extract<Block, { kind: 'caption' }>): Table {
  const lines = (list: readonly (readonly Inline[])[]) =>
    list.map((line) => new Paragraph({ children: runs(line) }));
  const none = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell(lines(block.left), 50, { ...none, right: LINE, bottom: LINE }),
          cell(lines(block.right), 50, none),
        ],
      }),
    ],
  });
}

function blockContent(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          children: runs(block.content).map((run) => run),
          heading: HeadingLevel.TITLE,
        }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.content) })];
    case 'paragraph':
      return [
        new Paragraph({
          alignment:
            block.align === 'center'
              ? AlignmentType.CENTER
              : block.align === 'right'
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
          spacing: { after: 120 },
          children: runs(block.content),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      );
    case 'fields':
      return [fieldsTable(block), new Paragraph({})];
    case 'caption':
      return [captionTable(block), new Paragraph({})];
    case 'note':
      return [
        new Paragraph({
          shading: { type: ShadingType.CLEAR, fill: 'FFF4CC', color: 'auto' },
          border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
          spacing: { before: 120, after: 120 },
          children: runs(block.content),
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** "Page 2 of 5", and nothing about the tool that drafted it. */
function pageFooter(): Footer {
  const small = { italics: true, size: 18 } as const;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: 'Page ', ...small }),
          new TextRun({ children: [PageNumber.CURRENT], ...small }),
          new TextRun({ text: ' of ', ...small }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
}

/**
 * The review mark as a watermark: large grey letters in a frame across the middle of the page.
 * Word draws header content behind the body, so the page stays readable under it.
 */
function reviewMark(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    frame: {
      type: 'absolute',
      position: { x: 0, y: 6500 },
      width: 12240,
      height: 1400,
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
    children: [new TextRun({ text, bold: true, size: 72, color: 'C8C8C8' })],
  });
}

export function draftToDocx(draft: DraftDocument): Document {
  const pageHeader = () =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: runs(draft.header),
    });
  return new Document({
    creator: 'Amparo',
    lastModifiedBy: 'Amparo',
    title: draft.title,
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 24 } } },
      paragraphStyles: [
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 28, color: '000000' },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 24, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      ],
    },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({ children: [pageHeader()] }),
          // The first page carries its own header, so the review mark is on that page only.
          first: new Header({
            children: draft.reviewMark
              ? [pageHeader(), reviewMark(draft.reviewMark)]
              : [pageHeader()],
          }),
        },
        footers: { default: pageFooter(), first: pageFooter() },
        children: draft.blocks.flatMap(blockContent),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function draftDocxBytes(draft: DraftDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(draftToDocx(draft)));
}

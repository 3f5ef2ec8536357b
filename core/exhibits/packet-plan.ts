/**
 * The layout of an exhibit packet before any PDF exists: which page each part starts on, the
 * tab letters, the index's page ranges, and where the packet splits when a court's upload limit
 * is smaller than the whole. Pure, so the index can never disagree with the pages it describes.
 */
export interface PlannedDocument {
  documentId: string;
  /** Pages the document itself fills (a photo fills one). */
  pageCount: number;
  byteSize: number;
  /** A foreign-language document with an English translation: gets a certificate of translation. */
  translated: boolean;
}

export interface ExhibitPlan extends PlannedDocument {
  letter: string;
  /** The tab page's number; the exhibit runs from here to `lastPage` (certificate included). */
  firstPage: number;
  documentFirstPage: number;
  certificatePage: number | null;
  lastPage: number;
}

export interface PacketPart {
  /** 1-based; the first part holds the filing's cover and index, the last its proof of service. */
  number: number;
  firstPage: number;
  lastPage: number;
  exhibits: ExhibitPlan[];
  /** The part is larger than the limit because one exhibit alone is. */
  overLimit: boolean;
}

export interface PacketPlan {
  indexPageCount: number;
  exhibits: ExhibitPlan[];
  parts: PacketPart[];
  proofOfServicePage: number;
  pageCount: number;
}

export const INDEX_ROWS_PER_PAGE = 24;
/** Estimated size of each generated page (cover, index, tab, certificate) when planning parts. */
export const GENERATED_PAGE_BYTES = 4_000;

/** A, B, … Z, AA, AB, … as exhibit tabs run in court filings. */
export function tabLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function exhibitPageCount(document: PlannedDocument): number {
  return 1 + document.pageCount + (document.translated ? 1 : 0);
}

function exhibitBytes(document: PlannedDocument): number {
  return document.byteSize + GENERATED_PAGE_BYTES * (1 + (document.translated ? 1 : 0));
}

/** Groups exhibits into parts under `partByteLimit`, never splitting an exhibit. */
function groupIntoParts(documents: readonly PlannedDocument[], partByteLimit: number | null) {
  const groups: number[][] = [[]];
  let bytes = GENERATED_PAGE_BYTES * 2;
  documents.forEach((document, index) => {
    const size = exhibitBytes(document);
    const current = groups[groups.length - 1]!;
    if (partByteLimit !== null && current.length > 0 && bytes + size > partByteLimit) {
      groups.push([index]);
      bytes = GENERATED_PAGE_BYTES + size;
    } else {
      current.push(index);
      bytes += size;
    }
  });
  return groups;
}

export function planPacket(
  documents: readonly PlannedDocument[],
  options: { partByteLimit?: number | null } = {},
): PacketPlan {
  for (const document of documents) {
    if (!Number.isInteger(document.pageCount) || document.pageCount < 1)
      throw new RangeError('pageCount must be a positive integer');
  }
  const partByteLimit = options.partByteLimit ?? null;
  const indexPageCount = Math.max(1, Math.ceil(documents.length / INDEX_ROWS_PER_PAGE));
  const groups = groupIntoParts(documents, partByteLimit);

  const exhibits: ExhibitPlan[] = [];
  const parts: PacketPart[] = [];
  // Page 1 is the filing's cover, then the index; every later part opens with a cover of its own.
  let page = 1 + indexPageCount;
  groups.forEach((group, groupIndex) => {
    const partFirstPage = groupIndex === 0 ? 1 : page + 1;
    if (groupIndex > 0) page += 1;
    const partExhibits: ExhibitPlan[] = [];
    let partBytes = 0;
    for (const documentIndex of group) {
      const document = documents[documentIndex]!;
      const firstPage = page + 1;
      const documentFirstPage = firstPage + 1;
      const certificatePage = document.translated ? documentFirstPage + document.pageCount : null;
      const lastPage = firstPage + exhibitPageCount(document) - 1;
      const exhibit = {
        ...document,
        letter: tabLetter(documentIndex),
        firstPage,
        documentFirstPage,
        certificatePage,
        lastPage,
      };
      partExhibits.push(exhibit);
      exhibits.push(exhibit);
      partBytes += exhibitBytes(document);
      page = lastPage;
    }
    parts.push({
      number: groupIndex + 1,
      firstPage: partFirstPage,
      lastPage: page,
      exhibits: partExhibits,
      overLimit: partByteLimit !== null && partBytes > partByteLimit,
    });
  });
  const proofOfServicePage = page + 1;
  const lastPart = parts[parts.length - 1]!;
  lastPart.lastPage = proofOfServicePage;
  return { indexPageCount, exhibits, parts, proofOfServicePage, pageCount: proofOfServicePage };
}

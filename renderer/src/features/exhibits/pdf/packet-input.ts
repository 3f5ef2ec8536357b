import type { DocumentKind } from '@core/documents/file-kind';

/** What a filing's cover says. Court filings are in English whatever the app's language. */
export interface PacketCover {
  /** e.g. "Respondent's Evidence in Support of a Request for Bond Redetermination". */
  filingTitle: string;
  respondentName: string;
  aNumber: string;
  detained: boolean;
  /** The immigration court, e.g. "Oakdale, Louisiana". */
  court: string;
  judge: string;
  /** The next hearing as the cover prints it (date and time), or empty. */
  nextHearing: string;
  attorney: { name: string; eoirId: string; address: string; phone: string; email: string };
}

export interface Translator {
  name: string;
  address: string;
  /** The language translated from, in English ("Spanish"). */
  language: string;
}

export interface PacketDocument {
  documentId: string;
  /** The exhibit's description in the index and on its tab. */
  title: string;
  kind: DocumentKind | 'text';
  bytes: Uint8Array;
  translator: Translator | null;
}

export interface ProofOfService {
  /** Whom the filing is served on: DHS's Office of the Principal Legal Advisor for the court. */
  servedOn: string;
  address: string;
  method: string;
  date: string;
  signer: string;
}

export interface PacketInput {
  cover: PacketCover;
  documents: PacketDocument[];
  service: ProofOfService;
  /** Split into parts no larger than this (bytes), or null for one PDF. */
  partByteLimit: number | null;
  fonts: { regular: Uint8Array; bold: Uint8Array };
}

/** Why a document cannot go into a packet; each has a translation under `exhibits:refused.*`. */
export type PacketRefusal = 'docx' | 'heic' | 'text' | 'pdf_encrypted' | 'pdf_unreadable';

export class PacketDocumentRefused extends Error {
  constructor(
    readonly documentId: string,
    readonly reason: PacketRefusal,
  ) {
    super(`packet_refused_${reason}`);
  }
}

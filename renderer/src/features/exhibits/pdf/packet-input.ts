import type { DocumentKind } from '@core/documents/file-kind';
import type { PacketCover, ProofOfService, Translator } from '@core/exhibits/packet-setup';

export type { PacketCover, ProofOfService, Translator };

export interface PacketDocument {
  documentId: string;
  /** The exhibit's description in the index and on its tab. */
  title: string;
  kind: DocumentKind | 'text';
  bytes: Uint8Array;
  translator: Translator | null;
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

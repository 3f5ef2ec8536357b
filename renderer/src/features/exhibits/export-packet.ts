import { tabLetter } from '@core/exhibits/packet-plan';
import { translatorOf, type PacketSetup } from '@core/exhibits/packet-setup';
import { getBridge, type HostBridge } from '../../bridge';
import { attachmentsRepository } from '../../db/attachments-repository';
import type { AttachmentRow } from '../../db/rows';
import { buildPacket } from './pdf/build-packet';
import { PacketDocumentRefused, type PacketDocument, type PacketRefusal } from './pdf/packet-input';
import { packetFonts } from './packet-fonts';

export interface SavedPart {
  fileName: string;
  firstPage: number;
  lastPage: number;
  letters: string[];
  overLimit: boolean;
}

export type PacketOutcome =
  | {
      kind: 'saved' | 'downloaded';
      parts: SavedPart[];
      pageCount: number;
      /** SHA-256 of every part's bytes in order: what the export log records. */
      hash: string;
    }
  | { kind: 'cancelled' }
  | { kind: 'refused'; reason: PacketRefusal | 'missing'; letter: string; title: string }
  | { kind: 'failed' };

/** `AMP-2026-000123-packet-2026-12-06.pdf`, `…-part-2-of-3.pdf`: the reference, never a name. */
export function packetFileName(reference: string, today: string, part: number, of: number) {
  const base = `${reference}-packet-${today}`;
  return of === 1 ? `${base}.pdf` : `${base}-part-${part}-of-${of}.pdf`;
}

const MIB = 1024 * 1024;

async function sha256Of(parts: readonly Uint8Array[]): Promise<string> {
  const whole = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', whole));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function exportPacket(
  reference: string,
  setup: PacketSetup,
  attachments: readonly AttachmentRow[],
  today: string,
  bridge: HostBridge = getBridge(),
  fonts: () => Promise<{ regular: Uint8Array; bold: Uint8Array }> = packetFonts,
): Promise<PacketOutcome> {
  const documents: PacketDocument[] = [];
  for (const [index, item] of setup.items.entries()) {
    const row = attachments.find((a) => a.id === item.documentId);
    const content = row ? await attachmentsRepository.content(row.id) : undefined;
    if (!row || !content)
      return { kind: 'refused', reason: 'missing', letter: tabLetter(index), title: item.title };
    documents.push({
      documentId: item.documentId,
      title: item.title,
      kind: row.kind,
      bytes: new Uint8Array(content),
      translator: translatorOf(item),
    });
  }
  try {
    const packet = await buildPacket({
      cover: setup.cover,
      documents,
      service: setup.service,
      partByteLimit: setup.partLimitMiB === null ? null : setup.partLimitMiB * MIB,
      fonts: await fonts(),
    });
    const saved: SavedPart[] = [];
    const all: Uint8Array[] = [];
    for (const part of packet.parts) {
      all.push(part.bytes);
      const fileName = packetFileName(reference, today, part.number, packet.parts.length);
      const ok = await bridge.saveFile({
        suggestedName: fileName,
        mimeType: 'application/pdf',
        bytes: new Uint8Array(part.bytes),
      });
      if (!ok) return { kind: 'cancelled' };
      saved.push({ fileName, ...part });
    }
    return {
      kind: bridge.mode === 'web' ? 'downloaded' : 'saved',
      parts: saved,
      pageCount: packet.plan.pageCount,
      hash: await sha256Of(all),
    };
  } catch (error) {
    if (error instanceof PacketDocumentRefused) {
      const index = setup.items.findIndex((item) => item.documentId === error.documentId);
      return {
        kind: 'refused',
        reason: error.reason,
        letter: tabLetter(index),
        title: setup.items[index]?.title ?? '',
      };
    }
    return { kind: 'failed' };
  }
}

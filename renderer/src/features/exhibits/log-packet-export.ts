import type { PacketSetup } from '@core/exhibits/packet-setup';
import type { AttachmentRow } from '../../db/rows';
import { logExport } from '../review/review-store';
import type { PacketOutcome } from './export-packet';

/**
 * Records a saved packet in the case's export log (synced; MCJ sees it in the console): which
 * documents went in, in filing order, by id and SHA-256, the file name, its hash and pages. No
 * client name: the file name is the case reference's. A protected case's packet holds only what
 * the attorney chose and confirmed (the page asks before building).
 */
export async function logPacketExport(
  caseId: string,
  setup: PacketSetup,
  attachments: readonly AttachmentRow[],
  outcome: Extract<PacketOutcome, { kind: 'saved' | 'downloaded' }>,
  userId: string | null | undefined,
  protectedCase: boolean,
): Promise<void> {
  const sha = new Map(attachments.map((row) => [row.id, row.sha256 ?? null]));
  await logExport({
    caseId,
    draftKind: 'exhibit-packet',
    fileName: outcome.parts[0]!.fileName,
    hash: outcome.hash,
    exportedBy: userId ?? null,
    outcome: outcome.kind,
    protectedCase,
    withheldCount: 0,
    included: [],
    exhibits: setup.items.map((item) => ({
      documentId: item.documentId,
      sha256: sha.get(item.documentId) ?? null,
    })),
    pageCount: outcome.pageCount,
  });
}

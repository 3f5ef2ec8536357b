import { detectFileKind } from '@core/documents/file-kind';
import { AppError } from '@core/errors/app-error';
import { newId, nowIso } from '../lib/ids';
import { sha256Hex } from '../lib/sha256-hex';
import { getDatabase, type AmparoDatabase } from './database';
import type { AttachmentRow } from './rows';

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Documents attached to a case (passports, NTAs, medical records): encrypted with the case's key
 * like every record, the bytes in their own table so that listing never decrypts file contents.
 */
export function createAttachmentsRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    async add(caseId: string, file: { name: string; bytes: ArrayBuffer }): Promise<AttachmentRow> {
      if (file.bytes.byteLength > ATTACHMENT_MAX_BYTES)
        throw new AppError('payload_too_large', 'attachment_too_large');
      const detected = detectFileKind(new Uint8Array(file.bytes));
      if (!detected.ok) throw new AppError('validation_failed', `attachment_${detected.reason}`);
      const row: AttachmentRow = {
        id: newId(),
        caseId,
        createdAt: nowIso(),
        size: file.bytes.byteLength,
        name: file.name.slice(0, 200),
        mimeType: detected.mimeType,
        kind: detected.kind,
        syncState: 'upload',
        // Hashed once, here: the upload announces it without reading the bytes twice.
        sha256: await sha256Hex(file.bytes),
      };
      const database = db();
      await database.transaction(
        'rw',
        database.attachments,
        database.attachmentContents,
        async () => {
          await database.attachments.add(row);
          await database.attachmentContents.add({ id: row.id, caseId, content: file.bytes });
        },
      );
      return row;
    },

    /** The case's documents, newest first (deleted ones waiting to reach MCJ left out). */
    async list(caseId: string): Promise<AttachmentRow[]> {
      const rows = await db().attachments.where('caseId').equals(caseId).toArray();
      return rows
        .filter((row) => row.syncState !== 'delete')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async content(id: string): Promise<ArrayBuffer | undefined> {
      return (await db().attachmentContents.get(id))?.content;
    },

    /**
     * The bytes go at once; the row stays as a tombstone until MCJ's server has deleted the
     * document too (it may have received it already, even if this laptop never heard back).
     */
    async remove(id: string): Promise<void> {
      const database = db();
      await database.transaction(
        'rw',
        database.attachments,
        database.attachmentContents,
        async () => {
          const row = await database.attachments.get(id);
          await database.attachmentContents.delete(id);
          if (!row) return;
          if (row.syncState === 'refused') await database.attachments.delete(id);
          else await database.attachments.put({ ...row, syncState: 'delete', syncError: null });
        },
      );
    },
  };
}

export const attachmentsRepository = createAttachmentsRepository();

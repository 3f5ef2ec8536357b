import { AppError } from '@core/errors/app-error';
import { newId, nowIso } from '../lib/ids';
import { getDatabase, type AmparoDatabase } from './database';
import type { AttachmentRow } from './rows';

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

const signatures: Array<{ kind: AttachmentRow['kind']; bytes: number[] }> = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'docx', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

/** What a file really is, from its first bytes (never from its name or the browser's guess). */
export function sniffKind(bytes: Uint8Array): AttachmentRow['kind'] | null {
  for (const signature of signatures) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) return signature.kind;
  }
  const head = bytes.subarray(0, 4096);
  const text =
    head.length > 0 && head.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || b >= 0x20);
  return text ? 'text' : null;
}

const mimeTypes: Record<AttachmentRow['kind'], string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
};

/**
 * Documents attached to a case (passports, NTAs, medical records): encrypted with the case's key
 * like every record, the bytes in their own table so that listing never decrypts file contents.
 */
export function createAttachmentsRepository(db: () => AmparoDatabase = getDatabase) {
  return {
    async add(caseId: string, file: { name: string; bytes: ArrayBuffer }): Promise<AttachmentRow> {
      if (file.bytes.byteLength === 0) throw new AppError('validation_failed', 'attachment_empty');
      if (file.bytes.byteLength > ATTACHMENT_MAX_BYTES)
        throw new AppError('payload_too_large', 'attachment_too_large');
      const kind = sniffKind(new Uint8Array(file.bytes));
      if (!kind) throw new AppError('validation_failed', 'attachment_type');
      const row: AttachmentRow = {
        id: newId(),
        caseId,
        createdAt: nowIso(),
        size: file.bytes.byteLength,
        name: file.name.slice(0, 200),
        mimeType: mimeTypes[kind],
        kind,
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

    async list(caseId: string): Promise<AttachmentRow[]> {
      const rows = await db().attachments.where('caseId').equals(caseId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    async content(id: string): Promise<ArrayBuffer | undefined> {
      return (await db().attachmentContents.get(id))?.content;
    },

    async remove(id: string): Promise<void> {
      const database = db();
      await database.transaction(
        'rw',
        database.attachments,
        database.attachmentContents,
        async () => {
          await database.attachments.delete(id);
          await database.attachmentContents.delete(id);
        },
      );
    },
  };
}

export const attachmentsRepository = createAttachmentsRepository();

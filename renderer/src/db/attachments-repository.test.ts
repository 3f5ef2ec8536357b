// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentsRepository } from './attachments-repository';
import { AmparoDatabase } from './database';
import { createTestDatabase } from './test-database';
import { syncCounts } from './sync-counts';

const caseId = '8a1f3c2e-1b2c-4d5e-8f90-123456789abc';
const pdf = () =>
  new TextEncoder().encode('%PDF-1.7\nCanary Attachment Text\n%%EOF').buffer as ArrayBuffer;

describe('attachments', () => {
  let db: AmparoDatabase;
  let repo: ReturnType<typeof createAttachmentsRepository>;
  beforeEach(async () => {
    ({ db } = await createTestDatabase());
    repo = createAttachmentsRepository(() => db);
  });

  it('stores a document encrypted and gives it back byte for byte', async () => {
    const row = await repo.add(caseId, { name: 'passport scan.pdf', bytes: pdf() });
    expect(row).toMatchObject({
      kind: 'pdf',
      mimeType: 'application/pdf',
      name: 'passport scan.pdf',
    });
    expect(new TextDecoder().decode(await repo.content(row.id))).toContain(
      'Canary Attachment Text',
    );
    expect((await repo.list(caseId)).map((r) => r.id)).toEqual([row.id]);

    const raw = new AmparoDatabase(db.name, { keyring: () => null, encrypted: false });
    const stored = (await raw.attachmentContents.get(row.id)) as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['bin', 'caseId', 'enc', 'id']);
    const bytes = new Uint8Array((stored['bin'] as { ct: ArrayBuffer }).ct);
    expect(new TextDecoder().decode(bytes)).not.toContain('Canary');
    const meta = (await raw.attachments.get(row.id)) as unknown as Record<string, unknown>;
    expect(JSON.stringify(meta)).not.toContain('passport');
  });

  it('refuses empty files, unknown types and files over 25 MB', async () => {
    await expect(repo.add(caseId, { name: 'a', bytes: new ArrayBuffer(0) })).rejects.toMatchObject({
      message: 'attachment_empty',
    });
    await expect(
      repo.add(caseId, {
        name: 'a.exe',
        bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]).buffer,
      }),
    ).rejects.toMatchObject({ message: 'attachment_unknown_type' });
    await expect(
      repo.add(caseId, {
        name: 'notes.pdf',
        bytes: new TextEncoder().encode('Plain notes').buffer,
      }),
    ).rejects.toMatchObject({ message: 'attachment_text' });
    const renamedZip = new Uint8Array(64);
    renamedZip.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(
      repo.add(caseId, { name: 'letter.docx', bytes: renamedZip.buffer }),
    ).rejects.toMatchObject({ message: 'attachment_zip_not_docx' });
    expect(await repo.list(caseId)).toEqual([]);
    await expect(
      repo.add(caseId, { name: 'big.pdf', bytes: new ArrayBuffer(25 * 1024 * 1024 + 1) }),
    ).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('stores what the bytes are, whatever the name says', async () => {
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode('ftypheic\0\0\0\0mif1heic'),
    ]);
    const row = await repo.add(caseId, { name: 'photo.jpg', bytes: heic.buffer });
    expect(row).toMatchObject({ kind: 'heic', mimeType: 'image/heic', name: 'photo.jpg' });
  });

  it('removes the bytes with the record', async () => {
    const row = await repo.add(caseId, { name: 'x.pdf', bytes: pdf() });
    await repo.remove(row.id);
    expect(await repo.content(row.id)).toBeUndefined();
    expect(await repo.list(caseId)).toEqual([]);
  });

  it('counts documents waiting for MCJ, and keeps a removed one as a tombstone until MCJ has it', async () => {
    const first = await repo.add(caseId, { name: 'a.pdf', bytes: pdf() });
    await repo.add(caseId, { name: 'b.pdf', bytes: pdf() });
    expect((await syncCounts(db)).documentsWaiting).toBe(2);
    await repo.remove(first.id);
    expect(await repo.content(first.id)).toBeUndefined();
    expect((await repo.list(caseId)).map((r) => r.name)).toEqual(['b.pdf']);
    expect(await db.attachments.get(first.id)).toMatchObject({ syncState: 'delete' });
    expect((await syncCounts(db)).documentsWaiting).toBe(2);
    await db.attachments.update(first.id, { syncState: 'synced' });
    expect((await syncCounts(db)).documentsWaiting).toBe(1);
  });
});

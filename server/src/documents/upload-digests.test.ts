/**
 * The commit's shortcut (issue 22 speed): the hash and kind computed as chunks arrive in order.
 * It must never let the commit accept bytes other than the ones stored: a chunk sent again with
 * other bytes, out of order, or a DOCX (decided by its last bytes) falls back to reading back.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CaseDocument } from '@core/documents/document-sync-schemas';
import { detectFileKind, detectFileKindFromHead } from '@core/documents/file-kind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordZip } from '../../../test/pdf/word-zip';
import {
  chunkOf,
  documentClient,
  pdfBytes,
  sha256Hex,
  textBytes,
  zipBytes,
} from '../test-support/document-fixtures';
import { seedCase } from '../test-support/sync-fixtures';
import { createTestApp, createTestOrg, signIn, type Session } from '../test-support/test-app';
import type { TestApp } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { UploadDigests } from './upload-digests';

const MiB = 1024 * 1024;
const sha = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

describe('UploadDigests', () => {
  const a = pdfBytes(5000);
  const b = pdfBytes(3000);

  it('gives the hash and first bytes of chunks that arrived once, in order', () => {
    const digests = new UploadDigests();
    digests.stored('u', 0, a);
    digests.stored('u', 1, b);
    const digest = digests.take('u', 2)!;
    expect(digest.sha256).toBe(sha(a, b));
    expect(Buffer.from(digest.head).equals(a.subarray(0, 4096))).toBe(true);
    expect(digests.take('u', 2)).toBeNull(); // taken once
  });

  it('keeps the first 4 KiB across chunks shorter than that', () => {
    const digests = new UploadDigests();
    const small = pdfBytes(1000);
    digests.stored('u', 0, small);
    digests.stored('u', 1, b);
    const head = digests.take('u', 2)!.head;
    expect(Buffer.from(head).equals(Buffer.concat([small, b]).subarray(0, 4096))).toBe(true);
  });

  it.each([
    ['a chunk sent again', [0, 1, 1]],
    ['chunk 0 sent again', [0, 0, 1]],
    ['out of order', [1, 0]],
    ['a chunk missing', [0, 2]],
  ])('forgets it on %s: the commit reads the chunks back', (_label, order) => {
    const digests = new UploadDigests();
    for (const index of order) digests.stored('u', index, a);
    expect(digests.take('u', 2)).toBeNull();
    expect(digests.take('u', 3)).toBeNull();
  });

  it('follows a bounded number of uploads (the oldest goes first)', () => {
    const digests = new UploadDigests(2);
    for (const id of ['x', 'y', 'z']) digests.stored(id, 0, a);
    expect(digests.take('x', 1)).toBeNull();
    expect(digests.take('y', 1)?.sha256).toBe(sha(a));
    expect(digests.take('z', 1)?.sha256).toBe(sha(a));
  });

  it('decides the kind from the first bytes as from the whole file, except a ZIP', () => {
    for (const bytes of [pdfBytes(10_000), textBytes(), Buffer.from([0x4d, 0x5a, 0x90, 0, 3])])
      expect(detectFileKindFromHead(bytes.subarray(0, 4096))).toEqual(detectFileKind(bytes));
    expect(detectFileKindFromHead(zipBytes())).toBeNull();
    expect(detectFileKindFromHead(wordZip())).toBeNull();
  });
});

describe.each(testBackends())('commit with the shortcut on %s', (kind) => {
  let t: TestApp;
  let attorney: Session;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    attorney = await signIn(t.app, org.attorneyA);
  });
  afterAll(() => t.close());

  it('a chunk sent again with other bytes after all arrived: the stored bytes are hashed, refused', async () => {
    const bytes = pdfBytes(MiB + 500);
    const id = randomUUID();
    const client = documentClient(t.app, attorney.headers);
    await client.start(caseId, {
      documentId: id,
      name: 'x.pdf',
      size: bytes.length,
      sha256: sha256Hex(bytes),
    });
    await client.chunk(caseId, id, 0, chunkOf(bytes, 0));
    await client.chunk(caseId, id, 1, chunkOf(bytes, 1));
    const other = Buffer.from(chunkOf(bytes, 1));
    other[10] = (other[10] ?? 0) ^ 0xff;
    await client.chunk(caseId, id, 1, other);
    const commit = await client.commit(caseId, id);
    expect(commit.statusCode).toBe(400);
    expect(commit.json()).toMatchObject({ message: 'documents.hash_mismatch' });
  });

  it('chunks out of order, and a DOCX: committed from the stored bytes, with their kind', async () => {
    const client = documentClient(t.app, attorney.headers);
    const bytes = pdfBytes(2 * MiB + 10);
    const id = randomUUID();
    await client.start(caseId, {
      documentId: id,
      name: 'x.pdf',
      size: bytes.length,
      sha256: sha256Hex(bytes),
    });
    for (const index of [2, 0, 1]) await client.chunk(caseId, id, index, chunkOf(bytes, index));
    const commit = await client.commit(caseId, id);
    expect(commit.statusCode).toBe(200);
    expect(commit.json<{ document: CaseDocument }>().document.sha256).toBe(sha256Hex(bytes));

    const docx = Buffer.from(wordZip());
    const word = await client.upload(caseId, randomUUID(), docx, 'letter.docx');
    expect(word.statusCode).toBe(200);
    expect(word.json<{ document: CaseDocument }>().document.kind).toBe('docx');
    const zip = await client.upload(caseId, randomUUID(), zipBytes(), 'letter.docx');
    expect(zip.json()).toMatchObject({ message: 'attachment_zip_not_docx' });
  });
});

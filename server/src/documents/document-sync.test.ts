/**
 * Issue 22 #2: documents sync between a case's assigned attorneys and its supervisors, in chunks,
 * resumable, deduplicated, committed exactly once, checked by hash and by kind on the server.
 */
import { randomUUID } from 'node:crypto';
import type { CaseDocument, UploadState } from '@core/documents/document-sync-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';
import {
  chunkOf,
  documentClient,
  pdfBytes,
  sha256Hex,
  textBytes,
  zipBytes,
} from '../test-support/document-fixtures';
import { purgeDocuments } from './document-read-service';
import { databaseDocumentStore } from './document-store';

const MiB = 1024 * 1024;

describe.each(testBackends())('documents sync on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let attorney: Session;
  let other: Session;
  let supervisor: Session;
  let caseId: string;
  let secondCaseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    secondCaseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    attorney = await signIn(t.app, org.attorneyA);
    other = await signIn(t.app, org.attorneyB);
    supervisor = await signIn(t.app, org.supervisor);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);

  it('sends a document in chunks; the supervisor (laptop and console) gets the same bytes', async () => {
    const bytes = pdfBytes(2 * MiB + 1234);
    const id = randomUUID();
    const committed = await documentClient(t.app, attorney.headers).upload(caseId, id, bytes);
    expect(committed.statusCode).toBe(200);
    const document = committed.json<{ document: CaseDocument }>().document;
    expect(document).toMatchObject({ id, caseId, kind: 'pdf', size: bytes.length });
    expect(document.sha256).toBe(sha256Hex(bytes));

    const feed = await documentClient(t.app, supervisor.headers).feed();
    expect(feed.json<{ documents: CaseDocument[] }>().documents.map((d) => d.id)).toContain(id);
    const download = await documentClient(t.app, supervisor.headers).content(caseId, id);
    expect(download.statusCode).toBe(200);
    expect(sha256Hex(download.rawPayload)).toBe(sha256Hex(bytes));

    const staff = await consoleSignIn(t.app, org.supervisor);
    const consoleClient = documentClient(t.app, { authorization: `Bearer ${staff.accessToken}` });
    const listed = await consoleClient.list(caseId);
    expect(listed.json<{ documents: CaseDocument[] }>().documents.map((d) => d.id)).toContain(id);
    expect(sha256Hex((await consoleClient.content(caseId, id)).rawPayload)).toBe(sha256Hex(bytes));
  });

  it('staff add a document to a case from the console, and the attorney’s feed brings it', async () => {
    const staff = await consoleSignIn(t.app, org.supervisor);
    const consoleClient = documentClient(t.app, { authorization: `Bearer ${staff.accessToken}` });
    const id = randomUUID();
    expect((await consoleClient.upload(caseId, id, pdfBytes(5000))).statusCode).toBe(200);
    const feed = await documentClient(t.app, attorney.headers).feed();
    expect(feed.json<{ documents: CaseDocument[] }>().documents.map((d) => d.id)).toContain(id);
  });

  it('resumes after a cut: the server says which chunks it holds; a retried commit creates one document', async () => {
    const bytes = pdfBytes(3 * MiB);
    const id = randomUUID();
    const client = documentClient(t.app, attorney.headers);
    const start = {
      documentId: id,
      name: 'record.pdf',
      size: bytes.length,
      sha256: sha256Hex(bytes),
    };
    expect((await client.start(caseId, start)).json()).toMatchObject({
      status: 'open',
      received: [],
    });
    await client.chunk(caseId, id, 2, chunkOf(bytes, 2));
    await client.chunk(caseId, id, 0, chunkOf(bytes, 0));
    await client.chunk(caseId, id, 0, chunkOf(bytes, 0)); // duplicated on the wire
    const again = (await client.start(caseId, start)).json<UploadState>();
    expect(again).toEqual({ status: 'open', chunkSize: MiB, chunkCount: 3, received: [0, 2] });
    const early = await client.commit(caseId, id);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      message: 'documents.chunks_missing',
      issues: [{ path: 'chunks', code: '1' }],
    });
    await client.chunk(caseId, id, 1, chunkOf(bytes, 1));
    const first = await client.commit(caseId, id);
    const second = await client.commit(caseId, id);
    expect(first.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect((await client.start(caseId, start)).json()).toMatchObject({ status: 'committed' });
    expect(await count('SELECT count(*)::int AS n FROM case_documents WHERE id = $1', [id])).toBe(
      1,
    );
    expect(sha256Hex((await client.content(caseId, id)).rawPayload)).toBe(sha256Hex(bytes));
  });

  it('stores the same bytes once, in every case that has them', async () => {
    const bytes = pdfBytes(MiB + 10);
    const sha = sha256Hex(bytes);
    const client = documentClient(t.app, attorney.headers);
    expect((await client.upload(caseId, randomUUID(), bytes)).statusCode).toBe(200);
    expect((await client.upload(secondCaseId, randomUUID(), bytes)).statusCode).toBe(200);
    expect(
      await count('SELECT count(*)::int AS n FROM case_documents WHERE sha256 = $1', [sha]),
    ).toBe(2);
    expect(
      await count('SELECT count(*)::int AS n FROM document_blobs WHERE sha256 = $1', [sha]),
    ).toBe(1);
    expect(
      await count('SELECT count(*)::int AS n FROM document_chunks WHERE owner LIKE $1', [
        `%${sha}`,
      ]),
    ).toBe(2);
    expect(
      await count(`SELECT count(*)::int AS n FROM document_chunks WHERE owner LIKE 'u:%'
      AND owner IN (SELECT 'u:' || id FROM document_uploads WHERE committed_at IS NOT NULL)`),
    ).toBe(0);
  });

  it('refuses assembled bytes whose hash differs from the one announced, and forgets them', async () => {
    const bytes = pdfBytes(MiB + 5);
    const id = randomUUID();
    const client = documentClient(t.app, attorney.headers);
    await client.start(caseId, {
      documentId: id,
      name: 'x.pdf',
      size: bytes.length,
      sha256: sha256Hex(pdfBytes(MiB + 5)),
    });
    await client.chunk(caseId, id, 0, chunkOf(bytes, 0));
    await client.chunk(caseId, id, 1, chunkOf(bytes, 1));
    const commit = await client.commit(caseId, id);
    expect(commit.statusCode).toBe(400);
    expect(commit.json()).toMatchObject({
      code: 'bad_request',
      message: 'documents.hash_mismatch',
    });
    expect(
      await count('SELECT count(*)::int AS n FROM document_chunks WHERE owner = $1', [`u:${id}`]),
    ).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM case_documents WHERE id = $1', [id])).toBe(
      0,
    );
  });

  it.each([
    ['plain text', textBytes(), 'attachment_text'],
    ['a ZIP renamed .docx', zipBytes(), 'attachment_zip_not_docx'],
  ])('refuses %s with a reason, by its bytes', async (_label, bytes, reason) => {
    const commit = await documentClient(t.app, attorney.headers).upload(
      caseId,
      randomUUID(),
      bytes,
      'record.docx',
    );
    expect(commit.statusCode).toBe(400);
    expect(commit.json()).toMatchObject({ code: 'validation_failed', message: reason });
  });

  it('refuses a name with control characters (PostgreSQL text cannot hold NUL)', async () => {
    const bytes = pdfBytes(100);
    const start = await documentClient(t.app, attorney.headers).start(caseId, {
      documentId: randomUUID(),
      name: 'a\u0000b.pdf',
      size: 100,
      sha256: sha256Hex(bytes),
    });
    expect(start.statusCode).toBe(400);
  });

  describe('who may not', () => {
    let id: string;
    let bytes: Buffer;
    beforeAll(async () => {
      bytes = pdfBytes(2 * MiB);
      id = randomUUID();
      const client = documentClient(t.app, attorney.headers);
      await client.start(caseId, {
        documentId: id,
        name: 'x.pdf',
        size: bytes.length,
        sha256: sha256Hex(bytes),
      });
      await client.chunk(caseId, id, 0, chunkOf(bytes, 0));
    });

    it('another attorney: the case does not exist for her, nor its documents', async () => {
      const client = documentClient(t.app, other.headers);
      const start = {
        documentId: randomUUID(),
        name: 'x.pdf',
        size: 10,
        sha256: sha256Hex(pdfBytes(10)),
      };
      expect((await client.start(caseId, start)).statusCode).toBe(404);
      expect((await client.chunk(caseId, id, 1, chunkOf(bytes, 1))).statusCode).toBe(404);
      expect((await client.commit(caseId, id)).statusCode).toBe(404);
      expect((await client.list(caseId)).statusCode).toBe(404);
      expect((await client.remove(caseId, id)).statusCode).toBe(404);
      const feed = (await client.feed()).json<{ documents: CaseDocument[] }>();
      expect(feed.documents.filter((d) => d.caseId === caseId)).toEqual([]);
    });

    it('an admin, from a laptop or the console', async () => {
      const admin = await signIn(t.app, org.admin);
      const adminConsole = await consoleSignIn(t.app, org.admin);
      for (const headers of [
        admin.headers,
        { authorization: `Bearer ${adminConsole.accessToken}` },
      ]) {
        const client = documentClient(t.app, headers);
        expect((await client.list(caseId)).statusCode).toBe(403);
        expect((await client.chunk(caseId, id, 1, chunkOf(bytes, 1))).statusCode).toBe(403);
        expect((await client.content(caseId, id)).statusCode).toBe(403);
      }
    });

    it('a revoked laptop', async () => {
      const laptop = await signIn(t.app, org.attorneyA);
      const { revokeOrgDevice } = await import('../admin/accounts-service');
      const { cliActor } = await import('../admin/admin-actor');
      await revokeOrgDevice(t.db, cliActor(org.orgId), laptop.deviceId);
      const client = documentClient(t.app, laptop.headers);
      const chunk = await client.chunk(caseId, id, 1, chunkOf(bytes, 1));
      expect(chunk.json()).toMatchObject({ code: 'device_revoked' });
      expect((await client.list(caseId)).json()).toMatchObject({ code: 'device_revoked' });
    });

    it('a chunk sent under another case id (even one the attorney has)', async () => {
      const chunk = await documentClient(t.app, attorney.headers).chunk(
        secondCaseId,
        id,
        1,
        chunkOf(bytes, 1),
      );
      expect(chunk.statusCode).toBe(404);
      expect(
        (await documentClient(t.app, attorney.headers).commit(secondCaseId, id)).statusCode,
      ).toBe(404);
    });

    it('an oversize chunk, a chunk of the wrong size, an index out of range', async () => {
      const client = documentClient(t.app, attorney.headers);
      expect((await client.chunk(caseId, id, 1, Buffer.alloc(MiB + 1, 1))).statusCode).toBe(413);
      const short = await client.chunk(caseId, id, 1, Buffer.alloc(100, 1));
      expect(short.json()).toMatchObject({ code: 'bad_request', message: 'documents.chunk_size' });
      const beyond = await client.chunk(caseId, id, 2, Buffer.alloc(100, 1));
      expect(beyond.json()).toMatchObject({ message: 'documents.chunk_out_of_range' });
      expect((await client.chunk(caseId, id, 99_999, Buffer.alloc(1))).statusCode).toBe(400);
      expect((await client.chunk(caseId, id, -1, Buffer.alloc(1))).statusCode).toBe(400);
    });

    it('the same document id announced with other bytes or another case', async () => {
      const client = documentClient(t.app, attorney.headers);
      const other = pdfBytes(2 * MiB);
      const changed = await client.start(caseId, {
        documentId: id,
        name: 'x.pdf',
        size: other.length,
        sha256: sha256Hex(other),
      });
      expect(changed.json()).toMatchObject({
        code: 'conflict',
        message: 'documents.upload_mismatch',
      });
      const moved = await client.start(secondCaseId, {
        documentId: id,
        name: 'x.pdf',
        size: bytes.length,
        sha256: sha256Hex(bytes),
      });
      expect(moved.json()).toMatchObject({
        code: 'conflict',
        message: 'documents.upload_mismatch',
      });
    });
  });

  it('enforces the organisation’s quotas (per case and per organisation) with the limit in the answer', async () => {
    const quotaOrg = await createTestOrg(t.db);
    const quotaCase = (await seedCase(t.db, quotaOrg.orgId, [quotaOrg.attorneyA.id])).id;
    const laptop = await signIn(t.app, quotaOrg.attorneyA);
    const admin = await signIn(t.app, quotaOrg.admin);
    const settings = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/documents/settings',
      headers: admin.headers,
    });
    expect(settings.json()).toEqual({
      caseQuotaBytes: 200 * MiB,
      organisationQuotaBytes: 50 * 1024 * MiB,
      retentionDays: null,
    });
    const patch = (payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: '/v1/admin/documents/settings',
        headers: admin.headers,
        payload,
      });
    const defaults = settings.json<Record<string, unknown>>();
    expect((await patch({ ...defaults, caseQuotaBytes: 3000 })).statusCode).toBe(200);
    const client = documentClient(t.app, laptop.headers);
    expect((await client.upload(quotaCase, randomUUID(), pdfBytes(2000))).statusCode).toBe(200);
    const over = await client.upload(quotaCase, randomUUID(), pdfBytes(2000));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({
      message: 'documents.quota_case',
      issues: [{ path: 'limitBytes', code: '3000' }],
    });
    await patch({ ...defaults, organisationQuotaBytes: 3500 });
    const orgOver = await client.upload(quotaCase, randomUUID(), pdfBytes(2000));
    expect(orgOver.json()).toMatchObject({ message: 'documents.quota_organisation' });
    // Supervisors and attorneys do not set them.
    const staff = await signIn(t.app, quotaOrg.supervisor);
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/v1/admin/documents/settings',
      headers: staff.headers,
      payload: { caseQuotaBytes: 1, organisationQuotaBytes: 1, retentionDays: null },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('deletes with a tombstone that syncs; the bytes stay until the retention period has passed', async () => {
    const bytes = pdfBytes(4000);
    const id = randomUUID();
    const client = documentClient(t.app, attorney.headers);
    await client.upload(caseId, id, bytes);
    const cursor = (await documentClient(t.app, supervisor.headers).feed()).json<{
      nextCursor: number;
    }>().nextCursor;
    const removed = await client.remove(caseId, id);
    expect(removed.json<{ document: CaseDocument }>().document.deletedAt).not.toBeNull();
    expect((await client.remove(caseId, id)).statusCode).toBe(200); // again: no change
    const feed = (await documentClient(t.app, supervisor.headers).feed(cursor)).json<{
      documents: CaseDocument[];
    }>();
    expect(feed.documents).toEqual([
      expect.objectContaining({ id, deletedAt: expect.any(String) }),
    ]);
    expect((await client.content(caseId, id)).statusCode).toBe(404);
    const blob = 'SELECT count(*)::int AS n FROM document_blobs WHERE sha256 = $1';
    const later = new Date(Date.now() + 400 * 86_400_000);
    await purgeDocuments(t.db, databaseDocumentStore, later);
    expect(await count(blob, [sha256Hex(bytes)])).toBe(1); // default: never purged
    await t.db.query('UPDATE organisations SET document_retention_days = 30 WHERE id = $1', [
      org.orgId,
    ]);
    await purgeDocuments(t.db, databaseDocumentStore, new Date(Date.now() + 10 * 86_400_000));
    expect(await count(blob, [sha256Hex(bytes)])).toBe(1); // within the period
    await purgeDocuments(t.db, databaseDocumentStore, later);
    expect(await count(blob, [sha256Hex(bytes)])).toBe(0);
    expect(
      await count('SELECT count(*)::int AS n FROM document_chunks WHERE owner LIKE $1', [
        `%${sha256Hex(bytes)}`,
      ]),
    ).toBe(0);
    await t.db.query('UPDATE organisations SET document_retention_days = NULL WHERE id = $1', [
      org.orgId,
    ]);
  });
});

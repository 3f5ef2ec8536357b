/**
 * The one-request upload of a document of one chunk (≤ 1 MiB): start, chunk and commit in one
 * authenticated PUT, with the chunked protocol's guarantees: exactly once under a duplicated
 * request and a lost answer, the hash and the kind checked on the bytes, quotas, case access.
 */
import { randomUUID } from 'node:crypto';
import type { CaseDocument, UploadState } from '@core/documents/document-sync-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';
import { lockOrganisationDocuments, organisationDocumentsLockSql } from './document-access';
import {
  chunkOf,
  documentClient,
  pdfBytes,
  sha256Hex,
  textBytes,
  zipBytes,
} from '../test-support/document-fixtures';

const MiB = 1024 * 1024;

describe.each(testBackends())('one-request upload on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let attorney: Session;
  let caseId: string;
  let secondCaseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    secondCaseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id])).id;
    attorney = await signIn(t.app, org.attorneyA);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);
  /** Everything a document leaves behind: its row, staged or sealed chunks, audit rows. */
  const traces = async (id: string, sha: string) => ({
    documents: await count('SELECT count(*)::int AS n FROM case_documents WHERE id = $1', [id]),
    blobs: await count('SELECT count(*)::int AS n FROM document_blobs WHERE sha256 = $1', [sha]),
    chunks: await count(
      'SELECT count(*)::int AS n FROM document_chunks WHERE owner = $1 OR owner LIKE $2',
      [`u:${id}`, `%${sha}`],
    ),
    added: await count(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'documents.add'
         AND outcome = 'ok' AND details->>'documentId' = $1`,
      [id],
    ),
  });

  it('stores a document of one chunk in one request; the supervisor gets the same bytes', async () => {
    const bytes = pdfBytes(MiB); // exactly one chunk
    const id = randomUUID();
    const put = await documentClient(t.app, attorney.headers).put(caseId, id, bytes, {
      name: 'Informe médico.pdf',
    });
    expect(put.statusCode).toBe(200);
    const document = put.json<{ document: CaseDocument }>().document;
    expect(document).toMatchObject({
      id,
      caseId,
      kind: 'pdf',
      size: MiB,
      name: 'Informe médico.pdf',
      sha256: sha256Hex(bytes),
      deletedAt: null,
    });
    expect(await traces(id, sha256Hex(bytes))).toEqual({
      documents: 1,
      blobs: 1,
      chunks: 1,
      added: 1,
    });
    const audit = await t.db.query<Record<string, unknown>>(
      `SELECT actor_id AS "actorId", device_id AS "deviceId", session_id AS "sessionId", outcome,
         case_ids AS "caseIds", details FROM audit_log
       WHERE action = 'documents.add' AND details->>'documentId' = $1`,
      [id],
    );
    expect(audit.rows).toEqual([
      {
        actorId: org.attorneyA.id,
        deviceId: attorney.deviceId,
        sessionId: null,
        outcome: 'ok',
        caseIds: [caseId],
        details: { documentId: id, size: MiB, deduplicated: false },
      },
    ]);
    const supervisor = await signIn(t.app, org.supervisor);
    const feed = await documentClient(t.app, supervisor.headers).feed();
    expect(feed.json<{ documents: CaseDocument[] }>().documents).toContainEqual(document);
    const download = await documentClient(t.app, supervisor.headers).content(caseId, id);
    expect(sha256Hex(download.rawPayload)).toBe(sha256Hex(bytes));
    // The chunked protocol knows it: a start under the same id answers the document.
    const start = await documentClient(t.app, attorney.headers).start(caseId, {
      documentId: id,
      name: 'Informe médico.pdf',
      size: MiB,
      sha256: sha256Hex(bytes),
    });
    expect(start.json<UploadState>()).toEqual({ status: 'committed', document });
  });

  it('exactly once: the request sent again (its answer lost) answers the same document, stored once', async () => {
    const client = documentClient(t.app, attorney.headers);
    const bytes = pdfBytes(300_000);
    const id = randomUUID();
    const first = await client.put(caseId, id, bytes);
    const again = await client.put(caseId, id, bytes); // its answer was lost; the laptop retries
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await traces(id, sha256Hex(bytes))).toEqual({
      documents: 1,
      blobs: 1,
      chunks: 1,
      added: 1,
    });
  });

  it('two copies at once (duplicated on the wire) queue on the organisation’s document lock and answer one document', async () => {
    const client = documentClient(t.app, attorney.headers);
    const twin = pdfBytes(200_000);
    const twinId = randomUUID();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    // Another commit of the organisation holds the lock meanwhile.
    const holder = t.db.transaction(async (tx) => {
      await lockOrganisationDocuments(tx, org.orgId);
      held();
      await released;
    });
    await holding;
    let settled = false;
    const answers = Promise.all([
      client.put(caseId, twinId, twin),
      client.put(caseId, twinId, twin),
    ]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(settled).toBe(false);
    release();
    await holder;
    const [first, second] = await answers;
    expect([first!.statusCode, second!.statusCode]).toEqual([200, 200]);
    expect(second!.json()).toEqual(first!.json());
    expect(await traces(twinId, sha256Hex(twin))).toEqual({
      documents: 1,
      blobs: 1,
      chunks: 1,
      added: 1,
    });
  });

  it('the same id with other bytes or in another case is refused, nothing changes', async () => {
    const client = documentClient(t.app, attorney.headers);
    const bytes = pdfBytes(5000);
    const id = randomUUID();
    expect((await client.put(caseId, id, bytes)).statusCode).toBe(200);
    const other = pdfBytes(5000);
    const changed = await client.put(caseId, id, other);
    expect(changed.json()).toMatchObject({
      code: 'conflict',
      message: 'documents.upload_mismatch',
    });
    const moved = await client.put(secondCaseId, id, bytes);
    expect(moved.json()).toMatchObject({ code: 'conflict', message: 'documents.upload_mismatch' });
    expect(await traces(id, sha256Hex(other))).toMatchObject({ blobs: 0, chunks: 0 });
  });

  it('stores bytes the organisation holds already once, in every case that has them', async () => {
    const client = documentClient(t.app, attorney.headers);
    const bytes = pdfBytes(70_000);
    const sha = sha256Hex(bytes);
    expect((await client.put(caseId, randomUUID(), bytes)).statusCode).toBe(200);
    expect((await client.put(secondCaseId, randomUUID(), bytes)).statusCode).toBe(200);
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
    ).toBe(1);
  });

  it('refuses bytes whose hash differs from the one announced, and stores nothing', async () => {
    const bytes = pdfBytes(4000);
    const id = randomUUID();
    const failed = () =>
      count(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'documents.add'
           AND outcome = 'failed' AND details->>'reason' = 'documents.hash_mismatch'`,
      );
    const before = await failed();
    // The writes are made under the hash announced and the body hashed while its bytes are
    // stored: they must all roll back, under either hash.
    const announced = sha256Hex(pdfBytes(4000));
    const put = await documentClient(t.app, attorney.headers).put(caseId, id, bytes, {
      sha256: announced,
    });
    expect(put.statusCode).toBe(400);
    expect(put.json()).toMatchObject({ code: 'bad_request', message: 'documents.hash_mismatch' });
    const nothing = { documents: 0, blobs: 0, chunks: 0, added: 0 };
    expect(await traces(id, sha256Hex(bytes))).toEqual(nothing);
    expect(await traces(id, announced)).toEqual(nothing);
    expect(await failed()).toBe(before + 1); // the refusal is audited
  });

  it('refuses other bytes announced with the hash of bytes the organisation holds, and adds nothing', async () => {
    const client = documentClient(t.app, attorney.headers);
    const held = pdfBytes(6000);
    const sha = sha256Hex(held);
    expect((await client.put(caseId, randomUUID(), held)).statusCode).toBe(200);
    const id = randomUUID();
    const put = await client.put(secondCaseId, id, pdfBytes(6000), { sha256: sha });
    expect(put.json()).toMatchObject({ code: 'bad_request', message: 'documents.hash_mismatch' });
    expect(await traces(id, sha)).toMatchObject({ documents: 0, blobs: 1, chunks: 1, added: 0 });
    // Sent again with its own bytes, the document is taken.
    expect((await client.put(secondCaseId, id, held)).statusCode).toBe(200);
  });

  it('a request cut half way stores nothing; sent again (the laptop’s resumption), it stores the document once', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const bytes = pdfBytes(MiB);
    const id = randomUUID();
    const send = (body: BodyInit) =>
      fetch(`http://127.0.0.1:${port}/v1/cases/${caseId}/documents/${id}`, {
        method: 'PUT',
        headers: {
          ...attorney.headers,
          'content-type': 'application/octet-stream',
          'x-document-name': 'record.pdf',
          'x-document-sha256': sha256Hex(bytes),
        },
        body,
        duplex: 'half',
      } as RequestInit);
    const cut = new ReadableStream({
      start(stream) {
        stream.enqueue(new Uint8Array(bytes.subarray(0, MiB / 2)));
        stream.error(new Error('connection cut'));
      },
    });
    await expect(send(cut)).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await traces(id, sha256Hex(bytes))).toEqual({
      documents: 0,
      blobs: 0,
      chunks: 0,
      added: 0,
    });
    const again = await send(new Uint8Array(bytes));
    expect(again.status).toBe(200);
    expect(await traces(id, sha256Hex(bytes))).toEqual({
      documents: 1,
      blobs: 1,
      chunks: 1,
      added: 1,
    });
  });

  it.each([
    ['plain text', textBytes(), 'record.pdf', 'attachment_text'],
    ['a ZIP renamed .pdf', zipBytes(), 'record.pdf', 'attachment_zip_not_docx'],
    ['a ZIP renamed .docx', zipBytes(), 'record.docx', 'attachment_zip_not_docx'],
  ])(
    'refuses %s with a reason, by its bytes, and stores nothing',
    async (_l, bytes, name, reason) => {
      const id = randomUUID();
      const put = await documentClient(t.app, attorney.headers).put(caseId, id, bytes, { name });
      expect(put.statusCode).toBe(400);
      expect(put.json()).toMatchObject({ code: 'validation_failed', message: reason });
      expect(await traces(id, sha256Hex(bytes))).toEqual({
        documents: 0,
        blobs: 0,
        chunks: 0,
        added: 0,
      });
    },
  );

  it('lets the laptop (app://amparo, another origin) send the name and hash headers', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `/v1/cases/${caseId}/documents/${randomUUID()}`,
      headers: {
        origin: 'app://amparo',
        'access-control-request-method': 'PUT',
        'access-control-request-headers':
          'authorization,content-type,x-document-name,x-document-sha256',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe('app://amparo');
    const allowed = String(preflight.headers['access-control-allow-headers'])
      .split(',')
      .map((name) => name.trim());
    expect(allowed).toEqual(expect.arrayContaining(['x-document-name', 'x-document-sha256']));
  });

  it('refuses a body over one chunk (the chunked protocol takes it) and bad headers', async () => {
    const client = documentClient(t.app, attorney.headers);
    const big = pdfBytes(MiB + 1);
    expect((await client.put(caseId, randomUUID(), big)).statusCode).toBe(413);
    const bytes = pdfBytes(100);
    const badName = await client.put(caseId, randomUUID(), bytes, { name: 'a\u0000b.pdf' });
    expect(badName.statusCode).toBe(400);
    const badHash = await client.put(caseId, randomUUID(), bytes, { sha256: 'abc' });
    expect(badHash.statusCode).toBe(400);
    const undecodable = await t.app.inject({
      method: 'PUT',
      url: `/v1/cases/${caseId}/documents/${randomUUID()}`,
      headers: {
        ...attorney.headers,
        'content-type': 'application/octet-stream',
        'x-document-name': '%E0%A4%A.pdf',
        'x-document-sha256': sha256Hex(bytes),
      },
      payload: bytes,
    });
    expect(undecodable.statusCode).toBe(400);
  });

  it('enforces the case’s and the organisation’s quotas with the limit in the answer', async () => {
    const quotaOrg = await createTestOrg(t.db);
    const quotaCase = (await seedCase(t.db, quotaOrg.orgId, [quotaOrg.attorneyA.id])).id;
    const client = documentClient(t.app, (await signIn(t.app, quotaOrg.attorneyA)).headers);
    const set = (caseBytes: number, orgBytes: number) =>
      t.db.query(
        `UPDATE organisations SET document_case_quota_bytes = $2, document_org_quota_bytes = $3
         WHERE id = $1`,
        [quotaOrg.orgId, caseBytes, orgBytes],
      );
    await set(3000, 100_000);
    expect((await client.put(quotaCase, randomUUID(), pdfBytes(2000))).statusCode).toBe(200);
    const overId = randomUUID();
    const over = await client.put(quotaCase, overId, pdfBytes(2000));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({
      message: 'documents.quota_case',
      issues: [{ path: 'limitBytes', code: '3000' }],
    });
    await set(100_000, 3500);
    const orgOver = await client.put(quotaCase, overId, pdfBytes(2000));
    expect(orgOver.statusCode).toBe(413);
    expect(orgOver.json()).toMatchObject({
      message: 'documents.quota_organisation',
      issues: [{ path: 'limitBytes', code: '3500' }],
    });
    expect(
      await count('SELECT count(*)::int AS n FROM case_documents WHERE id = $1', [overId]),
    ).toBe(0);
    // Within the quota again, the same request goes through.
    await set(100_000, 100_000);
    expect((await client.put(quotaCase, overId, pdfBytes(2000))).statusCode).toBe(200);
  });

  describe('who may not', () => {
    it('an unassigned attorney: the case does not exist for her, nothing is stored', async () => {
      const other = await signIn(t.app, org.attorneyB);
      const bytes = pdfBytes(1000);
      const id = randomUUID();
      const put = await documentClient(t.app, other.headers).put(caseId, id, bytes);
      expect(put.statusCode).toBe(404);
      expect(await traces(id, sha256Hex(bytes))).toMatchObject({ documents: 0, chunks: 0 });
      // Nor does she learn a hash or kind refusal first.
      const text = await documentClient(t.app, other.headers).put(
        caseId,
        randomUUID(),
        textBytes(),
      );
      expect(text.statusCode).toBe(404);
    });

    it('an attorney of another organisation, and its supervisor, on this organisation’s case', async () => {
      const elsewhere = await createTestOrg(t.db);
      await seedCase(t.db, elsewhere.orgId, [elsewhere.attorneyA.id]);
      for (const user of [elsewhere.attorneyA, elsewhere.supervisor]) {
        const session = await signIn(t.app, user);
        const bytes = pdfBytes(1000);
        const id = randomUUID();
        const put = await documentClient(t.app, session.headers).put(caseId, id, bytes);
        expect(put.statusCode).toBe(404);
        expect(await traces(id, sha256Hex(bytes))).toMatchObject({ documents: 0, chunks: 0 });
      }
    });

    it('an admin (laptop or console) and a revoked laptop', async () => {
      const admin = await signIn(t.app, org.admin);
      const adminConsole = await consoleSignIn(t.app, org.admin);
      for (const headers of [
        admin.headers,
        { authorization: `Bearer ${adminConsole.accessToken}` },
      ])
        expect(
          (await documentClient(t.app, headers).put(caseId, randomUUID(), pdfBytes(10))).statusCode,
        ).toBe(403);
      const laptop = await signIn(t.app, org.attorneyA);
      const { revokeOrgDevice } = await import('../admin/accounts-service');
      const { cliActor } = await import('../admin/admin-actor');
      await revokeOrgDevice(t.db, cliActor(org.orgId), laptop.deviceId);
      const revoked = await documentClient(t.app, laptop.headers).put(
        caseId,
        randomUUID(),
        pdfBytes(10),
      );
      expect(revoked.json()).toMatchObject({ code: 'device_revoked' });
    });

    it('the supervisor of the organisation may (laptop and console)', async () => {
      const supervisor = await signIn(t.app, org.supervisor);
      const staff = await consoleSignIn(t.app, org.supervisor);
      for (const headers of [supervisor.headers, { authorization: `Bearer ${staff.accessToken}` }])
        expect(
          (await documentClient(t.app, headers).put(caseId, randomUUID(), pdfBytes(10))).statusCode,
        ).toBe(200);
    });
  });

  it('finishes an upload of the same id begun in chunks (a laptop of an earlier version)', async () => {
    const client = documentClient(t.app, attorney.headers);
    const bytes = pdfBytes(6000);
    const id = randomUUID();
    await client.start(caseId, {
      documentId: id,
      name: 'record.pdf',
      size: bytes.length,
      sha256: sha256Hex(bytes),
    });
    await client.chunk(caseId, id, 0, chunkOf(bytes, 0));
    const put = await client.put(caseId, id, bytes);
    expect(put.statusCode).toBe(200);
    expect((await client.commit(caseId, id)).json()).toEqual(put.json());
    expect(await traces(id, sha256Hex(bytes))).toEqual({
      documents: 1,
      blobs: 1,
      chunks: 1,
      added: 1,
    });
  });
});

describe('the organisation lock sent with BEGIN', () => {
  it('writes only a UUID into its SQL', () => {
    const orgId = randomUUID();
    expect(organisationDocumentsLockSql(orgId)).toBe(
      `SELECT pg_advisory_xact_lock(hashtextextended('documents:${orgId}', 22))`,
    );
    expect(() => organisationDocumentsLockSql(`${orgId}', 1)); DROP TABLE x; --`)).toThrow();
  });
});

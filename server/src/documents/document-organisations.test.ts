import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient, pdfBytes, sha256Hex } from '../test-support/document-fixtures';
import { seedCase } from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { purgeDocuments } from './document-read-service';
import { databaseDocumentStore } from './document-store';

/**
 * Another organisation's supervisor and a case's documents: every documents route answers 404 for
 * the case, as if it did not exist, and writes nothing against it (issue 25: the case check's
 * organisation filter, removed, let B list A's case (empty, 200) and add documents to it under B's
 * organisation, which `cross-organisation.test.ts` cannot see: it compares A's rows only).
 */
describe.each(testBackends())('a case’s documents and another organisation on %s', (kind) => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let caseId: string;
  let documentId: string;
  let supervisorB: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    orgA = await createTestOrg(t.db);
    orgB = await createTestOrg(t.db);
    caseId = (await seedCase(t.db, orgA.orgId, [orgA.attorneyA.id])).id;
    const attorneyA = documentClient(t.app, (await signIn(t.app, orgA.attorneyA)).headers);
    documentId = randomUUID();
    expect((await attorneyA.put(caseId, documentId, pdfBytes(200))).statusCode).toBe(200);
    supervisorB = await signIn(t.app, orgB.supervisor);
  });
  afterAll(() => t.close());

  it('answers 404 on every route naming the case, and adds nothing to it', async () => {
    const b = documentClient(t.app, supervisorB.headers);
    const bytes = pdfBytes(300);
    const answers = {
      list: (await b.list(caseId)).statusCode,
      content: (await b.content(caseId, documentId)).statusCode,
      put: (await b.put(caseId, randomUUID(), bytes)).statusCode,
      upload: (await b.upload(caseId, randomUUID(), bytes)).statusCode,
      remove: (await b.remove(caseId, documentId)).statusCode,
    };
    expect(answers).toEqual({ list: 404, content: 404, put: 404, upload: 404, remove: 404 });
    const rows = await t.db.query<{ orgId: string; deleted: boolean }>(
      `SELECT org_id AS "orgId", deleted_at IS NOT NULL AS deleted FROM case_documents
       WHERE case_id = $1`,
      [caseId],
    );
    expect(rows.rows).toEqual([{ orgId: orgA.orgId, deleted: false }]);
    const uploads = await t.db.query('SELECT 1 FROM document_uploads WHERE case_id = $1', [caseId]);
    expect(uploads.rows).toEqual([]);
  });

  it('purges by each organisation’s own retention: B’s period never removes A’s bytes', async () => {
    // The same bytes in both: deleted in A (which keeps deleted documents' bytes: no period) and
    // in B (30 days). A's second document with other bytes is deleted too.
    const shared = pdfBytes(400);
    const own = pdfBytes(500);
    const attorneyA = documentClient(t.app, (await signIn(t.app, orgA.attorneyA)).headers);
    const caseB = (await seedCase(t.db, orgB.orgId, [orgB.attorneyA.id])).id;
    const attorneyB = documentClient(t.app, (await signIn(t.app, orgB.attorneyA)).headers);
    const [a1, a2, b1] = [randomUUID(), randomUUID(), randomUUID()];
    expect((await attorneyA.put(caseId, a1, shared)).statusCode).toBe(200);
    expect((await attorneyA.put(caseId, a2, own)).statusCode).toBe(200);
    expect((await attorneyB.put(caseB, b1, shared)).statusCode).toBe(200);
    expect((await attorneyA.remove(caseId, a2)).statusCode).toBe(200);
    expect((await attorneyB.remove(caseB, b1)).statusCode).toBe(200);
    await t.db.query('UPDATE organisations SET document_retention_days = 30 WHERE id = $1', [
      orgB.orgId,
    ]);
    await purgeDocuments(t.db, databaseDocumentStore, new Date(Date.now() + 60 * 86_400_000));

    const blobs = async (orgId: string) =>
      (
        await t.db.query<{ sha256: string }>(
          'SELECT sha256 FROM document_blobs WHERE org_id = $1 ORDER BY sha256',
          [orgId],
        )
      ).rows.map((row) => row.sha256);
    expect(await blobs(orgB.orgId)).toEqual([]);
    const kept = await blobs(orgA.orgId);
    expect(kept).toHaveLength(3); // the first test's document, `shared` and `own`
    expect(kept).toEqual(expect.arrayContaining([sha256Hex(shared), sha256Hex(own)]));
    const purgedInA = await t.db.query(
      'SELECT 1 FROM case_documents WHERE org_id = $1 AND purged_at IS NOT NULL',
      [orgA.orgId],
    );
    expect(purgedInA.rows).toEqual([]);
    const content = await attorneyA.content(caseId, a1);
    expect(content.statusCode).toBe(200);
    expect(sha256Hex(content.rawPayload)).toBe(sha256Hex(shared));
  });

  it('counts only B’s own bytes against B’s quota, on both upload paths', async () => {
    // A holds more than B's whole quota; B's uploads fit in it.
    const attorneyA = documentClient(t.app, (await signIn(t.app, orgA.attorneyA)).headers);
    expect((await attorneyA.put(caseId, randomUUID(), pdfBytes(5_000))).statusCode).toBe(200);
    await t.db.query(
      'UPDATE organisations SET document_org_quota_bytes = 4000, document_case_quota_bytes = 4000 WHERE id = $1',
      [orgB.orgId],
    );
    const caseB = (await seedCase(t.db, orgB.orgId, [orgB.attorneyA.id])).id;
    const attorneyB = documentClient(t.app, (await signIn(t.app, orgB.attorneyA)).headers);
    expect((await attorneyB.upload(caseB, randomUUID(), pdfBytes(1_000))).statusCode).toBe(200);
    expect((await attorneyB.put(caseB, randomUUID(), pdfBytes(1_000))).statusCode).toBe(200);
  });

  it('never moves B’s feed cursor past B’s own documents when only A added some', async () => {
    // Document seqs come from one sequence for every organisation, ordered within an organisation
    // by its documents lock only. A cursor of B moved to A's newest seq could pass a seq that a
    // document of B drew just before and has not committed yet: the laptop would never get it.
    const caseB = (await seedCase(t.db, orgB.orgId, [orgB.attorneyA.id])).id;
    const attorneyB = documentClient(t.app, (await signIn(t.app, orgB.attorneyA)).headers);
    expect((await attorneyB.put(caseB, randomUUID(), pdfBytes(600))).statusCode).toBe(200);
    type Feed = { documents: { seq: number }[]; nextCursor: number; hasMore: boolean };
    const first = (await attorneyB.feed()).json<Feed>();
    const ownSeq = Math.max(...first.documents.map((d) => d.seq));
    expect(first.nextCursor).toBe(ownSeq);

    const attorneyA = documentClient(t.app, (await signIn(t.app, orgA.attorneyA)).headers);
    expect((await attorneyA.put(caseId, randomUUID(), pdfBytes(700))).statusCode).toBe(200);
    const seqOfA = await t.db.query<{ seq: string }>(
      'SELECT max(seq) AS seq FROM case_documents WHERE org_id = $1',
      [orgA.orgId],
    );
    expect(Number(seqOfA.rows[0]!.seq)).toBeGreaterThan(ownSeq);
    expect((await attorneyB.feed(ownSeq)).json<Feed>()).toEqual({
      documents: [],
      nextCursor: ownSeq,
      hasMore: false,
    });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient, pdfBytes } from '../test-support/document-fixtures';
import { seedCase } from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

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
});

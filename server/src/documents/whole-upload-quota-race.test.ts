/**
 * A case's quota under two uploads at once: each checks and writes under the organisation's
 * document lock, so two laptops racing for the last bytes cannot both pass.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import type { TestApp } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';
import { documentClient, pdfBytes, sha256Hex } from '../test-support/document-fixtures';
import { lockOrganisationDocuments } from './document-access';

describe.each(testBackends())('one-request uploads racing for a quota on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('two laptops’ uploads wait for the organisation’s document lock; one passes, one is refused', async () => {
    const org = await createTestOrg(t.db);
    const caseId = (await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id])).id;
    await t.db.query('UPDATE organisations SET document_case_quota_bytes = 3000 WHERE id = $1', [
      org.orgId,
    ]);
    const a = documentClient(t.app, (await signIn(t.app, org.attorneyA)).headers);
    const b = documentClient(t.app, (await signIn(t.app, org.attorneyB)).headers);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = t.db.transaction(async (tx) => {
      await lockOrganisationDocuments(tx, org.orgId);
      held();
      await released;
    });
    await holding;
    let settled = false;
    const [first, second] = [pdfBytes(2000), pdfBytes(2000)];
    const answers = Promise.all([
      a.put(caseId, randomUUID(), first),
      b.put(caseId, randomUUID(), second),
    ]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(settled).toBe(false);
    release();
    await holder;
    const codes = (await answers).map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([200, 413]);
    const used = await t.db.query<{ n: number }>(
      'SELECT coalesce(sum(size), 0)::int AS n FROM case_documents WHERE case_id = $1',
      [caseId],
    );
    expect(used.rows[0]!.n).toBe(2000);
    expect(sha256Hex(first)).not.toBe(sha256Hex(second));
  });
});

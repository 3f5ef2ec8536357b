import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { noteRevisionMutation, pushBatch, seedCase } from '../test-support/sync-fixtures';

type PushBody = { results: MutationResult[] };

describe.each(testBackends())('work pushed after unassignment on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const note = (seq: number, caseId: string) =>
    noteRevisionMutation(seq, caseId, { body: 'Written offline before the reassignment.' });

  async function unassign(caseId: string, userId: string) {
    const office = await signIn(t.app, org.supervisor);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/v1/admin/cases/${caseId}/assignments/${userId}`,
      headers: office.headers,
    });
    expect(response.statusCode).toBeLessThan(300);
  }

  it('accepts it within 14 days and audits it', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await unassign(file.id, org.attorneyA.id);
    const [result] = (await pushBatch(t.app, laptop, [note(1, file.id)])).json<PushBody>().results;
    expect(result!.status).toBe('applied');
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'sync.push_after_unassignment' AND case_ids @> $1::jsonb`,
      [JSON.stringify([file.id])],
    );
    expect(audit.rowCount).toBe(1);
  });

  it('refuses it after the grace period, and for cases never assigned', async () => {
    const old = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const never = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await unassign(old.id, org.attorneyA.id);
    await t.db.query(
      `UPDATE change_log SET committed_at = now() - interval '15 days' WHERE op = 'revoke' AND case_id = $1`,
      [old.id],
    );
    const results = (
      await pushBatch(t.app, laptop, [note(1, old.id), note(2, never.id)])
    ).json<PushBody>().results;
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'not_assigned'],
      ['rejected', 'not_assigned'],
    ]);
  });
});

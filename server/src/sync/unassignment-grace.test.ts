import type { MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  casePatch,
  mutation,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

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

  it('audits only the cases where work took effect (applied or in conflict), each once', async () => {
    const [noted, refused, disputed] = [
      await seedCase(t.db, org.orgId, [org.attorneyA.id]),
      await seedCase(t.db, org.orgId, [org.attorneyA.id]),
      await seedCase(t.db, org.orgId, [org.attorneyA.id]),
    ];
    const laptop = await signIn(t.app, org.attorneyA);
    for (const file of [noted, refused, disputed]) await unassign(file.id, org.attorneyA.id);
    // The office changes the hearing date the laptop changes too: a legal-field conflict.
    const hearing = `hearings/${disputed.hearings[0]!.id}/date`;
    const office = await signIn(t.app, org.supervisor);
    await pushBatch(t.app, office, [casePatch(1, disputed.id, 1, { [hearing]: '2027-01-20' })]);

    const deleteCase = mutation({
      seq: 2,
      kind: 'delete',
      entity: 'case',
      entityId: refused.id,
      caseId: refused.id,
      baseVersion: 1,
    });
    const results = (
      await pushBatch(t.app, laptop, [
        note(1, noted.id),
        deleteCase,
        casePatch(3, disputed.id, 1, { [hearing]: '2027-02-03' }),
      ])
    ).json<PushBody>().results;
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['applied', undefined],
      ['rejected', 'forbidden_role'],
      ['conflict', 'legal_field_conflict'],
    ]);
    const audit = await t.db.query<{ case_ids: string[] }>(
      `SELECT case_ids FROM audit_log WHERE action = 'sync.push_after_unassignment'
       AND device_id = $1`,
      [laptop.deviceId],
    );
    expect(audit.rows.map((r) => [...r.case_ids].sort())).toEqual([[noted.id, disputed.id].sort()]);
  });
});

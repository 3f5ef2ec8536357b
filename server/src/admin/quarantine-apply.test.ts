/** A supervisor applies a quarantined change after review (issue 15 #2: review can apply). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/admin-actor';
import { assignCase, unassignCase } from '../admin/cases-service';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('applying quarantined changes on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('applies a reviewed change once, as its author, audited, and tells the laptop', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await unassignCase(t.db, cliActor(org.orgId), file.id, org.attorneyA.id);
    await t.db.query(
      `UPDATE change_log SET committed_at = now() - interval '30 days' WHERE op = 'revoke' AND case_id = $1`,
      [file.id],
    );
    const refused = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO after review' });
    const pushed = (await pushBatch(t.app, laptop, [refused])).json<{
      results: { status: string }[];
    }>();
    expect(pushed.results[0]!.status).toBe('rejected');
    const office = await signIn(t.app, org.supervisor);
    const list = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/quarantine',
      headers: office.headers,
    });
    const item = list
      .json<{ items: { id: string; mutationId: string; appliedAt: string | null }[] }>()
      .items.find((i) => i.mutationId === refused.mutationId)!;
    expect(item.appliedAt).toBeNull();

    const apply = () =>
      t.app.inject({
        method: 'POST',
        url: `/v1/admin/quarantine/${item.id}/apply`,
        headers: office.headers,
      });
    const applied = await apply();
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ result: { status: 'applied', newVersion: 2 } });
    const doc = await t.db.query<{ doc: { custody: { iceOffice: string } } }>(
      'SELECT doc FROM entities WHERE id = $1',
      [file.id],
    );
    expect(doc.rows[0]!.doc.custody.iceOffice).toBe('ERO after review');
    const log = await t.db.query<{ actor_id: string; mutation_id: string }>(
      `SELECT actor_id, mutation_id FROM change_log WHERE entity_id = $1 AND version = 2`,
      [file.id],
    );
    expect(log.rows[0]).toEqual({ actor_id: org.attorneyA.id, mutation_id: refused.mutationId });
    expect((await apply()).statusCode).toBe(409);
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'review.quarantine_applied' AND actor_id = $1`,
      [org.supervisor.id],
    );
    expect(audit.rowCount).toBe(1);

    // The laptop that was refused hears it (and, assigned again, pulls the effect).
    await assignCase(t.db, cliActor(org.orgId), file.id, org.attorneyA.id);
    const conflicts = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/conflicts',
      headers: laptop.headers,
    });
    expect(conflicts.json<{ appliedQuarantine: string[] }>().appliedQuarantine).toContain(
      refused.mutationId,
    );
  });

  it('says why when the change still cannot apply, and changes nothing', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const invalid = casePatch(1, file.id, 1, { 'custody/status': 'teleported' });
    await pushBatch(t.app, laptop, [invalid]);
    const office = await signIn(t.app, org.supervisor);
    const item = (
      await t.db.query<{ id: string }>(
        'SELECT id FROM quarantined_mutations WHERE mutation_id = $1',
        [invalid.mutationId],
      )
    ).rows[0]!;
    const answer = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/quarantine/${item.id}/apply`,
      headers: office.headers,
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'reason', code: 'invalid_document' }],
    });
    const still = await t.db.query<{ applied_at: Date | null }>(
      'SELECT applied_at FROM quarantined_mutations WHERE id = $1',
      [item.id],
    );
    expect(still.rows[0]!.applied_at).toBeNull();
  });
});

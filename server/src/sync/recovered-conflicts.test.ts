/**
 * Review items sent back after a restore (issue 21, docs/sync.md guarantee 9): taken from a laptop
 * allowed on the case, naming people of the organisation, within 30 days of the organisation's
 * last history-epoch change; stored once; audited. Anything else is left out.
 */
import { randomUUID } from 'node:crypto';
import type { RecoveredConflict } from '@core/sync/review-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('review items sent back after a restore on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const restoredDaysAgo = (days: number) =>
    t.db.query(
      `UPDATE organisations SET sync_epoch_changed_at = now() - make_interval(days => $2::int)
        WHERE id = $1`,
      [org.orgId, days],
    );

  const item = (caseId: string, replacedBy = org.attorneyB.id): RecoveredConflict => ({
    id: randomUUID(),
    caseId,
    entity: 'case',
    entityId: caseId,
    fieldPath: 'custody/iceOffice',
    kind: 'overwritten',
    status: 'auto_resolved',
    serverValue: 'ERO Jena',
    clientValue: 'ERO New Orleans',
    serverActorId: org.attorneyA.id,
    serverChangedAt: '2026-12-07T10:00:00.000Z',
    clientActorId: replacedBy,
    clientTime: '2026-12-07T10:05:00.000Z',
  });

  async function sendBack(session: Session, items: RecoveredConflict[]) {
    const answer = await t.app.inject({
      method: 'POST',
      url: '/v1/sync/conflicts/recovered',
      headers: session.headers,
      payload: { items },
    });
    expect(answer.statusCode).toBe(200);
    return answer.json<{ recovered: number }>().recovered;
  }

  const stored = async (id: string) =>
    (
      await t.db.query<{ replaced: string; status: string }>(
        `SELECT server_value->>'v' AS replaced, status FROM conflicts WHERE id = $1`,
        [id],
      )
    ).rows;

  it('takes an item back once, from a laptop on the case, and audits it', async () => {
    await restoredDaysAgo(0);
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const lost = item(file.id);
    expect(await sendBack(laptop, [lost])).toBe(1);
    expect(await sendBack(laptop, [lost])).toBe(0);
    expect(await stored(lost.id)).toEqual([{ replaced: 'ERO Jena', status: 'auto_resolved' }]);
    const summary = await t.db.query<{ waiting: number }>(
      `SELECT open_review_items AS waiting FROM case_summaries WHERE case_id = $1`,
      [file.id],
    );
    expect(summary.rows).toEqual([{ waiting: 1 }]);
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE org_id = $1 AND action = 'sync.conflict_recovered'
          AND case_ids @> jsonb_build_array($2::text)`,
      [org.orgId, file.id],
    );
    expect(audit.rowCount).toBe(2);
  });

  it('leaves out an item of a case the laptop is not on, of another organisation, or late', async () => {
    await restoredDaysAgo(0);
    const mine = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const notMine = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyB);
    const foreign = item(mine.id, other.attorneyA.id);
    const elsewhere = item(notMine.id);
    expect(await sendBack(laptop, [foreign, elsewhere])).toBe(0);
    await restoredDaysAgo(31);
    const late = item(mine.id);
    expect(await sendBack(laptop, [late])).toBe(0);
    for (const refused of [foreign, elsewhere, late]) expect(await stored(refused.id)).toEqual([]);
  });
});

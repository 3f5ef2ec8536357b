/**
 * A stale offline edit that replaces someone's newer value of an ordinary field still wins (server
 * order), but never silently: both authors find it in Review with both values and the edit's
 * recorded time, and either may restore the replaced value (issue 15 #6).
 */
import type { Conflict } from '@core/sync/admin-schemas';
import type { CaseConflictsResponse } from '@core/sync/review-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('replaced values of ordinary fields on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  const reviewOf = async (session: Session) =>
    (
      await t.app.inject({ method: 'GET', url: '/v1/sync/conflicts', headers: session.headers })
    ).json<CaseConflictsResponse>().items;
  const resolve = (session: Session, id: string, resolution: string) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/sync/conflicts/${id}/resolve`,
      headers: session.headers,
      payload: { resolution },
    });
  const phone = async (caseId: string) =>
    (
      await t.db.query<{ phone: string | null }>(
        `SELECT doc->'custody'->>'facilityPhone' AS phone FROM entities WHERE id = $1`,
        [caseId],
      )
    ).rows[0]!.phone;

  /** The supervisor corrects the phone this morning; the attorney's edit from yesterday lands after. */
  async function staleOverwrite() {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const office = await signIn(t.app, org.supervisor);
    const laptop = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, office, [
      casePatch(1, file.id, 1, { 'custody/facilityPhone': '601-555-0100' }),
    ]);
    const stale = casePatch(
      1,
      file.id,
      1,
      { 'custody/facilityPhone': '601-555-0199' },
      {
        clientTime: '2026-11-26T16:40:00-06:00',
      },
    );
    const answer = (await pushBatch(t.app, laptop, [stale])).json<{
      results: { status: string; conflictIds?: string[] }[];
    }>();
    return { file, office, laptop, answer, stale };
  }

  it('shows both authors the replaced value, with the offline edit’s time, until one acts', async () => {
    const { file, office, laptop, answer, stale } = await staleOverwrite();
    expect(answer.results[0]!.status).toBe('applied');
    expect(await phone(file.id)).toBe('601-555-0199');
    const expected: Partial<Conflict> = {
      caseId: file.id,
      kind: 'overwritten',
      fieldPath: 'custody/facilityPhone',
      serverValue: '601-555-0100',
      clientValue: '601-555-0199',
      serverActorId: org.supervisor.id,
      clientActorId: org.attorneyA.id,
      clientTime: stale.clientTime,
      resolvedAt: null,
    };
    for (const session of [office, laptop]) {
      const items = (await reviewOf(session)).filter((c) => c.caseId === file.id);
      expect(items).toEqual([expect.objectContaining(expected)]);
    }
    // When the replaced value was written (from the change log), and the push's answer names
    // exactly the item recorded.
    const changed = await t.db.query<{ at: Date }>(
      `SELECT committed_at AS at FROM change_log WHERE entity_id = $1 AND actor_id = $2
       ORDER BY seq DESC LIMIT 1`,
      [file.id, org.supervisor.id],
    );
    const [item] = (await reviewOf(office)).filter((c) => c.caseId === file.id);
    expect(new Date(item!.serverChangedAt!).getTime()).toBe(changed.rows[0]!.at.getTime());
    expect(answer.results[0]!.conflictIds).toEqual([item!.id]);
  });

  it('restores the replaced value in one action, and both see who did', async () => {
    const { file, office, laptop } = await staleOverwrite();
    const [notice] = (await reviewOf(office)).filter((c) => c.caseId === file.id);
    const restored = await resolve(office, notice!.id, 'restore');
    expect(restored.statusCode).toBe(200);
    expect(await phone(file.id)).toBe('601-555-0100');
    for (const session of [office, laptop]) {
      const [seen] = (await reviewOf(session)).filter((c) => c.caseId === file.id);
      expect(seen).toMatchObject({ status: 'resolved', resolvedBy: org.supervisor.id });
    }
    expect((await resolve(laptop, notice!.id, 'restore')).statusCode).toBe(409);
  });

  it('refuses to restore over a newer change, and lets the notice be acknowledged', async () => {
    const { file, office, laptop } = await staleOverwrite();
    await pushBatch(t.app, office, [
      casePatch(2, file.id, 3, { 'custody/facilityPhone': '601-555-0123' }),
    ]);
    const [notice] = (await reviewOf(laptop)).filter((c) => c.caseId === file.id);
    const refused = await resolve(laptop, notice!.id, 'restore');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ message: 'review.conflict.changedSince' });
    expect(await phone(file.id)).toBe('601-555-0123');
    expect((await resolve(laptop, notice!.id, 'keep_server')).statusCode).toBe(200);
  });
});

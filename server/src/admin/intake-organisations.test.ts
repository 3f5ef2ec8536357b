import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictCheck, IntakeDetail } from '@core/sync/intake-schemas';
import { intakeContent } from '../test-support/intake-fixtures';
import { caseFile, seedCase } from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

/**
 * An intake in organisation B meets only B's cases: the duplicate A-number warning, the conflict
 * check, the next case reference and the "reference exists" refusal never look into organisation
 * A (issue 25: each of these queries' organisation filter, removed alone, passed every route of
 * `cross-organisation.test.ts`, which calls B's routes with A's ids rather than B's intakes).
 */
describe.each(testBackends())('an intake in one organisation and another’s cases on %s', (kind) => {
  let t: TestApp;
  let orgA: TestOrg;
  let orgB: TestOrg;
  let staffB: Session;
  const aNumber = '066655544';
  const adverse = 'Foreignadversezq Ejemplo';
  // This year's prefix, as the server numbers B's cases with it.
  const year = new Date().getUTCFullYear();
  const referenceOfA = `MCJ-${year}-0042`;

  beforeAll(async () => {
    t = await createTestApp(kind);
    orgA = await createTestOrg(t.db);
    orgB = await createTestOrg(t.db);
    const file = caseFile({
      reference: referenceOfA,
      parties: [{ id: randomUUID(), role: 'adverse', name: adverse, relationship: 'abuser' }],
    });
    file.identity = { ...file.identity, aNumber };
    await seedCase(t.db, orgA.orgId, [orgA.attorneyA.id], file);
    staffB = await consoleSignIn(t.app, orgB.supervisor);
  });
  afterAll(() => t.close());

  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await t.app.inject({
      method,
      url,
      headers: staffB.headers,
      ...(payload === undefined ? {} : { payload }),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  /** B's intake with A's client's A-number and A's adverse party, checked and cleared. */
  async function clearedIntakeOfB() {
    const content = intakeContent({
      client: { familyName: 'Muestra', givenNames: 'Rosa', aNumber },
      parties: [{ id: randomUUID(), role: 'adverse', name: adverse }],
    });
    const { intakeId } = await call<{ intakeId: string }>('POST', '/v1/admin/intakes', {
      content,
    });
    const check = await call<ConflictCheck>(
      'POST',
      `/v1/admin/intakes/${intakeId}/conflict-checks`,
    );
    return { intakeId, check };
  }

  it('warns of no duplicate A-number and finds no conflict in the other organisation', async () => {
    const { intakeId, check } = await clearedIntakeOfB();
    const detail = await call<IntakeDetail>('GET', `/v1/admin/intakes/${intakeId}`);
    expect(detail.summary.duplicateANumber).toEqual([]);
    expect(check.hits).toEqual([]);
    expect(JSON.stringify(detail)).not.toContain(referenceOfA);
  });

  it('numbers B’s first case from 1 and lets B use a reference A holds', async () => {
    const first = await clearedIntakeOfB();
    await call('POST', `/v1/admin/conflict-checks/${first.check.id}/decision`, {
      decision: 'no_conflict',
    });
    const accepted = await call<{ caseReference: string }>(
      'POST',
      `/v1/admin/intakes/${first.intakeId}/accept`,
      // B's intake of the first test holds the A-number too: B's own duplicate, confirmed.
      { confirmDuplicateANumber: true },
    );
    expect(accepted.caseReference).toBe(`MCJ-${year}-0001`);

    const second = await clearedIntakeOfB();
    await call('POST', `/v1/admin/conflict-checks/${second.check.id}/decision`, {
      decision: 'no_conflict',
    });
    const reused = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/intakes/${second.intakeId}/accept`,
      headers: staffB.headers,
      payload: { reference: referenceOfA, confirmDuplicateANumber: true },
    });
    expect(reused.statusCode, reused.body).toBe(200);
    expect(reused.json<{ caseReference: string }>().caseReference).toBe(referenceOfA);
  });
});

/**
 * A mutation that fails in the middle of its work: nothing it staged reaches the database. A
 * refusal moves on to the next mutation; an unexpected error keeps the device's order and settles
 * nothing more (the device retries later). `applyOne` is wrapped to fail after doing its work, so
 * the failure comes with staged changes.
 */
import type { Mutation, MutationResult } from '@core/sync/mutation-schemas';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';
import * as apply from './apply-mutation';
import { MutationRejected } from './mutation-outcome';
import { PushBatchState } from './push-batch-state';

vi.mock('./apply-mutation', async (importOriginal) => {
  const actual = await importOriginal<typeof apply>();
  return { ...actual, applyOne: vi.fn(actual.applyOne) };
});

type PushBody = { results: MutationResult[]; lastAckedSeq: number };

describe.each(testBackends())('a mutation failing after its work on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());
  afterEach(() => {
    vi.mocked(apply.applyOne).mockReset();
    vi.restoreAllMocks();
  });

  /** `applyOne` as it is, except that `failing` does its work and then throws `error`. */
  async function failAfterWork(failing: Mutation, error: Error) {
    const actual = await vi.importActual<typeof apply>('./apply-mutation');
    vi.mocked(apply.applyOne).mockImplementation(async (state, m) => {
      const outcome = await actual.applyOne(state, m);
      if (m.mutationId === failing.mutationId) throw error;
      return outcome;
    });
  }

  async function stored(caseId: string, deviceId: string) {
    const doc = await t.db.query<{ version: number; office: string; names: string }>(
      `SELECT version, doc->'custody'->>'iceOffice' AS office,
              doc->'identity'->>'givenNames' AS names FROM entities WHERE id = $1`,
      [caseId],
    );
    const settled = await t.db.query<{ seq: number }>(
      'SELECT seq FROM device_mutations WHERE device_id = $1 ORDER BY seq',
      [deviceId],
    );
    const quarantined = await t.db.query<{ seq: number; reason: string }>(
      'SELECT seq, reason FROM quarantined_mutations WHERE device_id = $1 ORDER BY seq',
      [deviceId],
    );
    return {
      ...doc.rows[0]!,
      settled: settled.rows.map((r) => Number(r.seq)),
      quarantined: quarantined.rows.map((r) => [Number(r.seq), r.reason]),
    };
  }

  it('drops the staged work of a refused mutation and applies the next one', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const refused = casePatch(1, file.id, 1, { 'custody/iceOffice': 'refused office' });
    const next = casePatch(2, file.id, 1, { 'identity/givenNames': 'Ana Sofía' });
    await failAfterWork(refused, new MutationRejected('invalid_document'));
    const body = (await pushBatch(t.app, laptop, [refused, next])).json<PushBody>();
    expect(body.results.map((r) => [r.seq, r.status, r.reason])).toEqual([
      [1, 'rejected', 'invalid_document'],
      [2, 'applied', undefined],
    ]);
    expect(body.lastAckedSeq).toBe(2);
    expect(await stored(file.id, laptop.deviceId)).toEqual({
      version: 2,
      office: null,
      names: 'Ana Sofía',
      settled: [1, 2],
      quarantined: [[1, 'invalid_document']],
    });
  });

  it('settles nothing from an unexpected error on: the rest waits as server_busy, in order', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const first = casePatch(1, file.id, 1, { 'custody/iceOffice': 'first office' });
    const failing = casePatch(2, file.id, 1, { 'identity/givenNames': 'Never Stored' });
    const after = casePatch(3, file.id, 1, { 'custody/iceOffice': 'third office' });
    await failAfterWork(failing, new Error('disk on fire'));
    const body = (await pushBatch(t.app, laptop, [first, failing, after])).json<PushBody>();
    expect(body.results).toEqual([
      expect.objectContaining({ seq: 1, status: 'applied' }),
      { mutationId: failing.mutationId, seq: 2, status: 'deferred', reason: 'server_busy' },
      { mutationId: after.mutationId, seq: 3, status: 'deferred', reason: 'server_busy' },
    ]);
    expect(body.lastAckedSeq).toBe(1);
    expect(await stored(file.id, laptop.deviceId)).toEqual({
      version: 2,
      office: 'first office',
      names: 'Ana',
      settled: [1],
      quarantined: [],
    });

    // Sent again once the server is well: applied in order, the first answered as a duplicate.
    vi.mocked(apply.applyOne).mockImplementation(
      (await vi.importActual<typeof apply>('./apply-mutation')).applyOne,
    );
    const retry = (await pushBatch(t.app, laptop, [first, failing, after])).json<PushBody>();
    expect(retry.results.map((r) => r.status)).toEqual(['duplicate', 'applied', 'applied']);
    expect(retry.lastAckedSeq).toBe(3);
  });

  /** What PostgreSQL answers a transaction it aborted, or an insert of a row just made elsewhere. */
  const dbError = (code: string) => Object.assign(new Error(`database ${code}`), { code });

  it('runs the whole push again when the database aborts it in a mutation (serialisation)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const m = casePatch(1, file.id, 1, { 'custody/iceOffice': 'after a retry' });
    const actual = await vi.importActual<typeof apply>('./apply-mutation');
    let attempts = 0;
    vi.mocked(apply.applyOne).mockImplementation(async (state, mutation) => {
      attempts += 1;
      if (attempts === 1) throw dbError('40001');
      return actual.applyOne(state, mutation);
    });
    const body = (await pushBatch(t.app, laptop, [m])).json<PushBody>();
    expect(body.results.map((r) => r.status)).toEqual(['applied']);
    expect(attempts).toBe(2);
    expect(await stored(file.id, laptop.deviceId)).toMatchObject({
      version: 2,
      office: 'after a retry',
      settled: [1],
    });
  });

  it('runs the whole push again when a row it writes was just created by another device', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    vi.mocked(apply.applyOne).mockImplementation(
      (await vi.importActual<typeof apply>('./apply-mutation')).applyOne,
    );
    const flush = vi
      .spyOn(PushBatchState.prototype, 'flush')
      .mockRejectedValueOnce(dbError('23505'));
    const m = casePatch(1, file.id, 1, { 'custody/iceOffice': 'written once' });
    const response = await pushBatch(t.app, laptop, [m]);
    expect(response.statusCode).toBe(200);
    expect(response.json<PushBody>().results.map((r) => r.status)).toEqual(['applied']);
    expect(flush).toHaveBeenCalledTimes(2);
    expect(await stored(file.id, laptop.deviceId)).toMatchObject({ version: 2, settled: [1] });
  });
});

/**
 * A closing racing a push on real PostgreSQL (issue 18): no change may take effect on a case after
 * its closing committed. Each scenario is interleaved deterministically: a third connection
 * holds a row lock the push (or the closing) needs next, the test waits until the others are
 * blocked or done, then lets go. A push's change either commits before the closing (its
 * change-log seq is lower: seqs are drawn in commit order) or is refused as `case_closed`.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeCase } from '../admin/case-closing-service';
import { httpActorFor } from '../test-support/intake-actors';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import {
  casePatch,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

interface Pushed {
  results: { mutationId: string; status: string; reason?: string }[];
}

const databaseUrl = process.env['DATABASE_URL'];

describe.runIf(databaseUrl)('a closing racing a push on PostgreSQL', () => {
  let t: TestApp;
  let org: TestOrg;
  let holder: pg.Client;
  beforeAll(async () => {
    t = await createTestApp('postgres');
    org = await createTestOrg(t.db);
  });
  afterEach(async () => {
    await holder?.query('ROLLBACK').catch(() => undefined);
    await holder?.end().catch(() => undefined);
  });
  afterAll(() => t.close());

  /** A third connection holding `FOR UPDATE` on one row until `release()`. */
  async function holdRow(table: 'notes' | 'entities', id: string) {
    holder = new pg.Client({
      connectionString: databaseUrl,
      options: `-c search_path=${t.schema}`,
    });
    await holder.connect();
    const pid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!
      .pid;
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    return { pid, release: () => holder.query('ROLLBACK') };
  }

  /** Backends waiting on the holder, directly or behind another waiting backend. */
  async function waitingOn(pid: number): Promise<number> {
    const rows = await t.db.query<{ n: number }>(
      `WITH RECURSIVE blocked(pid) AS (
         SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))
         UNION
         SELECT a.pid FROM pg_stat_activity a JOIN blocked b ON b.pid = ANY(pg_blocking_pids(a.pid))
       ) SELECT count(*)::int AS n FROM blocked`,
      [pid],
    );
    return rows.rows[0]!.n;
  }

  async function until(what: string, done: () => Promise<boolean>) {
    for (let i = 0; i < 500; i += 1) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  function tracked<T>(promise: Promise<T>) {
    const state = { settled: false };
    promise.then(
      () => (state.settled = true),
      () => (state.settled = true),
    );
    return { promise, state };
  }

  /** The change-log seq of the closing (the server's write of `extra.closing` into the case). */
  async function closingSeq(caseId: string): Promise<number> {
    const rows = await t.db.query<{ seq: number }>(
      `SELECT seq FROM change_log WHERE entity = 'case' AND entity_id = $1 AND mutation_id IS NULL
       ORDER BY seq DESC LIMIT 1`,
      [caseId],
    );
    return rows.rows[0]!.seq;
  }

  async function changeSeq(mutationId: string): Promise<number | null> {
    const rows = await t.db.query<{ seq: number }>(
      'SELECT seq FROM change_log WHERE mutation_id = $1',
      [mutationId],
    );
    return rows.rows[0]?.seq ?? null;
  }

  /** Every applied change of the push committed before the closing; every other was refused. */
  async function expectNothingAfterClosing(caseId: string, pushed: Pushed) {
    const closedAt = await closingSeq(caseId);
    for (const result of pushed.results) {
      if (result.status === 'applied') {
        const seq = await changeSeq(result.mutationId);
        expect(seq, `${result.mutationId} landed after the closing`).toBeLessThan(closedAt);
      } else expect(result).toMatchObject({ status: 'rejected', reason: 'case_closed' });
    }
  }

  async function caseWithNote(attorneys: string[]) {
    const file = await seedCase(t.db, org.orgId, attorneys);
    const laptop = await signIn(t.app, org.attorneyA);
    const noteId = randomUUID();
    const first = noteRevisionMutation(1, file.id, { noteId, body: 'First words.' });
    const answer = (await pushBatch(t.app, laptop, [first])).json<Pushed>();
    expect(answer.results[0]!.status).toBe('applied');
    return { file, laptop, noteId };
  }

  const supervisor = () => httpActorFor(t.db, org.orgId, org.supervisor.id);

  it('a closing committing after the push read the closings does not let the push through', async () => {
    const { file, laptop, noteId } = await caseWithNote([org.attorneyA.id]);
    // The push reads the closings, then waits for the note's row.
    const held = await holdRow('notes', noteId);
    const revision = noteRevisionMutation(2, file.id, { noteId, body: 'Typed offline.' });
    const pushing = tracked(pushBatch(t.app, laptop, [revision]));
    await until('the push to wait for the note', async () => (await waitingOn(held.pid)) === 1);

    const closing = tracked(closeCase(t.db, await supervisor(), file.id, { kind: 'withdrawn' }));
    await until(
      'the closing to commit or to wait for the push',
      async () => closing.state.settled || (await waitingOn(held.pid)) === 2,
    );
    await held.release();
    const pushed = (await pushing.promise).json<Pushed>();
    await closing.promise;
    await expectNothingAfterClosing(file.id, pushed);
  });

  it('a push arriving while a closing is under way waits for it and is refused', async () => {
    const { file, laptop, noteId } = await caseWithNote([org.attorneyA.id]);
    // The closing holds the case, then waits for the case row.
    const held = await holdRow('entities', file.id);
    const closing = tracked(closeCase(t.db, await supervisor(), file.id, { kind: 'withdrawn' }));
    await until('the closing to wait', async () => (await waitingOn(held.pid)) === 1);

    const revision = noteRevisionMutation(2, file.id, { noteId, body: 'Typed offline.' });
    const pushing = tracked(pushBatch(t.app, laptop, [revision]));
    await until(
      'the push to commit or to wait for the closing',
      async () => pushing.state.settled || (await waitingOn(held.pid)) === 2,
    );
    await held.release();
    await closing.promise;
    const pushed = (await pushing.promise).json<Pushed>();
    await expectNothingAfterClosing(file.id, pushed);
    expect(pushed.results[0]).toMatchObject({ status: 'rejected', reason: 'case_closed' });
  });

  it('two pushes patching the same case and a closing between them: no deadlock', async () => {
    const { file, laptop, noteId } = await caseWithNote([org.attorneyA.id, org.attorneyB.id]);
    const other: Session = await signIn(t.app, org.attorneyB);
    const deadlocksBefore = await deadlocks();
    // Push A locks the case row (a patch), then waits for the note's row.
    const held = await holdRow('notes', noteId);
    const pushA = [
      casePatch(2, file.id, 1, { 'custody/iceOffice': 'ERO from laptop A' }),
      noteRevisionMutation(3, file.id, { noteId, body: 'From laptop A.' }),
    ];
    const pushingA = tracked(pushBatch(t.app, laptop, pushA));
    await until('push A to wait', async () => (await waitingOn(held.pid)) === 1);

    const closing = tracked(closeCase(t.db, await supervisor(), file.id, { kind: 'withdrawn' }));
    await until(
      'the closing to wait for push A',
      async () => closing.state.settled || (await waitingOn(held.pid)) === 2,
    );
    const pushB = [
      casePatch(1, file.id, 1, { 'custody/deportationOfficer': 'Officer from laptop B' }),
      noteRevisionMutation(2, file.id, { body: 'From laptop B.' }),
    ];
    const pushingB = tracked(pushBatch(t.app, other, pushB));
    await until(
      'push B to settle or to wait',
      async () => pushingB.state.settled || (await waitingOn(held.pid)) === 3,
    );
    await held.release();
    const [a, b] = await Promise.all([pushingA.promise, pushingB.promise, closing.promise]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    await expectNothingAfterClosing(file.id, a.json<Pushed>());
    await expectNothingAfterClosing(file.id, b.json<Pushed>());
    expect(a.json<Pushed>().results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(b.json<Pushed>().results.map((r) => r.reason)).toEqual(['case_closed', 'case_closed']);
    expect(await deadlocks()).toBe(deadlocksBefore);
  });

  it('many pushes and a closing let loose at once: all finish, nothing lands after it', async () => {
    const deadlocksBefore = await deadlocks();
    for (let round = 0; round < 5; round += 1) {
      const file = await seedCase(t.db, org.orgId, [org.attorneyA.id, org.attorneyB.id]);
      const laptops = [await signIn(t.app, org.attorneyA), await signIn(t.app, org.attorneyB)];
      const pushes = laptops.map((laptop, i) =>
        pushBatch(t.app, laptop, [
          casePatch(1, file.id, 1, { 'custody/iceOffice': `ERO ${round}.${i}` }),
          noteRevisionMutation(2, file.id, { body: `Round ${round}, laptop ${i}.` }),
          casePatch(3, file.id, 1, { 'custody/deportationOfficer': `Officer ${round}.${i}` }),
        ]),
      );
      const closing = closeCase(t.db, await supervisor(), file.id, { kind: 'withdrawn' });
      const answers = await Promise.all(pushes);
      await closing;
      for (const answer of answers) {
        expect(answer.statusCode).toBe(200);
        await expectNothingAfterClosing(file.id, answer.json<Pushed>());
      }
    }
    expect(await deadlocks()).toBe(deadlocksBefore);
  });

  /** Deadlocks PostgreSQL detected in this database (pushes retry them, so count them here). */
  async function deadlocks(): Promise<number> {
    // Backends report their statistics at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const rows = await t.db.query<{ n: number }>(
      `SELECT pg_stat_clear_snapshot(), deadlocks::int AS n FROM pg_stat_database
       WHERE datname = current_database()`,
    );
    return rows.rows[0]!.n;
  }
});

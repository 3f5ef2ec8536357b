import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declineIntake } from '../admin/intake-decisions';
import { httpActorFor } from '../test-support/intake-actors';
import { intakeCreate, intakePatch, laptopIntake } from '../test-support/intake-fixtures';
import {
  deadlineDoc,
  mutation,
  noteRevisionMutation,
  pullPage,
  pushBatch,
} from '../test-support/sync-fixtures';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

type Results = { results: { status: string; reason?: string }[] };
const statuses = (response: { json<T>(): T }) =>
  response.json<Results>().results.map((r) => `${r.status}${r.reason ? `:${r.reason}` : ''}`);

describe.each(testBackends())('intakes through sync on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
  });
  afterAll(() => t.close());

  it('lets an attorney start an intake offline that they, and supervisors, see; nobody else', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const intake = laptopIntake(org.attorneyA.id, { submitted: true });
    expect(statuses(await pushBatch(t.app, laptop, [intakeCreate(1, intake)]))).toEqual([
      'applied',
    ]);

    const secondLaptop = await signIn(t.app, org.attorneyA);
    expect((await pullPage(t.app, secondLaptop)).body).toContain(intake.id);
    const supervisor = await signIn(t.app, org.supervisor);
    expect((await pullPage(t.app, supervisor)).body).toContain(intake.id);
    const other = await signIn(t.app, org.attorneyB);
    const otherPull = (await pullPage(t.app, other)).body;
    expect(otherPull).not.toContain(intake.id);
    expect(otherPull).not.toContain('Rogelio');
  });

  it("refuses intakes in someone else's name, or from an admin", async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const theirs = laptopIntake(org.attorneyB.id);
    const fromConsole = { ...laptopIntake(org.attorneyA.id), source: 'console' as const };
    const admin = await signIn(t.app, org.admin);
    expect(
      statuses(
        await pushBatch(t.app, laptop, [intakeCreate(1, theirs), intakeCreate(2, fromConsole)]),
      ),
    ).toEqual(['rejected:forbidden_role', 'rejected:forbidden_role']);
    // Admins hold no case data: the push route itself refuses them.
    expect(
      (await pushBatch(t.app, admin, [intakeCreate(1, laptopIntake(org.admin.id))])).statusCode,
    ).toBe(403);
  });

  it('never lets another attorney write to an intake, even by guessing its id', async () => {
    const mine = await signIn(t.app, org.attorneyA);
    const intake = laptopIntake(org.attorneyA.id);
    await pushBatch(t.app, mine, [intakeCreate(1, intake)]);
    const other = await signIn(t.app, org.attorneyB);
    const hijack = { ...intake, notes: 'Overwritten by someone else' };
    expect(
      statuses(
        await pushBatch(t.app, other, [
          intakePatch(1, intake.id, 1, { notes: 'Overwritten by someone else' }),
          intakeCreate(2, hijack),
        ]),
      ),
    ).toEqual(['rejected:not_assigned', 'rejected:forbidden_role']);
    const stored = await t.db.query<{ notes: string }>(
      `SELECT doc->>'notes' AS notes FROM entities WHERE id = $1`,
      [intake.id],
    );
    expect(stored.rows[0]!.notes).toBe('Met at the detention centre; fears return.');
  });

  it('keeps an intake its own scope: no case records in it, and it in no case', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const intake = laptopIntake(org.attorneyA.id);
    const deadline = deadlineDoc(intake.id);
    expect(
      statuses(
        await pushBatch(t.app, laptop, [
          intakeCreate(1, intake),
          mutation({
            seq: 2,
            kind: 'create',
            entity: 'deadline',
            entityId: deadline['id'] as string,
            caseId: intake.id,
            baseVersion: 0,
            body: deadline,
          }),
          noteRevisionMutation(3, intake.id),
        ]),
      ),
    ).toEqual(['applied', 'rejected:case_mismatch', 'rejected:case_mismatch']);
  });

  it('submits a draft, then after a decline refuses edits with the true reason and accepts the dismissal', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const intake = laptopIntake(org.attorneyA.id);
    expect(
      statuses(
        await pushBatch(t.app, laptop, [
          intakeCreate(1, intake),
          intakePatch(2, intake.id, 1, {
            state: 'submitted',
            submittedAt: '2026-12-02T10:00:00.000Z',
          }),
          intakePatch(3, intake.id, 2, { state: 'accepted' }),
        ]),
      ),
    ).toEqual(['applied', 'applied', 'rejected:forbidden_role']);
    const supervisorActor = await httpActorFor(t.db, org.orgId, org.supervisor.id);
    await declineIntake(t.db, supervisorActor, intake.id, 'Outside our service area.');
    const pulled = (await pullPage(t.app, laptop)).json<{
      changes: { id: string; row: { state: string; decision: { reason: string } } }[];
    }>();
    expect(pulled.changes.find((c) => c.id === intake.id)?.row).toMatchObject({
      state: 'declined',
      decision: { reason: 'Outside our service area.' },
    });
    expect(
      statuses(
        await pushBatch(t.app, laptop, [
          intakePatch(4, intake.id, 2, { notes: 'A late edit after the decision.' }),
          intakePatch(5, intake.id, 3, { dismissedAt: '2026-12-03T09:00:00.000Z' }),
        ]),
      ),
    ).toEqual(['rejected:intake_decided', 'applied']);
    // The refused edit is kept for staff, never dropped.
    const kept = await t.db.query<{ reason: string }>(
      `SELECT reason FROM quarantined_mutations WHERE case_id = $1`,
      [intake.id],
    );
    expect(kept.rows.map((r) => r.reason)).toEqual(['forbidden_role', 'intake_decided']);
  });

  it('keeps a field intake synced twice one intake: the same push again, and the same intake from a second laptop', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const intake = laptopIntake(org.attorneyA.id, { submitted: true });
    const create = intakeCreate(1, intake);
    expect(statuses(await pushBatch(t.app, laptop, [create]))).toEqual(['applied']);
    // The acknowledgement was lost: the laptop sends the same change again.
    expect(statuses(await pushBatch(t.app, laptop, [create]))).toEqual(['duplicate']);
    // Restored from a backup on another laptop, the same intake is sent as a new change.
    const other = await signIn(t.app, org.attorneyA);
    const again = await pushBatch(t.app, other, [intakeCreate(1, intake)]);
    expect(statuses(again)[0]).toMatch(/^(applied|duplicate)/);
    const rows = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE id = $1::uuid OR (entity = 'intake' AND doc->>'id' = $1::text)`,
      [intake.id],
    );
    expect(rows.rows[0]!.n).toBe(1);
    const grants = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM assignments WHERE case_id = $1`,
      [intake.id],
    );
    expect(grants.rows[0]!.n).toBe(1);
    const supervisor = await signIn(t.app, org.supervisor);
    const listed = (await pullPage(t.app, supervisor, undefined, 500)).json<{
      changes: { id: string }[];
    }>();
    expect(listed.changes.filter((c) => c.id === intake.id)).toHaveLength(1);
  });
});

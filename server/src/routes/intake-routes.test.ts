import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictCheck, IntakeDetail, IntakeSummary } from '@core/sync/intake-schemas';
import {
  intakeContent,
  intakeCreate,
  intakePatch,
  laptopIntake,
} from '../test-support/intake-fixtures';
import { caseFile, pullPage, pushBatch, seedCase } from '../test-support/sync-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';

describe.each(testBackends())('intake to assignment on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let staff: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    staff = await consoleSignIn(t.app, org.supervisor);
  });
  afterAll(() => t.close());

  const call = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await t.app.inject({
      method,
      url,
      headers: staff.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const ok = async <T>(method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const result = await call<T>(method, url, payload);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body;
  };

  /** A case elsewhere in the organisation whose adverse party the check must find. */
  async function plantAdverseParty(name: string) {
    const file = caseFile({
      parties: [{ id: randomUUID(), role: 'adverse', name, relationship: 'abuser' }],
    });
    await seedCase(t.db, org.orgId, [org.attorneyB.id], file);
    return file;
  }

  async function laptopIntakeSubmitted(content = intakeContent()) {
    const laptop = await signIn(t.app, org.attorneyA);
    const intake = { ...laptopIntake(org.attorneyA.id, { submitted: true }), ...content };
    await pushBatch(t.app, laptop, [intakeCreate(1, intake)]);
    return { laptop, intake };
  }

  it('takes a laptop intake from pending, through a waived conflict, to a case its attorney receives', async () => {
    const planted = await plantAdverseParty('Perez, Jose A.');
    const { laptop, intake } = await laptopIntakeSubmitted(
      intakeContent({
        parties: [{ id: randomUUID(), role: 'adverse', name: 'José Ángel Pérez' }],
      }),
    );
    // The laptop is up to date before staff decide; what follows comes from its cursor.
    const before = (await pullPage(t.app, laptop, undefined, 500)).json<{ nextCursor: string }>();
    const pending = await ok<{ intakes: IntakeSummary[] }>('GET', '/v1/admin/intakes');
    expect(pending.intakes.find((i) => i.id === intake.id)).toMatchObject({
      state: 'submitted',
      source: 'laptop',
      startedBy: org.attorneyA.id,
      clientName: 'Fabio Prueba',
      conflictDecision: null,
    });

    // No case before a decision on a conflict check.
    const early = await call<{ message: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/accept`,
      {},
    );
    expect([early.status, early.body.message]).toEqual([409, 'intake.conflict.checkRequired']);

    const check = await ok<ConflictCheck>('POST', `/v1/admin/intakes/${intake.id}/conflict-checks`);
    expect(check.hits).toContainEqual(
      expect.objectContaining({
        scopeId: planted.id,
        reference: planted.reference,
        role: 'adverse',
        name: 'Perez, Jose A.',
        matchedBy: 'name',
        query: 'José Ángel Pérez',
        queryRole: 'adverse',
      }),
    );
    const noReason = await call<{ issues: { path: string; code: string }[] }>(
      'POST',
      `/v1/admin/conflict-checks/${check.id}/decision`,
      { decision: 'waived' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues).toContainEqual({
      path: 'body.reason',
      code: 'validation.intake.reasonRequired',
    });
    await ok('POST', `/v1/admin/conflict-checks/${check.id}/decision`, {
      decision: 'waived',
      reason: 'Different person: different date of birth; both clients consented in writing.',
    });
    const twice = await call<{ message: string }>(
      'POST',
      `/v1/admin/conflict-checks/${check.id}/decision`,
      { decision: 'no_conflict' },
    );
    expect([twice.status, twice.body.message]).toEqual([409, 'intake.conflict.decided']);

    const accepted = await ok<{ caseId: string; caseReference: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/accept`,
      { assignTo: [org.attorneyA.id], noteLanguage: 'en' },
    );
    expect(accepted.caseReference).toMatch(/^MCJ-\d{4}-\d{4}$/);
    // Staff lists read the summary: it exists at once, with the assignment.
    const summary = await t.db.query<{ assigned: string[]; reference: string }>(
      `SELECT assigned_user_ids AS assigned, reference FROM case_summaries WHERE case_id = $1`,
      [accepted.caseId],
    );
    expect(summary.rows[0]).toMatchObject({
      reference: accepted.caseReference,
      assigned: [org.attorneyA.id],
    });

    // The attorney's laptop: the new case with the intake's data and its note, and the intake's new state.
    const pulled = (await pullPage(t.app, laptop, before.nextCursor, 500)).json<{
      changes: { entity: string; id: string; row: Record<string, never> }[];
      grants: string[];
    }>();
    expect(pulled.grants).toContain(accepted.caseId);
    const file = pulled.changes.find((c) => c.id === accepted.caseId)?.row as unknown as {
      identity: { familyName: string; aNumber: string };
      custody: { facility: string };
      parties: { name: string }[];
    };
    expect(file).toMatchObject({
      identity: { familyName: 'Prueba', aNumber: intake.client.aNumber },
      custody: { facility: 'Adams County Detention Center' },
      parties: [{ name: 'José Ángel Pérez' }],
    });
    const note = pulled.changes.find(
      (c) =>
        c.entity === 'noteRevision' && (c.row as { caseId?: string }).caseId === accepted.caseId,
    )?.row as unknown as { body: string; authorId: string };
    expect(note.body).toContain('Met at the detention centre; fears return.');
    expect(note.authorId).toBe(org.attorneyA.id);
    expect(
      pulled.changes.find((c) => c.id === intake.id)?.row as unknown as { state: string },
    ).toMatchObject({ state: 'accepted', decision: { caseId: accepted.caseId } });

    // The other attorney sees neither.
    const other = await signIn(t.app, org.attorneyB);
    const theirs = (await pullPage(t.app, other, undefined, 500)).body;
    expect(theirs).not.toContain(accepted.caseId);
    expect(theirs).not.toContain(intake.id);

    const audit = await t.db.query<{ action: string; details: Record<string, unknown> }>(
      `SELECT action, details FROM audit_log WHERE action LIKE 'intake.%' AND case_ids ? $1 ORDER BY id`,
      [intake.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'intake.conflict_check',
        'intake.conflict_decision',
        'intake.accept',
      ]),
    );
    const everything = JSON.stringify(audit.rows);
    expect(everything).not.toContain('Pérez');
    expect(everything).not.toContain('consented');
    expect(audit.rows.find((r) => r.action === 'intake.conflict_decision')?.details).toMatchObject({
      decision: 'waived',
      withReason: true,
    });
  });

  it('needs a new check after the intake changed, and refuses a case on a recorded conflict', async () => {
    const { laptop, intake } = await laptopIntakeSubmitted();
    const check = await ok<ConflictCheck>('POST', `/v1/admin/intakes/${intake.id}/conflict-checks`);
    await ok('POST', `/v1/admin/conflict-checks/${check.id}/decision`, { decision: 'no_conflict' });
    await pushBatch(t.app, laptop, [
      intakePatch(2, intake.id, 1, { notes: 'Added after the check.' }),
    ]);
    const stale = await call<{ message: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/accept`,
      {},
    );
    expect([stale.status, stale.body.message]).toEqual([409, 'intake.conflict.checkRequired']);
    const again = await ok<ConflictCheck>('POST', `/v1/admin/intakes/${intake.id}/conflict-checks`);
    await ok('POST', `/v1/admin/conflict-checks/${again.id}/decision`, {
      decision: 'conflict',
      reason: 'We represent the adverse party.',
    });
    const refused = await call<{ message: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/accept`,
      {},
    );
    expect([refused.status, refused.body.message]).toEqual([409, 'intake.conflict.found']);
    // Declining is the way out, and needs no check.
    const declined = await ok<{ state: string }>('POST', `/v1/admin/intakes/${intake.id}/decline`, {
      reason: 'Conflict of interest: we cannot take this case. Referred to the bar referral line.',
    });
    expect(declined.state).toBe('declined');
    const after = await call<{ message: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/decline`,
      {
        reason: 'Again',
      },
    );
    expect([after.status, after.body.message]).toEqual([409, 'intake.transition.notSubmitted']);
  });

  it('asks for an explicit confirmation of a duplicate A-number, and never blocks on it', async () => {
    const existing = caseFile();
    existing.identity = { ...existing.identity, aNumber: '055544433' };
    await seedCase(t.db, org.orgId, [], existing);
    const { intake } = await laptopIntakeSubmitted(
      intakeContent({
        client: { familyName: 'Ejemplo', givenNames: 'Rosa', aNumber: '055544433' },
      }),
    );
    const detail = await ok<IntakeDetail>('GET', `/v1/admin/intakes/${intake.id}`);
    expect(detail.summary.duplicateANumber).toEqual([existing.reference]);
    const check = await ok<ConflictCheck>('POST', `/v1/admin/intakes/${intake.id}/conflict-checks`);
    expect(check.hits).toContainEqual(
      expect.objectContaining({ scopeId: existing.id, matchedBy: 'aNumber', role: 'client' }),
    );
    await ok('POST', `/v1/admin/conflict-checks/${check.id}/decision`, {
      decision: 'waived',
      reason: 'Same client, earlier case closed; same representation.',
    });
    const unconfirmed = await call<{ message: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/accept`,
      {},
    );
    expect([unconfirmed.status, unconfirmed.body.message]).toEqual([
      409,
      'intake.duplicateANumber',
    ]);
    await ok('POST', `/v1/admin/intakes/${intake.id}/accept`, { confirmDuplicateANumber: true });
  });

  it('merges an intake into an existing case: its parties and a note join the case, its starter is assigned', async () => {
    const target = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const { laptop, intake } = await laptopIntakeSubmitted();
    const check = await ok<ConflictCheck>('POST', `/v1/admin/intakes/${intake.id}/conflict-checks`);
    await ok('POST', `/v1/admin/conflict-checks/${check.id}/decision`, { decision: 'no_conflict' });
    const merged = await ok<{ state: string; caseReference: string }>(
      'POST',
      `/v1/admin/intakes/${intake.id}/merge`,
      { caseId: target.id, noteLanguage: 'es' },
    );
    expect(merged).toMatchObject({ state: 'merged', caseReference: target.reference });
    const pulled = (await pullPage(t.app, laptop, undefined, 500)).json<{
      changes: { entity: string; id: string; row: Record<string, unknown> }[];
    }>();
    expect(pulled.changes.find((c) => c.id === target.id)?.row).toMatchObject({
      parties: [{ name: 'Rogelio Ejemplo Falso' }],
    });
    const note = pulled.changes.find(
      (c) => c.entity === 'noteRevision' && c.row['caseId'] === target.id,
    )?.row;
    expect(note?.['body']).toContain('Notas tomadas en la admisión:');
  });

  it('creates intakes from the console form and from CSV rows, all or none, validated by the core schema', async () => {
    const created = await ok<{ intakeId: string; reference: string }>('POST', '/v1/admin/intakes', {
      content: intakeContent(),
    });
    expect(created.reference).toMatch(/^INT-\d{4}-\d{6}$/);
    const detail = await ok<IntakeDetail>('GET', `/v1/admin/intakes/${created.intakeId}`);
    expect(detail.intake).toMatchObject({
      source: 'console',
      state: 'submitted',
      startedBy: org.supervisor.id,
    });

    const invalid = await call<{ issues: { path: string; code: string }[] }>(
      'POST',
      '/v1/admin/intakes/import',
      {
        rows: [
          { line: 2, content: intakeContent() },
          { line: 3, content: intakeContent({ client: { familyName: ' ', givenNames: 'X' } }) },
        ],
      },
    );
    expect(invalid.status).toBe(400);
    const before = await t.db.query(
      `SELECT 1 FROM entities WHERE entity = 'intake' AND doc->>'source' = 'csv'`,
    );
    expect(before.rowCount).toBe(0);
    const imported = await ok<{ intakes: { line: number }[] }>('POST', '/v1/admin/intakes/import', {
      rows: [2, 3, 5].map((line) => ({ line, content: intakeContent() })),
    });
    expect(imported.intakes.map((i) => i.line)).toEqual([2, 3, 5]);
  });

  it('lists volunteers with languages, firm, availability and active caseload; reassigns in one step', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const { volunteers } = await ok<{
      volunteers: { id: string; activeCases: number; languages: string[] }[];
    }>('GET', '/v1/admin/volunteers');
    expect(volunteers.map((v) => v.id).sort()).toEqual([org.attorneyA.id, org.attorneyB.id].sort());
    const before = volunteers.find((v) => v.id === org.attorneyB.id)!.activeCases;
    await ok('POST', `/v1/admin/cases/${file.id}/reassign`, {
      fromUserId: org.attorneyA.id,
      toUserId: org.attorneyB.id,
    });
    const after = await ok<{ volunteers: { id: string; activeCases: number }[] }>(
      'GET',
      '/v1/admin/volunteers',
    );
    expect(after.volunteers.find((v) => v.id === org.attorneyB.id)!.activeCases).toBe(before + 1);
    const summary = await t.db.query<{ assigned: string[] }>(
      `SELECT assigned_user_ids AS assigned FROM case_summaries WHERE case_id = $1`,
      [file.id],
    );
    expect(summary.rows[0]?.assigned).toEqual([org.attorneyB.id]);
    const again = await call<{ message: string }>('POST', `/v1/admin/cases/${file.id}/reassign`, {
      fromUserId: org.attorneyA.id,
      toUserId: org.attorneyB.id,
    });
    expect([again.status, again.body.message]).toEqual([409, 'admin.case.notAssignedToThem']);
  });
});

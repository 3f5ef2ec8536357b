import { randomUUID } from 'node:crypto';
import { summarizeCaseFile } from '@core/cases/case-summary';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CaseFile } from '@core/domain/case-file';
import type { ManualDeadline } from '@core/domain/case-records';
import type { StaffCaseSummary } from '@core/sync/console-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeOrgDevice } from '../admin/accounts-service';
import { cliActor } from '../admin/admin-actor';
import { assignCase, unassignCase } from '../admin/cases-service';
import { resolveConflict } from '../admin/conflict-resolution';
import { reviewQuarantineItem } from '../admin/review-service';
import type { Db } from '../db/db';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  caseFile,
  casePatch,
  deadlineDoc,
  mutation,
  noteRevisionMutation,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';
import { backfillCaseSummaries, refreshStaleSummaries } from './case-summaries-service';

/**
 * The read model recomputed from scratch, without its writer: core's `summarizeCaseFile` over
 * each case's stored documents, plus assignments, open review items and the last laptop change
 * from the change log. Every row must equal this after any push or staff change.
 */
async function recompute(db: Db, orgId: string, today: string) {
  const docs = await db.query<{
    id: string;
    caseId: string;
    entity: string;
    doc: Record<string, unknown>;
    deleted: boolean;
  }>(
    `SELECT id, case_id AS "caseId", entity, doc, deleted_at IS NOT NULL AS deleted FROM entities
     WHERE org_id = $1 AND entity IN ('case', 'deadline')`,
    [orgId],
  );
  const expected = new Map<string, Record<string, unknown>>();
  for (const row of docs.rows.filter((r) => r.entity === 'case')) {
    const manual = docs.rows
      .filter((r) => r.entity === 'deadline' && r.caseId === row.caseId && !r.deleted)
      .map((r) => r.doc as unknown as ManualDeadline);
    const s = summarizeCaseFile(row.doc as unknown as CaseFile, manual, today);
    const extra = await db.query<{ assigned: string[]; review: number; synced: Date | null }>(
      `SELECT
         COALESCE((SELECT json_agg(user_id ORDER BY user_id) FROM assignments WHERE case_id = $1), '[]') AS assigned,
         (SELECT count(*)::int FROM conflicts WHERE case_id = $1 AND (status = 'open'
           OR (kind = 'overwritten' AND status = 'auto_resolved' AND resolved_at IS NULL)))
           + (SELECT count(*)::int FROM quarantined_mutations
              WHERE case_id = $1::text AND reviewed_at IS NULL AND applied_at IS NULL) AS review,
         (SELECT max(committed_at) FROM change_log WHERE case_id = $1 AND mutation_id IS NOT NULL)
           AS synced`,
      [row.caseId],
    );
    const { assigned, review, synced } = extra.rows[0]!;
    expected.set(row.caseId, {
      reference: s.reference,
      clientName: s.clientName,
      sortName: s.sortName,
      aNumber: s.aNumber,
      custodyStatus: s.custodyStatus,
      facility: s.facility,
      detentionDate: s.detentionDate,
      hearing: s.nextHearing,
      nearest: s.nearestDeadline,
      overdue: s.overdueDeadline,
      overdueCount: s.overdueCount,
      protectedFlags: [s.asylumProtected, s.vawaProtected1367],
      assigned,
      review,
      synced: synced?.toISOString() ?? null,
      deleted: row.deleted,
      computedFor: today,
    });
  }
  return expected;
}

async function stored(db: Db, orgId: string) {
  const rows = await db.query<Record<string, unknown> & { caseId: string }>(
    `SELECT case_id AS "caseId", reference, client_name AS "clientName",
       client_sort_name AS "sortName", a_number AS "aNumber", custody_status AS "custodyStatus",
       facility, to_char(detention_date, 'YYYY-MM-DD') AS "detentionDate",
       CASE WHEN next_hearing_date IS NULL THEN NULL ELSE jsonb_build_object(
         'date', to_char(next_hearing_date, 'YYYY-MM-DD'), 'time', next_hearing_time,
         'type', next_hearing_type, 'format', next_hearing_format) END AS hearing,
       nearest_deadline AS nearest, overdue_deadline AS overdue, overdue_count AS "overdueCount",
       jsonb_build_array(asylum_protected, vawa_protected_1367) AS "protectedFlags",
       assigned_user_ids AS assigned, open_review_items AS review,
       last_device_sync_at AS synced, deleted, to_char(computed_for, 'YYYY-MM-DD') AS "computedFor"
     FROM case_summaries WHERE org_id = $1`,
    [orgId],
  );
  return new Map<string, Record<string, unknown>>(
    rows.rows.map(({ caseId, synced, ...row }) => [
      caseId,
      { ...row, synced: (synced as Date | null)?.toISOString() ?? null },
    ]),
  );
}

describe.each(testBackends())('the case summaries read model on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let laptopA: Session;
  let supervisorLaptop: Session;
  const files: CaseFile[] = [];
  const seqs = new Map<string, number>();
  const today = todayInChicago();
  const next = (session: Session) => {
    const seq = (seqs.get(session.deviceId) ?? 0) + 1;
    seqs.set(session.deviceId, seq);
    return seq;
  };
  const push = async (session: Session, mutations: Parameters<typeof pushBatch>[2]) => {
    const response = await pushBatch(t.app, session, mutations);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: { status: string; conflictIds?: string[] }[] }>().results;
  };
  const expectConsistent = async () => {
    const [want, have] = [await recompute(t.db, org.orgId, today), await stored(t.db, org.orgId)];
    expect([...have.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [caseId, row] of want) expect(have.get(caseId), caseId).toEqual(row);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    const detained = caseFile({
      custody: {
        status: 'detained',
        facility: 'Example Processing Center',
        detentionDate: '2026-10-01',
      },
    });
    detained.flags = { ...detained.flags, asylumProtected: true };
    files.push(
      await seedCase(t.db, org.orgId, [org.attorneyA.id], detained),
      await seedCase(t.db, org.orgId, [org.attorneyB.id]),
      await seedCase(t.db, org.orgId, []),
    );
    laptopA = await signIn(t.app, org.attorneyA);
    supervisorLaptop = await signIn(t.app, org.supervisor);
  });
  afterAll(() => t.close());

  it('keeps every row equal to a recomputation from the documents, through pushes and staff changes', async () => {
    const [a, b, c] = files as [CaseFile, CaseFile, CaseFile];
    await expectConsistent();

    // A laptop's push: a field, a manual deadline and a note (the case's last laptop sync moves).
    const deadline = deadlineDoc(a.id);
    deadline['date'] = today;
    await push(laptopA, [
      casePatch(next(laptopA), a.id, 1, { 'custody/facility': 'Second Processing Center' }),
      mutation({
        seq: next(laptopA),
        kind: 'create',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: a.id,
        baseVersion: 0,
        body: deadline,
      }),
      noteRevisionMutation(next(laptopA), a.id, { body: 'Client describes the journey.' }),
    ]);
    await expectConsistent();

    // A refused change (case B is not attorney A's): one more item to review on B.
    const refused = await push(laptopA, [noteRevisionMutation(next(laptopA), b.id)]);
    expect(refused[0]!.status).toBe('rejected');
    await expectConsistent();

    // Both sides change a legal fact from version 2: an open conflict on A.
    await push(supervisorLaptop, [
      casePatch(next(supervisorLaptop), a.id, 2, { 'custody/status': 'released_bond' }),
    ]);
    const conflicted = await push(laptopA, [
      casePatch(next(laptopA), a.id, 2, { 'custody/status': 'released_parole' }),
    ]);
    expect(conflicted[0]!.status).toBe('conflict');
    await expectConsistent();

    // Staff changes: assignment, unassignment, the conflict resolved, the refusal reviewed.
    const actor = cliActor(org.orgId);
    await assignCase(t.db, actor, c.id, org.attorneyA.id);
    await unassignCase(t.db, actor, b.id, org.attorneyB.id);
    await expectConsistent();
    const [conflict] = (
      await t.db.query<{ id: string }>(`SELECT id FROM conflicts WHERE case_id = $1`, [a.id])
    ).rows;
    await resolveConflict(t.db, actor, conflict!.id, 'use_client');
    const [quarantined] = (
      await t.db.query<{ id: string }>(`SELECT id FROM quarantined_mutations WHERE case_id = $1`, [
        b.id,
      ])
    ).rows;
    await reviewQuarantineItem(t.db, actor, quarantined!.id);
    await expectConsistent();

    // A stale edit of an ordinary field wins by server order; the replaced value awaits review
    // (one item on C) until someone restores it.
    await push(supervisorLaptop, [
      casePatch(next(supervisorLaptop), c.id, 1, { 'custody/facilityPhone': '601-555-0100' }),
    ]);
    const stale = await push(laptopA, [
      casePatch(next(laptopA), c.id, 1, { 'custody/facilityPhone': '601-555-0199' }),
    ]);
    expect(stale[0]!.status).toBe('applied');
    await expectConsistent();
    expect((await stored(t.db, org.orgId)).get(c.id)).toMatchObject({ review: 1 });
    const [notice] = (
      await t.db.query<{ id: string }>(
        `SELECT id FROM conflicts WHERE case_id = $1 AND kind = 'overwritten'`,
        [c.id],
      )
    ).rows;
    await resolveConflict(t.db, actor, notice!.id, 'restore');
    await expectConsistent();
    expect((await stored(t.db, org.orgId)).get(c.id)).toMatchObject({ review: 0 });

    // A deletion of the manual deadline, and a new case pushed by a supervisor's laptop.
    await push(laptopA, [
      mutation({
        seq: next(laptopA),
        kind: 'delete',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: a.id,
        baseVersion: 1,
      }),
    ]);
    const fresh = caseFile();
    await push(supervisorLaptop, [
      mutation({
        seq: next(supervisorLaptop),
        kind: 'create',
        entity: 'case',
        entityId: fresh.id,
        caseId: fresh.id,
        baseVersion: 0,
        body: fresh as never,
      }),
    ]);
    await expectConsistent();

    // A revoked laptop's final push: kept for review, nothing takes effect, one more item on A.
    const lost = await signIn(t.app, org.attorneyA);
    await revokeOrgDevice(t.db, actor, lost.deviceId);
    const last = await push(lost, [
      casePatch(1, a.id, 3, { 'custody/iceOffice': 'From a revoked laptop' }),
    ]);
    expect(last[0]!.status).toBe('rejected');
    await expectConsistent();
    expect((await stored(t.db, org.orgId)).get(a.id)).toMatchObject({ review: 1 });
    const [revokedItem] = (
      await t.db.query<{ id: string }>(
        `SELECT id FROM quarantined_mutations WHERE device_id = $1`,
        [lost.deviceId],
      )
    ).rows;
    await reviewQuarantineItem(t.db, actor, revokedItem!.id);
    const rows = await stored(t.db, org.orgId);
    expect(rows.get(a.id)).toMatchObject({ custodyStatus: 'released_parole', review: 0 });
    expect(rows.get(fresh.id)?.synced).not.toBeNull();
  });

  it('writes the summary in the push’s own transaction: if it fails, the push changes nothing', async () => {
    const a = files[0]!;
    await t.db.query(`CREATE FUNCTION refuse_summary() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'summary refused for the test'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_summary BEFORE UPDATE ON case_summaries
      FOR EACH ROW EXECUTE FUNCTION refuse_summary()`);
    const before = await t.db.query<{ version: number }>(
      'SELECT version FROM entities WHERE id = $1',
      [a.id],
    );
    const acked = await t.db.query<{ n: number }>(
      'SELECT last_acked_seq AS n FROM devices WHERE id = $1',
      [laptopA.deviceId],
    );
    const response = await pushBatch(t.app, laptopA, [
      casePatch((seqs.get(laptopA.deviceId) ?? 0) + 1, a.id, before.rows[0]!.version, {
        'custody/iceOffice': 'Should not stay',
      }),
    ]);
    expect(response.statusCode).toBe(500);
    await t.db.query('DROP TRIGGER refuse_summary ON case_summaries');
    await t.db.query('DROP FUNCTION refuse_summary()');
    const after = await t.db.query<{ version: number; office: string | null }>(
      `SELECT version, doc->'custody'->>'iceOffice' AS office FROM entities WHERE id = $1`,
      [a.id],
    );
    expect(after.rows[0]).toEqual({ version: before.rows[0]!.version, office: null });
    const ackedAfter = await t.db.query<{ n: number }>(
      'SELECT last_acked_seq AS n FROM devices WHERE id = $1',
      [laptopA.deviceId],
    );
    expect(ackedAfter.rows[0]!.n).toBe(acked.rows[0]!.n);
    await expectConsistent();
  });

  it('backfills a row for every existing case (migration 014’s hook), last sync from the log', async () => {
    await t.db.query('DELETE FROM case_summaries WHERE org_id = $1', [org.orgId]);
    expect((await stored(t.db, org.orgId)).size).toBe(0);
    await t.db.transaction((tx) => backfillCaseSummaries(tx));
    await expectConsistent();
  });

  it('recomputes rows of an earlier day before they are read: a deadline due today becomes overdue', async () => {
    const a = files[0]!;
    const deadline = deadlineDoc(a.id);
    deadline['date'] = today;
    await push(laptopA, [
      mutation({
        seq: next(laptopA),
        kind: 'create',
        entity: 'deadline',
        entityId: deadline['id'] as string,
        caseId: a.id,
        baseVersion: 0,
        body: deadline,
      }),
    ]);
    const overdueToday = (await stored(t.db, org.orgId)).get(a.id)!['overdueCount'] as number;
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(await refreshStaleSummaries(t.db, org.orgId, tomorrow)).toBe(files.length + 1);
    const row = (await stored(t.db, org.orgId)).get(a.id)!;
    expect(row['computedFor']).toBe(tomorrow);
    expect(row['overdueCount']).toBe(overdueToday + 1);
    // Reading through the API brings rows computed for another day back to today.
    await t.db.query(`UPDATE case_summaries SET computed_for = '2000-01-01' WHERE org_id = $1`, [
      org.orgId,
    ]);
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases',
      headers: supervisor.headers,
    });
    expect(
      new Set(listed.json<{ cases: StaffCaseSummary[] }>().cases.map((c) => c.computedFor)),
    ).toEqual(new Set([today]));
    await expectConsistent();
  });

  it('lists cases and shows a case’s notes to supervisors, names of protected clients included', async () => {
    const a = files[0]!;
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases',
      headers: supervisor.headers,
    });
    expect(listed.headers['cache-control']).toBe('no-store');
    const row = listed.json<{ cases: StaffCaseSummary[] }>().cases.find((c) => c.caseId === a.id)!;
    expect(row).toMatchObject({
      clientName: 'Ana Prueba',
      identityWithheld: false,
      asylumProtected: true,
      custodyStatus: 'released_parole',
      assignedUserIds: [org.attorneyA.id],
    });
    const view = await t.app.inject({
      method: 'GET',
      url: `/v1/console/cases/${a.id}`,
      headers: supervisor.headers,
    });
    expect(view.json<{ notes: { body: string }[] }>().notes.map((n) => n.body)).toEqual([
      'Client describes the journey.',
    ]);
    const audited = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'console.case_view' AND case_ids ? $1`,
      [a.id],
    );
    expect(audited.rows[0]!.n).toBe(1);
    const admin = await consoleSignIn(t.app, org.admin);
    const refused = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases',
      headers: admin.headers,
    });
    expect(refused.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/v1/console/cases/${randomUUID()}`,
      headers: supervisor.headers,
    });
    expect(unknown.statusCode).toBe(404);
    // A malformed id: refused with a translatable key before anything is read or audited.
    const views = async () =>
      (
        await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'console.case_view'`,
        )
      ).rows[0]!.n;
    const viewsBefore = await views();
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases/not-a-case-id',
      headers: supervisor.headers,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'params.caseId', code: 'validation.id.format' }],
    });
    expect(await views()).toBe(viewsBefore);
  });
});

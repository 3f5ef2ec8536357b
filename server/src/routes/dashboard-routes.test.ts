/**
 * The caseload dashboard, hearings calendar and case closing (issue 18 #1, #5), adversarial
 * first: another organisation's cases never appear, attorneys and admins are refused, search text
 * is bounded, a closed case cannot be closed again, and a reopened case is back on the dashboard.
 */
import { randomUUID } from 'node:crypto';
import { addDays } from '@core/deadlines/calendar-date';
import { todayInChicago } from '@core/deadlines/chicago-today';
import type { CaseFile } from '@core/domain/case-file';
import type { DashboardResponse } from '@core/sync/dashboard-schemas';
import { SEARCH_MAX } from '@core/sync/dashboard-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchDevice } from '../repositories/devices-repository';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  caseFile,
  mutation,
  pullPage,
  pushBatch,
  revisionDoc,
  seedCase,
} from '../test-support/sync-fixtures';
import type { StaffCaseRecord } from '@core/sync/dashboard-schemas';
import { createOf, exportDoc } from '../test-support/review-fixtures';

const today = todayInChicago();

describe.each(testBackends())('the caseload dashboard on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let supervisor: Session;
  let otherSupervisor: Session;
  let detainedSoon: CaseFile;
  let releasedLater: CaseFile;
  let unassigned: CaseFile;
  let otherOrgCase: CaseFile;

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
    detainedSoon = await seedCase(
      t.db,
      org.orgId,
      [org.attorneyA.id],
      caseFile({
        identity: { ...caseFile().identity, familyName: 'Prueba', givenNames: 'Ana' },
        custody: { status: 'detained', detentionDate: addDays(today, -40) },
        hearings: [
          {
            id: randomUUID(),
            type: 'master',
            format: 'video',
            date: addDays(today, 3),
            time: '09:00',
          },
          { id: randomUUID(), type: 'individual', format: 'in_person', date: addDays(today, 30) },
        ],
      }),
    );
    releasedLater = await seedCase(
      t.db,
      org.orgId,
      [org.attorneyB.id],
      caseFile({
        identity: { ...caseFile().identity, familyName: 'Ejemplo', givenNames: 'Beto' },
        custody: { status: 'released_bond', ijBondAmount: 3000 },
        hearings: [
          { id: randomUUID(), type: 'master', format: 'in_person', date: addDays(today, 20) },
        ],
      }),
    );
    unassigned = await seedCase(
      t.db,
      org.orgId,
      [],
      caseFile({
        identity: { ...caseFile().identity, familyName: 'Sinasignar', givenNames: 'Carla' },
        custody: { status: 'never_detained' },
        hearings: [],
      }),
    );
    otherOrgCase = await seedCase(
      t.db,
      other.orgId,
      [other.attorneyA.id],
      caseFile({
        identity: { ...caseFile().identity, familyName: 'Prueba', givenNames: 'Otra' },
        hearings: [{ id: randomUUID(), type: 'master', format: 'video', date: addDays(today, 3) }],
      }),
    );
    supervisor = await consoleSignIn(t.app, org.supervisor);
    otherSupervisor = await consoleSignIn(t.app, other.supervisor);
  });
  afterAll(() => t.close());

  const get = (url: string, session: Session) =>
    t.app.inject({ method: 'GET', url, headers: session.headers });
  const post = (url: string, session: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
  const dashboard = async (query = '', session = supervisor) => {
    const response = await get(`/v1/console/dashboard${query}`, session);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DashboardResponse>();
  };
  const refs = (page: DashboardResponse) => page.rows.map((row) => row.reference);

  it('never shows another organisation’s cases: list, search, counts, export, calendar', async () => {
    const all = await dashboard();
    expect(refs(all).sort()).toEqual(
      [detainedSoon, releasedLater, unassigned].map((c) => c.reference).sort(),
    );
    expect(all.total).toBe(3);
    const searched = await dashboard('?q=prueba');
    expect(refs(searched)).toEqual([detainedSoon.reference]);
    expect(refs(await dashboard(`?q=${otherOrgCase.reference}`))).toEqual([]);
    const otherSide = await dashboard('', otherSupervisor);
    expect(refs(otherSide)).toEqual([otherOrgCase.reference]);
    const exported = await get('/v1/console/dashboard/export', supervisor);
    expect(
      exported.json<{ rows: { reference: string }[] }>().rows.map((r) => r.reference),
    ).not.toContain(otherOrgCase.reference);
    const calendar = await get(
      `/v1/console/hearings?from=${today}&to=${addDays(today, 35)}`,
      supervisor,
    );
    const hearings = calendar.json<{ hearings: { reference: string; date: string }[] }>().hearings;
    expect(hearings.map((h) => h.reference)).toEqual([
      detainedSoon.reference,
      releasedLater.reference,
      detainedSoon.reference,
    ]);
    expect(hearings.map((h) => h.date)).toEqual([
      addDays(today, 3),
      addDays(today, 20),
      addDays(today, 30),
    ]);
  });

  it('refuses an attorney’s laptop token and an admin’s console session', async () => {
    const attorney = await signIn(t.app, org.attorneyA);
    const admin = await consoleSignIn(t.app, org.admin);
    for (const session of [attorney, admin]) {
      for (const url of [
        '/v1/console/dashboard',
        '/v1/console/dashboard/export',
        `/v1/console/hearings?from=${today}&to=${today}`,
      ])
        expect((await get(url, session)).statusCode, url).toBe(403);
      const close = await post(`/v1/console/cases/${detainedSoon.id}/closing`, session, {
        outcome: { kind: 'withdrawn' },
      });
      expect(close.statusCode).toBe(403);
    }
    expect(
      (await get('/v1/console/dashboard', { ...supervisor, headers: { authorization: '' } }))
        .statusCode,
    ).toBe(401);
  });

  it('bounds the search: longer than the limit, or huge, is refused before any query', async () => {
    const long = await get(`/v1/console/dashboard?q=${'a'.repeat(SEARCH_MAX + 1)}`, supervisor);
    expect(long.statusCode).toBe(400);
    const huge = await get(`/v1/console/dashboard?q=${'%25'.repeat(3000)}`, supervisor);
    expect([400, 414, 431]).toContain(huge.statusCode);
    // LIKE wildcards are text, not patterns.
    expect(refs(await dashboard('?q=%25'))).toEqual([]);
    expect(refs(await dashboard('?q=_'))).toEqual([]);
    const badFilter = await get('/v1/console/dashboard?filters=detained,everything', supervisor);
    expect(badFilter.statusCode).toBe(400);
    const badSort = await get('/v1/console/dashboard?sort=client_name;DROP', supervisor);
    expect(badSort.statusCode).toBe(400);
  });

  it('filters, counts, sorts and pages on the server', async () => {
    const page = await dashboard();
    expect(page.counts).toMatchObject({ detained: 1, hearingSoon: 1, unassigned: 1, overdue: 0 });
    expect(refs(await dashboard('?filters=detained'))).toEqual([detainedSoon.reference]);
    expect(refs(await dashboard('?filters=hearingSoon'))).toEqual([detainedSoon.reference]);
    expect(refs(await dashboard('?filters=unassigned'))).toEqual([unassigned.reference]);
    // Nobody's laptop has synced: both assigned cases, never the unassigned one.
    expect(refs(await dashboard('?filters=noRecentSync')).sort()).toEqual(
      [detainedSoon.reference, releasedLater.reference].sort(),
    );
    expect(refs(await dashboard('?filters=detained,unassigned'))).toEqual([]);
    expect(refs(await dashboard(`?volunteer=${org.attorneyB.id}`))).toEqual([
      releasedLater.reference,
    ]);
    // Hearing order, no hearing last; reversed with the no-hearing case still last.
    expect(refs(await dashboard('?sort=hearing'))).toEqual([
      detainedSoon.reference,
      releasedLater.reference,
      unassigned.reference,
    ]);
    expect(refs(await dashboard('?sort=hearing&dir=desc'))).toEqual([
      releasedLater.reference,
      detainedSoon.reference,
      unassigned.reference,
    ]);
    expect(refs(await dashboard('?sort=client'))).toEqual([
      releasedLater.reference,
      detainedSoon.reference,
      unassigned.reference,
    ]);
    const second = await dashboard('?sort=hearing&limit=1&offset=1');
    expect(refs(second)).toEqual([releasedLater.reference]);
    expect(second.total).toBe(3);
    // A page past the end, and a filter nothing matches: no rows, the counts still all there.
    const beyond = await dashboard('?sort=hearing&limit=2&offset=10');
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(3);
    expect(beyond.counts).toMatchObject({ detained: 1, hearingSoon: 1, unassigned: 1 });
    const none = await dashboard('?filters=detained,unassigned');
    expect(none.rows).toEqual([]);
    expect(none.total).toBe(0);
    expect(none.counts).toMatchObject({ detained: 1, unassigned: 1 });
    const row = (await dashboard('?filters=detained')).rows[0]!;
    expect(row.daysInCustody).toBe(40);
    expect(row.nextHearing?.date).toBe(addDays(today, 3));
  });

  it('shows when the volunteer’s laptop last synced, and drops the case from "no recent sync"', async () => {
    // Every sync starts with hello, which marks the laptop seen.
    const laptop = await signIn(t.app, org.attorneyA);
    await touchDevice(t.db, laptop.deviceId, '0.1.0', 30);
    const row = (await dashboard('?filters=detained')).rows[0]!;
    expect(row.volunteerLastSyncAt).not.toBeNull();
    expect(refs(await dashboard('?filters=noRecentSync'))).toEqual([releasedLater.reference]);
  });

  it('closes a case as released on bond: off the dashboard, audited, and on the laptop by pull', async () => {
    const laptop = await signIn(t.app, org.attorneyB);
    const closed = await post(`/v1/console/cases/${releasedLater.id}/closing`, supervisor, {
      outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      closing: {
        outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
        derived: { kind: 'released', release: 'bond', bondAmount: 3000 },
        closedBy: org.supervisor.id,
      },
    });
    expect(refs(await dashboard())).not.toContain(releasedLater.reference);
    const audit = await t.db.query<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'console.case_close' AND case_ids ? $1::text`,
      [releasedLater.id],
    );
    expect(audit.rows[0]?.details).toMatchObject({ outcome: 'released', asDerived: true });
    const pulled = await pullPage(t.app, laptop);
    const caseRow = pulled
      .json<{ changes: { entity: string; id: string; row: CaseFile | null }[] }>()
      .changes.filter((c) => c.entity === 'case' && c.id === releasedLater.id)
      .at(-1);
    expect(caseRow?.row?.extra['closing']).toMatchObject({
      outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
    });
  });

  it('refuses an outcome on an already-closed case, and another organisation’s case is not found', async () => {
    const again = await post(`/v1/console/cases/${releasedLater.id}/closing`, supervisor, {
      outcome: { kind: 'withdrawn' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ message: 'console.case.alreadyClosed' });
    const foreign = await post(`/v1/console/cases/${detainedSoon.id}/closing`, otherSupervisor, {
      outcome: { kind: 'withdrawn' },
    });
    expect(foreign.statusCode).toBe(404);
    const foreignReopen = await post(
      `/v1/console/cases/${releasedLater.id}/reopen`,
      otherSupervisor,
      {
        reason: 'test',
      },
    );
    expect(foreignReopen.statusCode).toBe(404);
    const noBond = await post(`/v1/console/cases/${detainedSoon.id}/closing`, supervisor, {
      outcome: { kind: 'released', release: 'bond' },
    });
    expect(noBond.statusCode).toBe(400);
    const count = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM case_closings WHERE case_id = $1',
      [detainedSoon.id],
    );
    expect(count.rows[0]!.n).toBe(0);
  });

  it('reopens a closed case (back on the dashboard, closed state cleared on the laptop); an open one cannot be reopened', async () => {
    const reopened = await post(`/v1/console/cases/${releasedLater.id}/reopen`, supervisor, {
      reason: 'The bond was revoked',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(refs(await dashboard())).toContain(releasedLater.reference);
    const doc = await t.db.query<{ doc: CaseFile }>('SELECT doc FROM entities WHERE id = $1', [
      releasedLater.id,
    ]);
    expect(doc.rows[0]!.doc.extra['closing']).toBeUndefined();
    const twice = await post(`/v1/console/cases/${releasedLater.id}/reopen`, supervisor, {
      reason: 'again',
    });
    expect(twice.statusCode).toBe(409);
    const closedAgain = await post(`/v1/console/cases/${releasedLater.id}/closing`, supervisor, {
      outcome: { kind: 'transferred' },
    });
    expect(closedAgain.statusCode).toBe(200);
    const history = await t.db.query<{ kind: string; reopened: boolean }>(
      `SELECT outcome_kind AS kind, reopened_at IS NOT NULL AS reopened FROM case_closings
       WHERE case_id = $1 ORDER BY closed_at`,
      [releasedLater.id],
    );
    expect(history.rows).toEqual([
      { kind: 'released', reopened: true },
      { kind: 'transferred', reopened: false },
    ]);
    await post(`/v1/console/cases/${releasedLater.id}/reopen`, supervisor, { reason: 'test' });
  });

  it('reads a case record with every revision and both heads of a fork; other organisations get 404', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const noteId = randomUUID();
    const root = revisionDoc(detainedSoon.id, noteId, { body: 'First words.' });
    const left = revisionDoc(detainedSoon.id, noteId, {
      parentIds: [root['id'] as string],
      body: 'Left.',
    });
    const right = revisionDoc(detainedSoon.id, noteId, {
      parentIds: [root['id'] as string],
      body: 'Right.',
    });
    const pushed = await pushBatch(
      t.app,
      laptop,
      [root, left, right].map((doc, i) =>
        mutation({
          seq: i + 1,
          kind: 'noteRevision',
          entity: 'noteRevision',
          entityId: doc['id'] as string,
          caseId: detainedSoon.id,
          baseVersion: 0,
          body: doc,
        }),
      ),
    );
    expect(pushed.statusCode, pushed.body).toBe(200);
    const exported = exportDoc(detainedSoon.id, org.attorneyA.id);
    const logged = await pushBatch(t.app, laptop, [createOf(4, 'draftExport', exported)]);
    expect(logged.json<{ results: { status: string }[] }>().results[0]!.status).toBe('applied');
    const response = await get(`/v1/console/cases/${detainedSoon.id}/record`, supervisor);
    expect(response.statusCode, response.body).toBe(200);
    const record = response.json<StaffCaseRecord>();
    expect(record.caseFile['reference']).toBe(detainedSoon.reference);
    expect(record.notes).toHaveLength(1);
    expect(record.notes[0]!.revisions.map((r) => r.body)).toEqual([
      'First words.',
      'Left.',
      'Right.',
    ]);
    // The drafts' export log, from the laptops' synced export records.
    expect(record.exportLog).toEqual([
      {
        id: exported.id,
        draft: 'bond-motion',
        exportedAt: exported.exportedAt,
        by: org.attorneyA.id,
      },
    ]);
    // Documents have their own routes (the console's documents section): not in the record.
    expect(record).not.toHaveProperty('documents');
    expect(record.derivedOutcome).toBeNull();
    const foreign = await get(`/v1/console/cases/${detainedSoon.id}/record`, otherSupervisor);
    expect(foreign.statusCode).toBe(404);
    const admin = await consoleSignIn(t.app, org.admin);
    expect((await get(`/v1/console/cases/${detainedSoon.id}/record`, admin)).statusCode).toBe(403);
  });

  it('reports count this organisation only: the bond release in its quarter, never the other org', async () => {
    await post(`/v1/console/cases/${unassigned.id}/closing`, otherSupervisor, {
      outcome: { kind: 'withdrawn' },
    });
    const closed = await post(`/v1/console/cases/${detainedSoon.id}/closing`, supervisor, {
      outcome: { kind: 'released', release: 'bond', bondAmount: 3000 },
    });
    expect(closed.statusCode).toBe(200);
    await post(`/v1/console/cases/${otherOrgCase.id}/closing`, otherSupervisor, {
      outcome: { kind: 'removal_ordered' },
    });
    const year = today.slice(0, 4);
    const response = await get(
      `/v1/console/reports?from=${year}-01-01&to=${year}-12-31`,
      supervisor,
    );
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<{
      quarters: { opened: number; closedByOutcome: Record<string, number> }[];
    }>();
    const outcomes = report.quarters.map((q) => q.closedByOutcome);
    expect(outcomes.reduce((n, q) => n + (q['released_bond'] ?? 0), 0)).toBe(1);
    expect(outcomes.reduce((n, q) => n + (q['removal_ordered'] ?? 0), 0)).toBe(0);
    expect(report.quarters.reduce((n, q) => n + q.opened, 0)).toBe(3);
    const tooLong = await get('/v1/console/reports?from=2000-01-01&to=2026-12-31', supervisor);
    expect(tooLong.statusCode).toBe(400);
    await post(`/v1/console/cases/${detainedSoon.id}/reopen`, supervisor, { reason: 'test' });
  });
});

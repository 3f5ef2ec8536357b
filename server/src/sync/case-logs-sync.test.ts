import { randomUUID } from 'node:crypto';
import { todayInChicago } from '@core/deadlines/chicago-today';
import { addDays } from '@core/deadlines/calendar-date';
import type { CaseFile } from '@core/domain/case-file';
import type { JsonObject } from '@core/sync/json-value';
import type { Mutation } from '@core/sync/mutation-schemas';
import type { StaffCaseSummary } from '@core/sync/console-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import {
  caseFile,
  casePatch,
  mutation,
  pullPage,
  pushBatch,
  seedCase,
} from '../test-support/sync-fixtures';

/**
 * Issue 23's logs on the server: custody checks, contacts and pro bono time are accepted from the
 * case's attorney, refused when malformed, in someone else's name or from outside the case, never
 * shown to another organisation, and summarised for MCJ's dashboard.
 */
const today = todayInChicago();

function custodyCheck(caseId: string, overrides: JsonObject = {}): JsonObject {
  return {
    id: randomUUID(),
    caseId,
    kind: 'transfer',
    checkedOn: addDays(today, -1),
    facility: 'Jena/LaSalle Detention Facility',
    previousFacility: 'Example Processing Center',
    source: 'facility_call',
    checkedBy: 'Abogada Prueba',
    recheckDays: 3,
    recordedAt: '2026-12-01T15:00:00.000Z',
    ...overrides,
  };
}

function contact(caseId: string, overrides: JsonObject = {}): JsonObject {
  return {
    id: randomUUID(),
    caseId,
    date: addDays(today, -2),
    type: 'visit',
    interpreter: true,
    language: { code: 'mam', name: 'Mam' },
    durationMinutes: 40,
    recordedAt: '2026-12-01T15:00:00.000Z',
    ...overrides,
  };
}

function timeEntry(caseId: string, attorneyId: string, overrides: JsonObject = {}): JsonObject {
  return {
    id: randomUUID(),
    caseId,
    attorneyId,
    activity: 'travel',
    date: addDays(today, -1),
    minutes: 75,
    source: 'timer',
    startedAt: '2026-12-01T15:00:00.000Z',
    endedAt: '2026-12-01T16:15:00.000Z',
    recordedAt: '2026-12-01T16:15:00.000Z',
    ...overrides,
  };
}

function create(seq: number, entity: Mutation['entity'], doc: JsonObject): Mutation {
  return mutation({
    seq,
    kind: 'create',
    entity,
    entityId: doc['id'] as string,
    caseId: doc['caseId'] as string,
    baseVersion: 0,
    body: doc,
  });
}

describe.each(testBackends())('case logs through sync on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let file: CaseFile;
  let laptopA: Session;
  const seqs = new Map<string, number>();
  const next = (session: Session) => {
    const seq = (seqs.get(session.deviceId) ?? 0) + 1;
    seqs.set(session.deviceId, seq);
    return seq;
  };
  const push = async (session: Session, mutations: Mutation[]) => {
    const response = await pushBatch(t.app, session, mutations);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: { status: string; reason?: string }[] }>().results;
  };
  const consoleCases = async (session: Session) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases',
      headers: session.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ cases: StaffCaseSummary[] }>().cases;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    other = await createTestOrg(t.db);
    file = await seedCase(
      t.db,
      org.orgId,
      [org.attorneyA.id],
      caseFile({
        custody: {
          status: 'detained',
          facility: 'Example Processing Center',
          detentionDate: addDays(today, -20),
        },
        hearings: [],
      }),
    );
    laptopA = await signIn(t.app, org.attorneyA);
  });
  afterAll(() => t.close());

  it('a transfer recorded offline arrives with its facility change, and MCJ’s summary shows the logs', async () => {
    const transfer = custodyCheck(file.id);
    const results = await push(laptopA, [
      create(next(laptopA), 'custodyCheck', transfer),
      casePatch(next(laptopA), file.id, 1, { 'custody/facility': transfer['facility'] }),
      create(next(laptopA), 'contact', contact(file.id)),
      create(next(laptopA), 'timeEntry', timeEntry(file.id, org.attorneyA.id)),
      create(next(laptopA), 'timeEntry', timeEntry(file.id, org.attorneyA.id, { minutes: 20 })),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
    ]);

    // The attorney's other laptop (or the same one after a wipe) pulls them back.
    const secondLaptop = await signIn(t.app, org.attorneyA);
    const pulled = (await pullPage(t.app, secondLaptop)).json<{
      changes: { entity: string; row: JsonObject | null }[];
    }>();
    expect(pulled.changes.map((c) => c.entity).sort()).toEqual(
      ['case', 'contact', 'custodyCheck', 'timeEntry', 'timeEntry'].sort(),
    );
    expect(pulled.changes.find((c) => c.entity === 'custodyCheck')?.row).toEqual(transfer);

    const staff = await consoleSignIn(t.app, org.supervisor);
    const [summary] = await consoleCases(staff);
    expect(summary).toMatchObject({
      caseId: file.id,
      facility: 'Jena/LaSalle Detention Facility',
      lastConfirmedFacility: 'Jena/LaSalle Detention Facility',
      lastConfirmedOn: addDays(today, -1),
      nextRecheckDue: addDays(today, 2),
      lastContactOn: addDays(today, -2),
      proBonoMinutes: 95,
    });
  });

  it('a deleted time entry leaves the totals', async () => {
    const entry = timeEntry(file.id, org.attorneyA.id, { minutes: 30 });
    await push(laptopA, [create(next(laptopA), 'timeEntry', entry)]);
    const staff = await consoleSignIn(t.app, org.supervisor);
    expect((await consoleCases(staff))[0]?.proBonoMinutes).toBe(125);
    await push(laptopA, [
      mutation({
        seq: next(laptopA),
        kind: 'delete',
        entity: 'timeEntry',
        entityId: entry['id'] as string,
        caseId: file.id,
        baseVersion: 1,
      }),
    ]);
    expect((await consoleCases(staff))[0]?.proBonoMinutes).toBe(95);
  });

  it.each([
    ['custodyCheck', () => custodyCheck(file.id, { source: 'scraper' })],
    ['custodyCheck', () => custodyCheck(file.id, { facility: '' })],
    ['custodyCheck', () => custodyCheck(file.id, { checkedOn: 'yesterday' })],
    ['contact', () => contact(file.id, { type: 'telepathy' })],
    ['contact', () => contact(file.id, { durationMinutes: -10 })],
    ['contact', () => contact(file.id, { clientName: 'Ana Prueba' })],
    ['timeEntry', () => timeEntry(file.id, org.attorneyA.id, { minutes: -30 })],
    ['timeEntry', () => timeEntry(file.id, org.attorneyA.id, { minutes: 99_999 })],
    ['timeEntry', () => timeEntry(file.id, org.attorneyA.id, { activity: 'golf' })],
  ] as const)('refuses a malformed %s into quarantine', async (entity, build) => {
    const [result] = await push(laptopA, [create(next(laptopA), entity, build())]);
    expect(result).toMatchObject({ status: 'rejected', reason: 'invalid_document' });
  });

  it('refuses time written in another attorney’s name, or handed to one by a patch', async () => {
    const [foreign] = await push(laptopA, [
      create(next(laptopA), 'timeEntry', timeEntry(file.id, org.attorneyB.id)),
    ]);
    expect(foreign).toMatchObject({ status: 'rejected', reason: 'forbidden_role' });
    const own = timeEntry(file.id, org.attorneyA.id);
    await push(laptopA, [create(next(laptopA), 'timeEntry', own)]);
    const [handed] = await push(laptopA, [
      mutation({
        seq: next(laptopA),
        kind: 'patch',
        entity: 'timeEntry',
        entityId: own['id'] as string,
        caseId: file.id,
        baseVersion: 1,
        patch: { set: { attorneyId: org.attorneyB.id } },
      }),
    ]);
    expect(handed).toMatchObject({ status: 'rejected', reason: 'forbidden_role' });
  });

  it('refuses logs on a case the attorney is not assigned to', async () => {
    const laptopB = await signIn(t.app, org.attorneyB);
    const [result] = await push(laptopB, [
      create(next(laptopB), 'contact', contact(file.id)),
      create(next(laptopB), 'timeEntry', timeEntry(file.id, org.attorneyB.id)),
    ]);
    expect(result).toMatchObject({ status: 'rejected', reason: 'not_assigned' });
  });

  it('another organisation’s supervisor can neither read nor write them', async () => {
    const foreignLaptop = await signIn(t.app, other.supervisor);
    const pulled = (await pullPage(t.app, foreignLaptop)).json<{ changes: unknown[] }>();
    expect(pulled.changes).toEqual([]);
    const [write] = await push(foreignLaptop, [
      create(next(foreignLaptop), 'custodyCheck', custodyCheck(file.id)),
    ]);
    expect(write?.status).toBe('rejected');
    const foreignStaff = await consoleSignIn(t.app, other.supervisor);
    expect(await consoleCases(foreignStaff)).toEqual([]);
    const view = await t.app.inject({
      method: 'GET',
      url: `/v1/console/cases/${file.id}`,
      headers: foreignStaff.headers,
    });
    expect(view.statusCode).toBe(404);
    expect(view.body).not.toContain('Jena');
  });
});

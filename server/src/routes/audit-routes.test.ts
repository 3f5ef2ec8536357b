import type { AuditPageResponse } from '@core/sync/console-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('the audit screen API on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: Session;
  let caseId: string;
  let reference: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    caseId = file.id;
    reference = file.reference;
    // 2026-03-07 23:30 and 2026-03-08 00:30 in America/Chicago (CST, UTC-6).
    for (const [at, actorId, action, caseIds] of [
      ['2026-03-08T05:30:00Z', org.attorneyA.id, 'sync.push', [caseId]],
      ['2026-03-08T06:30:00Z', org.supervisor.id, 'admin.case_assign', [caseId]],
      ['2026-03-09T12:00:00Z', org.admin.id, 'admin.user_create', []],
    ] as const) {
      // Written as the log would have been on that day (the table refuses updates).
      await t.db.query(
        `INSERT INTO audit_log (at, org_id, actor_id, action, outcome, case_ids)
         VALUES ($1, $2, $3, $4, 'ok', $5::jsonb)`,
        [at, org.orgId, actorId, action, JSON.stringify(caseIds)],
      );
    }
    admin = await consoleSignIn(t.app, org.admin);
  });
  afterAll(() => t.close());

  const page = async (query: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/v1/admin/audit?${query}`,
      headers: admin.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AuditPageResponse>();
  };

  it('filters by actor, action, case reference and Chicago calendar day', async () => {
    expect((await page(`actorId=${org.attorneyA.id}`)).events.map((e) => e.action)).toEqual([
      'sync.push',
    ]);
    expect((await page('action=admin.user_create')).events).toHaveLength(1);
    const byCase = await page(`caseReference=${reference}`);
    // Newest first: the two above, then the case's creation and assignment by the seed.
    expect(byCase.events.map((e) => e.action)).toEqual([
      'admin.case_assign',
      'sync.push',
      'admin.case_assign',
      'admin.case_create',
    ]);
    expect(byCase.cases).toEqual([{ id: caseId, reference }]);
    // 05:30Z on the 8th is still the 7th in Chicago.
    expect((await page('from=2026-03-08&to=2026-03-08')).events.map((e) => e.action)).toEqual([
      'admin.case_assign',
    ]);
    expect((await page('to=2026-03-07')).events.map((e) => e.action)).toEqual(['sync.push']);
    expect((await page('caseReference=MCJ-2099-0001')).events).toEqual([]);
  });

  it('pages newest first and audits every search', async () => {
    const first = await page('limit=2');
    expect(first.events).toHaveLength(2);
    expect(first.events[0]!.id).toBeGreaterThan(first.events[1]!.id);
    const second = await page(`limit=2&before=${first.nextBefore}`);
    expect(second.events[0]!.id).toBeLessThan(first.events[1]!.id);
    const searches = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.search' AND org_id = $1`,
      [org.orgId],
    );
    expect(searches.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('exports JSON lines with the same filters', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/v1/admin/audit/export?caseReference=${reference}`,
      headers: admin.headers,
    });
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string });
    expect(lines.map((l) => l.action)).toEqual([
      'admin.case_create',
      'admin.case_assign',
      'sync.push',
      'admin.case_assign',
    ]);
  });

  it('lists the actions the log holds', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/audit/actions',
      headers: admin.headers,
    });
    expect(response.json<{ actions: string[] }>().actions).toEqual(
      expect.arrayContaining(['admin.case_assign', 'admin.user_create', 'sync.push']),
    );
  });

  it('refuses malformed filters with keys, before reading anything', async () => {
    for (const [query, code] of [
      ['actorId=42', 'validation.id.format'],
      ['action=DROP%20TABLE', 'validation.audit.action'],
      ['caseReference=Ana%20Prueba', 'validation.reference.format'],
      ['from=2026-02-30', 'validation.date.format'],
      ['from=2026-03-09&to=2026-03-08', 'validation.date.order'],
      ['limit=100000', 'validation.number.range'],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/v1/admin/audit?${query}`,
        headers: admin.headers,
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ issues: { code: string }[] }>().issues.map((i) => i.code)).toContain(
        code,
      );
    }
  });
});

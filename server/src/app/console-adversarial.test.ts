import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixContext } from '../test-support/authorization-matrix';
import { authorizationMatrix } from '../test-support/authorization-matrix';
import { matrixFixtures } from '../test-support/matrix-fixtures';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { consoleSignIn, createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { noteRevisionMutation, pushBatch, seedCase } from '../test-support/sync-fixtures';

/**
 * The console's sessions against what a hostile page, a stolen cookie jar or a slow administrator
 * would try: every route a console session may call, swept.
 */
const consoleActors = ['consoleSupervisor', 'consoleAdmin'] as const;
// Reads that show client data or the log: each is an audited staff action too.
const auditedReads = new Set([
  'GET /v1/console/cases',
  'GET /v1/console/cases/:caseId',
  'GET /v1/admin/quarantine',
  'GET /v1/admin/conflicts',
  'GET /v1/admin/audit',
  'GET /v1/admin/audit/export',
]);
// Not staff actions on anything: the session's own bookkeeping and lists of staff.
const unaudited = new Set([
  'POST /v1/console/refresh',
  'GET /v1/console/session',
  'GET /v1/console/directory',
]);

describe.each(testBackends())('console sessions under attack on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let base: Omit<MatrixContext, 'session'>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    const caseA = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const caseB = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, laptop, [noteRevisionMutation(1, caseB.id)]);
    base = { org, caseA, caseB, seqs: new Map(), fixtures: matrixFixtures(t, org, caseA) };
  });
  afterAll(() => t.close());

  const sessionOf = (actor: (typeof consoleActors)[number]) =>
    consoleSignIn(t.app, actor === 'consoleSupervisor' ? org.supervisor : org.admin);
  const callAs = async (session: Session | null, entry: (typeof authorizationMatrix)[number]) => {
    const options: InjectOptions = await entry.request({ ...base, session }, 'assigned');
    return t.app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), ...(session?.headers ?? {}) },
    });
  };
  const auditRows = async (sessionId: string) =>
    (
      await t.db.query<{ action: string }>(
        'SELECT action FROM audit_log WHERE session_id = $1 ORDER BY id',
        [sessionId],
      )
    ).rows.map((row) => row.action);

  it('writes an audit row, with the person and the session, for every staff action', async () => {
    const missing: string[] = [];
    let actions = 0;
    for (const actor of consoleActors) {
      for (const entry of authorizationMatrix) {
        // Public sign-ins start a session of their own (console-routes.test.ts audits those).
        if (entry.expect[actor] !== 200 || entry.expect.anonymous === 200) continue;
        if (unaudited.has(entry.route)) continue;
        if (entry.route.startsWith('GET ') && !auditedReads.has(entry.route)) continue;
        const session = await sessionOf(actor);
        const before = await auditRows(session.sessionId);
        const response = await callAs(session, entry);
        expect(response.statusCode, `${entry.route}: ${response.body.slice(0, 200)}`).toBe(200);
        actions += 1;
        const added = (await auditRows(session.sessionId)).slice(before.length);
        const byWhom = await t.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM audit_log WHERE session_id = $1 AND actor_id = $2',
          [session.sessionId, session.userId],
        );
        if (added.length === 0 || byWhom.rows[0]!.n < before.length + added.length)
          missing.push(`${entry.route} as ${actor}`);
      }
    }
    expect(missing).toEqual([]);
    expect(actions).toBeGreaterThan(20);
  });

  it('refuses a malformed id in any route’s path with a translatable key, and records nothing', async () => {
    const answers: string[] = [];
    let routes = 0;
    for (const entry of authorizationMatrix) {
      if (!entry.route.includes('/:')) continue;
      const actor = (['consoleSupervisor', 'consoleAdmin', 'supervisor'] as const).find(
        (who) => entry.expect[who] === 200 || typeof entry.expect[who] === 'object',
      )!;
      const session =
        actor === 'supervisor' ? await signIn(t.app, org.supervisor) : await sessionOf(actor);
      const options: InjectOptions = await entry.request({ ...base, session }, 'assigned');
      const url = String(options.url).replace(/[0-9a-f-]{36}/, 'not-an-id');
      const audited = await t.db.query('SELECT 1 FROM audit_log');
      const response = await t.app.inject({
        ...options,
        url,
        headers: { ...(options.headers ?? {}), ...session.headers },
      });
      routes += 1;
      const codes = response.json<{ issues?: { code: string }[] }>().issues?.map((i) => i.code);
      const after = await t.db.query('SELECT 1 FROM audit_log');
      if (
        response.statusCode !== 400 ||
        !codes?.length ||
        !codes.every((code) => code.startsWith('validation.')) ||
        after.rowCount !== audited.rowCount
      )
        answers.push(`${entry.route}: ${response.statusCode} ${response.body.slice(0, 160)}`);
    }
    expect(answers).toEqual([]);
    expect(routes).toBeGreaterThan(10);
  });

  it('never sets a cookie, and a cookie carries no authority (nothing for a forged request to ride on)', async () => {
    const cookies: string[] = [];
    for (const actor of consoleActors) {
      for (const entry of authorizationMatrix) {
        if (entry.expect[actor] !== 200) continue;
        const response = await callAs(await sessionOf(actor), entry);
        if (response.headers['set-cookie']) cookies.push(`${entry.route} as ${actor}`);
      }
    }
    expect(cookies).toEqual([]);
    // The browser would attach cookies to a cross-site request, never the Authorization header.
    const session = await sessionOf('consoleSupervisor');
    const forged = await t.app.inject({
      method: 'GET',
      url: '/v1/console/cases',
      headers: {
        cookie: `access_token=${session.accessToken}; token=${session.accessToken}`,
        origin: 'https://evil.example',
      },
    });
    expect(forged.statusCode).toBe(401);
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/admin/conflicts/00000000-0000-4000-8000-000000000000/resolve',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('ends a session at once when the account is disabled by any path, not only the console’s', async () => {
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    const cases = () =>
      t.app.inject({ method: 'GET', url: '/v1/console/cases', headers: supervisor.headers });
    expect((await cases()).statusCode).toBe(200);
    // Another server, the command line or a database restore disables the account.
    await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [org.supervisor.id]);
    try {
      const refused = await cases();
      expect(refused.statusCode).toBe(401);
      expect(refused.body).not.toContain('Prueba');
      const renewed = await t.app.inject({
        method: 'POST',
        url: '/v1/console/refresh',
        payload: { refreshToken: supervisor.refreshToken },
      });
      expect(renewed.statusCode).toBe(401);
      const again = await t.app.inject({
        method: 'POST',
        url: '/v1/console/sign-in',
        payload: { email: org.supervisor.email, password: org.supervisor.password },
      });
      expect(again.statusCode).toBe(401);
    } finally {
      await t.db.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [org.supervisor.id]);
    }
  });

  it('follows a role change mid-session: a supervisor made attorney loses the console at once', async () => {
    const supervisor = await consoleSignIn(t.app, org.supervisor);
    await t.db.query(`UPDATE users SET role = 'attorney' WHERE id = $1`, [org.supervisor.id]);
    try {
      for (const url of ['/v1/console/cases', '/v1/admin/quarantine', '/v1/admin/conflicts']) {
        const response = await t.app.inject({ method: 'GET', url, headers: supervisor.headers });
        expect(response.statusCode, url).toBe(403);
      }
    } finally {
      await t.db.query(`UPDATE users SET role = 'supervisor' WHERE id = $1`, [org.supervisor.id]);
    }
  });
});

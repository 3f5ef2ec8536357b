import { randomUUID } from 'node:crypto';
import { CaseFileSchema } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password-hasher';
import { insertUser } from '../repositories/users-repository';
import type { TestApp } from '../test-support/test-app';
import {
  CHEAP_PASSWORD_PARAMS,
  createTestApp,
  createTestOrg,
  signIn,
} from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { demoCaseFiles } from './demo-cases';
import { DEMO_USER_IDS, DemoRefusedError, disableDemoAccounts, seedDemo } from './demo-seed';

const device = { name: 'Test laptop', platform: 'linux', appVersion: '0.1.0' };

describe('demo case files', () => {
  it('are valid case files with obviously synthetic names and the promised mix', () => {
    const today = new Date('2026-11-27T12:00:00Z');
    const files = demoCaseFiles(today);
    expect(files).toHaveLength(12);
    for (const file of files)
      expect(CaseFileSchema.safeParse(file).success, file.reference).toBe(true);
    const statuses = new Set(files.map((f) => f.custody.status));
    const detained = files.filter((f) => f.custody.status === 'detained');
    expect(
      detained.every((f) => f.custody.detentionDate && f.custody.detentionDate < '2026-11-27'),
    ).toBe(true);
    expect(statuses.has('detained') && statuses.has('never_detained')).toBe(true);
    expect(files.some((f) => f.nta.hearingTimeOnNta === 'tbd')).toBe(true);
    expect(
      files.some((f) => f.family.some((m) => m.relation === 'child' && m.status === 'usc')),
    ).toBe(true);
    const hearingDates = files.flatMap((f) => f.hearings.map((h) => h.date));
    expect(hearingDates.every((d) => d > '2026-11-27' && d < '2027-01-31')).toBe(true);
    expect(files.map((f) => f.identity.familyName)).toEqual(
      expect.arrayContaining(['Prueba', 'Testperson', 'Ejemplo']),
    );
  });
});

describe.each(testBackends())('demo seed on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('seeds an empty database once, splits cases between the attorneys, and its passwords work', async () => {
    const credentials = await seedDemo(t.db, CHEAP_PASSWORD_PARAMS);
    expect(credentials.map((c) => c.role).sort()).toEqual([
      'admin',
      'attorney',
      'attorney',
      'supervisor',
    ]);
    expect(await seedDemo(t.db, CHEAP_PASSWORD_PARAMS)).toEqual(credentials);
    expect(credentials.map((c) => c.email).every((e) => e.endsWith('@demo.amparo.test'))).toBe(
      true,
    );
    const cases = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE entity = 'case'`,
    );
    expect(cases.rows[0]!.n).toBe(12);
    const perAttorney = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM assignments GROUP BY user_id',
    );
    expect(perAttorney.rows.map((r) => r.n)).toEqual([6, 6]);
    for (const credential of credentials) await signIn(t.app, credential);
  });

  it('disables the demo accounts on a server started without the demo, and re-enables them on request', async () => {
    const credentials = await seedDemo(t.db, CHEAP_PASSWORD_PARAMS);
    const before = await signIn(t.app, credentials[0]!);
    expect(await disableDemoAccounts(t.db)).toBe(4);
    expect(await disableDemoAccounts(t.db)).toBe(0);
    for (const credential of credentials) {
      const attempt = await t.app.inject({
        method: 'POST',
        url: '/v1/auth/sign-in',
        payload: { email: credential.email, password: credential.password, device },
      });
      expect(attempt.statusCode, credential.email).toBe(401);
    }
    const old = await t.app.inject({
      method: 'GET',
      url: '/v1/sync/pull',
      headers: before.headers,
    });
    expect(old.statusCode).toBe(401);
    const audit = await t.db.query<{ details: { accounts: string[] } }>(
      `SELECT details FROM audit_log WHERE action = 'admin.demo_accounts_disabled'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.accounts.sort()).toEqual([...DEMO_USER_IDS].sort());
    await seedDemo(t.db, CHEAP_PASSWORD_PARAMS);
    await signIn(t.app, credentials[0]!);
  });

  const withOther = async (setup: (db: TestApp['db']) => Promise<void>) => {
    const other = await createTestApp(kind);
    try {
      await setup(other.db);
      await expect(seedDemo(other.db, CHEAP_PASSWORD_PARAMS)).rejects.toBeInstanceOf(
        DemoRefusedError,
      );
      return {
        users: (await other.db.query(`SELECT 1 FROM users WHERE email LIKE '%@demo.amparo.test'`))
          .rowCount,
        cases: (await other.db.query(`SELECT 1 FROM entities`)).rowCount,
      };
    } finally {
      await other.close();
    }
  };

  it('refuses a database holding any organisation that is not the demo, even an empty one', async () => {
    expect(
      await withOther(async (db) => {
        await db.query(
          `INSERT INTO organisations (id, name) VALUES ('00000000-0000-4000-8000-0000000000aa', 'Real Org')`,
        );
      }),
    ).toEqual({ users: 0, cases: 0 });
  });

  it('refuses a database holding real accounts, even one named like the demo', async () => {
    expect(
      await withOther(async (db) => {
        const org = await createTestOrg(db);
        await db.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [org.orgId, 'MCJ Demo']);
      }),
    ).toEqual({ users: 0, cases: 0 });
  });

  it('refuses a demo database into which a real account was added', async () => {
    expect(
      await withOther(async (db) => {
        await seedDemo(db, CHEAP_PASSWORD_PARAMS);
        const demoOrg = await db.query<{ orgId: string }>(
          `SELECT org_id AS "orgId" FROM users WHERE id = $1`,
          [DEMO_USER_IDS[0]],
        );
        await insertUser(db, {
          id: randomUUID(),
          orgId: demoOrg.rows[0]!.orgId,
          email: 'real.person@example.org',
          displayName: 'Real (test)',
          role: 'attorney',
          password: await hashPassword('a real person password', CHEAP_PASSWORD_PARAMS),
        });
      }),
    ).toEqual({ users: 4, cases: 12 });
  });
});

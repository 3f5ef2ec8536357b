import { CaseFileSchema } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-support/test-app';
import { CHEAP_SCRYPT, createTestApp, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { demoCaseFiles } from './demo-cases';
import { seedDemo } from './demo-seed';

describe('demo case files', () => {
  it('are valid case files with obviously synthetic names and the promised mix', () => {
    const today = new Date('2026-11-27T12:00:00Z');
    const files = demoCaseFiles(today);
    expect(files).toHaveLength(12);
    for (const file of files)
      expect(CaseFileSchema.safeParse(file).success, file.reference).toBe(true);
    const statuses = new Set(files.map((f) => f.custody.status));
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
    const credentials = await seedDemo(t.db, CHEAP_SCRYPT);
    expect(credentials?.map((c) => c.role).sort()).toEqual([
      'admin',
      'attorney',
      'attorney',
      'supervisor',
    ]);
    expect(await seedDemo(t.db, CHEAP_SCRYPT)).toEqual(credentials);
    const cases = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE entity = 'case'`,
    );
    expect(cases.rows[0]!.n).toBe(12);
    const perAttorney = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM assignments GROUP BY user_id',
    );
    expect(perAttorney.rows.map((r) => r.n)).toEqual([6, 6]);
    for (const credential of credentials!) await signIn(t.app, credential);
  });

  it('leaves a database that already has other accounts alone', async () => {
    const other = await createTestApp(kind);
    try {
      await other.db.query(
        `INSERT INTO organisations (id, name) VALUES ('00000000-0000-4000-8000-0000000000aa', 'Real Org')`,
      );
      await other.db.query(
        `INSERT INTO users (id, org_id, email, display_name, role, password_hash, password_salt, password_params)
         VALUES ('00000000-0000-4000-8000-0000000000ab', '00000000-0000-4000-8000-0000000000aa', 'x@example.org', 'X', 'admin', 'h', 's', '{}')`,
      );
      expect(await seedDemo(other.db, CHEAP_SCRYPT)).toBeNull();
      const cases = await other.db.query(`SELECT 1 FROM entities`);
      expect(cases.rowCount).toBe(0);
    } finally {
      await other.close();
    }
  });
});

/**
 * "No sync for 7 days" and the volunteers' last sync on the dashboard: decided from the
 * organisation's laptops (revoked ones ignored), for cases with one, two or no volunteers.
 */
import { randomUUID } from 'node:crypto';
import type { CaseFile } from '@core/domain/case-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/auth-context';
import { hashPassword } from '../auth/password-hasher';
import { insertUser } from '../repositories/users-repository';
import { caseFile, seedCase } from '../test-support/sync-fixtures';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { CHEAP_PASSWORD_PARAMS, createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { caseloadDashboard } from './dashboard-read';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe.each(testBackends())('the volunteers’ last sync on the dashboard, on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let caller: Caller;
  const cases: Record<string, CaseFile> = {};
  const seen: Record<string, Date> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    caller = {
      userId: org.supervisor.id,
      orgId: org.orgId,
      role: 'supervisor',
      deviceId: null,
      sessionId: null,
    };
    const password = await hashPassword('a long password here', CHEAP_PASSWORD_PARAMS);
    const person = async (name: string) => {
      const id = randomUUID();
      await insertUser(t.db, {
        id,
        orgId: org.orgId,
        email: `${name}-${id.slice(0, 8)}@example.org`,
        displayName: `Volunteer ${name}`,
        role: 'attorney',
        password,
      });
      return id;
    };
    const laptop = async (userId: string, at: Date, revoked = false) =>
      t.db.query(
        `INSERT INTO devices (id, user_id, org_id, name, platform, app_version, last_seen_at, revoked_at)
         VALUES ($1, $2, $3, 'Laptop', 'linux', '0.1.0', $4, $5)`,
        [randomUUID(), userId, org.orgId, at, revoked ? new Date() : null],
      );
    const recent = await person('recent');
    const old = await person('old');
    const revoked = await person('revoked');
    const none = await person('none');
    seen['recent'] = daysAgo(1);
    seen['old'] = daysAgo(10);
    seen['revokedOld'] = daysAgo(20);
    await laptop(recent, seen['recent']);
    await laptop(old, seen['old']);
    // A revoked laptop seen today does not count; the same volunteer's other laptop does.
    await laptop(revoked, new Date(), true);
    await laptop(revoked, seen['revokedOld']);
    const make = async (name: string, reference: string, volunteers: string[]) => {
      cases[name] = await seedCase(t.db, org.orgId, volunteers, caseFile({ reference }));
    };
    await make('recent', 'MCJ-2026-9001', [recent]);
    await make('old', 'MCJ-2026-9002', [old]);
    await make('both', 'MCJ-2026-9003', [old, recent]);
    await make('revoked', 'MCJ-2026-9004', [revoked]);
    await make('noLaptop', 'MCJ-2026-9005', [none]);
    await make('unassigned', 'MCJ-2026-9006', []);
  });
  afterAll(() => t.close());

  const read = (query: Partial<Parameters<typeof caseloadDashboard>[2]>) =>
    caseloadDashboard(
      t.db,
      caller,
      { sort: 'reference', dir: 'asc', offset: 0, limit: 50, ...query },
      'test',
    );

  it('counts and filters the cases none of whose volunteers’ laptops synced in 7 days', async () => {
    const stale = await read({ filters: ['noRecentSync'] });
    expect(stale.rows.map((r) => r.reference)).toEqual([
      'MCJ-2026-9002',
      'MCJ-2026-9004',
      'MCJ-2026-9005',
    ]);
    expect(stale.counts.noRecentSync).toBe(3);
    expect(stale.counts.unassigned).toBe(1);
  });

  it('shows each row’s latest sync of a laptop not revoked, and sorts by it', async () => {
    const page = await read({ sort: 'lastSync' });
    expect(page.rows.map((r) => r.reference)).toEqual([
      'MCJ-2026-9004',
      'MCJ-2026-9002',
      'MCJ-2026-9001',
      'MCJ-2026-9003',
      'MCJ-2026-9005',
      'MCJ-2026-9006',
    ]);
    const at = (ref: string) => page.rows.find((r) => r.reference === ref)!.volunteerLastSyncAt;
    expect(at('MCJ-2026-9003')).toBe(seen['recent']!.toISOString());
    expect(at('MCJ-2026-9004')).toBe(seen['revokedOld']!.toISOString());
    expect(at('MCJ-2026-9005')).toBeNull();
    // The same value when the page is not sorted by it (read for the page's rows only).
    const byReference = await read({});
    for (const row of byReference.rows) expect(row.volunteerLastSyncAt).toBe(at(row.reference));
  });
});

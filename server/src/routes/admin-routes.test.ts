import { randomUUID } from 'node:crypto';
import type { Conflict } from '@core/sync/admin-schemas';
import type { PullResponse } from '@core/sync/sync-api-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg, signIn } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { caseFile, casePatch, pullPage, pushBatch, seedCase } from '../test-support/sync-fixtures';

describe.each(testBackends())('admin and supervision API on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let admin: Session;
  let supervisor: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    admin = await signIn(t.app, org.admin);
    supervisor = await signIn(t.app, org.supervisor);
  });
  afterAll(() => t.close());

  it('creates a user with a temporary password that works, and resets it (signing the user out)', async () => {
    const email = `new.attorney.${randomUUID().slice(0, 6)}@example.org`;
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/users',
      headers: admin.headers,
      payload: { email, displayName: 'New Attorney (test)', role: 'attorney' },
    });
    expect(created.statusCode).toBe(200);
    const { user, temporaryPassword } = created.json<{
      user: { id: string };
      temporaryPassword: string;
    }>();
    const session = await signIn(t.app, { email, password: temporaryPassword });
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/users',
      headers: admin.headers,
      payload: { email: email.toUpperCase(), displayName: 'Again', role: 'attorney' },
    });
    expect(duplicate.json()).toMatchObject({ code: 'conflict' });
    const reset = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/users/${user.id}/reset-password`,
      headers: admin.headers,
      payload: { password: 'a brand new long password' },
    });
    expect(reset.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/v1/sync/pull', headers: session.headers }))
        .statusCode,
    ).toBe(401);
    await signIn(t.app, { email, password: 'a brand new long password' });
  });

  it('imports valid cases, refuses invalid ones whole, and grants assigned cases on the next pull', async () => {
    const laptop = await signIn(t.app, org.attorneyA);
    const start = (await pullPage(t.app, laptop)).json<PullResponse>();
    const files = [caseFile(), caseFile()];
    const invalid = { ...caseFile(), custody: { status: 'unknown-status' } };
    const refused = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/cases/import',
      headers: supervisor.headers,
      payload: { cases: [...files, invalid] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ path: expect.stringMatching(/^cases\.2\./) })],
    });
    expect(refused.body).not.toContain('Prueba');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/cases/import',
      headers: supervisor.headers,
      payload: { cases: files },
    });
    expect(imported.json()).toEqual({ caseIds: files.map((f) => f.id) });
    const assign = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/cases/${files[0]!.id}/assignments`,
      headers: supervisor.headers,
      payload: { userId: org.attorneyA.id },
    });
    expect(assign.json()).toEqual({
      caseId: files[0]!.id,
      userId: org.attorneyA.id,
      assigned: true,
    });
    const next = (await pullPage(t.app, laptop, start.nextCursor)).json<PullResponse>();
    expect(next.grants).toEqual([files[0]!.id]);
    const list = (
      await t.app.inject({ method: 'GET', url: '/v1/admin/cases', headers: supervisor.headers })
    ).json<{ cases: { id: string; assignedUserIds: string[] }[] }>();
    expect(list.cases.find((c) => c.id === files[0]!.id)!.assignedUserIds).toEqual([
      org.attorneyA.id,
    ]);
    expect(JSON.stringify(list)).not.toContain('Prueba');
    const assignAdmin = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/cases/${files[1]!.id}/assignments`,
      headers: supervisor.headers,
      payload: { userId: org.admin.id },
    });
    expect(assignAdmin.statusCode).toBe(404);
  });

  it('lists conflicts and lets a supervisor keep the server value or write the device value', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyA.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, supervisor, [
      casePatch(1, file.id, 1, { 'custody/status': 'released_bond' }),
    ]);
    await pushBatch(t.app, laptop, [
      casePatch(1, file.id, 1, { 'custody/status': 'released_parole' }),
    ]);
    const listed = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/admin/conflicts?status=open&caseId=${file.id}`,
        headers: supervisor.headers,
      })
    ).json<{ items: Conflict[] }>();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      fieldPath: 'custody/status',
      serverValue: 'released_bond',
      clientValue: 'released_parole',
      serverActorId: org.supervisor.id,
      clientActorId: org.attorneyA.id,
    });
    const resolved = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/conflicts/${listed.items[0]!.id}/resolve`,
      headers: supervisor.headers,
      payload: { resolution: 'use_client' },
    });
    expect(resolved.json()).toMatchObject({
      conflict: { status: 'resolved', resolvedBy: org.supervisor.id },
      result: { status: 'applied', newVersion: 3 },
    });
    const doc = await t.db.query<{ status: string }>(
      `SELECT doc->'custody'->>'status' AS status FROM entities WHERE id = $1`,
      [file.id],
    );
    expect(doc.rows[0]!.status).toBe('released_parole');
    const again = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/conflicts/${listed.items[0]!.id}/resolve`,
      headers: supervisor.headers,
      payload: { resolution: 'keep_server' },
    });
    expect(again.json()).toMatchObject({ code: 'conflict' });
  });

  it('lists quarantined payloads for supervisors and marks them reviewed', async () => {
    const theirs = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    await pushBatch(t.app, laptop, [
      casePatch(1, theirs.id, 1, { 'custody/iceOffice': 'not mine' }),
    ]);
    const listed = (
      await t.app.inject({
        method: 'GET',
        url: '/v1/admin/quarantine',
        headers: supervisor.headers,
      })
    ).json<{ items: { id: string; reason: string; deviceId: string }[] }>();
    const item = listed.items.find((i) => i.deviceId === laptop.deviceId)!;
    expect(item.reason).toBe('not_assigned');
    const reviewed = await t.app.inject({
      method: 'POST',
      url: `/v1/admin/quarantine/${item.id}/review`,
      headers: supervisor.headers,
    });
    expect(reviewed.json()).toMatchObject({ id: item.id, reviewedAt: expect.any(String) });
  });

  it('records publications once per version, and revokes devices of its own organisation only', async () => {
    const payload = {
      kind: 'template',
      version: '2026.11.1',
      checksum: 'b'.repeat(64),
      notes: 'Intake template v3',
    };
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/v1/admin/publications',
          headers: admin.headers,
          payload,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/v1/admin/publications',
          headers: supervisor.headers,
          payload,
        })
      ).json(),
    ).toMatchObject({ code: 'conflict' });
    const listed = (
      await t.app.inject({
        method: 'GET',
        url: '/v1/admin/publications',
        headers: supervisor.headers,
      })
    ).json<{ items: { version: string }[] }>();
    expect(listed.items.map((i) => i.version)).toContain('2026.11.1');
    const other = await createTestOrg(t.db);
    const foreign = await signIn(t.app, other.attorneyA);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/v1/admin/devices/${foreign.deviceId}/revoke`,
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(404);
    const devices = (
      await t.app.inject({ method: 'GET', url: '/v1/admin/devices', headers: admin.headers })
    ).json<{ devices: { id: string }[] }>();
    expect(devices.devices.some((d) => d.id === foreign.deviceId)).toBe(false);
  });

  it('exports the audit log as JSON lines, audits the export, and never includes contents', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/v1/admin/audit/export',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const lines = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string });
    expect(lines.map((l) => l.action)).toEqual(
      expect.arrayContaining([
        'auth.sign_in',
        'sync.push',
        'admin.case_import',
        'review.conflict_resolve',
      ]),
    );
    expect(response.body).not.toContain('Prueba');
    expect(response.body).not.toContain('released_parole');
    const exports = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'audit.export' AND org_id = $1`,
      [org.orgId],
    );
    expect(exports.rowCount).toBe(1);
  });
});

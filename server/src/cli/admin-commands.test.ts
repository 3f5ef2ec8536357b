import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../app/app-config';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { CHEAP_PASSWORD_PARAMS, createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { caseFile, casePatch, pushBatch, seedCase } from '../test-support/sync-fixtures';
import { signIn } from '../test-support/test-app';
import { parseCliArgs, runAdminCommand } from './admin-commands';

describe.each(testBackends())('admin CLI on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let folder: string;
  const config = createConfig({ passwordParams: CHEAP_PASSWORD_PARAMS });
  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    folder = await mkdtemp(join(tmpdir(), 'amparo-cli-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  const run = (...argv: string[]) =>
    runAdminCommand(t.db, config, parseCliArgs([...argv, '--org', org.orgId]));

  it('creates users, imports and assigns cases, publishes a version, and exports the audit log', async () => {
    const created = JSON.parse(
      await run(
        'create-user',
        '--email',
        'cli.attorney@example.org',
        '--name',
        'Cli Attorney (test)',
        '--role',
        'attorney',
      ),
    ) as { user: { id: string }; temporaryPassword: string };
    expect(created.temporaryPassword.length).toBeGreaterThan(15);
    const file = join(folder, 'cases.json');
    const cases = [caseFile(), caseFile()];
    await writeFile(file, JSON.stringify(cases));
    const imported = JSON.parse(
      await run('import-cases', '--file', file, '--assign', 'cli.attorney@example.org'),
    ) as { caseIds: string[] };
    expect(imported.caseIds).toEqual(cases.map((c) => c.id));
    await run('unassign', '--case', cases[1]!.id, '--email', 'cli.attorney@example.org');
    const single = join(folder, 'case.json');
    const one = caseFile();
    await writeFile(single, JSON.stringify(one));
    expect(JSON.parse(await run('create-case', '--file', single))).toEqual({ caseIds: [one.id] });
    await expect(run('create-case', '--file', file)).rejects.toMatchObject({ code: 'bad_request' });
    const listed = JSON.parse(await run('list-cases')) as {
      id: string;
      assignedUserIds: string[];
    }[];
    expect(listed.find((c) => c.id === cases[0]!.id)!.assignedUserIds).toEqual([created.user.id]);
    expect(listed.find((c) => c.id === cases[1]!.id)!.assignedUserIds).toEqual([]);
    const published = JSON.parse(
      await run('publish', '--kind', 'catalog', '--version', '2026.11.27', '--file', file),
    ) as { checksum: string };
    expect(published.checksum).toMatch(/^[0-9a-f]{64}$/);
    const out = join(folder, 'audit.jsonl');
    await run('export-audit', '--out', out);
    const actions = (await readFile(out, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; details: { via?: string } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'admin.user_create',
        'admin.case_import',
        'admin.case_unassign',
        'admin.publish',
      ]),
    );
    expect(actions.every((a) => a.details.via === 'cli')).toBe(true);
  });

  it('refuses invalid case files and unknown commands without changing anything', async () => {
    const file = join(folder, 'bad.json');
    await writeFile(file, JSON.stringify({ ...caseFile(), identity: { familyName: '' } }));
    await expect(run('import-cases', '--file', file)).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(run('frobnicate')).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      run('create-user', '--email', 'x@example.org', '--name', 'X', '--role', 'root'),
    ).rejects.toThrow();
  });

  it('prunes old change-log rows and raises the minimum cursor', async () => {
    await t.db.query(
      `UPDATE change_log SET committed_at = now() - interval '400 days' WHERE org_id = $1`,
      [org.orgId],
    );
    const result = JSON.parse(await run('prune-changes')) as { pruned: number };
    expect(result.pruned).toBeGreaterThan(0);
    const orgRow = await t.db.query<{ min: number }>(
      'SELECT min_cursor_seq AS min FROM organisations WHERE id = $1',
      [org.orgId],
    );
    expect(orgRow.rows[0]!.min).toBeGreaterThan(0);
  });

  it('applies a reviewed quarantined change once, and bumps the sync epoch after a restore (issue 15 #2)', async () => {
    const file = await seedCase(t.db, org.orgId, [org.attorneyB.id]);
    const laptop = await signIn(t.app, org.attorneyA);
    const refused = casePatch(1, file.id, 1, { 'custody/iceOffice': 'ERO applied by the CLI' });
    await pushBatch(t.app, laptop, [refused]);
    const items = JSON.parse(await run('list-quarantine')) as { id: string; mutationId: string }[];
    const item = items.find((i) => i.mutationId === refused.mutationId)!;
    expect(JSON.parse(await run('apply-quarantine', '--id', item.id))).toMatchObject({
      id: item.id,
      result: { status: 'applied', newVersion: 2 },
    });
    await expect(run('apply-quarantine', '--id', item.id)).rejects.toMatchObject({
      code: 'conflict',
    });
    const office = await t.db.query<{ office: string }>(
      `SELECT doc->'custody'->>'iceOffice' AS office FROM entities WHERE id = $1`,
      [file.id],
    );
    expect(office.rows[0]!.office).toBe('ERO applied by the CLI');

    const hello = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/v1/sync/hello',
          headers: laptop.headers,
          payload: {
            deviceId: laptop.deviceId,
            appVersion: '0.1.0',
            protocolVersion: 1,
            schemaVersion: 1,
            lastAckedSeq: 1,
          },
        })
      ).json<{ syncEpoch: number }>().syncEpoch;
    const before = await hello();
    expect(JSON.parse(await run('bump-sync-epoch'))).toEqual({ syncEpoch: before + 1 });
    expect(await hello()).toBe(before + 1);
    const audited = await t.db.query(
      `SELECT 1 FROM audit_log WHERE org_id = $1 AND action IN ('admin.sync_epoch_bumped', 'review.quarantine_applied')`,
      [org.orgId],
    );
    expect(audited.rowCount).toBe(2);
  });
});

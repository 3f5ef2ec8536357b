import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig } from '../app/app-config';
import { parseCliArgs, runAdminCommand } from '../cli/admin-commands';
import type { Db } from '../db/db';
import { appendAudit } from '../repositories/audit-repository';
import type { TestApp, TestOrg } from '../test-support/test-app';
import { createTestApp, createTestOrg } from '../test-support/test-app';
import { testBackends } from '../test-support/test-database';
import { sealAudit } from './audit-sealer';
import { exportChain, verifyAgainstExport, verifyChain } from './audit-verify';

/** What someone with the database owner's rights can do: switch the append-only trigger off. */
async function asOwner(db: Db, table: string, sql: string, params: unknown[] = []) {
  await db.transaction(async (tx) => {
    await tx.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
    await tx.query(sql, params);
    await tx.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  });
}

describe.each(testBackends())('audit hash chain on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  let folder: string;
  const config = createConfig();
  const cli = (...argv: string[]) =>
    runAdminCommand(t.db, config, parseCliArgs([...argv, '--org', org.orgId]));

  beforeAll(async () => {
    t = await createTestApp(kind);
    org = await createTestOrg(t.db);
    folder = await mkdtemp(join(tmpdir(), 'amparo-audit-chain-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  const write = (action: string, count: number) =>
    appendAudit(t.db, {
      orgId: org.orgId,
      actorId: org.admin.id,
      deviceId: null,
      requestId: randomUUID(),
      action,
      outcome: 'ok',
      caseIds: [randomUUID()],
      details: { count, via: 'http' },
    });

  const idsOf = async (action: string) =>
    (
      await t.db.query<{ id: number }>('SELECT id FROM audit_log WHERE action = $1 ORDER BY id', [
        action,
      ])
    ).rows.map((row) => row.id);

  const exportTo = async (name: string) => {
    const lines: string[] = [];
    await exportChain(t.db, (line) => {
      lines.push(line);
    });
    const file = join(folder, name);
    await writeFile(file, lines.join(''));
    return file;
  };

  it('links every row, old and new, and verifies; each run of the CLI is audited too', async () => {
    for (let i = 0; i < 5; i += 1) await write('test.chain_row', i);
    expect(await sealAudit(t.db)).toBeGreaterThanOrEqual(5);
    const result = await verifyChain(t.db);
    expect(result).toMatchObject({ ok: true, unsealed: 0 });
    const verified = JSON.parse(await cli('audit', 'verify')) as { ok: boolean; links: number };
    expect(verified.ok).toBe(true);
    expect(await idsOf('audit.chain_verify')).toHaveLength(1);
    // A second pass has nothing left to link but the verify's own row.
    expect(await sealAudit(t.db)).toBe(1);
  });

  it('a row edited by hand makes verify fail at that row, by the CLI too', async () => {
    const file = await exportTo('before-edit.jsonl');
    const target = (await idsOf('test.chain_row'))[2]!;
    const { seq } = (
      await t.db.query<{ seq: number }>('SELECT seq FROM audit_chain WHERE audit_id = $1', [target])
    ).rows[0]!;
    await asOwner(
      t.db,
      'audit_log',
      `UPDATE audit_log SET details = '{"count": 99}' WHERE id = $1`,
      [target],
    );
    expect(await verifyChain(t.db)).toEqual({
      ok: false,
      links: seq - 1,
      broken: { seq, auditId: target, reason: 'row_edited' },
    });
    await expect(cli('audit', 'verify')).rejects.toThrow(
      `audit chain broken at link ${seq} (audit row ${target}): row_edited`,
    );

    // Recomputing the chain from the edited row onwards makes the chain itself hold again...
    await asOwner(t.db, 'audit_chain', 'DELETE FROM audit_chain WHERE seq >= $1', [seq]);
    await sealAudit(t.db, { full: true });
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, unsealed: 0 });
    // ...but not against the export taken before the edit.
    expect(await verifyAgainstExport(t.db, file)).toMatchObject({
      ok: false,
      broken: { seq, reason: 'rewritten' },
    });
    await expect(cli('audit', 'verify', '--against', file)).rejects.toThrow(
      `audit chain broken at link ${seq}`,
    );
    // A fresh export of the rewritten history matches itself: the export is what keeps the past.
    expect(await verifyAgainstExport(t.db, await exportTo('after.jsonl'))).toMatchObject({
      ok: true,
    });
  });

  it('names a missing link, a truncated history and a damaged export', async () => {
    const file = await exportTo('full.jsonl');
    const { max } = (
      await t.db.query<{ max: number }>('SELECT max(seq)::int AS max FROM audit_chain')
    ).rows[0]!;
    await asOwner(t.db, 'audit_chain', 'DELETE FROM audit_chain WHERE seq = $1', [max - 1]);
    expect(await verifyChain(t.db)).toMatchObject({
      ok: false,
      broken: { seq: max - 1, reason: 'seq_gap' },
    });
    expect(await verifyAgainstExport(t.db, file)).toMatchObject({
      ok: false,
      broken: { seq: max - 1, reason: 'truncated' },
    });
    const damaged = join(folder, 'damaged.jsonl');
    await writeFile(damaged, (await readFile(file, 'utf8')).replace('"action":"', '"action":"x'));
    expect(await verifyAgainstExport(t.db, damaged)).toMatchObject({
      ok: false,
      broken: { reason: 'export_invalid' },
    });
  });

  it.runIf(kind === 'postgres')(
    'a row committed after later rows were sealed is linked by the next pass',
    async () => {
      const t2 = await createTestApp(kind);
      try {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let inserted!: () => void;
        const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
        const slow = t2.db.transaction(async (tx) => {
          await appendAudit(tx, { ...base(), action: 'test.late' });
          inserted();
          await held;
        });
        await insertedYet;
        await appendAudit(t2.db, { ...base(), action: 'test.early' });
        await sealAudit(t2.db);
        release();
        await slow;
        await sealAudit(t2.db);
        const links = await t2.db.query<{ action: string }>(
          'SELECT a.action FROM audit_chain c JOIN audit_log a ON a.id = c.audit_id ORDER BY c.seq',
        );
        expect(links.rows.map((row) => row.action)).toEqual(['test.early', 'test.late']);
        expect(await verifyChain(t2.db)).toMatchObject({ ok: true, links: 2, unsealed: 0 });
      } finally {
        await t2.close();
      }
    },
  );
});

function base() {
  return {
    orgId: null,
    actorId: null,
    deviceId: null,
    requestId: null,
    outcome: 'ok' as const,
  };
}

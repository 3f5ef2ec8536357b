/**
 * docs/deploy.md's backups, end to end: deploy/backup.sh dumps a live database (PostgreSQL on
 * DATABASE_URL), deploy/restore.sh restores it into a new cluster of our own (initdb, as the
 * postgres user), refuses to restore over a database that has tables, and the server starts on the
 * restored database and signs the same account in.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../../server/src/cli/admin-cli-runner';
import { startServer } from '../../server/src/start';
import { createEmptyDatabase, missingPostgres, repoRoot, tryPassword } from './deploy-helpers';

const pgBin = (() => {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    const bin = versions
      .map((v) => `/usr/lib/postgresql/${v}/bin`)
      .find((b) => existsSync(`${b}/initdb`));
    return bin ?? null;
  } catch {
    return null;
  }
})();
const skipReason =
  missingPostgres() ??
  (pgBin === null ? 'no PostgreSQL server binaries (initdb) in /usr/lib/postgresql' : null) ??
  (process.getuid?.() !== 0 ? 'not root: cannot run initdb as the postgres user' : null);
if (skipReason) process.stderr.write(`\n[deploy] backup/restore test SKIPPED: ${skipReason}\n\n`);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const asPostgres = (command: string, args: string[]) =>
  spawnSync('runuser', ['-u', 'postgres', '--', `${pgBin}/${command}`, ...args], {
    encoding: 'utf8',
  });

describe.skipIf(skipReason !== null)(
  'backup and restore (deploy/backup.sh, deploy/restore.sh)',
  () => {
    const password = 'river otter lantern 42';
    const email = 'restored.attorney@example.org';
    const env = () => ({ ...process.env, PATH: `${pgBin}:${process.env['PATH']}` });
    let source: Awaited<ReturnType<typeof createEmptyDatabase>>;
    let cluster: string;
    let port: number;
    let dump: string;

    beforeAll(async () => {
      source = await createEmptyDatabase('backup');
      const io = { out: () => undefined, err: (text: string) => process.stderr.write(`${text}\n`) };
      const cli = (...argv: string[]) => runAdminCli(argv, io, { DATABASE_URL: source.url });
      expect(await cli('create-org', '--name', 'Restore Test Org')).toBe(0);
      expect(
        await cli(
          'create-user',
          '--email',
          email,
          '--name',
          'Restored (test)',
          '--role',
          'attorney',
          '--password',
          password,
        ),
      ).toBe(0);

      cluster = mkdtempSync(join(tmpdir(), 'amparo-restore-'));
      chownSync(
        cluster,
        Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
        0,
      );
      const init = asPostgres('initdb', [
        '-D',
        join(cluster, 'data'),
        '-A',
        'trust',
        '-U',
        'postgres',
      ]);
      expect(init.status, init.stderr).toBe(0);
      // Another process may take the probed port before PostgreSQL listens: try another.
      let start: ReturnType<typeof asPostgres> | undefined;
      for (let attempt = 1; attempt <= 5 && start?.status !== 0; attempt += 1) {
        port = await freePort();
        start = asPostgres('pg_ctl', [
          '-D',
          join(cluster, 'data'),
          '-l',
          join(cluster, 'log'),
          '-w',
          'start',
          '-o',
          `-p ${port} -k ${cluster} -c listen_addresses=127.0.0.1`,
        ]);
      }
      expect(start!.status, start!.stderr).toBe(0);
    });

    afterAll(async () => {
      if (cluster) {
        asPostgres('pg_ctl', ['-D', join(cluster, 'data'), '-m', 'fast', 'stop']);
        rmSync(cluster, { recursive: true, force: true });
      }
      await source?.drop();
    });

    it('backs up: a custom-format dump, readable by its owner only', () => {
      const backups = join(cluster, 'backups');
      const run = spawnSync(join(repoRoot, 'deploy/backup.sh'), [], {
        encoding: 'utf8',
        env: { ...env(), DATABASE_URL: source.url, BACKUP_DIR: backups },
      });
      expect(run.status, run.stderr).toBe(0);
      dump = run.stdout.trim();
      expect(dump).toMatch(/amparo-\d{8}T\d{6}Z\.dump$/);
      const mode = spawnSync('stat', ['-c', '%a', dump], { encoding: 'utf8' }).stdout.trim();
      expect(mode).toBe('600');
    });

    it('restores into a new cluster, refuses a database that has tables, and the server starts on it', async () => {
      const target = `postgres://postgres@127.0.0.1:${port}/amparo_restored`;
      const create = spawnSync(
        `${pgBin}/psql`,
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'postgres',
          '-qc',
          'CREATE DATABASE amparo_restored',
        ],
        { encoding: 'utf8' },
      );
      expect(create.status, create.stderr).toBe(0);
      const restore = () =>
        spawnSync(join(repoRoot, 'deploy/restore.sh'), [dump, target], {
          encoding: 'utf8',
          env: env(),
        });
      const first = restore();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/restored: 1 accounts, schema at migration \d+/);
      const again = restore();
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/refusing: the target database already has \d+ tables/);

      const server = await startServer({
        port: 0,
        databaseUrl: target,
        logLevel: 'silent',
        mfaKey: randomBytes(32).toString('base64'),
      });
      try {
        expect(await tryPassword(server.url, email, password)).toBe(200);
        expect(await tryPassword(server.url, email, 'not the password at all')).toBe(401);
      } finally {
        await server.close();
      }
    });
  },
);

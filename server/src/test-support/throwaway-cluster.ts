/**
 * A PostgreSQL cluster of a test's own (never the shared one), so that a test may restart it or
 * kill its backends. Made with the machine's PostgreSQL binaries as the `postgres` user in a
 * temporary folder, listening on a free port of 127.0.0.1; `stop` removes it.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PG_BIN = process.env['AMPARO_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ThrowawayCluster {
  url: string;
  /** `pg_ctl restart -m immediate`: every backend dies at once, as in a crash. */
  restartImmediate(): Promise<void>;
  /** Down (immediate) until `start`. */
  pause(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'amparo-pg-'));
  const data = join(dir, 'data');
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  await chown(dir, uid, gid);
  const port = await freePort();
  const asPostgres = (bin: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args]);
  const ctl = (args: string[]) =>
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      '-w',
      ...args,
    ]);
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  await ctl(['start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restartImmediate: async () => {
      await ctl(['-m', 'immediate', 'restart']);
    },
    pause: async () => {
      await ctl(['-m', 'immediate', 'stop']);
    },
    start: async () => {
      await ctl(['start']);
    },
    stop: async () => {
      await ctl(['-m', 'immediate', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
